package data

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"assistans/rules"
)

func TestBundleName(t *testing.T) {
	m := rules.Month{Year: 2026, Month: 10}
	for _, tc := range []struct{ name, want string }{
		{"Karl Kund", "2026-10 Karl Kund 194512121239.pdf"},
		{`A/B\C:D*E?F"G<H>I|J`, "2026-10 A_B_C_D_E_F_G_H_I_J 194512121239.pdf"},
		{"Tab\there", "2026-10 Tab_here 194512121239.pdf"},
	} {
		if got := BundleName(m, rules.Customer{Pnr: cust1, Name: tc.name}); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.name, got, tc.want)
		}
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
	want := filepath.Join(dir, "2026-10 Lisa Liten 201001011234.pdf")
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
