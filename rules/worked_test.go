package rules

import (
	"reflect"
	"slices"
	"testing"
)

func TestReadsForHandCounted(t *testing.T) {
	nov := Month{2026, 11}
	set := DefaultSettings()
	// ATL from January 1st: November's period is September–December.
	jan := Assistant{Pnr: "a", Regime: ATL, PeriodStart: D(2026, 1, 1)}
	got := set.ReadsFor(nov, []Assistant{jan})
	want := CheckReads{
		// November's weeks and rest windows (25 October–7 December) and the day before.
		Ranges: []Period{{D(2026, 10, 24), D(2026, 12, 7)}},
		Summed: []Month{{2026, 9}, {2026, 10}, {2026, 12}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("from January 1st: %+v\nwant %+v", got, want)
	}
	// Another assistant's period from 15 September to 14 January: September and
	// January are read shift by shift, October and December still summed.
	sep := Assistant{Pnr: "b", Regime: ATL, PeriodStart: D(2026, 9, 15)}
	got = set.ReadsFor(nov, []Assistant{jan, sep})
	want = CheckReads{
		Ranges: []Period{{D(2026, 8, 31), D(2026, 9, 30)}, {D(2026, 10, 24), D(2026, 12, 7)}, {D(2026, 12, 31), D(2027, 1, 14)}},
		Summed: []Month{{2026, 10}, {2026, 12}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with a period from 15 September: %+v\nwant %+v", got, want)
	}
	// Husligt arbete's 28-day periods from January 1st that overlap November are
	// 8 October–4 November and 5 November–2 December: nothing summed.
	hus := Assistant{Pnr: "c", Regime: Husligt, PeriodStart: D(2026, 1, 1)}
	got = set.ReadsFor(nov, []Assistant{hus})
	if len(got.Summed) != 0 || !reflect.DeepEqual(got.Ranges, []Period{{D(2026, 10, 7), D(2026, 12, 7)}}) {
		t.Errorf("husligt: %+v", got)
	}
}

// AlwaysRead lies within one range of ReadsFor, whatever the assistants' periods.
func TestAlwaysReadWithinReadsFor(t *testing.T) {
	set := DefaultSettings()
	for _, m := range []Month{{2026, 1}, {2026, 3}, {2026, 11}, {2026, 12}} {
		core := AlwaysRead(m)
		for _, as := range [][]Assistant{
			nil,
			{{Pnr: "a", Regime: ATL, PeriodStart: D(2026, 1, 1)}},
			{{Pnr: "a", Regime: ATL, PeriodStart: D(2026, 1, 1)}, {Pnr: "b", Regime: ATL, PeriodStart: D(2026, 9, 15)}},
			{{Pnr: "c", Regime: Husligt, PeriodStart: D(2026, 1, 1)}},
			{{Pnr: "d", Regime: Husligt, PeriodStart: D(2025, 12, 20)}, {Pnr: "e", Regime: ATL, PeriodStart: D(2026, 2, 10)}},
		} {
			ranges := set.ReadsFor(m, as).Ranges
			if !slices.ContainsFunc(ranges, func(r Period) bool { return !r.First.After(core.First) && !r.Last.Before(core.Last) }) {
				t.Errorf("%s, %d assistants: %+v lies within none of %+v", m, len(as), core, ranges)
			}
		}
	}
}

func TestWorkedSumsSplitAtMidnight(t *testing.T) {
	var w WorkedSums
	// 22:00–07:00 from 31 October 2026: 2 h in October, 7 h in November; from
	// 28 March 2026 (summer time begins that night) it is 8 h.
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 10, 31), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}, 1)
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 3, 28), Start: 22 * 60, End: 7 * 60, Kind: Aktiv}, 1)
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 3, 2), Start: 8 * 60, End: 9 * 60, Kind: Aktiv}, 1)
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 3, 2), Start: 8 * 60, End: 9 * 60, Kind: Aktiv}, -1)
	// Left out as the checks leave them out: no end, a bad kind.
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 3, 3), Start: 8 * 60, End: NoClock, Kind: Aktiv}, 1)
	w.Add(Shift{Assistant: "a", Customer: "k", Date: D(2026, 3, 3), Start: 8 * 60, End: 9 * 60, Kind: "x"}, 1)
	want := []Worked{
		{"a", "k", Month{2026, 3}, 8 * 60},
		{"a", "k", Month{2026, 10}, 2 * 60},
		{"a", "k", Month{2026, 11}, 7 * 60},
	}
	if got := w.Rows(); !reflect.DeepEqual(got, want) {
		t.Errorf("%+v\nwant %+v", got, want)
	}
}

// summedAs is d as the store loads it: the shifts within ReadsFor's ranges,
// and the sums of every shift for the summed months.
func summedAs(d MonthData) MonthData {
	reads := d.Settings.ReadsFor(d.Month, d.Assistants)
	var w WorkedSums
	out := d
	out.Shifts = nil
	for _, s := range d.Shifts {
		w.Add(s, 1)
		if slices.ContainsFunc(reads.Ranges, func(p Period) bool { return !s.Date.Before(p.First) && !s.Date.After(p.Last) }) {
			out.Shifts = append(out.Shifts, s)
		}
	}
	out.Summed = reads.Summed
	for _, x := range w.Rows() {
		if slices.Contains(reads.Summed, x.Month) {
			out.Worked = append(out.Worked, x)
		}
	}
	return out
}

// A check on the sums finds what a check on every shift finds, the working
// time included: with every period from January 1st (most months summed), and
// with periods from the 1st, mid-month and of 28 days mixed (few summed), night
// shifts across month ends and the summer-time night inside summed months.
func TestCheckOnSumsEqualsCheckOnShifts(t *testing.T) {
	for _, mixed := range []bool{false, true} {
		d := largeProvider()
		d.Settings.ATL.LimitMinPerWeek = 12 * 60 // so that some periods are over
		d.Settings.Agreements[0].LimitMinPerWeek = 12 * 60
		d.Settings.Husligt.LimitMinPerWeek = 12 * 60
		for i := range d.Assistants {
			a := &d.Assistants[i]
			if mixed {
				a.PeriodStart = []Date{D(2026, 1, 1), D(2026, 1, 1), D(2026, 2, 15), D(2026, 1, 5)}[i%4]
			} else {
				a.Regime, a.PeriodStart = []Regime{ATL, Avtal}[i%2], D(2026, 1, 1)
			}
		}
		a, c := d.Assistants[0].Pnr, d.Assignments[0].Customer
		for _, day := range []Date{D(2026, 7, 31), D(2026, 8, 31), D(2026, 9, 30), D(2026, 10, 24)} {
			d.Shifts = append(d.Shifts, Shift{ID: int64(len(d.Shifts) + 1), Assistant: a, Customer: c, Date: day,
				Start: 20 * 60, End: 8 * 60, Kind: Aktiv})
		}
		summed, worktime := 0, 0
		for _, m := range []Month{{2026, 8}, {2026, 9}, {2026, 10}, {2026, 11}} {
			d.Month = m
			full := Check(d)
			part := summedAs(d)
			summed += len(part.Summed)
			if got := Check(part); !reflect.DeepEqual(got, full) {
				t.Errorf("mixed %v, %s: %d findings on the sums, %d on every shift", mixed, m, len(got), len(full))
			}
			for _, f := range full {
				if f.Code == WorktimeAverage {
					worktime++
				}
			}
		}
		if summed == 0 || worktime == 0 {
			t.Fatalf("mixed %v: the test checks nothing: %d months summed, %d working-time findings", mixed, summed, worktime)
		}
	}
}
