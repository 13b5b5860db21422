package rules

import (
	"slices"
	"testing"
)

const (
	pnrAnna    = "194512121239"
	pnrBertil  = "195003042347"
	pnrCecilia = "196207153450"
	pnrDagny   = "197001014567"
	pnrXena    = "199001011239"
)

func shiftOn(cust string, d Date, start, end Clock, k Kind) Shift {
	return Shift{Assistant: pnrXena, Customer: cust, Date: d, Start: start, End: end, Kind: k}
}

func TestMonthStatuses(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	md := MonthData{
		Month: oct, Today: D(2026, 10, 20), Settings: DefaultSettings(),
		Customers: []Customer{{Pnr: pnrAnna}, {Pnr: pnrBertil}, {Pnr: pnrCecilia}, {Pnr: pnrDagny}},
		Decisions: []Decision{{Customer: pnrAnna, From: D(2026, 1, 1), HoursPerWeekCenti: 4000, HourlyAmount: 33260}},
		Shifts: []Shift{
			shiftOn(pnrAnna, D(2026, 10, 5), 8*60, 16*60, Aktiv),
			shiftOn(pnrAnna, D(2026, 10, 6), 22*60, 7*60, Beredskap),
			shiftOn(pnrAnna, D(2026, 10, 7), 8*60, 12*60+30, Vantetid),
			shiftOn(pnrBertil, D(2026, 10, 8), 8*60, 12*60, Aktiv),
			shiftOn(pnrCecilia, D(2026, 10, 10), 8*60, 12*60, Aktiv),
			shiftOn(pnrDagny, D(2026, 9, 30), 8*60, 12*60, Aktiv), // another month
		},
		MonthInfos: []MonthInfo{{Customer: pnrBertil, Month: oct, Sent: D(2026, 11, 2)}},
		Printed:    []PrintedTotals{{Customer: pnrAnna, Month: oct}},
	}
	fs := []Finding{
		{Code: DeadlinePassed, Severity: Block, Customer: pnrAnna}, // the days left show it, not the status
		{Code: NotReported3066, Severity: Block, Customer: pnrCecilia},
		{Code: DailyRest, Severity: Warn, Customer: pnrAnna},
	}
	got := MonthStatuses(md, fs)
	// Deadline 2026-12-05 from 2026-10-20: 11 days left of October + 30 of November + 5 = 46.
	// Anna's payment: (480 × 28 + 270 × 7 + 540 × 4) / 28 min = 17 490 / 28 min;
	// × 332,60 kr / 60 = 17 490 × 33 260 / 1 680 öre = 346 260,36 → 3 462,60 kr.
	want := map[string]MonthStatus{
		pnrAnna:    {Kind: StatusPrinted, DaysLeft: 46, ShowDays: true, Payment: 346260, HasPayment: true},
		pnrBertil:  {Kind: StatusSent, DaysLeft: 46},
		pnrCecilia: {Kind: StatusToFix, DaysLeft: 46, ShowDays: true},
		pnrDagny:   {Kind: StatusNotStarted, DaysLeft: 46},
	}
	for pnr, w := range want {
		if got[pnr] != w {
			t.Errorf("%s: %+v, want %+v", pnr, got[pnr], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d statuses, want %d", len(got), len(want))
	}
	// A shift FK does not pay for leaves the estimate: without the beredskap night
	// (540 min), (480 × 28 + 270 × 7) / 28 min × 332,60 kr / 60
	// = 15 330 × 33 260 / 1 680 öre = 303 497,50 → 3 034,98 kr (half up).
	md.Shifts[1].ID = 9
	under18 := append(slices.Clone(fs), Finding{Code: AssistantUnder18, Severity: Block, Customer: pnrAnna, Assistant: pnrXena, ShiftID: 9})
	if got := MonthStatuses(md, under18)[pnrAnna].Payment; got != 303498 {
		t.Errorf("Anna without the under-18 night: %v, want 3 034,98 kr", got)
	}
	// Unprinted, unblocked time is ready.
	md.Printed = nil
	if k := MonthStatuses(md, fs)[pnrAnna].Kind; k != StatusReady {
		t.Errorf("Anna unprinted: %v, want ready", k)
	}
}
