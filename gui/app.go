// Package gui is the Fyne window. This package is the shell: Create builds
// the tabs, the menu and the shortcuts, and holds the help, the settings and
// the payroll export. The screens live in subpackages, each talking to the
// database through the small interfaces of session.Store, never through SQL:
// overview (Översikt, Kontroll), timesheet (Tidrapport), plan (Planering), registers (Kunder,
// Assistenter, Uppdrag, Anordnare), bill (Räkning and the month's print),
// history, backup; widgets holds the fields and texts they share, session what
// every screen shares, language the translations.
//
// Adding a screen: a package (or a file in one) with New(s *session.Session)
// returning a struct with a field Content fyne.CanvasObject; declare the store
// methods it needs as a small interface in session/store.go and embed it in
// session.Store; add one line to the tab list in buildUI. A screen that shows
// month data loads in a function it registers with s.Load (run when its tab is
// first shown, and again on a change while it is in view; a hidden tab is
// marked stale and reloads when shown); a screen that writes data calls
// s.DataChanged() so that the other screens reload. Every
// visible string is lang.X("screen.key", "Svensk text"), and the screen's keys
// go in language/translations/<screen>.sv.json and <screen>.en.json
// (TestTranslationsComplete checks that every key is in both).
package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/backup"
	"assistans/gui/bill"
	"assistans/gui/language"
	"assistans/gui/overview"
	"assistans/gui/plan"
	"assistans/gui/registers"
	"assistans/gui/session"
	"assistans/gui/timesheet"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Create builds the window's content and main menu on w. It must be called on
// the UI thread before anything else in the window is created, because it
// loads the language that every label is looked up in.
func Create(a fyne.App, w fyne.Window, st session.Store, opts ...Option) fyne.CanvasObject {
	language.Use(language.Chosen(a.Preferences()))
	win := newWindow(session.New(a, w, st, session.StockholmToday))
	for _, o := range opts {
		o(win)
	}
	content := win.buildUI()
	win.WatchStore()
	if win.afterShown != nil {
		win.afterShown()
	}
	return content
}

// window is the whole window: the session the screens share, the backups
// (Arkiv menu and banner), and the screens a test may reach.
type window struct {
	*session.Session
	backups  *backup.Backups
	findings *overview.Findings
	to       *overview.Targets // the screens a finding opens
	// openPopUp is the menu Alt+letter or F10 opened last, for tests.
	openPopUp  *widget.PopUpMenu
	openedMenu *fyne.Menu
	printer    *bill.Printer
	plan       *plan.Screen
	settings   *settingsScreen
	start      *firstStart // the first start's steps
	// afterShown, set by WithStartBackup, has the first tab's screen loaded and
	// the start backup run once the window shows.
	afterShown func()
}

func newWindow(s *session.Session) *window { return &window{Session: s, backups: backup.NewBackups(s)} }

// buildUI creates the screens, the month bar, the menu and the shortcuts.
func (w *window) buildUI() fyne.CanvasObject {
	s := w.Session
	s.Win.SetTitle(lang.X("app.title", "Assistans"))
	// Each screen loads when its tab is first shown and reloads on a change only
	// while in view (session/refresh.go); own ties its reload to its tab.
	s.Deferred = true
	mark := s.Mark()
	own := func(c fyne.CanvasObject) fyne.CanvasObject {
		s.Own(mark, c)
		mark = s.Mark()
		return c
	}
	summary := own(overview.New(s).Content)
	n := &overview.Targets{Timesheet: timesheet.New(s)}
	own(n.Timesheet.Content)
	w.findings = overview.NewFindings(s)
	own(w.findings.Content)
	n.Customers = registers.NewCustomers(s)
	own(n.Customers.Content)
	n.Assistants = registers.NewAssistants(s)
	own(n.Assistants.Content)
	assignments := own(registers.NewAssignments(s).Content)
	n.Providers = registers.NewProviders(s)
	own(n.Providers.Content)
	month := bill.New(s)
	own(month.Content)
	n.Bill = month
	w.settings = newSettings(s)
	settings := own(w.settings.content)
	w.plan = plan.New(s)
	own(w.plan.Content)
	w.plan.OpenShift = func(sh rules.Shift) bool {
		s.Fresh(n.Timesheet.Content) // it must offer the shift's assignment
		if !n.Timesheet.ShowShift(sh.Assistant, sh.Customer, sh.ID, sh.Date) {
			return false
		}
		return s.Show(n.Timesheet.Content)
	}
	w.plan.ShowFindings = func() { s.Show(w.findings.Content) }
	w.to, w.findings.To = n, *n
	s.OnClose(month.BeforeClose)
	s.UseTabs(container.NewAppTabs(
		container.NewTabItemWithIcon(lang.X("tab.overview", "Översikt"), theme.ListIcon(), summary),
		container.NewTabItemWithIcon(lang.X("tab.timesheet", "Tidrapport"), theme.DocumentCreateIcon(), n.Timesheet.Content),
		container.NewTabItemWithIcon(lang.X("tab.findings", "Kontroll"), theme.WarningIcon(), w.findings.Content),
		container.NewTabItemWithIcon(lang.X("tab.plan", "Planering"), theme.CalendarIcon(), w.plan.Content),
		container.NewTabItemWithIcon(lang.X("tab.customers", "Kunder"), theme.AccountIcon(), n.Customers.Content),
		container.NewTabItemWithIcon(lang.X("tab.assistants", "Assistenter"), theme.AccountIcon(), n.Assistants.Content),
		container.NewTabItemWithIcon(lang.X("tab.assignments", "Uppdrag"), theme.MailSendIcon(), assignments),
		container.NewTabItemWithIcon(lang.X("tab.providers", "Anordnare"), theme.HomeIcon(), n.Providers.Content),
		container.NewTabItemWithIcon(lang.X("tab.bill", "Räkning"), theme.DocumentPrintIcon(), month.Content),
		container.NewTabItemWithIcon(lang.X("tab.settings", "Inställningar"), theme.SettingsIcon(), settings),
	))
	// Typing not yet stored (a field not left, a form not saved) is stored or asked about first.
	s.Win.SetCloseIntercept(s.CloseWindow)
	w.printer = month.Printer
	menu := w.mainMenu(month.Printer)
	s.Win.SetMainMenu(menu)
	w.addShortcuts(menu)
	w.rememberWindow()
	w.start = w.newFirstStart([4]fyne.CanvasObject{n.Providers.Content, n.Customers.Content, n.Assistants.Content, assignments})
	return container.NewBorder(container.NewVBox(s.MonthBar(), w.backups.BackupBanner(), w.start.box), nil, nil, nil, s.Tabs)
}

func (w *window) mainMenu(p *bill.Printer) *fyne.MainMenu {
	s := w.Session
	prev := fyne.NewMenuItem(lang.X("menu.prev_month", "Föregående månad"), s.OnPrevMonth)
	prev.Shortcut = shortcutPrev
	next := fyne.NewMenuItem(lang.X("menu.next_month", "Nästa månad"), s.OnNextMonth)
	next.Shortcut = shortcutNext
	about := fyne.NewMenuItem(lang.X("menu.about", "Om Assistans"), func() {
		widgets.ShowInformation(lang.X("menu.about", "Om Assistans"),
			lang.X("about.text", "Assistans {{.Version}}\nTidredovisning och kontroll inför Försäkringskassans blanketter 3057, 3059 och 3066.",
				map[string]any{"Version": s.App.Metadata().Version}), s.Win)
	})
	labels := menuLabels()
	return fyne.NewMainMenu(
		// fyne adds "Avsluta" to the first menu.
		fyne.NewMenu(labels[0], append([]*fyne.MenuItem{p.MenuItem(), newPayrollExport(s).menuItem(), w.importMenuItem(), fyne.NewMenuItemSeparator()}, w.backups.FileMenuItems()...)...),
		fyne.NewMenu(labels[1], prev, next,
			fyne.NewMenuItem(lang.X("month.current", "Denna månad"), s.OnCurrentMonth)),
		w.viewMenu(),
		fyne.NewMenu(labels[3], append(w.helpMenuItems(), about)...),
	)
}

// Option changes how Create sets the window up.
type Option func(*window)

// WithOpen says what the store was opened from (db: a file, or a server URL
// with any password typed at start) and lets the window open a database:
// the same one again after a restore has replaced it, or another chosen in
// Inställningar → Databas. The window closes a store it replaces; the program
// must close the one in use at exit (the last open returned).
func WithOpen(db string, open func(db string) (session.Store, error)) Option {
	return func(w *window) { w.DB, w.Open = db, open }
}

// WithStartBackup has the window run save, the automatic backup at start, in
// the background once the app runs (so after its window is shown), or at once
// when the app runs already (the window was built after a password was asked),
// and show the banner and any error after it. The first tab's screen then
// loads at the same moment: on a large provider, reading and checking its
// month before the window showed delayed the first frame by half a second.
func WithStartBackup(save func() error, running bool) Option {
	return func(w *window) {
		w.LoadLater = !running
		w.afterShown = func() {
			if running {
				w.backups.StartBackup(save)
				return
			}
			w.App.Lifecycle().SetOnStarted(func() {
				w.LoadShown()
				w.backups.StartBackup(save)
			})
		}
	}
}

// Store is everything the window reads and writes; *data.Store implements it.
type Store = session.Store
