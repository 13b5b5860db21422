package data

import (
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

// When the last customer's file cannot be written, the first one's is still
// returned and recorded, and the error names the file that failed.
func TestPrintMonthFailsHalfWay(t *testing.T) {
	s := printable(t)
	dir := t.TempDir()
	// Lisa (201001011234) comes after Karl (194512121239); a folder where her file
	// should go cannot be replaced by it.
	lisa := filepath.Join(dir, "2026-10 Lisa Liten 201001011234.pdf")
	must(t, os.MkdirAll(filepath.Join(lisa, "x"), 0o700))
	files, err := s.PrintMonth(ctx, oct, "", dir, "")
	karl := filepath.Join(dir, "2026-10 Karl Kund 194512121239.pdf")
	if err == nil || !strings.Contains(err.Error(), "kan inte skriva "+lisa) {
		t.Errorf("error %v, want one about %s", err, lisa)
	}
	equal(t, "files", files, []string{karl})
	// Karl's 08–16 aktiv = 480 minutes is recorded; Lisa is not.
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	if len(recs) != 1 || recs[0].Customer != cust1 || recs[0].Totals != (rules.Totals{Aktiv: 480}) {
		t.Errorf("print records %+v", recs)
	}
}
