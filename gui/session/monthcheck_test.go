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

	s.DataChanged()
	checked()
	if cs.monthData != 2 {
		t.Errorf("after another change: %d month loads, want 2", cs.monthData)
	}
}
