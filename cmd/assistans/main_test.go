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
	db := newDB(t, "demo.db")
	if _, errs, code := cli(t, "demo", "--db", db); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errs)
	}
	return db
}

// In the order an office moves its data in: the months after the shifts and
// hospital stays they lock, costs after them (a sent month still takes new costs).
var kinds = []string{"providers", "customers", "decisions", "assistants", "assignments", "shifts", "hospital", "months", "costs", "schedules", "absences"}

// Export of every kind, import into a new database, export again: the files are equal.
func TestExportImportRoundTrip(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	db2 := newDB(t, "copy.db")
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

// assistantTotals runs `totals --json` and returns one assistant's minutes at one customer.
func assistantTotals(t *testing.T, db, month, customer, assistant string) [3]int {
	t.Helper()
	out, errs, code := cli(t, "totals", "--db", db, "--month", month, "--json")
	if code != 0 {
		t.Fatalf("totals %s: exit %d: %s", month, code, errs)
	}
	var got struct {
		Customers []struct {
			Customer   string
			Assistants []struct {
				Assistant string
				A         int `json:"aktiv_min"`
				V         int `json:"vantetid_min"`
				B         int `json:"beredskap_min"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	for _, c := range got.Customers {
		for _, a := range c.Assistants {
			if c.Customer == customer && a.Assistant == assistant {
				return [3]int{a.A, a.V, a.B}
			}
		}
	}
	return [3]int{}
}

// The demo's October, counted by hand from the rosters in data/demo:
//   - Oskar at Märta: väntetid nights 22–07 starting Thu–Sat, none on 10-31:
//     1,2,3,8,9,10,15,16,17,22,23,24,29,30 = 14 nights; 13 × 540 min + the night
//     of 10-24/25, when summer time ends, 600 min (10 h) = 7620; plus his day
//     10-11 07–15 aktiv = 480.
//   - Fatima at Märta: nights starting Sun–Wed: 4–7, 11–14, 18–21, 25–28 =
//     16 × 540 = 8640, plus 420 min (00–07) of her night from 09-30 = 9060.
//
// Added shifts in months the demo leaves empty:
//   - 2026-03-28 22:00–07:00 väntetid: summer time starts, 8 h = 480.
//   - 2026-11-30 22:00–07:00 aktiv: 2 h in November, 7 h in December.
func TestTotalsHandChecked(t *testing.T) {
	const marta, oskar, fatima = "194208193823", "199108233314", "198503142823"
	db := demoDB(t)
	if got := assistantTotals(t, db, "2026-10", marta, oskar); got != [3]int{480, 7620, 0} {
		t.Errorf("Oskar at Märta, October: %v, want aktiv 480, väntetid 7620", got)
	}
	if got := assistantTotals(t, db, "2026-10", marta, fatima); got != [3]int{0, 9060, 0} {
		t.Errorf("Fatima at Märta, October: %v, want väntetid 9060", got)
	}
	f := filepath.Join(t.TempDir(), "pass.csv")
	os.WriteFile(f, []byte("assistant_pnr;customer_pnr;date;start;end;kind\n"+
		"910823-3314;420819-3823;2026-03-28;22:00;07:00;vantetid\n"+
		"199108233314;194208193823;2026-11-30;22:00;07:00;aktiv\n"), 0o600)
	if _, errs, code := cli(t, "import", "--db", db, "shifts", f); code != 0 {
		t.Fatalf("import: %d %s", code, errs)
	}
	for _, tc := range []struct {
		month string
		want  [3]int
	}{{"2026-03", [3]int{0, 480, 0}}, {"2026-11", [3]int{120, 0, 0}}, {"2026-12", [3]int{420, 0, 0}}} {
		if got := assistantTotals(t, db, tc.month, marta, oskar); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.month, got, tc.want)
		}
	}
}

// Issue 3: a bad personnummer, a bad date and an unknown column are all listed, and nothing is imported.
func TestImportListsEveryKindOfFault(t *testing.T) {
	db := demoDB(t)
	f := filepath.Join(t.TempDir(), "beslut.csv")
	os.WriteFile(f, []byte("customer_pnr;from;to;hours_per_week;timmar\n"+
		"19420819-3824;2027-01-01;;40;1\n"+ // check digit wrong (…3823 is right)
		"19420819-3823;2027-02-30;;40;1\n"), 0o600) // 30 February
	_, errs, code := cli(t, "import", "--db", db, "decisions", f)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	for _, want := range []string{`beslut.csv:1: okänd kolumn "timmar"`, "beslut.csv:2: kolumn customer_pnr", "beslut.csv:3: kolumn from"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	out := filepath.Join(t.TempDir(), "d.csv")
	cli(t, "export", "--db", db, "decisions", out)
	if b, _ := os.ReadFile(out); strings.Contains(string(b), "2027") {
		t.Error("a decision of the bad file was imported")
	}
}
