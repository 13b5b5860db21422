package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/rules"
)

// Progress is reported once per customer, on the calling goroutine, up to the total.
func TestPrintMonthProgress(t *testing.T) {
	s := printable(t)
	var calls [][2]int
	files, err := s.PrintMonthProgress(ctx, oct, "", t.TempDir(), "", func(done, total int) {
		calls = append(calls, [2]int{done, total})
	})
	must(t, err)
	if len(files) != 2 {
		t.Fatalf("files %q, want two", files)
	}
	equal(t, "progress", calls, [][2]int{{1, 2}, {2, 2}})
}

// When the first customer's file cannot be written, the second one's is still
// written, returned and recorded, and the error names the customer and the
// file that failed.
func TestPrintMonthFailsHalfWay(t *testing.T) {
	s := printable(t)
	dir := t.TempDir()
	// Karl (194512121239) comes before Lisa (201001011234); a folder where his file
	// should go cannot be replaced by it.
	karl := filepath.Join(dir, "2026-10 Karl Kund.pdf")
	must(t, os.MkdirAll(filepath.Join(karl, "x"), 0o700))
	files, err := s.PrintMonth(ctx, oct, "", dir, "")
	lisa := filepath.Join(dir, "2026-10 Lisa Liten.pdf")
	var pe *PrintErrors
	if !errors.As(err, &pe) || len(*pe) != 1 || (*pe)[0].Customer.Pnr != cust1 ||
		!strings.Contains(err.Error(), "Karl Kund (194512121239): kan inte skriva "+karl) {
		t.Errorf("error %v, want one about Karl and %s", err, karl)
	}
	equal(t, "files", files, []string{lisa})
	// Lisa's 08–10 väntetid = 120 minutes is recorded; Karl is not.
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 1 || recs[0].Customer != cust2 || recs[0].Totals != (rules.Totals{Vantetid: 120}) {
		t.Errorf("print records %+v", recs)
	}
}
