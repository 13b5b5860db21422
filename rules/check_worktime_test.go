package rules

import (
	"slices"
	"testing"
	"time"
)

func TestPeriods(t *testing.T) {
	tests := []struct {
		name     string
		w        WorkLimit
		anchor   Date
		from, to Date
		want     []Period
	}{
		// 28-day periods from 2026-11-23 run backwards too: 10-26..11-22 and 09-28..10-25.
		{"days, anchor after the month", WorkLimit{PeriodDays: 28}, D(2026, 11, 23), D(2026, 10, 1), D(2026, 10, 31),
			[]Period{{D(2026, 9, 28), D(2026, 10, 25)}, {D(2026, 10, 26), D(2026, 11, 22)}}},
		// Month periods from Jan 31, each computed from the anchor: Jan 31 + 1 month rolls to
		// Mar 3 (2026 is no leap year), + 2 months is Mar 31, + 3 months rolls to May 1.
		{"months from the 31st", WorkLimit{PeriodMonths: 1}, D(2026, 1, 31), D(2026, 3, 1), D(2026, 3, 31),
			[]Period{{D(2026, 1, 31), D(2026, 3, 2)}, {D(2026, 3, 3), D(2026, 3, 30)}, {D(2026, 3, 31), D(2026, 4, 30)}}},
		{"4 months from Jan 1", WorkLimit{PeriodMonths: 4}, D(2026, 1, 1), D(2026, 10, 1), D(2026, 10, 31),
			[]Period{{D(2026, 9, 1), D(2026, 12, 31)}}},
		{"no length", WorkLimit{LimitMinPerWeek: 2880}, D(2026, 1, 1), D(2026, 10, 1), D(2026, 10, 31), nil},
	}
	for _, tt := range tests {
		if got := tt.w.Periods(tt.anchor, tt.from, tt.to); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	// No period start: January 1st of the month's year; the ATL default is 4 months.
	w, ps := DefaultSettings().PeriodsFor(Assistant{Regime: ATL}, oct)
	if w.LimitMinPerWeek != 48*60 || !slices.Equal(ps, []Period{{D(2026, 9, 1), D(2026, 12, 31)}}) || ps[0].Days() != 122 {
		t.Errorf("ATL default: %v %v", w, ps)
	}
}

// husligt puts a1 under lag (1970:943): 52 h/week over 28-day periods from 2026-09-28,
// so the period 2026-09-28 – 2026-10-25 allows 52 × 4 = 208 h = 12480 min.
func husligt(d *MonthData) {
	d.Assistants[0].Regime = Husligt
	d.Assistants[0].PeriodStart = D(2026, 9, 28)
}

// tenHourDays gives a1 a 10-hour day shift (600 min) on n days from 2026-09-28.
func tenHourDays(d *MonthData, n int, cust func(i int) string) {
	for i := range n {
		d.Shifts = append(d.Shifts, sh(a1, cust(i), D(2026, 9, 28).AddDays(i), "08:00", "18:00", Aktiv))
	}
}

func adult(int) string { return cAdult }

func TestWorktimeAverage(t *testing.T) {
	runCases(t, WorktimeAverage, []caseT{
		// 21 × 600 + 180 = 12780 min; × 7 / 28 = 3195 min = 53 h 15 min a week > 52 h.
		// The first three days (September) are for cChild: one finding per customer.
		{"husligt 53 h 15 min", func(d *MonthData) {
			husligt(d)
			tenHourDays(d, 21, func(i int) string { return map[bool]string{true: cChild, false: cAdult}[i < 3] })
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 19), "08:00", "11:00", Aktiv))
		}, []exp{{Block, cAdult, a1, D(2026, 9, 28), 0}, {Block, cChild, a1, D(2026, 9, 28), 0}}},
		// 20 × 600 = 12000, + 360 (10-20 08–14), + 120 of the night 10-25 22:00 – 10-26 06:00
		// (the part before the period ends) = 12480: exactly 52 h 00 min, not above.
		{"husligt exactly 52 h", func(d *MonthData) {
			husligt(d)
			tenHourDays(d, 20, adult)
			d.Shifts = append(d.Shifts,
				sh(a1, cAdult, D(2026, 10, 20), "08:00", "14:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 25), "22:00", "06:00", Vantetid))
		}, nil},
		// One minute more: 12481 × 7 = 87367 > 3120 × 28 = 87360.
		{"husligt one minute over", func(d *MonthData) {
			husligt(d)
			tenHourDays(d, 20, adult)
			d.Shifts = append(d.Shifts,
				sh(a1, cAdult, D(2026, 10, 20), "08:00", "14:01", Aktiv),
				sh(a1, cAdult, D(2026, 10, 25), "22:00", "06:00", Vantetid))
		}, []exp{{Block, cAdult, a1, D(2026, 9, 28), 0}}},
		// 1-month periods with a limit of 1 h/week: October (31 days) allows 60 × 31 / 7 = 265.7 min,
		// so 265 passes (265 × 7 = 1855 <= 1860) and 266 fires (1862 > 1860).
		// The zero period start counts from 2026-01-01; September's 600 min lie outside.
		{"month period at 265 min", func(d *MonthData) {
			d.Settings.ATL = WorkLimit{Name: "test", LimitMinPerWeek: 60, PeriodMonths: 1}
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 20), "08:00", "18:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "12:25", Aktiv),
			}
		}, nil},
		{"month period at 266 min", func(d *MonthData) {
			d.Settings.ATL = WorkLimit{Name: "test", LimitMinPerWeek: 60, PeriodMonths: 1}
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 20), "08:00", "18:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "12:26", Aktiv),
			}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 1), 0}}},
	})
}

func TestWorktimeFacts(t *testing.T) {
	d := base()
	husligt(&d)
	tenHourDays(&d, 21, adult)
	d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 19), "08:00", "11:00", Aktiv))
	// 21 × 600 + 180 = 12780 min over 28 days: 3195 min = 53 h 15 min a week.
	want := WorktimeArgs{Limit: DefaultSettings().Husligt, Source: LimitHusligt, Average: 53*60 + 15,
		Period: Period{First: D(2026, 9, 28), Last: D(2026, 10, 25)}}
	n := 0
	for _, f := range run(d) {
		if f.Code == WorktimeAverage {
			n++
			if f.Args != want {
				t.Errorf("facts %+v, want %+v", f.Args, want)
			}
		}
	}
	if n == 0 {
		t.Error("no WORKTIME_AVERAGE")
	}
}

// Every month of 2026 is covered without gap or overlap, from anchors on every day
// of 2025–2026 (the 29th–31st roll over), with 1–6 month and 28-day periods.
func TestPeriodsCoverEveryMonth(t *testing.T) {
	limits := []WorkLimit{{PeriodDays: 28}, {PeriodDays: 7}}
	for n := 1; n <= 6; n++ {
		limits = append(limits, WorkLimit{PeriodMonths: n})
	}
	for _, w := range limits {
		for anchor := D(2025, 1, 1); anchor.Year < 2027; anchor = anchor.AddDays(1) {
			for mo := 1; mo <= 12; mo++ {
				m := Month{2026, time.Month(mo)}
				ps := w.Periods(anchor, m.First(), m.Last())
				if len(ps) == 0 || ps[0].First.After(m.First()) || ps[len(ps)-1].Last.Before(m.Last()) {
					t.Fatalf("%+v anchor %s month %s: %v does not cover", w, anchor, m, ps)
				}
				for i, p := range ps {
					if p.Last.Before(m.First()) || p.First.After(m.Last()) || p.Days() < 1 ||
						i > 0 && ps[i-1].Last.AddDays(1) != p.First {
						t.Fatalf("%+v anchor %s month %s: %v", w, anchor, m, ps)
					}
				}
			}
		}
	}
}
