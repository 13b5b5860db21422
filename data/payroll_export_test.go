package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/rules"
)

func TestPayrollExport(t *testing.T) {
	s := printable(t)
	// Bo works for Karl under another employer: his shift is left out.
	must(t, s.Apply(ctx, rules.Batch{
		Assignments: []rules.Assignment{{Assistant: asst2, Customer: cust1, ProviderOrgnr: orgnr, Employer: rules.EmployerOther}},
		Shifts:      []rules.Shift{shift(asst2, cust1, rules.D(2026, 10, 7), 8*60, 12*60, rules.Aktiv)},
	}))
	dir := t.TempDir()
	xmlPath := filepath.Join(dir, "2026-10 lön.xml")
	res, err := s.PayrollExport(ctx, oct, xmlPath, true, "")
	must(t, err)
	mapping := PayrollMappingFile(s.Path())
	want := PayrollResult{XML: xmlPath, CSV: filepath.Join(dir, "2026-10 lön.csv"), Mapping: mapping, MappingCreated: true, Other: 1}
	equal(t, "result", res, want)
	x, err := os.ReadFile(xmlPath)
	must(t, err)
	// Anna: Monday 5 October 08–16 aktiv = 8.00 h ARB (no OB before 18); Tuesday 08–10 väntetid = 2.00 h JR1.
	for _, w := range []string{"<?xml", "<tidkod>ARB</tidkod>\n      <datum>2026-10-05</datum>\n      <timmar>8.00</timmar>",
		"<tidkod>JR1</tidkod>\n      <datum>2026-10-06</datum>\n      <timmar>2.00</timmar>"} {
		if !strings.Contains(string(x), w) {
			t.Errorf("the PAXml file lacks %q:\n%s", w, x)
		}
	}
	if strings.Contains(string(x), asst2) {
		t.Error("Bo's shift for another employer is in the file")
	}
	if _, err := os.Stat(want.CSV); err != nil {
		t.Error(err)
	}

	// The second time the mapping is read, not created; without CSV none is written.
	os.Remove(want.CSV)
	res, err = s.PayrollExport(ctx, oct, xmlPath, false, "")
	must(t, err)
	equal(t, "second result", res, PayrollResult{XML: xmlPath, Mapping: mapping, Other: 1})
	if _, err := os.Stat(want.CSV); err == nil {
		t.Error("a CSV file was written without being asked for")
	}

	// A folder that does not exist is an error, after the mapping was read.
	res, err = s.PayrollExport(ctx, oct, filepath.Join(dir, "saknas", "x.xml"), true, "")
	if err == nil || !strings.Contains(err.Error(), "kan inte skriva") || res.XML != "" {
		t.Errorf("result %+v, error %v", res, err)
	}
}
