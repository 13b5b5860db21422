package rules

import (
	"testing"
	"time"
)

func TestHospitalStayTouches(t *testing.T) {
	oct := Month{Year: 2026, Month: time.October}
	for _, c := range []struct {
		from, to Date
		want     bool
	}{
		{D(2026, 9, 20), D(2026, 9, 30), false},
		{D(2026, 9, 20), D(2026, 10, 1), true},
		{D(2026, 10, 31), D(2026, 11, 2), true},
		{D(2026, 11, 1), D(2026, 11, 2), false},
		{D(2026, 8, 1), Date{}, true},   // still in hospital
		{D(2026, 11, 1), Date{}, false}, // begins after the month
	} {
		h := HospitalStay{FromDate: c.from, ToDate: c.to}
		if got := h.Touches(oct); got != c.want {
			t.Errorf("%v–%v touches 2026-10: %v, want %v", c.from, c.to, got, c.want)
		}
	}
	if !(HospitalStay{FromDate: D(2026, 8, 1)}).Ongoing() {
		t.Error("a stay without an end is not ongoing")
	}
}
