package data

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"assistans/data/payroll"
	"assistans/rules"
)

// PayrollMappingFile is where the pay codes live unless another file is named:
// beside the database, since the settings table has no place for them; for a
// server database, beside this PC's default one, named after the server database.
func PayrollMappingFile(dbPath string) string {
	if IsServer(dbPath) {
		return filepath.Join(localFolder(dbPath), "payroll-"+dbStem(dbPath)+".json")
	}
	return filepath.Join(localFolder(dbPath), "payroll.json")
}

// PayrollResult is what PayrollExport did, filled as far as it got, so that a
// caller can tell the user about a new mapping file even when writing failed.
type PayrollResult struct {
	XML, CSV       string // the files written; CSV is "" when not asked for
	Mapping        string // the mapping file read (or written)
	MappingCreated bool   // the mapping did not exist and was written with the defaults
	Other          int    // shifts left out: their assignment names another employer
}

// PayrollExport writes month m's löneunderlag as PAXml to xmlPath and, with
// withCSV, as CSV beside it (same name, .csv). mappingPath "" means the file
// beside the database; it is created with the default codes on first use, with
// every assistant listed under his own number, ready to be changed. The folder
// of xmlPath must exist. The command line and the window both call this.
func (s *Store) PayrollExport(ctx context.Context, m rules.Month, xmlPath string, withCSV bool, mappingPath string) (PayrollResult, error) {
	var res PayrollResult
	reg, err := s.payrollRegisters(ctx)
	if err != nil {
		return res, err
	}
	if mappingPath == "" {
		mappingPath = PayrollMappingFile(s.Path())
		// A server database's folder on this PC may not exist yet.
		if err := os.MkdirAll(filepath.Dir(mappingPath), 0o700); err != nil {
			return res, err
		}
	}
	res.Mapping = mappingPath
	mp, created, err := loadPayrollMapping(mappingPath, reg.assistants)
	res.MappingCreated = created
	if err != nil {
		return res, err
	}
	// The shift dated the last day of the month before may run into m.
	shifts, err := s.Shifts(ctx, m.Prev().Last(), m.Last())
	if err != nil {
		return res, err
	}
	inMonth := shifts[:0]
	for _, sh := range shifts {
		if sh.MinutesIn(m) > 0 {
			inMonth = append(inMonth, sh)
		}
	}
	own, other := payroll.OwnShifts(inMonth, reg.assignments)
	res.Other = other
	lines, err := payroll.Lines(own, m, mp)
	if err != nil {
		return res, because(rules.PayrollMappingBad, err, mappingPath)
	}
	absent, err := s.absenceLines(ctx, m, mp, reg.assignments)
	if err != nil {
		return res, err
	}
	lines = payroll.Merge(lines, absent)
	h := payroll.Header{Created: s.Now()}
	// The header names the provider only when the register holds one; with several
	// the file cannot say which is the employer.
	if len(reg.providers) == 1 {
		h.Orgnr, h.Name = reg.providers[0].Orgnr, reg.providers[0].Name
	}
	var xmlBuf bytes.Buffer
	if err := payroll.WritePAXml(&xmlBuf, h, lines, mp); err != nil {
		return res, err
	}
	if err := WriteFileAtomic(xmlPath, xmlBuf.Bytes()); err != nil {
		return res, because(rules.CannotWrite, err, xmlPath)
	}
	res.XML = xmlPath
	if !withCSV {
		return res, nil
	}
	var csvBuf bytes.Buffer
	if err := payroll.WriteCSV(&csvBuf, lines, reg.names); err != nil {
		return res, err
	}
	csvPath := strings.TrimSuffix(xmlPath, filepath.Ext(xmlPath)) + ".csv"
	if err := WriteFileAtomic(csvPath, csvBuf.Bytes()); err != nil {
		return res, because(rules.CannotWrite, err, csvPath)
	}
	res.CSV = csvPath
	return res, nil
}

// loadPayrollMapping reads the mapping, or writes the defaults there on first use.
func loadPayrollMapping(path string, assistants []rules.Assistant) (mp payroll.Mapping, created bool, err error) {
	b, err := os.ReadFile(path)
	if err == nil {
		mp, err := payroll.ParseMapping(b)
		if err != nil {
			return mp, false, because(rules.PayrollMappingBad, err, path)
		}
		return mp, false, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return payroll.Mapping{}, false, err
	}
	mp = payroll.DefaultMapping()
	for _, a := range assistants {
		mp.Employees[a.Pnr] = a.Pnr
	}
	if b, err = mp.JSON(); err == nil {
		err = WriteFileAtomic(path, b)
	}
	if err != nil {
		return mp, false, because(rules.PayrollMappingSave, err, path)
	}
	return mp, true, nil
}

type payrollRegs struct {
	providers   []rules.Provider
	assistants  []rules.Assistant
	assignments []rules.Assignment
	names       map[string]string // assistants' and customers' names by number
}

func (s *Store) payrollRegisters(ctx context.Context) (payrollRegs, error) {
	var r payrollRegs
	var err error
	if r.providers, err = s.Providers(ctx); err != nil {
		return r, err
	}
	if r.assistants, err = s.Assistants(ctx); err != nil {
		return r, err
	}
	if r.assignments, err = s.Assignments(ctx); err != nil {
		return r, err
	}
	customers, err := s.Customers(ctx)
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

// absenceLines are the payroll lines of month m's absences: the time the
// schedules planned for the absent assistants, of the assignments the
// provider pays (as for worked shifts).
func (s *Store) absenceLines(ctx context.Context, m rules.Month, mp payroll.Mapping, as []rules.Assignment) ([]payroll.Line, error) {
	abs, err := s.Absences(ctx, m.First(), m.Last())
	if err != nil || len(abs) == 0 {
		return nil, err
	}
	sched, err := s.Schedules(ctx, "")
	if err != nil {
		return nil, err
	}
	planned, _ := payroll.OwnShifts(rules.Planned(sched, m.First(), m.Last()), as)
	return payroll.AbsenceLines(abs, planned, m, mp) // the mapping was checked when it was read
}
