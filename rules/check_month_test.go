package rules

import "testing"

var oct1 = D(2026, 10, 1)

// hoursPerWeek gives cAdult one decision from 2026-10-01 instead of base's 168 h.
func hoursPerWeek(d *MonthData, centi int64) {
	d.Decisions[0] = Decision{Customer: cAdult, From: oct1, HoursPerWeekCenti: centi}
}

// tenHours gives a1 n aktiv shifts of 600 min for cAdult from 10-01.
func tenHours(d *MonthData, n int) {
	for i := range n {
		d.Shifts = append(d.Shifts, sh(a1, cAdult, oct1.AddDays(i), "08:00", "18:00", Aktiv))
	}
}

func TestHoursOverDecision(t *testing.T) {
	// 10 h/week over October's 31 days: 31 × 1000 × 60 / 700 = 2657.14 → 2657 min granted.
	runCases(t, HoursOverDecision, []caseT{
		{"2657 min", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4) // 2400
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 20), "08:00", "12:17", Aktiv))
		}, nil},
		{"2658 min", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4)
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 20), "08:00", "12:18", Aktiv))
		}, []exp{{Warn, cAdult, "", oct1, 0}}},
		// 2400 + 1028 väntetid × 1/4 = 2400 + 257 = 2657: not above.
		{"väntetid exactly", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4)
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 10), "20:00", "13:08", Vantetid))
		}, nil},
		// 1029 × 1/4 = 257.25: 2657.25 > 2657 (scaled by 28: 74403 > 74396).
		{"väntetid a quarter minute over", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4)
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 10), "20:00", "13:09", Vantetid))
		}, []exp{{Warn, cAdult, "", oct1, 0}}},
		// 2400 + (1000 + 799) beredskap × 1/7 = 2400 + 257 = 2657; one minute more is 257.14 over.
		{"beredskap exactly", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4)
			d.Shifts = append(d.Shifts,
				sh(a1, cAdult, D(2026, 10, 10), "08:00", "00:40", Beredskap),
				sh(a1, cAdult, D(2026, 10, 12), "08:00", "21:19", Beredskap))
		}, nil},
		{"beredskap one minute more", func(d *MonthData) {
			hoursPerWeek(d, 1000)
			tenHours(d, 4)
			d.Shifts = append(d.Shifts,
				sh(a1, cAdult, D(2026, 10, 10), "08:00", "00:40", Beredskap),
				sh(a1, cAdult, D(2026, 10, 12), "08:00", "21:20", Beredskap))
		}, []exp{{Warn, cAdult, "", oct1, 0}}},
		// 10 h/week from 09-01 and 20 h/week from 10-16 (both open): days 1–15 count 1000,
		// days 16–31 only the later decision's 2000: (15000 + 32000) × 60 / 700 = 4028.57 → 4029.
		{"two decisions, 4029 min", func(d *MonthData) {
			d.Decisions[0] = Decision{Customer: cAdult, From: D(2026, 9, 1), HoursPerWeekCenti: 1000}
			d.Decisions = append(d.Decisions, Decision{Customer: cAdult, From: D(2026, 10, 16), HoursPerWeekCenti: 2000})
			tenHours(d, 6) // 3600
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 20), "08:00", "15:09", Aktiv))
		}, nil},
		{"two decisions, 4030 min", func(d *MonthData) {
			d.Decisions[0] = Decision{Customer: cAdult, From: D(2026, 9, 1), HoursPerWeekCenti: 1000}
			d.Decisions = append(d.Decisions, Decision{Customer: cAdult, From: D(2026, 10, 16), HoursPerWeekCenti: 2000})
			tenHours(d, 6)
			d.Shifts = append(d.Shifts, sh(a1, cAdult, D(2026, 10, 20), "08:00", "15:10", Aktiv))
		}, []exp{{Warn, cAdult, "", oct1, 0}}},
		// 1 h/week: 3100 × 60 / 700 = 265.71 → 266. September's night counts its
		// October part: 00:00–02:26 = 146, + 120 = 266; to 02:27 it is 267.
		{"last month's night, 266", func(d *MonthData) {
			hoursPerWeek(d, 100)
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 30), "22:00", "02:26", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "10:00", Aktiv),
			}
		}, nil},
		{"last month's night, 267", func(d *MonthData) {
			hoursPerWeek(d, 100)
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 30), "22:00", "02:27", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "10:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, "", oct1, 0}}},
	})
}

func TestCosts(t *testing.T) {
	higher := func(d *MonthData) { d.Decisions[0].HigherAmount = true }
	cost := func(d *MonthData, m Month, hoursCenti ...int64) {
		for i, h := range hoursCenti {
			d.Costs = append(d.Costs, Cost{Customer: cAdult, Month: m, Category: i + 1, Amount: Kr(1000, 0), HoursCenti: h})
		}
	}
	// 08:00–16:10 is 490 min: 490 × 100 / 60 = 816.67 → 817 hundredths of an hour.
	day := func(d *MonthData, k Kind) {
		d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:10", k)}
	}
	t.Run("missing", func(t *testing.T) {
		runCases(t, CostsMissing, []caseT{
			{"no cost report", func(d *MonthData) { higher(d); day(d, Aktiv) }, []exp{{Block, cAdult, "", oct1, 0}}},
			{"only September's", func(d *MonthData) { higher(d); day(d, Aktiv); cost(d, oct.Prev(), 817) },
				[]exp{{Block, cAdult, "", oct1, 0}}},
			{"schablon", func(d *MonthData) { day(d, Aktiv) }, nil},
			{"higher amount ended in September", func(d *MonthData) {
				d.Decisions[0] = Decision{Customer: cAdult, From: D(2026, 1, 1), To: D(2026, 9, 30), HigherAmount: true}
				d.Decisions = append(d.Decisions, Decision{Customer: cAdult, From: oct1, HoursPerWeekCenti: 16800})
				day(d, Aktiv)
			}, nil},
			{"reported", func(d *MonthData) { higher(d); day(d, Aktiv); cost(d, oct, 817) }, nil},
			{"no time in the month", func(d *MonthData) { higher(d) }, nil},
		})
	})
	t.Run("hours", func(t *testing.T) {
		runCases(t, CostsHours, []caseT{
			// Väntetid counts in full: still 817.
			{"817", func(d *MonthData) { higher(d); day(d, Vantetid); cost(d, oct, 817, 817) }, nil},
			{"one row 816", func(d *MonthData) { higher(d); day(d, Vantetid); cost(d, oct, 817, 816, 815) },
				[]exp{{Warn, cAdult, "", oct1, 0}}},
			{"missing is not hours", func(d *MonthData) { higher(d); day(d, Aktiv) }, nil},
		})
	})
}

func TestTotalsMismatch(t *testing.T) {
	printed := func(d *MonthData, c string, m Month, tot Totals) {
		d.Printed = append(d.Printed, PrintedTotals{Customer: c, Month: m, Totals: tot})
	}
	day := func(d *MonthData) { d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv)} }
	runCases(t, TotalsMismatch, []caseT{
		{"equal", func(d *MonthData) { day(d); printed(d, cAdult, oct, Totals{Aktiv: 480}) }, nil},
		{"one minute less", func(d *MonthData) { day(d); printed(d, cAdult, oct, Totals{Aktiv: 479}) },
			[]exp{{Block, cAdult, "", oct1, 0}}},
		{"kind moved", func(d *MonthData) { day(d); printed(d, cAdult, oct, Totals{Vantetid: 480}) },
			[]exp{{Block, cAdult, "", oct1, 0}}},
		// cChild has no shifts now: its current totals are zero.
		{"customer without shifts", func(d *MonthData) {
			day(d)
			printed(d, cChild, oct, Totals{Aktiv: 60})
			printed(d, cTurning, oct, Totals{})
			printed(d, cAdult, oct.Prev(), Totals{Aktiv: 1})
		}, []exp{{Block, cChild, "", oct1, 0}}},
	})
}

func TestDeadlineCodes(t *testing.T) {
	// October's deadline is 2026-12-05.
	today := func(d *MonthData, day Date) {
		d.Today = day
		d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv)}
	}
	runCases(t, DeadlineNear, []caseT{
		{"8 days", func(d *MonthData) { today(d, D(2026, 11, 27)) }, nil},
		{"7 days", func(d *MonthData) { today(d, D(2026, 11, 28)) }, []exp{{Warn, cAdult, "", oct1, 0}}},
		{"on the day", func(d *MonthData) { today(d, D(2026, 12, 5)) }, []exp{{Warn, cAdult, "", oct1, 0}}},
		{"sent", func(d *MonthData) {
			today(d, D(2026, 12, 1))
			d.MonthInfos = []MonthInfo{{Customer: cAdult, Month: oct, Sent: D(2026, 11, 30)}}
		}, nil},
		{"day after", func(d *MonthData) { today(d, D(2026, 12, 6)) }, nil},
	})
	runCases(t, DeadlinePassed, []caseT{
		{"on the day", func(d *MonthData) { today(d, D(2026, 12, 5)) }, nil},
		{"day after", func(d *MonthData) { today(d, D(2026, 12, 6)) }, []exp{{Block, cAdult, "", oct1, 0}}},
		{"month info without sent", func(d *MonthData) {
			today(d, D(2027, 1, 10))
			d.MonthInfos = []MonthInfo{{Customer: cAdult, Month: oct}, {Customer: cAdult, Month: oct.Next(), Sent: D(2026, 12, 20)}}
		}, []exp{{Block, cAdult, "", oct1, 0}}},
		{"sent late", func(d *MonthData) {
			today(d, D(2027, 1, 10))
			d.MonthInfos = []MonthInfo{{Customer: cAdult, Month: oct, Sent: D(2026, 12, 20)}}
		}, nil},
	})
}

func TestAssistantFlags(t *testing.T) {
	shifts := func(d *MonthData) {
		d.Shifts = []Shift{
			sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
			sh(a1, cAdult, D(2026, 10, 6), "08:00", "16:00", Aktiv),
			sh(a1, cChild, D(2026, 10, 7), "08:00", "16:00", Aktiv),
			sh(a2, cAdult, D(2026, 10, 8), "08:00", "16:00", Aktiv),
		}
	}
	others := func(d *MonthData) {
		d.Shifts = []Shift{
			sh(a1, cAdult, D(2026, 9, 30), "08:00", "16:00", Aktiv), // September
			sh(a1, cChild, D(2026, 10, 7), "08:00", "", Aktiv),      // invalid
		}
	}
	runCases(t, AssistantAbroad, []caseT{
		{"two customers", func(d *MonthData) { d.Assistants[0].OutsideEES = true; shifts(d) },
			[]exp{{Warn, cAdult, a1, oct1, 0}, {Warn, cChild, a1, oct1, 0}}},
		{"no valid shift of the month", func(d *MonthData) { d.Assistants[0].OutsideEES = true; others(d) }, nil},
	})
	runCases(t, AssistantUnfit, []caseT{
		{"two customers", func(d *MonthData) { d.Assistants[0].Unfit = true; shifts(d) },
			[]exp{{Block, cAdult, a1, oct1, 0}, {Block, cChild, a1, oct1, 0}}},
		{"no valid shift of the month", func(d *MonthData) { d.Assistants[0].Unfit = true; others(d) }, nil},
	})
}
