package rules

import "testing"

func TestTouchesMonth(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	decs := []struct {
		dc   Decision
		want bool
	}{
		{Decision{From: D(2026, 10, 31)}, true},                      // open, from the last day
		{Decision{From: D(2026, 11, 1)}, false},                      // starts after
		{Decision{From: D(2026, 1, 1), To: D(2026, 10, 1)}, true},    // ends on the first day
		{Decision{From: D(2026, 1, 1), To: D(2026, 9, 30)}, false},   // ends before
		{Decision{From: D(2026, 10, 10), To: D(2026, 10, 12)}, true}, // inside
	}
	for _, c := range decs {
		if got := c.dc.Touches(oct); got != c.want {
			t.Errorf("%v–%v: %v, want %v", c.dc.From, c.dc.To, got, c.want)
		}
	}
	stays := []struct {
		h    HospitalStay
		want bool
	}{
		{HospitalStay{FromDate: D(2026, 9, 28), ToDate: D(2026, 10, 1)}, true},
		{HospitalStay{FromDate: D(2026, 9, 28), ToDate: D(2026, 9, 30)}, false},
		{HospitalStay{FromDate: D(2026, 10, 31), ToDate: D(2026, 11, 2)}, true},
		{HospitalStay{FromDate: D(2026, 11, 1), ToDate: D(2026, 11, 2)}, false},
		{HospitalStay{FromDate: D(2026, 8, 1)}, true}, // no end date: still in hospital
	}
	for _, c := range stays {
		if got := c.h.Touches(oct); got != c.want {
			t.Errorf("stay %v–%v: %v, want %v", c.h.FromDate, c.h.ToDate, got, c.want)
		}
	}
	higher := []Decision{{From: D(2026, 1, 1), To: D(2026, 9, 30), HigherAmount: true}, {From: D(2026, 10, 1)}}
	if HigherAmountIn(higher, oct) || !HigherAmountIn(higher, oct.Prev()) {
		t.Error("HigherAmountIn: the higher amount ends in September")
	}
	if !CoveredOn(higher, D(2026, 9, 30)) || CoveredOn(higher[:1], D(2026, 10, 1)) {
		t.Error("CoveredOn")
	}
}

func TestCheckStay(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	c := func(s string) Clock {
		k, err := ParseClock(s)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	other := HospitalStay{FromDate: D(2026, 10, 5), FromTime: c("14:00"), ToDate: D(2026, 10, 7), ToTime: c("10:00")}
	cases := []struct {
		name string
		h    HospitalStay
		in   int
		want StayProblem
	}{
		{"no end", HospitalStay{FromDate: D(2026, 10, 1)}, 0, StayNoDates},
		{"backwards", HospitalStay{FromDate: D(2026, 10, 12), ToDate: D(2026, 10, 9)}, 0, StayEndsBeforeStart},
		{"same day, ends before it starts", HospitalStay{FromDate: D(2026, 10, 12), FromTime: c("12:00"), ToDate: D(2026, 10, 12), ToTime: c("11:00")}, 0, StayEndsBeforeStart},
		{"September", HospitalStay{FromDate: D(2026, 9, 1), ToDate: D(2026, 9, 3)}, 0, StayOutsideMonth},
		{"form full", HospitalStay{FromDate: D(2026, 10, 20), ToDate: D(2026, 10, 21)}, MaxStaysPerMonth, StayTooMany},
		{"overlaps", HospitalStay{FromDate: D(2026, 10, 7), FromTime: c("09:00"), ToDate: D(2026, 10, 8), ToTime: NoClock}, 1, StayOverlaps},
		{"starts as the other ends", HospitalStay{FromDate: D(2026, 10, 7), FromTime: c("10:00"), ToDate: D(2026, 10, 8), ToTime: NoClock}, 1, StayOK},
		{"the day before, no times", HospitalStay{FromDate: D(2026, 10, 4), FromTime: NoClock, ToDate: D(2026, 10, 4), ToTime: NoClock}, 1, StayOK},
	}
	for _, tc := range cases {
		got, o := CheckStay(tc.h, oct, tc.in, []HospitalStay{other})
		if got != tc.want || (got == StayOverlaps && o != other) {
			t.Errorf("%s: %v (%+v), want %v", tc.name, got, o, tc.want)
		}
	}
}

func TestCustomerListed(t *testing.T) {
	active, inactive := Customer{Pnr: pnrAnna}, Customer{Pnr: pnrDagny, Inactive: true}
	if !active.Listed(Totals{}) || inactive.Listed(Totals{}) || !inactive.Listed(Totals{Beredskap: 1}) {
		t.Error("an inactive customer is listed only with time in the month")
	}
}
