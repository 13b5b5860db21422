package gui

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// session is what every screen shares: the app, the window, the store and
// the month the user has chosen.
type session struct {
	app   fyne.App
	win   fyne.Window
	store Store
	ctx   context.Context
	today func() rules.Date // a function so that tests can fix the date

	work sync.WaitGroup // background jobs started with goDo; tests wait on it
	do   func(func())   // runs a function on the UI thread: fyne.Do, or a queue in tests

	// openFile shows a file or folder in the system's viewer; tests replace it.
	openFile func(path string) error

	tabs       *container.AppTabs  // the window's tabs; see show
	closeSteps []func(next func()) // run in turn when the user closes the window; see onClose

	month               rules.Month
	listeners           []func()
	replacedListeners   []func()
	monthText           *widget.Label
	prev, next, current *widget.Button
}

func newSession(a fyne.App, w fyne.Window, st Store, today func() rules.Date) *session {
	s := &session{app: a, win: w, store: st, ctx: context.Background(), today: today,
		do: fyne.Do, month: today().MonthOf()}
	s.openFile = func(path string) error { return s.app.OpenURL(fileURL(path)) }
	return s
}

func stockholmToday() rules.Date { return rules.DateOf(time.Now().In(rules.Stockholm)) }

// Month is the month the screens show.
func (s *session) Month() rules.Month { return s.month }

// setMonth changes the chosen month and tells every screen.
func (s *session) setMonth(m rules.Month) {
	if m == s.month {
		return
	}
	s.month = m
	s.monthText.SetText(monthLabel(m))
	s.notify()
}

// onChange registers f to run on the UI thread when the month changes or a
// screen reports changed data. f is not run now; screens load once themselves.
func (s *session) onChange(f func()) { s.listeners = append(s.listeners, f) }

// dataChanged tells every screen that the data in the store has changed.
func (s *session) dataChanged() { s.notify() }

// onStoreReplaced registers f to run when a restore has replaced the whole
// database: for screens such as the settings, which load once and must not be
// reloaded on every change while the user edits them.
func (s *session) onStoreReplaced(f func()) { s.replacedListeners = append(s.replacedListeners, f) }

// storeReplaced tells the screens that the database is another one now.
func (s *session) storeReplaced() {
	for _, f := range s.replacedListeners {
		f()
	}
	s.notify()
}

func (s *session) notify() {
	for _, f := range s.listeners {
		f()
	}
}

// goDo runs job off the UI thread (for work that may take long: checks,
// PDFs), then runs the function job returns on the UI thread with fyne.Do.
func (s *session) goDo(job func() (onUI func())) {
	s.work.Add(1)
	go func() {
		defer s.work.Done()
		s.do(job())
	}()
}

// monthBar is the month chooser above the tabs.
func (s *session) monthBar() fyne.CanvasObject {
	s.monthText = widget.NewLabelWithStyle(monthLabel(s.month), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), s.onPrevMonth)
	s.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), s.onNextMonth)
	s.current = widget.NewButton(lang.X("month.current", "Denna månad"), s.onCurrentMonth)
	// The label is as wide as the longest month name so that the buttons do not move.
	widest := monthLabel(rules.Month{Year: 2026, Month: time.September})
	for mo := time.January; mo <= time.December; mo++ {
		if t := monthLabel(rules.Month{Year: 2026, Month: mo}); len([]rune(t)) > len([]rune(widest)) {
			widest = t
		}
	}
	w := fyne.MeasureText(widest+"  ", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.Padding()
	label := container.NewGridWrap(fyne.NewSize(w, s.monthText.MinSize().Height), s.monthText)
	return container.NewHBox(widget.NewLabel(lang.X("month.label", "Månad:")), s.prev, label, s.next, s.current)
}

func (s *session) onPrevMonth() { s.setMonth(s.month.Prev()) }

func (s *session) onNextMonth() { s.setMonth(s.month.Next()) }

func (s *session) onCurrentMonth() { s.setMonth(s.today().MonthOf()) }

// replaceStore makes st the store every screen uses, after a restore has
// replaced the database, and tells the screens.
func (s *session) replaceStore(st Store) {
	s.store = st
	s.storeReplaced()
}
