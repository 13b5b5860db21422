package rules

import "testing"

func TestDailyRest(t *testing.T) {
	runCases(t, DailyRest, []caseT{
		// Window 10-05 08:00 – 10-06 08:00; rest 16:00 – 03:00 = 11 h 00 min: enough.
		{"11 h 00 min", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 6), "03:00", "07:00", Aktiv),
			}
		}, nil},
		// Rest 16:00 – 02:59 = 10 h 59 min. The second shift's window (02:59 – 02:59) has
		// 07:00 – 02:59 = 19 h 59 min free, so only the first fires. The other customer counts.
		{"10 h 59 min, other customer", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cChild, D(2026, 10, 6), "02:59", "07:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, a1, D(2026, 10, 5), 1}}},
		{"severity setting", func(d *MonthData) {
			d.Settings.DailyRestSeverity = Block
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 6), "02:59", "07:00", Aktiv),
			}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 1}}},
		// The window is 24 real hours: from 10-24 22:00 summer time to 10-25 21:00 winter
		// time. 22:00 – 10:01 (13 h 01 min real) leaves 10:01 – 21:00 = 10 h 59 min.
		// Counting 24 clock hours (to 22:00) would wrongly give 11 h 59 min.
		{"DST night", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 24), "22:00", "10:01", Aktiv)}
		}, []exp{{Warn, cAdult, a1, D(2026, 10, 24), 1}}},
		{"DST night, 11 h", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 24), "22:00", "10:00", Aktiv)}
		}, nil},
		// November's shift (context) ends the rest after October's last shift: 00:00 – 10:00 = 10 h.
		{"next month's shift", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 31), "16:00", "00:00", Aktiv),
				sh(a1, cAdult, D(2026, 11, 1), "10:00", "18:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, a1, D(2026, 10, 31), 1}}},
		// A 24-hour shift leaves no rest in its window.
		{"24 h shift", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "08:00", Aktiv)}
		}, []exp{{Warn, cAdult, a1, D(2026, 10, 5), 1}}},
	})
}

// week gives a1 a 08:00–20:00 shift on each day from 10-05 to 10-09 (Mon–Fri), the
// Monday for cChild, and the extra shifts.
func week(d *MonthData, extra ...Shift) {
	for i := range 5 {
		c := cAdult
		if i == 0 {
			c = cChild
		}
		d.Shifts = append(d.Shifts, sh(a1, c, D(2026, 10, 5).AddDays(i), "08:00", "20:00", Aktiv))
	}
	d.Shifts = append(d.Shifts, extra...)
}

func TestWeeklyRest(t *testing.T) {
	runCases(t, WeeklyRest, []caseT{
		// Fri 20:00 – Sun 08:00 = 36 h: enough.
		{"36 h", func(d *MonthData) {
			week(d, sh(a1, cAdult, D(2026, 10, 11), "08:00", "20:00", Aktiv))
		}, nil},
		// Fri 20:00 – Sun 07:59 = 35 h 59 min; one finding per customer of the week, dated the Monday.
		{"35 h 59 min", func(d *MonthData) {
			week(d, sh(a1, cAdult, D(2026, 10, 11), "07:59", "20:00", Aktiv))
		}, []exp{{Warn, cAdult, a1, D(2026, 10, 5), 0}, {Warn, cChild, a1, D(2026, 10, 5), 0}}},
		// Sat 08–20 ends the week's work; the rest to next Monday 08:00 is 36 h, but inside
		// the week only Sat 20:00 – Mon 00:00 = 28 h counts. The week of 10-12 has only
		// Monday's shift (Mon 20:00 – next Mon 00:00 is free) and does not fire.
		{"rest cut at the week's end", func(d *MonthData) {
			d.Settings.WeeklyRestSeverity = Block
			week(d, sh(a1, cAdult, D(2026, 10, 10), "08:00", "20:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 12), "08:00", "20:00", Aktiv))
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 0}, {Block, cChild, a1, D(2026, 10, 5), 0}}},
		// The week 09-28 – 10-04 holds October's shifts; every day 08–20 leaves 12 h at most.
		// September's shift for cChild makes cChild a customer of that week too.
		{"week starting in September", func(d *MonthData) {
			for i := range 7 {
				c := cAdult
				if i == 0 {
					c = cChild
				}
				d.Shifts = append(d.Shifts, sh(a1, c, D(2026, 9, 28).AddDays(i), "08:00", "20:00", Aktiv))
			}
		}, []exp{{Warn, cAdult, a1, D(2026, 9, 28), 0}, {Warn, cChild, a1, D(2026, 9, 28), 0}}},
		// A week with only September's shifts is not October's to judge.
		{"September week", func(d *MonthData) {
			for i := range 7 {
				d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 9, 21).AddDays(i), "08:00", "20:00", Aktiv))
			}
		}, nil},
	})
}
