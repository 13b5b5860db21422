package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PassingAfter is how long a confirmation ("12 pass kopierades", "Räkningen
// är sparad") stays: long enough to read, short enough not to be read later
// as news about something else.
const PassingAfter = 12 * time.Second

// afterFunc runs f on the UI thread after d; tests replace it to run f at once.
var afterFunc = func(d time.Duration, f func()) { time.AfterFunc(d, func() { fyne.Do(f) }) }

// ClearPassing empties l after PassingAfter if it still shows text: a message
// put there since stays its own time. hide also hides l.
func ClearPassing(l *widget.Label, text string, hide bool) {
	afterFunc(PassingAfter, func() {
		if l.Text != text {
			return
		}
		l.SetText("")
		if hide {
			l.Hide()
		}
	})
}
