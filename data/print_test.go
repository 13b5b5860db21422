package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/rules"
)

// File names carry the name and month, never the personnummer; names that a
// file system would take for the same are numbered in personnummer order.
func TestBundleNames(t *testing.T) {
	m := rules.Month{Year: 2026, Month: 10}
	got := BundleNames(m, []rules.Customer{
		{Pnr: "201001011234", Name: "Märta Andersson"},
		{Pnr: "194512121239", Name: "Märta Andersson"},
		{Pnr: "195003042347", Name: "MÄRTA ANDERSSON"},
		{Pnr: "196207153450", Name: "Ma\u0308rta Andersson (2)"}, // ä as a and a combining diaeresis
		{Pnr: "197001011234", Name: `A/B\C:D*E?F"G<H>I|J`},
		{Pnr: "198001011234", Name: "Tab\there\nNUL\x00 ..."},
		{Pnr: "199001011234", Name: "  "},
		{Pnr: "200001011234", Name: strings.Repeat("Å", 100)},
	})
	want := map[string]string{
		"194512121239": "2026-10 Märta Andersson.pdf",
		"195003042347": "2026-10 MÄRTA ANDERSSON (2).pdf",
		"196207153450": "2026-10 Ma\u0308rta Andersson (2) (2).pdf",
		"201001011234": "2026-10 Märta Andersson (3).pdf",
		"197001011234": "2026-10 A_B_C_D_E_F_G_H_I_J.pdf",
		"198001011234": "2026-10 Tab_here_NUL_.pdf",
		"199001011234": "2026-10 kund utan namn.pdf",
		"200001011234": "2026-10 " + strings.Repeat("Å", 80) + ".pdf",
	}
	for pnr, w := range want {
		if got[pnr] != w {
			t.Errorf("%s: %q, want %q", pnr, got[pnr], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d names, want %d", len(got), len(want))
	}
}

// printable is a register with one shift for each customer in October.
func printable(t *testing.T) *Store {
	s := openTest(t)
	register(t, s)
	must(t, s.Apply(ctx, rules.Batch{
		Assignments: []rules.Assignment{
			{Assistant: asst1, Customer: cust1, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider},
			{Assistant: asst1, Customer: cust2, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider},
		},
		Shifts: []rules.Shift{
			shift(asst1, cust1, rules.D(2026, 10, 5), 8*60, 16*60, rules.Aktiv),
			shift(asst1, cust2, rules.D(2026, 10, 6), 8*60, 10*60, rules.Vantetid),
		},
	}))
	return s
}

func TestPrintMonth(t *testing.T) {
	s := printable(t)
	dir := t.TempDir()
	files, err := s.PrintMonth(ctx, oct, cust2, dir, "Chefen har godkänt")
	must(t, err)
	want := filepath.Join(dir, "2026-10 Lisa Liten.pdf")
	if len(files) != 1 || files[0] != want {
		t.Fatalf("files %q, want [%q]", files, want)
	}
	b, err := os.ReadFile(want)
	must(t, err)
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Errorf("the bundle is not a PDF: %q", b[:min(len(b), 20)])
	}
	// Only Lisa was printed: 08–10 väntetid = 120 minutes, with the reason.
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 1 || recs[0].Customer != cust2 || recs[0].Totals != (rules.Totals{Vantetid: 120}) ||
		recs[0].OverrideReason != "Chefen har godkänt" || !recs[0].At.Equal(fixedNow) {
		t.Errorf("print records %+v", recs)
	}

	// Everyone, without a reason: Karl's 08–16 aktiv = 480 minutes; Lisa's reason is replaced.
	files, err = s.PrintMonth(ctx, oct, "", dir, "")
	must(t, err)
	if len(files) != 2 {
		t.Fatalf("files %q, want two", files)
	}
	recs, err = s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 2 || recs[0].Totals.Aktiv != 480 || recs[1].OverrideReason != "" {
		t.Errorf("print records %+v", recs)
	}

	if _, err := s.PrintMonth(ctx, oct.Next(), cust1, dir, ""); err == nil {
		t.Error("a customer without shifts in November printed")
	}
}

// A folder that cannot be written leaves no file and no record.
func TestPrintMonthUnwritable(t *testing.T) {
	s := printable(t)
	// A "folder" below a plain file cannot be written, even by root.
	file := filepath.Join(t.TempDir(), "fil")
	must(t, os.WriteFile(file, nil, 0o600))
	dir := filepath.Join(file, "mapp")
	files, err := s.PrintMonth(ctx, oct, "", dir, "")
	if err == nil || len(files) != 0 {
		t.Fatalf("files %q, error %v; want a refusal", files, err)
	}
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 0 {
		t.Errorf("recorded %+v for a failed print", recs)
	}
}

// A customer whose bundle cannot be made never stops the others: Lisa's name
// does not fit the forms, Karl's bundle is still written and recorded, and the
// error names Lisa and the box. The store refuses such a name
// (Customer.Validate); an earlier version, which did not, could have stored it.
func TestPrintMonthGoesOn(t *testing.T) {
	s := printable(t)
	long := strings.Repeat("Lisa Liten ", 60)
	var fe *rules.FieldError
	if err := s.SaveCustomer(ctx, rules.Customer{Pnr: cust2, Name: long}); !errors.As(err, &fe) || fe.Field != "name" {
		t.Fatalf("saving a name of 660 characters: %v, want a refusal naming the name", err)
	}
	_, err := s.db.Exec(s.eng.Rebind("UPDATE customers SET name = ? WHERE pnr = ?"), long, cust2)
	must(t, err)
	dir := t.TempDir()
	files, err := s.PrintMonth(ctx, oct, "", dir, "")
	equal(t, "files", files, []string{filepath.Join(dir, "2026-10 Karl Kund.pdf")})
	var pe *PrintErrors
	if !errors.As(err, &pe) || len(*pe) != 1 || (*pe)[0].Customer.Pnr != cust2 ||
		!strings.Contains(err.Error(), "«1. Förnamn och efternamn» (FK 3057)") {
		t.Errorf("error %v, want Lisa's name box", err)
	}
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 1 || recs[0].Customer != cust1 {
		t.Errorf("print records %+v", recs)
	}
}

// A stay with no end yet belongs to every month from the one it began in, and
// the month's facts, once recorded, are marked so on the 3057.
func TestMonthFormsOngoingStay(t *testing.T) {
	s := printable(t)
	must(t, s.SaveHospitalStay(ctx, rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 9, 28), FromTime: 600, ToTime: rules.NoClock}))
	r, _, err := s.MonthForms(ctx, oct, cust1)
	must(t, err)
	if len(r.Hospital) != 1 || !r.Hospital[0].Ongoing() {
		t.Errorf("stays %+v, want the ongoing one", r.Hospital)
	}
	if r.InfoRecorded {
		t.Error("facts marked recorded before any were")
	}
	must(t, s.SaveMonthInfo(ctx, rules.MonthInfo{Customer: cust1, Month: oct, ChildcareSchool: false}))
	if r, _, err = s.MonthForms(ctx, oct, cust1); err != nil || !r.InfoRecorded {
		t.Errorf("facts recorded: %v, %v", r.InfoRecorded, err)
	}
}

// A 3066's file name: the two names, and the day of a change; a second pair
// with the same names is numbered in personnummer order.
func TestName3066(t *testing.T) {
	s := printable(t)
	twin := assistant1
	twin.Pnr = asst2
	twin.Name = assistant1.Name
	must(t, s.SaveAssistant(ctx, twin))
	must(t, s.SaveAssignment(ctx, rules.Assignment{Assistant: asst2, Customer: cust1, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider}))
	first, err := s.Form3066(ctx, asst1, cust1)
	must(t, err)
	second, err := s.Form3066(ctx, asst2, cust1)
	must(t, err)
	n1, err := s.Name3066(ctx, first)
	must(t, err)
	n2, err := s.Name3066(ctx, second)
	must(t, err)
	base := "3066 " + assistant1.Name + " hos " + customer1.Name
	// asst2 (1985…) comes before asst1 (1990…).
	equal(t, "names", []string{n1, n2}, []string{base + " (2).pdf", base + ".pdf"})
	first.Changed, first.ChangedFrom = true, rules.D(2026, 11, 1)
	n1, err = s.Name3066(ctx, first)
	must(t, err)
	equal(t, "changed", n1, "3066 ändrad 2026-11-01 "+assistant1.Name+" hos "+customer1.Name+" (2).pdf")
}
