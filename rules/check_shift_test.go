package rules

import (
	"testing"
)

func TestShiftInvalid(t *testing.T) {
	runCases(t, ShiftInvalid, []caseT{
		{"missing end", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 1}}},
		// 22:00–22:00 over the autumn night is 25 real hours, more than 24.
		{"25 h on the DST night", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 24), "22:00", "22:00", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 24), 1}}},
		{"unknown kind", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", "natt")}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 1}}},
		// 08:00–08:00 on an ordinary day is exactly 24 h: allowed.
		{"24 h is valid", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 5), "08:00", "08:00", Aktiv)}
		}, nil},
		{"other month not reported", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 9, 5), "08:00", "", Aktiv)}
		}, nil},
	})
}

// An invalid shift is ignored by every other rule: without an assignment it would
// otherwise also get NOT_REPORTED_3066, and it would overlap the valid shift.
func TestShiftInvalidIgnoredElsewhere(t *testing.T) {
	d := base()
	d.Assignments = nil
	d.Shifts = []Shift{
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "", Aktiv),
		sh(a1, cAdult, D(2026, 10, 6), "08:00", "07:00", "natt"),
	}
	for _, f := range run(d) {
		if f.Code != ShiftInvalid && f.Code != IDInvalid {
			t.Errorf("invalid shift gave %s", f.Code)
		}
	}
}

func TestAssistantUnder18(t *testing.T) {
	// aYoung is born 2008-10-10: 17 on 2026-10-09, 18 on 2026-10-10.
	runCases(t, AssistantUnder18, []caseT{
		{"17 the day before", func(d *MonthData) {
			d.Shifts = []Shift{sh(aYoung, cAdult, D(2026, 10, 9), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cAdult, aYoung, D(2026, 10, 9), 1}}},
		{"18th birthday", func(d *MonthData) {
			d.Shifts = []Shift{sh(aYoung, cAdult, D(2026, 10, 10), "08:00", "16:00", Aktiv)}
		}, nil},
		// The night of the 9th runs into the birthday, but the shift's day counts.
		{"night into the birthday", func(d *MonthData) {
			d.Shifts = []Shift{sh(aYoung, cAdult, D(2026, 10, 9), "22:00", "06:00", Vantetid)}
		}, []exp{{Block, cAdult, aYoung, D(2026, 10, 9), 1}}},
	})
}

func TestNotReported3066(t *testing.T) {
	received := func(day Date) func(d *MonthData) {
		return func(d *MonthData) {
			for i := range d.Assignments {
				d.Assignments[i].Reported3066 = day
			}
		}
	}
	runCases(t, NotReported3066, []caseT{
		{"day before the 3066", func(d *MonthData) {
			received(D(2026, 10, 10))(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 9), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 9), 1}}},
		{"on the 3066 date", func(d *MonthData) {
			received(D(2026, 10, 10))(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 10), "08:00", "16:00", Aktiv)}
		}, nil},
		{"no 3066 date", func(d *MonthData) {
			received(Date{})(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 12), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 12), 1}}},
		{"no assignment", func(d *MonthData) {
			d.Assignments = nil
			d.Shifts = []Shift{sh(a2, cChild, D(2026, 10, 12), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cChild, a2, D(2026, 10, 12), 1}}},
	})
}

func TestNoDecision(t *testing.T) {
	decide := func(from, to Date) func(d *MonthData) {
		return func(d *MonthData) {
			d.Decisions = []Decision{{Customer: cAdult, From: from, To: to, HoursPerWeekCenti: 16800}}
		}
	}
	runCases(t, NoDecision, []caseT{
		{"day before from", func(d *MonthData) {
			decide(D(2026, 10, 10), Date{})(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 9), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 9), 1}}},
		{"on from, open to", func(d *MonthData) {
			decide(D(2026, 10, 10), Date{})(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 10), "08:00", "16:00", Aktiv)}
		}, nil},
		{"on to", func(d *MonthData) {
			decide(D(2026, 1, 1), D(2026, 10, 20))(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 20), "08:00", "16:00", Aktiv)}
		}, nil},
		{"day after to", func(d *MonthData) {
			decide(D(2026, 1, 1), D(2026, 10, 20))(d)
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 21), "08:00", "16:00", Aktiv)}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 21), 1}}},
	})
}

func TestDSTNight(t *testing.T) {
	runCases(t, DSTNight, []caseT{
		// 2026-10-25 03:00 summer time becomes 02:00: 22:00–07:00 lasts 10 h, not 9 h.
		{"autumn night", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 24), "22:00", "07:00", Vantetid)}
		}, []exp{{Info, cAdult, a1, D(2026, 10, 24), 1}}},
		{"night before", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 23), "22:00", "07:00", Vantetid)}
		}, nil},
		// 03:00–07:00 on the 25th starts after the change: 4 h as the clock says.
		{"after the change", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 25), "03:00", "07:00", Vantetid)}
		}, nil},
	})
	d := base()
	d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 24), "22:00", "07:00", Vantetid)}
	for _, f := range run(d) {
		if a, ok := f.Args.(ShiftArgs); f.Code == DSTNight && (!ok || a.Shift.Minutes() != 600) {
			t.Errorf("the facts do not give the real 10 h: %+v", f.Args)
		}
	}
}

func TestMonthSplit(t *testing.T) {
	runCases(t, MonthSplit, []caseT{
		{"into November", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 31), "22:00", "07:00", Vantetid)}
		}, []exp{{Info, cAdult, a1, D(2026, 10, 31), 1}}},
		{"ends at midnight", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 10, 31), "16:00", "00:00", Aktiv)}
		}, nil},
		// September's night into October is September's finding, not October's.
		{"from September", func(d *MonthData) {
			d.Shifts = []Shift{sh(a1, cAdult, D(2026, 9, 30), "22:00", "07:00", Vantetid)}
		}, nil},
	})
}

func TestOverlapAssistant(t *testing.T) {
	runCases(t, OverlapAssistant, []caseT{
		// 08–16 and 15–20 share 15:00–16:00: both shifts are marked, each with its customer.
		{"two customers", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cChild, D(2026, 10, 5), "15:00", "20:00", Aktiv),
			}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 1}, {Block, cChild, a1, D(2026, 10, 5), 2}}},
		{"handover at the same minute", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cChild, D(2026, 10, 5), "16:00", "20:00", Aktiv),
			}
		}, nil},
		// September's night runs to 07:00 on 1 October; only October's shift is reported.
		{"with last month's night", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 30), "22:00", "07:00", Vantetid),
				sh(a1, cAdult, D(2026, 10, 1), "06:00", "10:00", Aktiv),
			}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 1), 2}}},
		// A long shift covering two later ones that do not touch each other: all three overlap.
		{"one long over two", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "20:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "09:00", "10:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "12:00", "13:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "20:00", "22:00", Aktiv), // touches only at 20:00
			}
		}, []exp{{Block, cAdult, a1, D(2026, 10, 5), 1}, {Block, cAdult, a1, D(2026, 10, 5), 2},
			{Block, cAdult, a1, D(2026, 10, 5), 3}}},
	})
}

func TestOverlapCustomer(t *testing.T) {
	double := func(d *MonthData) { d.Decisions[0].DoubleAssistance = true } // cAdult
	runCases(t, OverlapCustomer, []caseT{
		// At 08:00 only a1 works (1); at 12:00 a1 and a2 (2 > 1): a2's shift is marked.
		{"second assistant joins", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a2, cAdult, D(2026, 10, 5), "12:00", "20:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, a2, D(2026, 10, 5), 2}}},
		{"dubbelassistans allows two", func(d *MonthData) {
			double(d)
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a2, cAdult, D(2026, 10, 5), "12:00", "20:00", Aktiv),
			}
		}, nil},
		{"handover", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a2, cAdult, D(2026, 10, 5), "16:00", "20:00", Aktiv),
			}
		}, nil},
		// One assistant twice at once is one distinct assistant (that is OVERLAP_ASSISTANT).
		{"same assistant twice", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a1, cAdult, D(2026, 10, 5), "10:00", "12:00", Aktiv),
			}
		}, nil},
		// Three at 08:00 with dubbelassistans: 3 > 2 at each start.
		{"three with dubbelassistans", func(d *MonthData) {
			double(d)
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a2, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
				sh(a3, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, a3, D(2026, 10, 5), 3}, {Warn, cAdult, a2, D(2026, 10, 5), 2},
			{Warn, cAdult, a1, D(2026, 10, 5), 1}}}, // sorted by assistant: a3 (1970…) first
		// a1's September night lasts until 07:00 on 1 October, when a2 starts at 06:00.
		{"last month's night", func(d *MonthData) {
			d.Shifts = []Shift{
				sh(a1, cAdult, D(2026, 9, 30), "22:00", "07:00", Vantetid),
				sh(a2, cAdult, D(2026, 10, 1), "06:00", "14:00", Aktiv),
			}
		}, []exp{{Warn, cAdult, a2, D(2026, 10, 1), 2}}},
	})
}
