package gui

import (
	"testing"

	"fyne.io/fyne/v2"

	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// TestWindowRemembered: the size the window had and the tab it showed when it
// closed come back at the next start (on the same preferences); a size too
// small to use does not. Fyne cannot place a window, so its position is the
// system's.
func TestWindowRemembered(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	a := w.App
	if got := WindowSize(a); got != defaultWindowSize {
		t.Errorf("first start: %v, want %v", got, defaultWindowSize)
	}
	w.Win.Resize(fyne.NewSize(1100, 750))
	w.Tabs.SelectIndex(9) // the tenth, Inställningar
	w.CloseWindow()
	if got := WindowSize(a); got != fyne.NewSize(1100, 750) {
		t.Errorf("after closing at 1100×750 the next start opens at %v", got)
	}

	// The next start on the same preferences shows the tenth tab again.
	next := newWindow(session.New(a, a.NewWindow(""), guitest.OpenStore(t, guitest.SmallBatch()), func() rules.Date { return guitest.TestToday }))
	guitest.QueueUI(next.Session)
	next.Win.SetContent(next.buildUI())
	if got := next.Tabs.SelectedIndex(); got != 9 {
		t.Errorf("the next start shows tab %d, want 9", got)
	}

	a.Preferences().SetFloat(session.PrefWindowWidth, 300)
	if got := WindowSize(a); got != defaultWindowSize {
		t.Errorf("a saved width of 300: %v, want the default", got)
	}
}
