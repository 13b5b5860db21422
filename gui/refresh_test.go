package gui

import (
	"testing"

	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
)

// A month step reloads the tab in view only; a hidden tab reloads, to the
// month chosen meanwhile, when it is shown.
func TestHiddenTabsReloadWhenShown(t *testing.T) {
	s, _ := openWindow(t, guitest.OpenStore(t, navBatch()))
	ts := s.to.Timesheet
	if selectedTab(s.Session) != "Översikt" || !s.Stale(ts.Content) || ts.Month != (rules.Month{}) {
		t.Fatalf("at start: tab %q, Tidrapport stale %v, month %v; want Översikt, true, none loaded",
			selectedTab(s.Session), s.Stale(ts.Content), ts.Month)
	}
	show(s, ts.Content)
	start := s.Month()
	if s.Stale(ts.Content) || ts.Month != start {
		t.Fatalf("shown: stale %v, month %v, want %v", s.Stale(ts.Content), ts.Month, start)
	}
	show(s, s.to.Bill.Content)
	s.OnNextMonth()
	guitest.Settle(s.Session)
	if !s.Stale(ts.Content) || ts.Month != start || s.Stale(s.to.Bill.Content) || s.to.Bill.Month() != start.Next() {
		t.Fatalf("after a step on Räkning: Tidrapport stale %v at %v, Räkning stale %v at %v",
			s.Stale(ts.Content), ts.Month, s.Stale(s.to.Bill.Content), s.to.Bill.Month())
	}
	show(s, ts.Content)
	if s.Stale(ts.Content) || ts.Month != start.Next() {
		t.Errorf("shown again: stale %v, month %v, want %v", s.Stale(ts.Content), ts.Month, start.Next())
	}
}

// Showing Kontroll fills its rows without loading Tidrapport or Räkning (on a
// large provider that loaded both); a finding tapped loads the one it opens.
func TestKontrollLeavesOtherTabsStale(t *testing.T) {
	s, _ := openWindow(t, guitest.OpenStore(t, navBatch()))
	ts, f := s.to.Timesheet, s.findings
	s.SetMonth(rules.Month{Year: 2026, Month: 10})
	guitest.Settle(s.Session)
	show(s, f.Content)
	row, x := findingRowOf(t, f, rules.NotReported3066, rules.D(2026, 10, 31))
	if !s.Stale(ts.Content) || !s.Stale(s.to.Bill.Content) {
		t.Fatalf("Kontroll shown: Tidrapport stale %v, Räkning stale %v; want both", s.Stale(ts.Content), s.Stale(s.to.Bill.Content))
	}
	if row.Cursor() != desktop.PointerCursor {
		t.Errorf("the row of %v has no hand cursor: it opens the time report", x.Code)
	}
	test.Tap(row)
	if got := selectedTab(s.Session); got != "Tidrapport" || s.Stale(ts.Content) || !ts.Shows(guitest.PnrYngve, guitest.PnrBertil) {
		t.Errorf("after the tap: tab %q, Tidrapport stale %v, shows %v; want Yngve's for Bertil", got, s.Stale(ts.Content), ts.Chosen)
	}
}
