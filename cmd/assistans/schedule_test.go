package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	schedCust = "194512121239"
	schedA1   = "199001011239" // the rotation's day assistant
	schedA2   = "198505054562" // the Saturday nights
	schedA3   = "197003035677" // the replacement
)

// planDB imports, as an office would, a customer, three assistants, a
// two-week rotation from Monday 2026-09-28, two absences and one shift.
// Week 1 (Sep 28–Oct 4, Oct 12–18, Oct 26–Nov 1): Mon–Fri 08–16 aktiv A1.
// Week 2 (Oct 5–11, Oct 19–25): Mon, Wed, Fri 08–16 aktiv A1; Sat 22–07 väntetid A2.
// A1 is sick on Wed Oct 14 (A3 replaces) and on leave Wed Oct 21 (nobody);
// A3 already works Oct 7 08–12 for the customer.
func planDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "plan.db")
	rows := "customer_pnr;from;week;weekday;start;end;kind;assistant_pnr;weeks\n"
	for _, wd := range []string{"1", "2", "3", "4", "5"} {
		rows += "451212-1239;2026-09-28;1;" + wd + ";08:00;16:00;aktiv;900101-1239;2\n"
	}
	for _, wd := range []string{"1", "3", "5"} {
		rows += "451212-1239;2026-09-28;2;" + wd + ";08:00;16:00;aktiv;900101-1239;2\n"
	}
	rows += "451212-1239;2026-09-28;2;6;22:00;07:00;vantetid;850505-4562;2\n"
	files := []struct{ kind, body string }{
		{"customers", "pnr;name\n194512121239;Karl Kund\n"},
		{"assistants", "pnr;name;regime\n199001011239;Anna;atl\n198505054562;Bo;atl\n197003035677;Rut;atl\n"},
		{"schedules", rows},
		{"absences", "assistant_pnr;date;reason;replacement_pnr\n199001011239;2026-10-14;sjuk;197003035677\n199001011239;2026-10-21;ledig;\n"},
		{"shifts", "assistant_pnr;customer_pnr;date;start;end;kind\n197003035677;194512121239;2026-10-07;08:00;12:00;aktiv\n"},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.kind+".csv")
		if err := os.WriteFile(path, []byte(f.body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, errs, code := cli(t, "import", "--db", db, f.kind, path); code != 0 {
			t.Fatalf("import %s: exit %d: %s", f.kind, code, errs)
		}
	}
	return db
}

// The hand count: A1 is planned on Oct 1, 2, 12–16, 26–30 (week 1) and 5, 7, 9,
// 19, 21, 23 (week 2): 18 days; Oct 7 is taken by A3's shift, Oct 14 goes to A3
// and Oct 21 is unfilled: 15 × 480 = 7200 min. A2's nights: Oct 10 is 9 h, Oct 24
// is 10 h (summer time ends on 25 October): 1140 min. A3: 240 + 480 = 720 min.
// 18 shifts are created; a second run creates none.
func TestScheduleCommandHandCount(t *testing.T) {
	db := planDB(t)
	out, errs, code := cli(t, "schedule", "--db", db, "--month", "2026-10")
	if code != 0 || out != "Skapade 18 pass.\n" {
		t.Fatalf("schedule: exit %d, stdout %q, stderr %s", code, out, errs)
	}
	if !strings.Contains(errs, "Inget pass 2026-10-21 08:00–16:00 hos kunden 19451212-1239: assistenten 19900101-1239 är frånvarande (ledig)") {
		t.Errorf("stderr does not name the unfilled shift: %s", errs)
	}
	for _, tc := range []struct {
		asst string
		want [3]int
	}{{schedA1, [3]int{7200, 0, 0}}, {schedA2, [3]int{0, 1140, 0}}, {schedA3, [3]int{720, 0, 0}}} {
		if got := assistantTotals(t, db, "2026-10", schedCust, tc.asst); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.asst, got, tc.want)
		}
	}
	if out, _, code := cli(t, "schedule", "--db", db, "--month", "2026-10", "--customer", "451212-1239"); code != 0 || out != "Skapade 0 pass.\n" {
		t.Errorf("second run: exit %d, %q", code, out)
	}

	out, _, _ = cli(t, "check", "--db", db, "--month", "2026-10", "--today", "2026-10-01", "--json")
	var got struct {
		Findings []struct{ Code, Customer, Assistant, Date string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	found := map[string]string{}
	for _, f := range got.Findings {
		found[f.Code] += f.Customer + "/" + f.Assistant + "/" + f.Date + " "
	}
	if found["UNFILLED_SHIFT"] != schedCust+"/"+schedA1+"/2026-10-21 " {
		t.Errorf("UNFILLED_SHIFT: %q", found["UNFILLED_SHIFT"])
	}
	if found["DST_NIGHT"] != schedCust+"/"+schedA2+"/2026-10-24 " {
		t.Errorf("DST_NIGHT: %q", found["DST_NIGHT"])
	}
}

// A sent month is refused with exit 2 and a Swedish message, and nothing is created.
func TestScheduleRefusesSentMonth(t *testing.T) {
	db := planDB(t)
	f := filepath.Join(t.TempDir(), "months.csv")
	os.WriteFile(f, []byte("customer_pnr;month;sent\n194512121239;2026-10;2026-11-02\n"), 0o600)
	if _, errs, code := cli(t, "import", "--db", db, "months", f); code != 0 {
		t.Fatalf("import months: %d %s", code, errs)
	}
	out, errs, code := cli(t, "schedule", "--db", db, "--month", "2026-10")
	if code != 2 || out != "" || !strings.Contains(errs, "Månaden 2026-10 är markerad som skickad för kunden 194512121239") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if got := assistantTotals(t, db, "2026-10", schedCust, schedA1); got != [3]int{} {
		t.Errorf("minutes after a refused run: %v", got)
	}
	for _, args := range [][]string{
		{"schedule", "--db", db},
		{"schedule", "--db", db, "--month", "2026-10", "--customer", "19451212-1238"},
	} {
		if _, _, code := cli(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// The demo plans November for Ingrid: the check shows the unfilled shift
// before anything is laid, and laying creates the 27 shifts of data/demo/plan.go.
func TestScheduleDemoNovember(t *testing.T) {
	db := demoDB(t)
	out, _, _ := cli(t, "check", "--db", db, "--month", "2026-11", "--today", "2026-11-01")
	if !strings.Contains(out, "UNFILLED_SHIFT") || !strings.Contains(out, "2026-11-20") {
		t.Errorf("check of the planned November:\n%s", out)
	}
	// September is sent for every customer, Ingrid too: refused, though her schedule starts in November.
	if _, errs, code := cli(t, "schedule", "--db", db, "--month", "2026-09"); code != 2 || !strings.Contains(errs, "skickad") {
		t.Errorf("schedule of the sent September: exit %d, %s", code, errs)
	}
	if out, errs, code := cli(t, "schedule", "--db", db, "--month", "2026-11"); code != 0 || out != "Skapade 27 pass.\n" {
		t.Errorf("schedule: exit %d, %q, %s", code, out, errs)
	}
	// The payroll file carries the absences under their PAXml codes, with the
	// hours the schedule planned (09–15: 6 h); the worked time of the sick day is
	// Fatima's, and Maja has no worked line that day.
	xml := filepath.Join(t.TempDir(), "lon.xml")
	if _, errs, code := cli(t, "payroll", "--db", db, "--month", "2026-11", "--out", xml, "--csv"); code != 0 {
		t.Fatalf("payroll: %d %s", code, errs)
	}
	c, _ := os.ReadFile(strings.TrimSuffix(xml, ".xml") + ".csv")
	for _, want := range []string{
		"19880576-2427;Maja Karlsson;19750228-4222;Ingrid Näslund;2026-11-10;sjuk;SJK;6,00\r\n",
		"19850314-2823;Fatima Hassan;19750228-4222;Ingrid Näslund;2026-11-10;aktiv;ARB;6,00\r\n",
		"19850314-2823;Fatima Hassan;19750228-4222;Ingrid Näslund;2026-11-20;semester;SEM;6,00\r\n",
	} {
		if !strings.Contains(string(c), want) {
			t.Errorf("payroll CSV lacks %q", want)
		}
	}
	if strings.Contains(string(c), "19880576-2427;Maja Karlsson;19750228-4222;Ingrid Näslund;2026-11-10;aktiv") {
		t.Error("Maja has worked time on her sick day")
	}
}
