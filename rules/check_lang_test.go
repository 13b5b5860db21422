package rules

import (
	"errors"
	"strings"
	"testing"
)

// busyMonth breaks most rules at once, so that a run touches most message texts.
// The provider's name holds "Å", which the English texts may carry as a name.
func busyMonth() MonthData {
	d := base()
	d.Today = D(2026, 12, 4) // October's deadline 2026-12-05 is tomorrow
	d.Providers[0].Name = "Assistans Åkesson AB"
	d.Providers[0].FSkatt = No
	d.Providers[0].PermitGroup = [3]Flag{Yes, No, No}
	d.Providers[0].PermitChildren = No
	d.Providers = append(d.Providers, Provider{Orgnr: "5566778890", Name: "Trasig AB"}) // bad check digit
	d.Customers[0].Personkrets = 2
	d.Customers[0].RepresentativePnr = "197003035678"                   // bad check digit
	d.Customers = append(d.Customers, Customer{Pnr: "194512121238"})    // bad check digit
	d.Assistants = append(d.Assistants, Assistant{Pnr: "199001011238"}) // bad check digit
	d.Assistants[0].OutsideEES = true
	d.Assistants[1].Unfit = true
	for i := range d.Decisions {
		if d.Decisions[i].Customer == cChild {
			d.Decisions[i].HoursPerWeekCenti = 100 // 1 h/week: far too little
			d.Decisions[i].HigherAmount = true
		}
		if d.Decisions[i].Customer == cAdult {
			d.Decisions[i].HigherAmount = true
		}
	}
	d.Costs = []Cost{{Customer: cAdult, Month: oct, Category: 1, HoursCenti: 1}}
	d.Printed = []PrintedTotals{{Customer: cAdult, Month: oct, Totals: Totals{Aktiv: 60}}}
	var kept []Assignment
	for _, a := range d.Assignments {
		switch {
		case a.Assistant == a2 && a.Customer == cTurning:
			continue // no assignment
		case a.Assistant == a1 && a.Customer == cTurning:
			a.Reported3066 = D(2026, 10, 15)
		case a.Assistant == a3 && a.Customer == cChild:
			a.Reported3066 = Date{}
		}
		kept = append(kept, a)
	}
	d.Assignments = kept
	d.Shifts = []Shift{
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Kind("x")),
		sh(aYoung, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
		sh(a1, cChild, D(2026, 10, 6), "08:00", "16:00", Aktiv),
		sh(a2, cChild, D(2026, 10, 6), "10:00", "18:00", Aktiv),
		sh(a1, cChild, D(2026, 10, 6), "12:00", "14:00", Vantetid),
		sh(a3, cAdult, D(2026, 10, 12), "06:00", "22:00", Beredskap),
		sh(a3, cAdult, D(2026, 10, 13), "02:00", "08:00", Aktiv),
		sh(a1, cTurning, D(2026, 10, 14), "08:00", "16:00", Aktiv),
		sh(a2, cTurning, D(2026, 10, 20), "08:00", "16:00", Aktiv),
		sh(a3, cChild, D(2026, 10, 21), "08:00", "16:00", Aktiv),
		sh(a3, cTurning, D(2026, 10, 24), "22:00", "06:00", Aktiv),
		sh(a2, cChild, D(2026, 10, 31), "22:00", "06:00", Aktiv),
	}
	return d
}

// TestCheckEnglish: the same findings in English, with the same numbers and dates.
func TestCheckEnglish(t *testing.T) {
	sv, en := busyMonth(), busyMonth()
	en.Lang = "en"
	svF, enF := run(sv), run(en)
	if len(svF) != len(enF) || len(enF) < 15 {
		t.Fatalf("%d Swedish and %d English findings, want the same and at least 15", len(svF), len(enF))
	}
	explicit := busyMonth()
	explicit.Lang = "sv"
	for i, f := range run(explicit) {
		if f != svF[i] {
			t.Errorf("Lang \"sv\" differs from the default:\n%s\n%s", f.Message, svF[i].Message)
		}
	}
	for i := range enF {
		a, b := svF[i], enF[i]
		a.Message, b.Message = "", ""
		if a != b {
			t.Errorf("finding %d differs beyond its message: %+v / %+v", i, a, b)
		}
	}

	want := map[Code]string{
		ShiftInvalid: `The shift on 2026-10-05 08:00–16:00 cannot be reported: unknown kind of time "x". ` +
			`FK cannot pay for a shift without valid times or kind of time. Correct the start and end time ` +
			`or the kind of time (active, waiting or on-call).`,
		// October's deadline is 2026-12-05 and today is 2026-12-04: one day, "tomorrow".
		DeadlineNear: `The report for October 2026 must reach FK by 2026-12-05, tomorrow, and is not marked as sent. ` +
			`FK may refuse the allowance for a report that arrives late (HFD 2023:9). Send it in time and mark the month as sent.`,
		// 22:00–24:00 is 120 min in October, 00:00–06:00 is 360 min in November.
		MonthSplit: `The shift 2026-10-31 22:00–06:00 (active time) goes past midnight into November 2026. ` +
			`2 h 00 min counts in October 2026 and 6 h 00 min in November 2026, because each month reports ` +
			`its own part to FK; nothing needs to be done.`,
	}
	found := map[Code]bool{}
	for _, f := range enF {
		if w, ok := want[f.Code]; ok {
			found[f.Code] = true
			if f.Message != w {
				t.Errorf("%s:\n got %s\nwant %s", f.Code, f.Message, w)
			}
		}
	}
	for c := range want {
		if !found[c] {
			t.Errorf("no %s finding", c)
		}
	}
	wantID := `The customer's personnummer "194512121238" is not valid: the check digit is wrong. ` +
		`FK cannot link the details to the right person or provider, and the forms will be wrong. Correct the number.`
	if !hasMessage(enF, wantID) {
		t.Errorf("no finding %q", wantID)
	}

	codes := map[Code]bool{}
	for _, f := range enF {
		codes[f.Code] = true
		assertEnglish(t, string(f.Code), f.Message, en)
	}
	// Every code but NO_DECISION and WORKTIME_AVERAGE (see TestMessagesEnglish).
	if len(codes) < 17 {
		t.Errorf("only %d codes in the busy month: %v", len(codes), codes)
	}
}

func hasMessage(fs []Finding, msg string) bool {
	for _, f := range fs {
		if f.Message == msg {
			return true
		}
	}
	return false
}

// assertEnglish fails when msg holds å, ä or ö outside the register's names and
// the law name kept in Swedish.
func assertEnglish(t *testing.T, what, msg string, d MonthData) {
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

// TestMessagesEnglish covers the texts busyMonth does not reach, and every
// reason the identity parsers give.
func TestMessagesEnglish(t *testing.T) {
	s := sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv)
	set := DefaultSettings()
	p := Period{First: D(2026, 9, 1), Last: D(2026, 10, 31)}
	msgs := []string{
		msgNoDecision(true, &s),
		msgWorktime(true, set.ATL, lawText(true, set.ATL, set), 41*60, p),
		msgWorktime(true, set.Husligt, lawText(true, set.Husligt, set), 41*60, p),
		msgDeadlinePassed(true, oct, D(2026, 12, 5)),
		msgDeadlineNear(true, oct, D(2026, 12, 5), 0),
		msgDeadlineNear(true, oct, D(2026, 12, 5), 5),
		msgOverlapCustomer(true, &s, 3, 2),
		msgPermitScope(true, Provider{}, D(2026, 10, 5), []string{outsideAdults(true, 40)}),
	}
	for _, in := range []Shift{
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "", Aktiv),
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "08:00", Aktiv),
	} {
		msgs = append(msgs, msgShiftInvalid(true, &in, problemText(true, &in)))
	}
	for _, m := range msgs {
		assertEnglish(t, "message", m, MonthData{})
	}
	if got, want := lawText(true, WorkLimit{Name: "Vård"}, set), "the collective agreement Vård"; got != want {
		t.Errorf("lawText = %q, want %q", got, want)
	}

	// Each input is refused with a different reason; each must have an English text.
	today := D(2026, 10, 20)
	for _, in := range []string{"", "19450x121239", "1945121212", "194512721239", "194512121239",
		"194513121239", "194502301239", "194512120009", "194512121238", "202612311234"} {
		_, err := ParsePersonnummer(in, today)
		checkReason(t, in, err)
		_, err = ParseIdentity(in, today)
		checkReason(t, in, err)
	}
	for _, in := range []string{"556677+8899", "165566778899", "55667788", "5516778899", "5566778890"} {
		_, err := ParseProviderID(in, today)
		checkReason(t, in, err)
	}
	if _, err := AgeOn("1945", today); err != nil {
		checkReason(t, "1945", err)
	}
	if _, err := AgeOn(cAdult, D(1900, 1, 1)); err != nil {
		checkReason(t, "1900", err)
	}
	if got := idReasonText(true, errors.New("x")); got != idReasonUnknown {
		t.Errorf("unknown reason = %q", got)
	}
}

func checkReason(t *testing.T, in string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if got := idReasonText(true, err); got == idReasonUnknown || strings.ContainsAny(got, "åäö") {
		t.Errorf("%q: reason %q has no English text (%q)", in, idReasonText(false, err), got)
	}
}
