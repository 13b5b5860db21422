package session_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// countingStore counts the month loads and the pair reads the checks make.
type countingStore struct {
	session.Store
	monthData, shiftsFor int
}

func (c *countingStore) MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error) {
	c.monthData++
	return c.Store.MonthData(ctx, m, today)
}

func (c *countingStore) ShiftsFor(ctx context.Context, a, cu string, m rules.Month) ([]rules.Shift, error) {
	c.shiftsFor++
	return c.Store.ShiftsFor(ctx, a, cu, m)
}

// TestCheckedAfterTimeReportSave: the month is loaded once for every screen;
// a time report's save rereads that pair's shifts alone and gives what a full
// load and check of the month gives; any other change loads the month again.
func TestCheckedAfterTimeReportSave(t *testing.T) {
	st := guitest.OpenStore(t, guitest.FindingsBatch())
	cs := &countingStore{Store: st}
	s := guitest.NewSession(t, cs)
	oct, today := guitest.October, guitest.TestToday
	full := func() []rules.Finding {
		t.Helper()
		md, err := st.MonthData(context.Background(), oct, today)
		if err != nil {
			t.Fatal(err)
		}
		return rules.Check(md)
	}
	checked := func() []rules.Finding {
		t.Helper()
		_, fs, err := s.Checked(oct, today)
		if err != nil {
			t.Fatal(err)
		}
		return fs
	}
	before := checked()
	checked()
	if cs.monthData != 1 || !reflect.DeepEqual(before, full()) {
		t.Fatalf("%d loads for two checks; %v", cs.monthData, guitest.Codes(before))
	}

	// Xena works for Anna on 7 October 08:00–12:30; 12:00–14:00 overlaps it.
	if _, err := st.SaveShift(context.Background(), rules.Shift{Assistant: guitest.PnrXena, Customer: guitest.PnrAnna,
		Date: rules.D(2026, 10, 7), Start: 12 * 60, End: 14 * 60, Kind: rules.Aktiv}); err != nil {
		t.Fatal(err)
	}
	s.ShiftsChanged(oct, guitest.PnrXena, guitest.PnrAnna)
	after := checked()
	if cs.monthData != 1 || cs.shiftsFor != 1 {
		t.Errorf("after the save: %d month loads, %d pair reads; want 1 and 1", cs.monthData, cs.shiftsFor)
	}
	if !slices.Contains(guitest.Codes(after), rules.OverlapAssistant) || !reflect.DeepEqual(after, full()) {
		t.Errorf("after the save: %v, a full check gives %v", guitest.Codes(after), guitest.Codes(full()))
	}

	// A night into November, which the month holds as worked sums: those
	// would be stale, so the month is loaded again.
	md, _, err := s.Checked(oct, today)
	if err != nil || !slices.Contains(md.Summed, oct.Next()) {
		t.Fatalf("November is not summed in October's data (%v, %v): the test would check nothing", md.Summed, err)
	}
	if _, err := st.SaveShift(context.Background(), rules.Shift{Assistant: guitest.PnrXena, Customer: guitest.PnrAnna,
		Date: rules.D(2026, 10, 31), Start: 22 * 60, End: 7 * 60, Kind: rules.Aktiv}); err != nil {
		t.Fatal(err)
	}
	s.ShiftsChanged(oct, guitest.PnrXena, guitest.PnrAnna)
	if after := checked(); cs.monthData != 2 || !reflect.DeepEqual(after, full()) {
		t.Errorf("after a night into November: %d month loads, want 2; %v, a full check gives %v",
			cs.monthData, guitest.Codes(after), guitest.Codes(full()))
	}

	s.DataChanged()
	checked()
	if cs.monthData != 3 {
		t.Errorf("after another change: %d month loads, want 3", cs.monthData)
	}
}
