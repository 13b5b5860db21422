package widgets

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestClearPassing(t *testing.T) {
	test.NewTempApp(t)
	var pending []func()
	old := afterFunc
	afterFunc = func(d time.Duration, f func()) {
		if d != PassingAfter {
			t.Errorf("cleared after %v, want %v", d, PassingAfter)
		}
		pending = append(pending, f)
	}
	defer func() { afterFunc = old }()

	l := widget.NewLabel("3 pass kopierades.")
	ClearPassing(l, l.Text, true)
	pending[0]()
	if l.Text != "" || l.Visible() {
		t.Errorf("after the time: %q, visible %v; want empty and hidden", l.Text, l.Visible())
	}
	// A newer message is not cleared by the older one's timer.
	l.SetText("Sparat.")
	l.Show()
	ClearPassing(l, "Sparat.", false)
	l.SetText("Kunde inte spara: disken är full")
	pending[1]()
	if l.Text != "Kunde inte spara: disken är full" {
		t.Errorf("the error was cleared by an older timer: %q", l.Text)
	}
}
