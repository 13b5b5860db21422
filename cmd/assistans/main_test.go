package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cli runs the program as a user would and returns stdout, stderr and the exit code.
func cli(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func demoDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	if _, errs, code := cli(t, "demo", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	return db
}

var kinds = []string{"providers", "customers", "decisions", "assistants", "assignments", "shifts", "months", "hospital", "costs"}

// Export of every kind, import into a new database, export again: the files are equal.
func TestExportImportRoundTrip(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	db2 := filepath.Join(dir, "copy.db")
	for _, k := range kinds {
		f := filepath.Join(dir, k+".csv")
		if _, e, code := cli(t, "export", "--db", db, k, f); code != 0 {
			t.Fatalf("export %s: %d %s", k, code, e)
		}
		if _, e, code := cli(t, "import", "--db", db2, k, f); code != 0 {
			t.Fatalf("import %s: %d %s", k, code, e)
		}
	}
	for _, k := range kinds {
		f2 := filepath.Join(dir, k+"2.csv")
		if _, e, code := cli(t, "export", k, f2, "--db", db2); code != 0 {
			t.Fatalf("export again %s: %d %s", k, code, e)
		}
		a, _ := os.ReadFile(filepath.Join(dir, k+".csv"))
		b, _ := os.ReadFile(f2)
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs after the round trip", k)
		}
	}
	o1, _, _ := cli(t, "totals", "--db", db, "--month", "2026-10", "--json")
	o2, _, _ := cli(t, "totals", "--db", db2, "--month", "2026-10", "--json")
	if o1 != o2 || !strings.Contains(o1, `"customer"`) {
		t.Errorf("totals differ after the round trip:\n%s\n%s", o1, o2)
	}
}

// A file with bad rows imports nothing, exits 2 and names every bad row.
func TestImportBadFileWritesNothing(t *testing.T) {
	db := demoDB(t)
	f := filepath.Join(t.TempDir(), "kunder.csv")
	os.WriteFile(f, []byte("pnr;name\n196601011235;Ny Kund\n19451212-1238;Fel Siffra\n121212-1212;Bo\n20261301-1234;Fel Datum\n"), 0o600)
	_, errs, code := cli(t, "import", "--db", db, "customers", f)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, want := range []string{"kunder.csv:3: kolumn pnr", "kunder.csv:5: kolumn pnr"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	f2 := filepath.Join(t.TempDir(), "c.csv")
	cli(t, "export", "--db", db, "customers", f2)
	b, _ := os.ReadFile(f2)
	if strings.Contains(string(b), "Ny Kund") || strings.Contains(string(b), "121212") {
		t.Error("a row of the bad file was imported")
	}
}

// The demo's October: the 12 shift-level and month-level breaks listed in
// data/demo, with exit code 1 because some of them block.
func TestCheckDemoOctoberJSON(t *testing.T) {
	db := demoDB(t)
	out, errs, code := cli(t, "check", "--db", db, "--month", "2026-10", "--today", "2026-11-30", "--json")
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, errs)
	}
	var got struct {
		Month    string `json:"month"`
		Findings []struct {
			Code, Severity, Customer, Assistant, Date, Message string
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	counts := map[string]int{}
	for _, f := range got.Findings {
		counts[f.Code]++
		if f.Message == "" {
			t.Errorf("%s without a message", f.Code)
		}
	}
	// Deadline for October is 2026-12-05; on 11-30 five days remain, so every
	// customer with October shifts gets DEADLINE_NEAR (4 customers).
	want := map[string]int{"NO_DECISION": 1, "WORKTIME_AVERAGE": 1, "NOT_REPORTED_3066": 2, "COSTS_MISSING": 1,
		"OVERLAP_ASSISTANT": 2, "DAILY_REST": 1, "DST_NIGHT": 1, "PERMIT_SCOPE": 1, "ASSISTANT_ABROAD": 2,
		"ASSISTANT_UNDER_18": 3, "DEADLINE_NEAR": 4}
	for code, n := range want {
		if counts[code] != n {
			t.Errorf("%s: %d findings, want %d", code, counts[code], n)
		}
	}
	if len(got.Findings) != 19 {
		t.Errorf("%d findings, want 19: %v", len(got.Findings), counts)
	}
	if got.Month != "2026-10" {
		t.Errorf("month %q", got.Month)
	}
}

func TestBadUsageExits2(t *testing.T) {
	db := demoDB(t)
	for _, args := range [][]string{
		{"nosuch"},
		{"check", "--db", db},
		{"check", "--db", db, "--month", "2026-13"},
		{"import", "--db", db, "customers"},
		{"import", "--db", db, "people", "x.csv"},
		{"totals", "--db", db, "--month", "2026-10", "--bogus"},
	} {
		if _, _, code := cli(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
