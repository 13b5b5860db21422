package data

import (
	"os"
	"path/filepath"
	"testing"

	"assistans/rules"
)

// Each customer keeps its own override reason; a customer whose file cannot be
// written has its error and is not recorded.
func TestPrintCustomers(t *testing.T) {
	s := printable(t)
	dir := t.TempDir()
	var calls [][2]int
	res, err := s.PrintCustomers(ctx, oct, []string{cust1, cust2}, dir, map[string]string{cust2: "FK informerad"},
		func(done, total int) { calls = append(calls, [2]int{done, total}) })
	must(t, err)
	equal(t, "progress", calls, [][2]int{{1, 2}, {2, 2}})
	karl := filepath.Join(dir, "2026-10 Karl Kund.pdf")
	lisa := filepath.Join(dir, "2026-10 Lisa Liten.pdf")
	if len(res) != 2 || res[0] != (PrintResult{Customer: cust1, Path: karl}) || res[1] != (PrintResult{Customer: cust2, Path: lisa}) {
		t.Fatalf("results %+v", res)
	}
	recs, err := s.PrintRecords(ctx, oct)
	must(t, err)
	// Karl 08–16 aktiv = 480 minutes without a reason, Lisa 08–10 väntetid = 120 with hers.
	if len(recs) != 2 || recs[0].Customer != cust1 || recs[0].OverrideReason != "" || recs[0].Totals != (rules.Totals{Aktiv: 480}) ||
		recs[1].Customer != cust2 || recs[1].OverrideReason != "FK informerad" || recs[1].Totals != (rules.Totals{Vantetid: 120}) {
		t.Errorf("print records %+v", recs)
	}

	// Lisa alone into a folder where her file cannot go.
	dir = t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, filepath.Base(lisa), "x"), 0o700))
	res, err = s.PrintCustomers(ctx, oct, []string{cust2}, dir, nil, nil)
	must(t, err)
	if len(res) != 1 || res[0].Err == nil || res[0].Path != "" {
		t.Errorf("results %+v, want Lisa's error", res)
	}
	// Karl has no time in November: nothing is written for him.
	res, err = s.PrintCustomers(ctx, oct.Next(), []string{cust1}, dir, nil, nil)
	must(t, err)
	if len(res) != 1 || res[0].Err == nil || res[0].Err.Error() != "kunden 194512121239 har inga pass i 2026-11" {
		t.Errorf("results %+v, want no time in November", res)
	}
}
