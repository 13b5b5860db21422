package rules_test

import (
	"strings"
	"testing"

	"assistans/rules"
	"assistans/rules/say"
)

// TestCheckWords: every finding of a month that breaks most rules is worded in
// both languages from the same facts, the English with the same numbers and
// dates, and with no Swedish left in it.
func TestCheckWords(t *testing.T) {
	d := rules.BusyMonth()
	fs := rules.Run(d)
	if len(fs) < 15 {
		t.Fatalf("%d findings, want at least 15", len(fs))
	}
	want := map[rules.Code]string{
		rules.ShiftInvalid: `The shift on 2026-10-05 08:00–16:00 cannot be reported: unknown kind of time "x". ` +
			`FK cannot pay for a shift without valid times or kind of time. Correct the start and end time ` +
			`or the kind of time (active, waiting or on-call).`,
		// October's deadline is 2026-12-05 and today is 2026-12-04: one day, "tomorrow".
		rules.DeadlineNear: `The report for October 2026 must reach FK by 2026-12-05, tomorrow, and is not marked as sent. ` +
			`FK may refuse the allowance for a report that arrives late (HFD 2023:9). Send it in time and mark the month as sent.`,
		// 22:00–24:00 is 120 min in October, 00:00–06:00 is 360 min in November.
		rules.MonthSplit: `The shift 2026-10-31 22:00–06:00 (active time) goes past midnight into November 2026. ` +
			`2 h 00 min counts in October 2026 and 6 h 00 min in November 2026, because each month reports ` +
			`its own part to FK; nothing needs to be done.`,
	}
	wantSv := map[rules.Code]string{
		rules.ShiftInvalid: `Passet den 2026-10-05 08:00–16:00 kan inte redovisas: okänt tidsslag "x". ` +
			`FK kan inte betala för ett pass som saknar giltiga tider eller tidsslag. Rätta start- och sluttid ` +
			`eller tidsslag (aktiv, väntetid eller beredskap).`,
		rules.DeadlineNear: `Redovisningen för oktober 2026 ska vara hos FK senast 2026-12-05, i morgon, och är inte markerad ` +
			`som skickad. FK kan neka ersättning för en redovisning som kommer in för sent (HFD 2023:9). ` +
			`Skicka den i tid och markera månaden som skickad.`,
	}
	found := map[rules.Code]bool{}
	var en []string
	for _, f := range fs {
		e, sv := say.Finding(say.English, f), say.Finding(say.Swedish, f)
		en = append(en, e)
		if w, ok := want[f.Code]; ok {
			found[f.Code] = true
			if e != w {
				t.Errorf("%s:\n got %s\nwant %s", f.Code, e, w)
			}
		}
		if w, ok := wantSv[f.Code]; ok && sv != w {
			t.Errorf("%s in Swedish:\n got %s\nwant %s", f.Code, sv, w)
		}
		if len(sv) < 60 || sv == e {
			t.Errorf("%s: Swedish %q, English %q", f.Code, sv, e)
		}
		assertEnglish(t, string(f.Code), e, d)
	}
	for c := range want {
		if !found[c] {
			t.Errorf("no %s finding", c)
		}
	}
	wantID := `The customer's personnummer "194512121238" is not valid: the check digit is wrong. ` +
		`FK cannot link the details to the right person or provider, and the forms will be wrong. Correct the number.`
	if !strings.Contains(strings.Join(en, "\n"), wantID) {
		t.Errorf("no finding %q", wantID)
	}
	codes := map[rules.Code]bool{}
	for _, f := range fs {
		codes[f.Code] = true
	}
	// Every code but NO_DECISION, WORKTIME_AVERAGE and the planning codes (see package say's tests).
	if len(codes) < 17 {
		t.Errorf("only %d codes in the busy month: %v", len(codes), codes)
	}
}

// assertEnglish fails when msg holds å, ä or ö outside the register's names and
// the law name kept in Swedish.
func assertEnglish(t *testing.T, what, msg string, d rules.MonthData) {
	t.Helper()
	rest := strings.ReplaceAll(msg, "socialförsäkringsbalken", "")
	for _, x := range d.Providers {
		rest = strings.ReplaceAll(rest, x.Name, "")
	}
	for _, x := range d.Customers {
		rest = strings.ReplaceAll(rest, x.Name, "")
	}
	if strings.ContainsAny(strings.ToLower(rest), "åäö") {
		t.Errorf("%s is not English: %s", what, msg)
	}
}
