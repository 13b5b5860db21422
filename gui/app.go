// Package gui is the Fyne window: one screen per file, all talking to the
// database through the small Store interface below, never through SQL.
//
// Adding a screen: write newX(s *session) *x in its own file, where x holds the
// screen's widgets and has a field `content fyne.CanvasObject`; declare the
// store methods it needs as a small interface and embed that in Store; add one
// line to the tab list in Create. A screen that shows month data reloads in a
// function it registers with s.onChange; a screen that writes data calls
// s.dataChanged() so that the other screens reload. Every visible string is
// lang.X("screen.key", "Svensk text"), and the screen's keys go in
// translations/<screen>.sv.json and translations/<screen>.en.json
// (TestTranslationsComplete checks that every key is in both).
//
// Language: Swedish unless the user chose English, whatever the system locale
// is. The choice is the environment variable ASSISTANS_LANG ("sv" or "en"),
// else the preference "language" that the settings screen writes (it takes
// effect at the next start). See useLanguage for how fyne is made to follow it.
package gui

import (
	"context"
	"embed"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// Store is everything the window reads and writes: the union of what each
// screen declares it needs. *data.Store implements it.
type Store interface {
	overviewStore
	findingsStore
	settingsStore
	timesheetStore
	registerStore // form_helpers.go
	backupStore   // backup.go
	historyStore  // history.go
	monthStore    // month.go, costs.go, print.go
	payrollStore  // payroll.go
}

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

	backups backups    // backup.go: the warning banner, and reopening the store after a restore
	printer *printer   // print.go: Skriv ut månaden, shared by the Räkning tab and the menu
	nav     navigation // navigate.go: the tabs, the screens a finding opens, the steps of closing

	month               rules.Month
	listeners           []func()
	replacedListeners   []func()
	monthText           *widget.Label
	prev, next, current *widget.Button
}

// Create builds the window's content and main menu on w. It must be called on
// the UI thread before anything else in the window is created, because it
// loads the language that every label is looked up in.
func Create(a fyne.App, w fyne.Window, st Store, opts ...Option) fyne.CanvasObject {
	useLanguage(chosenLanguage(a.Preferences()))
	s := newSession(a, w, st, stockholmToday)
	for _, o := range opts {
		o(s)
	}
	return s.buildUI()
}

func stockholmToday() rules.Date { return rules.DateOf(time.Now().In(rules.Stockholm)) }

func newSession(a fyne.App, w fyne.Window, st Store, today func() rules.Date) *session {
	return &session{app: a, win: w, store: st, ctx: context.Background(), today: today,
		do: fyne.Do, month: today().MonthOf()}
}

// buildUI creates the screens, the month bar, the menu and the shortcuts.
func (s *session) buildUI() fyne.CanvasObject {
	s.win.SetTitle(lang.X("app.title", "Assistans"))
	n := &s.nav
	overview := newOverview(s) // the screens are made in the tabs' order, as they listen to changes
	n.timesheet, n.findings, n.customers, n.assistants = newTimesheet(s), newFindings(s), newCustomers(s), newAssistants(s)
	assignments, providers, bill := newAssignments(s), newProviders(s), newMonthScreen(s)
	n.providers, n.bill = providers, bill
	s.onClose(bill.beforeClose)
	n.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.X("tab.overview", "Översikt"), theme.ListIcon(), overview.content),
		container.NewTabItemWithIcon(lang.X("tab.timesheet", "Tidrapport"), theme.DocumentCreateIcon(), n.timesheet.content),
		container.NewTabItemWithIcon(lang.X("tab.findings", "Kontroll"), theme.WarningIcon(), n.findings.content),
		container.NewTabItemWithIcon(lang.X("tab.customers", "Kunder"), theme.AccountIcon(), n.customers.content),
		container.NewTabItemWithIcon(lang.X("tab.assistants", "Assistenter"), theme.AccountIcon(), n.assistants.content),
		container.NewTabItemWithIcon(lang.X("tab.assignments", "Uppdrag"), theme.MailSendIcon(), assignments.content),
		container.NewTabItemWithIcon(lang.X("tab.providers", "Anordnare"), theme.HomeIcon(), providers.content),
		container.NewTabItemWithIcon(lang.X("tab.bill", "Räkning"), theme.DocumentPrintIcon(), bill.content),
		container.NewTabItemWithIcon(lang.X("tab.settings", "Inställningar"), theme.SettingsIcon(), newSettings(s).content),
	)
	// Typing not yet stored (a field not left, a form not saved) is stored or asked about first.
	s.win.SetCloseIntercept(s.closeWindow)
	s.win.SetMainMenu(s.mainMenu())
	s.addShortcuts()
	return container.NewBorder(container.NewVBox(s.monthBar(), s.backupBanner()), nil, nil, nil, n.tabs)
}

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

func (s *session) onPrevMonth()    { s.setMonth(s.month.Prev()) }
func (s *session) onNextMonth()    { s.setMonth(s.month.Next()) }
func (s *session) onCurrentMonth() { s.setMonth(s.today().MonthOf()) }

var (
	shortcutPrev    = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNext    = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrevAlt = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}
	shortcutNextAlt = &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}
)

func (s *session) addShortcuts() {
	c := s.win.Canvas()
	c.AddShortcut(shortcutPrev, func(fyne.Shortcut) { s.onPrevMonth() })
	c.AddShortcut(shortcutNext, func(fyne.Shortcut) { s.onNextMonth() })
	c.AddShortcut(shortcutPrevAlt, func(fyne.Shortcut) { s.onPrevMonth() })
	c.AddShortcut(shortcutNextAlt, func(fyne.Shortcut) { s.onNextMonth() })
}

func (s *session) mainMenu() *fyne.MainMenu {
	prev := fyne.NewMenuItem(lang.X("menu.prev_month", "Föregående månad"), s.onPrevMonth)
	prev.Shortcut = shortcutPrev
	next := fyne.NewMenuItem(lang.X("menu.next_month", "Nästa månad"), s.onNextMonth)
	next.Shortcut = shortcutNext
	about := fyne.NewMenuItem(lang.X("menu.about", "Om Assistans"), func() {
		dialog.ShowInformation(lang.X("menu.about", "Om Assistans"),
			lang.X("about.text", "Assistans {{.Version}}\nTidredovisning och kontroll inför Försäkringskassans blanketter 3057, 3059 och 3066.",
				map[string]any{"Version": s.app.Metadata().Version}), s.win)
	})
	return fyne.NewMainMenu(
		// fyne adds "Avsluta" to the first menu.
		fyne.NewMenu(lang.X("menu.file", "Arkiv"), append([]*fyne.MenuItem{s.print().menuItem(), newPayrollExport(s).menuItem(), fyne.NewMenuItemSeparator()}, s.fileMenuItems()...)...),
		fyne.NewMenu(lang.X("menu.month", "Månad"), prev, next,
			fyne.NewMenuItem(lang.X("month.current", "Denna månad"), s.onCurrentMonth)),
		fyne.NewMenu(lang.X("menu.help", "Hjälp"), append(s.helpMenuItems(), about)...),
	)
}

// monthLabel is "oktober 2026".
func monthLabel(m rules.Month) string {
	return fmt.Sprintf("%s %d", monthName(m.Month), m.Year)
}

// monthName is the month's name in the chosen language, in lower case as Swedish writes it.
func monthName(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("month.january", "januari")
	case time.February:
		return lang.X("month.february", "februari")
	case time.March:
		return lang.X("month.march", "mars")
	case time.April:
		return lang.X("month.april", "april")
	case time.May:
		return lang.X("month.may", "maj")
	case time.June:
		return lang.X("month.june", "juni")
	case time.July:
		return lang.X("month.july", "juli")
	case time.August:
		return lang.X("month.august", "augusti")
	case time.September:
		return lang.X("month.september", "september")
	case time.October:
		return lang.X("month.october", "oktober")
	case time.November:
		return lang.X("month.november", "november")
	case time.December:
		return lang.X("month.december", "december")
	}
	return fmt.Sprint(int(m))
}

// formatMinutes prints minutes as the forms do, "12 h 05 min"; zero is "0 h 00 min".
func formatMinutes(min int) string {
	h, m := rules.HoursMinutes(min)
	return lang.X("format.hm", "{{.H}} h {{.M}} min", map[string]any{"H": h, "M": fmt.Sprintf("%02d", m)})
}

//go:embed translations
var translations embed.FS

// Languages the window can show; the first is the default.
var languages = []string{"sv", "en"}

// prefLanguage is the preference key the settings screen writes.
const prefLanguage = "language"

// chosenLanguage is ASSISTANS_LANG if it names a language we have, else the
// preference, else Swedish.
func chosenLanguage(p fyne.Preferences) string {
	for _, c := range []string{os.Getenv("ASSISTANS_LANG"), p.String(prefLanguage)} {
		c = strings.ToLower(strings.TrimSpace(c))
		for _, l := range languages {
			if c == l {
				return l
			}
		}
	}
	return languages[0]
}

// languageFiles returns the translation files of language code: the shared
// <code>.json and every screen's <screen>.<code>.json, so that each screen
// keeps its strings in files of its own.
func languageFiles(code string) (map[string][]byte, error) {
	entries, err := translations.ReadDir("translations")
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, e := range entries {
		name := e.Name()
		if name != code+".json" && !strings.HasSuffix(name, "."+code+".json") {
			continue
		}
		b, err := translations.ReadFile("translations/" + name)
		if err != nil {
			return nil, err
		}
		files[name] = b
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no translations for %q", code)
	}
	return files, nil
}

// shownLanguage is the language useLanguage last loaded, for the texts made
// outside lang.X (the rules' finding messages); background jobs read it.
var shownLanguage atomic.Pointer[string]

// windowLanguage is the language the window shows: "sv" or "en".
func windowLanguage() string {
	if p := shownLanguage.Load(); p != nil {
		return *p
	}
	return languages[0]
}

// useLanguage makes lang.X answer in code ("sv" or "en").
//
// fyne chooses the translation that is closest to the system locale, and has
// no call to choose another. So the chosen files are added both under their own
// language and under the system locale's language: whatever fyne picks then
// holds our strings, and the shared file also carries fyne's own words (OK,
// Avbryt, Kopiera …) so that its dialogs speak the same language as the rest.
func useLanguage(code string) {
	files, err := languageFiles(code)
	if err != nil {
		fyne.LogError("translations", err)
		return
	}
	for _, loc := range []fyne.Locale{fyne.Locale(code), fyne.Locale(lang.SystemLocale().LanguageString())} {
		for name, b := range files {
			// A locale without a plural rule cannot take the file; the Swedish
			// fallbacks in the code are used there.
			if err := lang.AddTranslationsForLocale(b, loc); err != nil {
				fyne.LogError("translations "+name+" for "+string(loc), err)
			}
		}
	}
	shownLanguage.Store(&code)
}
