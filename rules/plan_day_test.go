package rules

import "testing"

func TestDoubleCoverAndCovers(t *testing.T) {
	d := D(2026, 11, 10)
	day := Shift{Assistant: "a", Date: d, Start: 9 * 60, End: 15 * 60, Kind: Aktiv}
	night := Shift{Assistant: "b", Date: d.AddDays(-1), Start: 22 * 60, End: 7 * 60, Kind: Beredskap}
	if DoubleCover([]Shift{day, night}) {
		t.Error("a night ending 07:00 and a shift from 09:00 overlap")
	}
	late := Shift{Assistant: "b", Date: d, Start: 14*60 + 30, End: 22 * 60, Kind: Aktiv}
	if !DoubleCover([]Shift{day, late}) {
		t.Error("09–15 and 14:30–22 of two assistants do not overlap")
	}
	late.Assistant = "a"
	if DoubleCover([]Shift{day, late}) {
		t.Error("one assistant's own shifts count as double cover")
	}
	abs := Absence{Assistant: "b", Date: d, Reason: Sjuk}
	if abs.Covers(night) || !abs.Covers(Shift{Assistant: "b", Date: d, Start: 22 * 60, End: 7 * 60}) {
		t.Error("an absence takes the shifts that start on its day")
	}
}

// A one-week schedule of 10 hours a day, Monday to Friday, from Monday
// 2026-11-02, for a customer granted 20 hours a week: checked as laid, the
// plan goes over the decision (HOURS_OVER_DECISION), though no shift is laid yet.
func TestWithPlanned(t *testing.T) {
	m := Month{Year: 2026, Month: 11}
	md := MonthData{Month: m, Today: D(2026, 10, 20), Settings: DefaultSettings(),
		Customers:   []Customer{{Pnr: "c", Name: "C", Personkrets: 1}},
		Decisions:   []Decision{{Customer: "c", From: D(2026, 1, 1), HoursPerWeekCenti: 2000}},
		Assistants:  []Assistant{{Pnr: "a", Name: "A", Regime: ATL}},
		Assignments: []Assignment{{Assistant: "a", Customer: "c", Employer: EmployerProvider, Reported3066: D(2026, 1, 1)}},
		Shifts:      []Shift{{Assistant: "a", Customer: "c", Date: D(2026, 11, 2), Start: 8 * 60, End: 18 * 60, Kind: Aktiv}},
	}
	for wd := 1; wd <= 5; wd++ {
		md.Schedules = append(md.Schedules, ScheduleShift{Customer: "c", From: D(2026, 11, 2), Weeks: 1, Week: 1, Weekday: wd,
			Start: 8 * 60, End: 18 * 60, Kind: Aktiv, Assistant: "a"})
	}
	planned := WithPlanned(md)
	// 21 weekdays in November 2026; the 2nd is already there.
	if len(planned.Shifts) != 21 || len(md.Shifts) != 1 {
		t.Fatalf("%d shifts with the plan (want 21), %d without (want 1)", len(planned.Shifts), len(md.Shifts))
	}
	has := func(fs []Finding) bool {
		for _, f := range fs {
			if f.Code == HoursOverDecision {
				return true
			}
		}
		return false
	}
	if has(Check(md)) || !has(Check(planned)) {
		t.Error("HOURS_OVER_DECISION should come from the plan only")
	}
}
