// Package session is what every screen of the window shares: the app and the
// window, the store (through the small interfaces in store.go, never SQL), the
// month chosen in the month bar, the listeners that reload screens when the
// month or the data change, background jobs (GoDo), the tabs and the steps of
// closing the window without losing typing (navigate.go), and opening files in
// the system's viewer.
package session

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data/platform"
	"assistans/gui/widgets"
	"assistans/rules"
)

// session is what every screen shares: the app, the window, the store and
// the month the user has chosen.
type Session struct {
	App   fyne.App
	Win   fyne.Window
	Store Store
	// DB is what the store was opened from: a database file, or a server's
	// postgres:// URL with any password typed at start (never saved).
	DB string
	// Open opens a database for the window (a restore opens the same one
	// again, Inställningar → Databas another); nil where the window cannot.
	Open  func(db string) (Store, error)
	Ctx   context.Context
	Today func() rules.Date // a function so that tests can fix the date

	Work sync.WaitGroup // background jobs started with goDo; tests wait on it
	Do   func(func())   // runs a function on the UI thread: fyne.Do, or a queue in tests

	// openFile shows a file or folder in the system's viewer; tests replace it.
	OpenFile func(path string) error

	Tabs       *container.AppTabs  // the window's tabs; see show
	closeSteps []func(next func()) // run in turn when the user closes the window; see onClose

	// Deferred is true while the shell builds the tabs: screens registered
	// with Load then wait until their tab is shown (refresh.go).
	Deferred bool
	// LoadLater has UseTabs leave the first tab's screen to LoadShown, which
	// the shell calls once the window shows.
	LoadLater bool

	jobs      atomic.Int32       // GoDo's jobs running
	release   releaser           // release.go
	stopWatch context.CancelFunc // ends the watch of the store in use; see WatchStore

	month               rules.Month
	checks              monthChecks // monthcheck.go
	listeners           []listener
	replacedListeners   []func()
	MonthText           *widget.Label
	Prev, Next, Current *widget.Button
}

func New(a fyne.App, w fyne.Window, st Store, today func() rules.Date) *Session {
	s := &Session{App: a, Win: w, Store: st, DB: st.Path(), Ctx: context.Background(), Today: today,
		Do: fyne.Do, month: today().MonthOf()}
	s.OpenFile = platform.OpenFile // ShellExecute on Windows: no console window
	return s
}

func StockholmToday() rules.Date { return rules.DateOf(time.Now().In(rules.Stockholm)) }

// Month is the month the screens show.
func (s *Session) Month() rules.Month { return s.month }

// setMonth changes the chosen month and tells every screen.
func (s *Session) SetMonth(m rules.Month) {
	if m == s.month {
		return
	}
	s.month = m
	s.MonthText.SetText(widgets.MonthLabel(m))
	s.notify()
}

// onChange registers f to run on the UI thread when the month changes or a
// screen reports changed data. f is not run now; screens load once themselves.
func (s *Session) OnChange(f func()) { s.listeners = append(s.listeners, listener{f: f}) }

// dataChanged tells every screen that the data in the store has changed.
func (s *Session) DataChanged() {
	s.checks.dropAll()
	s.notify()
}

// onStoreReplaced registers f to run when a restore has replaced the whole
// database: for screens such as the settings, which load once and must not be
// reloaded on every change while the user edits them.
func (s *Session) OnStoreReplaced(f func()) { s.replacedListeners = append(s.replacedListeners, f) }

// storeReplaced tells the screens that the database is another one now.
func (s *Session) StoreReplaced() {
	s.checks.dropAll()
	for _, f := range s.replacedListeners {
		f()
	}
	s.notify()
}

// goDo runs job off the UI thread (for work that may take long: checks,
// PDFs), then runs the function job returns on the UI thread with fyne.Do.
// When the last job running has ended and its result is shown, the memory
// both freed goes back to the system (release.go): showing a screen's rows
// frees and makes as much as reading them.
func (s *Session) GoDo(job func() (onUI func())) {
	s.Work.Add(1)
	s.jobs.Add(1)
	go func() {
		defer s.Work.Done()
		onUI := job()
		s.Do(func() {
			onUI()
			if s.jobs.Add(-1) == 0 {
				s.releaseMemory()
			}
		})
	}()
}

// monthBar is the month chooser above the tabs.
func (s *Session) MonthBar() fyne.CanvasObject {
	s.MonthText = widget.NewLabelWithStyle(widgets.MonthLabel(s.month), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	s.Prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), s.OnPrevMonth)
	s.Next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), s.OnNextMonth)
	s.Current = widget.NewButton(lang.X("month.current", "Denna månad"), s.OnCurrentMonth)
	// The label is as wide as the longest month name so that the buttons do not move.
	widest := widgets.MonthLabel(rules.Month{Year: 2026, Month: time.September})
	for mo := time.January; mo <= time.December; mo++ {
		if t := widgets.MonthLabel(rules.Month{Year: 2026, Month: mo}); len([]rune(t)) > len([]rune(widest)) {
			widest = t
		}
	}
	w := fyne.MeasureText(widest+"  ", theme.TextSize(), fyne.TextStyle{Bold: true}).Width + 2*theme.Padding()
	label := container.NewGridWrap(fyne.NewSize(w, s.MonthText.MinSize().Height), s.MonthText)
	return container.NewHBox(widget.NewLabel(lang.X("month.label", "Månad:")), s.Prev, label, s.Next, s.Current)
}

func (s *Session) OnPrevMonth() { s.SetMonth(s.month.Prev()) }

func (s *Session) OnNextMonth() { s.SetMonth(s.month.Next()) }

func (s *Session) OnCurrentMonth() { s.SetMonth(s.Today().MonthOf()) }

// ReplaceStore makes st, opened from db, the store every screen uses (after a
// restore has replaced the database, or on a switch to another database),
// follows other programs' changes to it instead of the old one's, and tells
// the screens. The caller closes the old store.
func (s *Session) ReplaceStore(st Store, db string) {
	s.Store, s.DB = st, db
	s.WatchStore()
	s.StoreReplaced()
}
