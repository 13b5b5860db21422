package rules

import "testing"

func TestNthWeekdayIn(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	for _, c := range []struct {
		from Date
		want Date // zero: October has no such day
	}{
		{D(2026, 9, 1), D(2026, 10, 6)},   // 1st Tuesday
		{D(2026, 9, 7), D(2026, 10, 5)},   // 1st Monday
		{D(2026, 9, 3), D(2026, 10, 1)},   // 1st Thursday
		{D(2026, 9, 24), D(2026, 10, 22)}, // 4th Thursday
		{D(2026, 9, 29), Date{}},          // 5th Tuesday: October's are 6, 13, 20, 27
		{D(2026, 9, 30), Date{}},          // 5th Wednesday
	} {
		got, ok := NthWeekdayIn(c.from, oct)
		if c.want.IsZero() {
			if ok {
				t.Errorf("%v → %v, want none", c.from, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("%v → %v %v, want %v", c.from, got, ok, c.want)
		}
	}
}

func TestCopyMonthAndWeek(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	prev := []Shift{
		{ID: 7, Customer: pnrAnna, Date: D(2026, 9, 29), Start: 480, End: 960},  // 5th Tuesday: lost
		{ID: 8, Customer: pnrAnna, Date: D(2026, 9, 7), Start: 600, End: 960},   // 1st Monday → 5 Oct
		{ID: 9, Customer: pnrAnna, Date: D(2026, 9, 1), Start: 480, End: 960},   // 1st Tuesday → 6 Oct
		{ID: 10, Customer: pnrAnna, Date: D(2026, 10, 1), Start: 480, End: 960}, // not last month's
	}
	got, missing := CopyMonth(prev, oct)
	if missing != 1 || len(got) != 2 || got[0].Date != D(2026, 10, 5) || got[1].Date != D(2026, 10, 6) || got[0].ID != 0 {
		t.Errorf("CopyMonth: %+v, missing %d", got, missing)
	}
	// October 2026 starts on a Thursday: its weeks start 28 Sep, 5, 12, 19 and 26 Oct.
	if w := oct.Weeks(); len(w) != 5 || w[0] != D(2026, 9, 28) || w[4] != D(2026, 10, 26) {
		t.Errorf("weeks %v", w)
	}
	week := []Shift{{Date: D(2026, 10, 1), Start: 480, End: 960}, {Date: D(2026, 10, 13), Start: 480, End: 960}}
	// The first whole week with a shift is 12–18 October; 1 October lies in a partial week.
	if mon, ok := TemplateWeek(week, oct); !ok || mon != D(2026, 10, 12) {
		t.Errorf("template week %v %v", mon, ok)
	}
	if mon, ok := TemplateWeek(week[:1], oct); !ok || mon != D(2026, 9, 28) {
		t.Errorf("template week of a partial week %v %v", mon, ok)
	}
	copies := CopyWeek(week, D(2026, 10, 12), oct) // Tuesday 13 → 6, 20, 27
	if len(copies) != 3 || copies[0].Date != D(2026, 10, 6) || copies[2].Date != D(2026, 10, 27) {
		t.Errorf("CopyWeek: %+v", copies)
	}
}
