package rules

import (
	"fmt"
	"strings"
	"testing"
)

// clk reads "08:00"; tests only.
func clk(s string) Clock {
	c, err := ParseClock(s)
	if err != nil {
		panic(err)
	}
	return c
}

// rot builds a row of a two-week schedule from Monday 2026-09-28 for cAdult.
func rot(week, weekday int, from, to string, k Kind, asst string) ScheduleShift {
	return ScheduleShift{Customer: cAdult, From: D(2026, 9, 28), Weeks: 2, Week: week, Weekday: weekday,
		Start: clk(from), End: clk(to), Kind: k, Assistant: asst}
}

// octRotation is the two-week rotation of the hand count in TestLaySchedulesHandCount:
// week 1 Mon–Fri 08–16 a1; week 2 Mon, Wed, Fri 08–16 a1 and Sat 22–07 väntetid a2.
func octRotation() []ScheduleShift {
	var out []ScheduleShift
	for wd := 1; wd <= 5; wd++ {
		out = append(out, rot(1, wd, "08:00", "16:00", Aktiv, a1))
	}
	for _, wd := range []int{1, 3, 5} {
		out = append(out, rot(2, wd, "08:00", "16:00", Aktiv, a1))
	}
	return append(out, rot(2, 6, "22:00", "07:00", Vantetid, a2))
}

// TestLaySchedulesHandCount: October 2026 from the rotation starting 2026-09-28.
// Week 1 is Sep 28–Oct 4, Oct 12–18 and Oct 26–Nov 1; week 2 is Oct 5–11 and Oct 19–25.
// a1 is planned on Oct 1, 2 (Thu, Fri), 12–16, 26–30 (week 1: 12 days) and 5, 7, 9,
// 19, 21, 23 (week 2: 6 days): 18 shifts of 8 h. a2 on the Saturday nights Oct 10 and
// Oct 24; the second ends on the night summer time ends (25 Oct) and lasts 10 h.
// a1 is sick on Oct 14 with a3 as replacement, and on leave Oct 21 without one;
// the customer already has a shift on Oct 7 at 08:00 (a3, 08–12), which stays.
// Created: a1 15 × 480 = 7200 min, a3 1 × 480, a2 540 + 600 = 1140 min väntetid.
func TestLaySchedulesHandCount(t *testing.T) {
	absences := []Absence{
		{Assistant: a1, Date: D(2026, 10, 14), Reason: Sjuk, Replacement: a3},
		{Assistant: a1, Date: D(2026, 10, 21), Reason: Ledig},
	}
	existing := []Shift{sh(a3, cAdult, D(2026, 10, 7), "08:00", "12:00", Aktiv)}
	lay := LaySchedules(oct, octRotation(), absences, existing)

	if len(lay.Create) != 18 {
		t.Errorf("%d shifts to create, want 18", len(lay.Create))
	}
	per := map[string]Totals{}
	days := map[string][]int{}
	for _, s := range lay.Create {
		t := per[s.Assistant]
		t.Add(s.Kind, s.Minutes())
		per[s.Assistant] = t
		days[s.Assistant] = append(days[s.Assistant], s.Date.Day)
	}
	want := map[string]Totals{a1: {Aktiv: 7200}, a2: {Vantetid: 1140}, a3: {Aktiv: 480}}
	for a, w := range want {
		if per[a] != w {
			t.Errorf("%s: %+v, want %+v", a, per[a], w)
		}
	}
	if got := fmt.Sprint(days[a1]); got != "[1 2 5 9 12 13 15 16 19 23 26 27 28 29 30]" {
		t.Errorf("a1 works on %s", got)
	}
	if got := fmt.Sprint(days[a2], days[a3]); got != "[10 24] [14]" {
		t.Errorf("a2, a3 work on %s", got)
	}
	if len(lay.Unfilled) != 1 || lay.Unfilled[0].Shift.Date != D(2026, 10, 21) || lay.Unfilled[0].Shift.Assistant != a1 {
		t.Errorf("unfilled: %+v, want a1's shift on 2026-10-21", lay.Unfilled)
	}

	// Laying again on top of what was created creates nothing, and the unfilled shift stays unfilled.
	again := LaySchedules(oct, octRotation(), absences, append(existing, lay.Create...))
	if len(again.Create) != 0 || len(again.Unfilled) != 1 {
		t.Errorf("second run: %d created, %d unfilled; want 0 and 1", len(again.Create), len(again.Unfilled))
	}
}

// A schedule with a later From replaces the earlier one from that day on.
func TestPlannedLaterScheduleReplaces(t *testing.T) {
	old := ScheduleShift{Customer: cAdult, From: D(2026, 9, 28), Weeks: 1, Week: 1, Weekday: 1,
		Start: clk("08:00"), End: clk("16:00"), Kind: Aktiv, Assistant: a1}
	repl := old
	repl.From, repl.Assistant, repl.Weekday = D(2026, 10, 12), a2, 2 // Tuesdays from 12 October
	got := Planned([]ScheduleShift{old, repl}, oct.First(), oct.Last())
	var s []string
	for _, x := range got {
		s = append(s, fmt.Sprintf("%d:%s", x.Date.Day, x.Assistant[:4]))
	}
	// Mondays 5 Oct with a1; from 12 Oct Tuesdays 13, 20, 27 with a2.
	if want := "5:1990 13:1985 20:1985 27:1985"; strings.Join(s, " ") != want {
		t.Errorf("planned %s, want %s", strings.Join(s, " "), want)
	}
}

// The replacement is absent too: nothing is created for anyone absent.
func TestLaySchedulesReplacementAbsent(t *testing.T) {
	absences := []Absence{
		{Assistant: a1, Date: D(2026, 10, 5), Reason: Sjuk, Replacement: a3},
		{Assistant: a3, Date: D(2026, 10, 5), Reason: Semester},
	}
	lay := LaySchedules(oct, octRotation(), absences, nil)
	for _, s := range lay.Create {
		if s.Date == D(2026, 10, 5) && s.Start == clk("08:00") {
			t.Errorf("created %+v for an absent assistant", s)
		}
	}
	if len(lay.Unfilled) != 1 || lay.Unfilled[0].Absence.Replacement != a3 {
		t.Errorf("unfilled: %+v", lay.Unfilled)
	}
}

func TestScheduleProblems(t *testing.T) {
	good := rot(1, 1, "08:00", "16:00", Aktiv, a1)
	cases := []struct {
		edit  func(*ScheduleShift)
		field ScheduleField
	}{
		{func(s *ScheduleShift) {}, 0},
		{func(s *ScheduleShift) { s.From = D(2026, 9, 29) }, SchedFrom}, // a Tuesday
		{func(s *ScheduleShift) { s.Weeks, s.Week = 13, 1 }, SchedWeeks},
		{func(s *ScheduleShift) { s.Weeks = 0 }, SchedWeeks},
		{func(s *ScheduleShift) { s.Week = 3 }, SchedWeek}, // weeks is 2
		{func(s *ScheduleShift) { s.Weekday = 8 }, SchedWeekday},
		{func(s *ScheduleShift) { s.End = NoClock }, SchedEnd},
		{func(s *ScheduleShift) { s.Kind = "x" }, SchedKind},
		{func(s *ScheduleShift) { s.Assistant = "" }, SchedAssistant},
		{func(s *ScheduleShift) { s.Weeks, s.Week = 12, 12 }, 0},
	}
	for i, tc := range cases {
		s := good
		tc.edit(&s)
		if f := s.Fault(); f.Field() != tc.field || (f == SchedOK) != (tc.field == 0) {
			t.Errorf("case %d: fault %d on field %d, want field %d", i, f, f.Field(), tc.field)
		}
	}
	if f := (ScheduleShift{From: D(2026, 9, 29)}).Fault(); f != SchedNotMonday {
		t.Errorf("a Tuesday's fault %d", f)
	}
	for want, a := range map[AbsenceFault]Absence{
		AbsSelfReplacement: {Assistant: a1, Reason: "sjuk", Replacement: a1},
		AbsBadReason:       {Assistant: a1, Reason: "borta"},
		AbsOK:              {Assistant: a1, Reason: VAB}, // without a replacement
	} {
		if f := a.Fault(); f != want {
			t.Errorf("%+v: fault %d, want %d", a, f, want)
		}
	}
}
