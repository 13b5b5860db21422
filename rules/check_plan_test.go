package rules

import (
	"testing"
)

// HOURLY_AMOUNT: the 2026 schablonbelopp is 347,70 kr; the highest higher amount
// is 347,70 × 1,12 = 389,424 kr, so 389,42 passes and 389,43 is above it.
func TestHourlyAmount(t *testing.T) {
	set := func(cust string, amount Ore, higher bool) func(d *MonthData) {
		return func(d *MonthData) {
			for i := range d.Decisions {
				if d.Decisions[i].Customer == cust {
					d.Decisions[i].HourlyAmount, d.Decisions[i].HigherAmount = amount, higher
				}
			}
		}
	}
	runCases(t, HourlyAmount, []caseT{
		{"typo", set(cAdult, Kr(374, 70), false), []exp{{sev: Warn, cust: cAdult, date: D(2026, 10, 1)}}},
		{"one öre off", set(cAdult, Kr(347, 69), false), []exp{{sev: Warn, cust: cAdult, date: D(2026, 10, 1)}}},
		{"one öre", set(cAdult, 1, false), []exp{{sev: Warn, cust: cAdult, date: D(2026, 10, 1)}}},
		{"no amount recorded", set(cAdult, 0, false), nil},
		{"the schablon", set(cAdult, Kr(347, 70), false), nil},
		{"higher above 12 %", set(cAdult, Kr(389, 43), true), []exp{{sev: Warn, cust: cAdult, date: D(2026, 10, 1)}}},
		{"higher at the ceiling", set(cAdult, Kr(389, 42), true), nil},
		{"higher whole kronor", set(cAdult, Kr(389, 0), true), nil},
		{"year not in the table", func(d *MonthData) {
			d.Decisions[0] = Decision{Customer: cAdult, From: D(2014, 1, 1), HoursPerWeekCenti: 16800, HourlyAmount: 1}
		}, nil},
		{"dated the decision's first day in the month", func(d *MonthData) {
			d.Decisions = append(d.Decisions, Decision{Customer: cChild, From: D(2026, 10, 12), HoursPerWeekCenti: 100,
				HourlyAmount: Kr(340, 0)})
		}, []exp{{sev: Warn, cust: cChild, date: D(2026, 10, 12)}}},
		{"decision ended before the month", func(d *MonthData) {
			d.Decisions = append(d.Decisions, Decision{Customer: cChild, From: D(2025, 1, 1), To: D(2025, 12, 31),
				HoursPerWeekCenti: 100, HourlyAmount: Kr(1, 0)})
		}, nil},
		{"inactive customer", func(d *MonthData) {
			set(cAdult, Kr(1, 0), false)(d)
			d.Customers[0].Inactive = true
		}, nil},
	})
}

// UNFILLED_SHIFT, from the rotation of TestLaySchedulesHandCount: a1 is planned
// 08–16 on Wednesday 2026-10-21.
func TestUnfilledShift(t *testing.T) {
	leave := func(repl string) func(d *MonthData) {
		return func(d *MonthData) {
			d.Schedules = octRotation()
			d.Absences = []Absence{{Assistant: a1, Date: D(2026, 10, 21), Reason: Ledig, Replacement: repl}}
		}
	}
	runCases(t, UnfilledShift, []caseT{
		{"absent, no replacement", leave(""), []exp{{sev: Warn, cust: cAdult, asst: a1, date: D(2026, 10, 21)}}},
		{"replacement named", leave(a3), nil},
		{"slot covered by hand", func(d *MonthData) {
			leave("")(d)
			d.Shifts = []Shift{sh(a2, cAdult, D(2026, 10, 21), "08:00", "16:00", Aktiv)}
		}, nil},
		{"absent on a day off", func(d *MonthData) { // Tuesday of week 2: nothing planned
			d.Schedules = octRotation()
			d.Absences = []Absence{{Assistant: a1, Date: D(2026, 10, 20), Reason: Sjuk}}
		}, nil},
		{"inactive customer", func(d *MonthData) {
			leave("")(d)
			d.Customers[0].Inactive = true
		}, nil},
	})
}

// SICK_DAY_15: sick from 2026-09-20; day 15 is 2026-10-04.
func TestSickDay15(t *testing.T) {
	sick := func(from Date, days int, skip Date) func(d *MonthData) {
		return func(d *MonthData) {
			for i := range days {
				if day := from.AddDays(i); day != skip {
					d.Absences = append(d.Absences, Absence{Assistant: a2, Date: day, Reason: Sjuk})
				}
			}
		}
	}
	runCases(t, SickDay15, []caseT{
		{"day 15 in the month", sick(D(2026, 9, 20), 15, Date{}), []exp{{sev: Info, asst: a2, date: D(2026, 10, 4)}}},
		{"14 days only", sick(D(2026, 9, 20), 14, Date{}), nil},
		{"a day in between not sick", sick(D(2026, 9, 20), 16, D(2026, 9, 25)), nil},
		{"day 15 in the month before", sick(D(2026, 9, 10), 30, Date{}), nil},
		{"other reasons do not count", func(d *MonthData) {
			sick(D(2026, 9, 20), 15, Date{})(d)
			d.Absences[0].Reason = VAB
		}, nil},
		{"a long sickness fires once", sick(D(2026, 10, 1), 31, Date{}), []exp{{sev: Info, asst: a2, date: D(2026, 10, 15)}}},
	})
}
