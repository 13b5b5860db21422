package rules

import (
	"strings"
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

// The planning texts, in English, with their numbers.
func TestPlanMessagesEnglish(t *testing.T) {
	s := sh(a1, cAdult, D(2026, 10, 21), "08:00", "16:00", Aktiv)
	dc := Decision{From: D(2026, 1, 1), HourlyAmount: Kr(400, 0), HigherAmount: true}
	msgs := map[string]string{
		msgHigherCeiling(true, dc, Kr(347, 70)): "The decision from 2026-01-01 has a higher hourly amount of 400,00 kr, more than 12 % " +
			"above the standard amount for 2026 (347,70 kr; at most 389,42 kr). A higher hourly amount can be at most 12 % " +
			"above the standard amount (section 5 of the ordinance (1993:1091)). Check that the amount was typed correctly.",
		msgSickDay15(true, SickPeriod{First: D(2026, 9, 20), Day15: D(2026, 10, 4)}): "The assistant's sick period that began " +
			"on 2026-09-20 reaches day 15 on 2026-10-04. From day 15 FK pays sickness benefit instead of the employer's sick pay, " +
			"and the employer must report the sickness to FK no later than seven days after day 14, that is by 2026-10-10 " +
			"(section 12 of the Sick Pay Act (1991:1047)).",
	}
	for got, want := range msgs {
		if got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	for _, m := range []string{
		msgHourlyAmount(true, dc, Kr(347, 70)),
		msgUnfilled(true, &s, Absence{Reason: VAB}),
		msgUnfilled(true, &s, Absence{Reason: Semester, Replacement: a3}),
	} {
		assertEnglish(t, "message", m, MonthData{})
	}
	// Day 14 is 2026-10-03; seven days after it is 2026-10-10.
	if got := msgSickDay15(false, SickPeriod{First: D(2026, 9, 20), Day15: D(2026, 10, 4)}); !strings.Contains(got, "senast 2026-10-10") {
		t.Errorf("Swedish text lacks the last day: %s", got)
	}
}
