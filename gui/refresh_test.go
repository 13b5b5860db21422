package gui

import (
	"testing"

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
	// (Kontroll would load Tidrapport: it asks which assignments it offers.)
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
