package rules

import "testing"

func TestGrantedMinutes(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	for _, tc := range []struct {
		name string
		decs []Decision
		want int
		ok   bool
	}{
		{"none", nil, 0, false},
		{"ends before the month", []Decision{{From: D(2026, 1, 1), To: D(2026, 9, 30), HoursPerWeekCenti: 4000}}, 0, false},
		// 37,5 h/week all month: 3750 × 31 × 60 / 700 = 9964,29 → 9964.
		{"37,5 h all month", []Decision{{From: D(2026, 1, 1), HoursPerWeekCenti: 3750}}, 9964, true},
		// 1–10 at 10 h, 11–31 at 70 h (the later decision wins where both cover):
		// (1000 × 10 + 7000 × 21) × 60 / 700 = 157000 × 60 / 700 = 13457,14 → 13457.
		{"two decisions", []Decision{
			{From: D(2026, 1, 1), HoursPerWeekCenti: 1000},
			{From: D(2026, 10, 11), To: D(2026, 12, 31), HoursPerWeekCenti: 7000},
		}, 13457, true},
		// One day at 3,5 h/week: 350 × 60 / 700 = 30 exactly.
		{"one day", []Decision{{From: D(2026, 10, 31), HoursPerWeekCenti: 350}}, 30, true},
	} {
		got, ok := GrantedMinutes(tc.decs, oct)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %d, %v; want %d, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}
