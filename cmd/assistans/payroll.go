package main

import (
	"context"
	"fmt"

	"assistans/data"
)

func init() {
	commands["payroll"] = command{"payroll --db FIL --month ÅÅÅÅ-MM --out FIL.xml [--csv] [--mapping FIL.json]", runPayroll}
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
	res, err := st.PayrollExport(context.Background(), m, out, withCSV, mappingPath)
	reportPayroll(e, res)
	return err
}

// reportPayroll tells what an export did, as far as it got.
func reportPayroll(e *env, res data.PayrollResult) {
	if res.MappingCreated {
		fmt.Fprintf(e.stderr, "Lönekopplingen skapades med standardkoder: %s\n"+
			"OB-tiderna i den är exempel: anpassa dem till ert kollektivavtal.\n", res.Mapping)
	}
	if res.Other > 0 {
		fmt.Fprintf(e.stderr, "%d pass är inte med: uppdraget har en annan arbetsgivare än anordnaren.\n", res.Other)
	}
	for _, f := range []string{res.XML, res.CSV} {
		if f != "" {
			fmt.Fprintln(e.stdout, f)
		}
	}
}
