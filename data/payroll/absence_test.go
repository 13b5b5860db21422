package payroll

import (
	"bytes"
	"strings"
	"testing"

	"assistans/rules"
)

// asst is planned 08–16 for cust on Oct 14 and 21 and 22–07 for cust2 on
// Oct 14; sick on Oct 14 and on leave Oct 21; sick on Sunday Oct 18 too, when
// nothing is planned. asst2 is planned Oct 14 and present.
func TestAbsenceLines(t *testing.T) {
	planned := []rules.Shift{
		shift(asst, cust, rules.D(2026, 10, 14), hm(8, 0), hm(16, 0), rules.Aktiv),
		shift(asst, cust2, rules.D(2026, 10, 14), hm(22, 0), hm(7, 0), rules.Vantetid),
		shift(asst, cust, rules.D(2026, 10, 21), hm(8, 0), hm(16, 0), rules.Aktiv),
		shift(asst2, cust, rules.D(2026, 10, 14), hm(16, 0), hm(22, 0), rules.Aktiv),
	}
	absences := []rules.Absence{
		{Assistant: asst, Date: rules.D(2026, 10, 14), Reason: rules.Sjuk, Replacement: asst2},
		{Assistant: asst, Date: rules.D(2026, 10, 18), Reason: rules.Sjuk},
		{Assistant: asst, Date: rules.D(2026, 10, 21), Reason: rules.Ledig},
		{Assistant: asst, Date: rules.D(2026, 11, 2), Reason: rules.Semester, Replacement: asst2}, // another month
	}
	abs, err := AbsenceLines(absences, planned, oct, DefaultMapping())
	if err != nil {
		t.Fatal(err)
	}
	worked := mustLines(t, []rules.Shift{planned[3]}, oct, DefaultMapping())
	// 8 h sick for cust, 9 h sick for cust2 (the night), 8 h leave; asst2's own shift as worked time.
	want := "1624 3823 2026-10-14 SJK 8.00\n1624 3823 2026-10-21 TJL 8.00\n1624 4824 2026-10-14 SJK 9.00\n" +
		"3518 3823 2026-10-14 ARB 6.00\n3518 3823 2026-10-14 OB1 4.00\n"
	if got := render(Merge(worked, abs)); got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
	var csv bytes.Buffer
	if err := WriteCSV(&csv, abs[:1], nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(csv.String(), ";2026-10-14;sjuk;SJK;8,00") {
		t.Errorf("CSV line: %s", csv.String())
	}
}

// A payroll.json written before absences existed takes the default codes;
// a wrong one is refused naming the reason.
func TestAbsenceCodesInMapping(t *testing.T) {
	mp := DefaultMapping()
	mp.Absences = nil
	b, err := mp.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "franvarokoder") {
		t.Fatal("test setup: the file still has franvarokoder")
	}
	old, err := ParseMapping(b)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := AbsenceLines([]rules.Absence{{Assistant: asst, Date: rules.D(2026, 10, 5), Reason: rules.VAB}},
		[]rules.Shift{shift(asst, cust, rules.D(2026, 10, 5), hm(8, 0), hm(12, 0), rules.Aktiv)}, oct, old)
	if err != nil || render(lines) != "1624 3823 2026-10-05 VAB 4.00\n" {
		t.Errorf("old mapping: %q %v", render(lines), err)
	}
	good, _ := DefaultMapping().JSON()
	for _, c := range []struct{ from, to, msg string }{
		{`"sjuk": "SJK"`, `"sjuk": "SJUK"`, `frånvarokoden för sjuk, "SJUK", är ingen PAXml-tidkod`},
		{`"sjuk": "SJK"`, `"sjuk": "SJK", "tjänstledig": "TJL"`, `okänd frånvaroorsak "tjänstledig"`},
	} {
		bad := strings.Replace(string(good), c.from, c.to, 1)
		if bad == string(good) {
			t.Fatalf("%q is not in the default file", c.from)
		}
		if _, err := ParseMapping([]byte(bad)); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: %v, want %q", c.to, err, c.msg)
		}
	}
}
