package rules

import (
	"slices"
	"testing"
)

// TestPaidShifts leaves out the shifts FK will not pay for, and only those.
func TestPaidShifts(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	withID := func(id int64, s Shift) Shift { s.ID = id; return s }
	abroad := shiftOn(pnrAnna, D(2026, 10, 9), 8*60, 12*60, Aktiv)
	abroad.ID, abroad.Assistant = 5, pnrDagny
	shifts := []Shift{
		withID(1, shiftOn(pnrAnna, D(2026, 10, 5), 8*60, 16*60, Aktiv)),   // paid
		withID(2, shiftOn(pnrAnna, D(2026, 10, 6), 8*60, 12*60, Aktiv)),   // no decision that day
		withID(3, shiftOn(pnrAnna, D(2026, 10, 7), 0, 8*60, Vantetid)),    // paid; a rest warning is not a refusal
		withID(4, shiftOn(pnrBertil, D(2026, 10, 8), 8*60, 12*60, Aktiv)), // before the 3066, another customer
		abroad, // the assistant lives abroad
		withID(6, shiftOn(pnrBertil, D(2026, 10, 9), 8*60, 10*60, Aktiv)), // paid: the abroad finding is Anna's
	}
	fs := []Finding{
		{Code: NoDecision, Severity: Block, Customer: pnrAnna, Assistant: pnrXena, ShiftID: 2},
		{Code: DailyRest, Severity: Warn, Customer: pnrAnna, Assistant: pnrXena, ShiftID: 3},
		{Code: NotReported3066, Severity: Block, Customer: pnrBertil, Assistant: pnrXena, ShiftID: 4},
		{Code: AssistantAbroad, Severity: Warn, Customer: pnrAnna, Assistant: pnrDagny},
		{Code: NotReported3066, Severity: Block, Customer: pnrBertil, Assistant: pnrXena}, // names no shift
	}
	var ids []int64
	for _, s := range PaidShifts(shifts, fs) {
		ids = append(ids, s.ID)
	}
	if !slices.Equal(ids, []int64{1, 3, 6}) {
		t.Errorf("paid shifts %v, want [1 3 6]", ids)
	}
	// Anna's paid time: 480 aktiv and 480 väntetid.
	got := MonthTotals(PaidShifts(shifts, fs), oct)
	if len(got) != 2 || got[0].Customer != pnrAnna || got[0].Totals != (Totals{Aktiv: 480, Vantetid: 480}) {
		t.Errorf("paid totals %+v", got)
	}
}

// TestCappedPayment: FK pays at most the granted hours.
func TestCappedPayment(t *testing.T) {
	paid := Totals{Aktiv: 480, Vantetid: 480}
	// 480 + 480 / 4 = 600 min = 10 h × 300 kr = 3 000 kr; 2 657 granted minutes do not cap it.
	if got := CappedPayment(paid, Kr(300, 0), Fraction{1, 4}, Fraction{1, 7}, 2657); got != Kr(3000, 0) {
		t.Errorf("under the grant: %v, want 3 000,00 kr", got)
	}
	// 1 h a week over October's 31 days: 100 × 31 × 60 / 700 = 265,71 → 266 min;
	// 266 × 300 kr / 60 = 1 330 kr.
	decs := []Decision{{Customer: pnrAnna, From: D(2026, 1, 1), HoursPerWeekCenti: 100, HourlyAmount: Kr(300, 0)}}
	granted, ok := GrantedMinutes(decs, Month{Year: 2026, Month: 10})
	if !ok || granted != 266 {
		t.Fatalf("granted %d, %v; want 266", granted, ok)
	}
	if got := CappedPayment(paid, Kr(300, 0), Fraction{1, 4}, Fraction{1, 7}, granted); got != Kr(1330, 0) {
		t.Errorf("over the grant: %v, want 1 330,00 kr", got)
	}
}
