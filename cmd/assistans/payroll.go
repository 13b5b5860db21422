package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"assistans/data"
	"assistans/data/payroll"
	"assistans/rules"
)

func init() {
	commands["payroll"] = command{"payroll --db FIL --month ÅÅÅÅ-MM --out FIL.xml [--csv] [--mapping FIL.json]", runPayroll}
}

// mappingFile is where the pay codes live when --mapping is not given: beside
// the database, since the settings table has no place for them.
func mappingFile(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), "payroll.json") }

// loadMapping reads the mapping, or writes the defaults there on first use (with
// every assistant listed under his own number, ready to be changed) and says so.
func loadMapping(e *env, path string, assistants []rules.Assistant) (payroll.Mapping, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		mp, err := payroll.ParseMapping(b)
		if err != nil {
			return mp, fmt.Errorf("%s: %v", path, err)
		}
		return mp, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return payroll.Mapping{}, err
	}
	mp := payroll.DefaultMapping()
	for _, a := range assistants {
		mp.Employees[a.Pnr] = a.Pnr
	}
	if b, err = mp.JSON(); err == nil {
		err = writeFileAtomic(path, b)
	}
	if err != nil {
		return mp, fmt.Errorf("kan inte skriva lönekopplingen %s: %v", path, err)
	}
	fmt.Fprintf(e.stderr, "Lönekopplingen skapades med standardkoder: %s\n"+
		"OB-tiderna i den är exempel: anpassa dem till ert kollektivavtal.\n", path)
	return mp, nil
}

func runPayroll(e *env, args []string) error {
	var db, month, out, mappingPath string
	var withCSV bool
	fs := newFlags(e, "payroll", &db)
	fs.StringVar(&month, "month", "", "månad ÅÅÅÅ-MM")
	fs.StringVar(&out, "out", "", "PAXml-filen att skriva")
	fs.BoolVar(&withCSV, "csv", false, "skriv också en CSV-fil för Excel bredvid")
	fs.StringVar(&mappingPath, "mapping", "", "lönekopplingen (standard: payroll.json bredvid databasen)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(month)
	if err != nil {
		return err
	}
	if out == "" {
		return fmt.Errorf("ange filen att skriva med --out FIL.xml")
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	reg, err := payrollRegisters(ctx, st)
	if err != nil {
		return err
	}
	if mappingPath == "" {
		mappingPath = mappingFile(st.Path())
	}
	mp, err := loadMapping(e, mappingPath, reg.assistants)
	if err != nil {
		return err
	}
	// The shift dated the last day of the month before may run into m.
	shifts, err := st.Shifts(ctx, m.Prev().Last(), m.Last())
	if err != nil {
		return err
	}
	inMonth := shifts[:0]
	for _, s := range shifts {
		if s.MinutesIn(m) > 0 {
			inMonth = append(inMonth, s)
		}
	}
	own, other := payroll.OwnShifts(inMonth, reg.assignments)
	if other > 0 {
		fmt.Fprintf(e.stderr, "%d pass är inte med: uppdraget har en annan arbetsgivare än anordnaren.\n", other)
	}
	lines, err := payroll.Lines(own, m, mp)
	if err != nil {
		return fmt.Errorf("%s: %v", mappingPath, err)
	}
	h := payroll.Header{Created: time.Now()}
	// The header names the provider only when the register holds one; with several
	// the file cannot say which is the employer.
	if len(reg.providers) == 1 {
		h.Orgnr, h.Name = reg.providers[0].Orgnr, reg.providers[0].Name
	}
	var xmlBuf bytes.Buffer
	if err := payroll.WritePAXml(&xmlBuf, h, lines, mp); err != nil {
		return err
	}
	if err := writeFileAtomic(out, xmlBuf.Bytes()); err != nil {
		return fmt.Errorf("kan inte skriva %s: %v", out, err)
	}
	fmt.Fprintln(e.stdout, out)
	if !withCSV {
		return nil
	}
	var csvBuf bytes.Buffer
	if err := payroll.WriteCSV(&csvBuf, lines, reg.names); err != nil {
		return err
	}
	csvPath := strings.TrimSuffix(out, filepath.Ext(out)) + ".csv"
	if err := writeFileAtomic(csvPath, csvBuf.Bytes()); err != nil {
		return fmt.Errorf("kan inte skriva %s: %v", csvPath, err)
	}
	fmt.Fprintln(e.stdout, csvPath)
	return nil
}

type payrollRegs struct {
	providers   []rules.Provider
	assistants  []rules.Assistant
	assignments []rules.Assignment
	names       map[string]string // assistants' and customers' names by number
}

func payrollRegisters(ctx context.Context, st *data.Store) (payrollRegs, error) {
	var r payrollRegs
	var err error
	if r.providers, err = st.Providers(ctx); err != nil {
		return r, err
	}
	if r.assistants, err = st.Assistants(ctx); err != nil {
		return r, err
	}
	if r.assignments, err = st.Assignments(ctx); err != nil {
		return r, err
	}
	customers, err := st.Customers(ctx)
	if err != nil {
		return r, err
	}
	r.names = make(map[string]string, len(r.assistants)+len(customers))
	for _, a := range r.assistants {
		r.names[a.Pnr] = a.Name
	}
	for _, c := range customers {
		r.names[c.Pnr] = c.Name
	}
	return r, nil
}
