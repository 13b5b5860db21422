package gui

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"assistans/data"
	"assistans/data/demo"
	"assistans/rules"
)

// demoRegisters is a register like an office's: a private provider, customers
// with decisions and a representative, assistants of every regime (one under
// 18, one living abroad) and assignments, one of them not yet reported on a 3066.
func demoRegisters() rules.Batch {
	b := smallBatch()
	b.Providers = append(b.Providers, rules.Provider{Orgnr: orgOmsorg, Name: "Omsorg i Norr AB", Kind: rules.Privat,
		Contact: "Stina Ek", Phone: "063-12 34 56", IVOFrom: rules.D(2019, 3, 1), FSkatt: rules.Yes, EmployerRegistered: rules.Yes,
		PermitGroup: [3]rules.Flag{rules.Yes, rules.Yes, rules.No}, PermitChildren: rules.Yes, PermitAdults: rules.Yes})
	b.Customers = append(b.Customers, rules.Customer{Pnr: pnrEdvin, Name: "Edvin Eklund", Personkrets: 1,
		RepresentativeRole: rules.GodMan, RepresentativeName: "Gustav Gode", RepresentativePnr: "194512121239"})
	b.Decisions = append(b.Decisions,
		rules.Decision{Customer: pnrEdvin, From: rules.D(2024, 1, 1), To: rules.D(2025, 12, 31), HoursPerWeekCenti: 6250, HourlyAmount: 33260},
		rules.Decision{Customer: pnrEdvin, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 8400, HourlyAmount: 36000, HigherAmount: true, DoubleAssistance: true})
	b.Assistants = append(b.Assistants,
		rules.Assistant{Pnr: pnrFilip, Name: "Filip Falk", Address: "Storgatan 1, 831 30 Östersund", Regime: rules.Avtal,
			PeriodStart: rules.D(2026, 1, 5), CollectiveAgreement: true},
		rules.Assistant{Pnr: pnrGreta, Name: "Greta Gran", Regime: rules.Husligt},
		rules.Assistant{Pnr: "198501611233", Name: "Hamid Haddad", Address: "Rue de la Paix 2, Genève", OutsideEES: true, Regime: rules.ATL})
	b.Assignments = append(b.Assignments,
		rules.Assignment{Assistant: pnrFilip, Customer: pnrEdvin, ProviderOrgnr: orgOmsorg, Employer: rules.EmployerProvider,
			EmployedFrom: rules.D(2026, 1, 1), Reported3066: rules.D(2026, 1, 12)},
		rules.Assignment{Assistant: pnrGreta, Customer: pnrEdvin, ProviderOrgnr: orgOmsorg, Employer: rules.EmployerOther,
			EmployerName: "Bemanning Norr AB", EmployerOrgnr: "5566778899", EmployedFrom: rules.D(2026, 10, 1), Related: true})
	return b
}

// TestScreenshots writes a PNG of each register screen to the folder in
// ASSISTANS_SHOTS, so that a person can look at them; without it the test is skipped.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := newTestSession(t, openStore(t, demoRegisters()))
	s.app.Settings().SetTheme(theme.DefaultTheme())
	c, a, as, p := newCustomers(s), newAssistants(s), newAssignments(s), newProviders(s)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Kunder", theme.AccountIcon(), c.content),
		container.NewTabItemWithIcon("Assistenter", theme.AccountIcon(), a.content),
		container.NewTabItemWithIcon("Uppdrag", theme.MailSendIcon(), as.content),
		container.NewTabItemWithIcon("Anordnare", theme.HomeIcon(), p.content),
	)
	s.win.SetContent(container.NewBorder(s.monthBar(), nil, nil, nil, tabs))
	s.win.Resize(fyne.NewSize(1280, 860))

	shot := func(name string) {
		t.Helper()
		writeScreenshot(t, s.win, filepath.Join(dir, name+".png"))
	}

	tabs.SelectIndex(0)
	c.frame.list.Select(slices.IndexFunc(c.shown, func(x rules.Customer) bool { return x.Pnr == pnrEdvin }))
	c.dec.list.Select(0)
	shot("kunder")
	c.onNew()
	c.name.entry.SetText("Ny Kund")
	c.pnr.entry.SetText(pnrBadCheck)
	shot("kunder_fel")

	tabs.SelectIndex(1)
	a.frame.list.Select(slices.IndexFunc(a.shown, func(x rules.Assistant) bool { return x.Pnr == pnrGreta }))
	shot("assistenter")

	tabs.SelectIndex(2)
	as.frame.list.Select(slices.IndexFunc(as.shown, func(x rules.Assignment) bool { return x.Assistant == pnrGreta }))
	shot("uppdrag")
	as.askChange()
	as.changeText.SetText("Ny arbetsgivare: Omsorg i Norr AB")
	shot("uppdrag_3066_andrad")
	as.changeDlg.Hide()
	// The 3066 is written into a test folder and opened nowhere.
	s.app.Preferences().SetString(prefPrintFolder, t.TempDir())
	s.openFile = func(string) error { return nil }
	as.onPrint3066(nil)
	settle(s)
	shot("uppdrag_3066_utskriven")
	as.printedDlg.Hide()

	tabs.SelectIndex(3)
	p.frame.list.Select(slices.IndexFunc(p.shown, func(x rules.Provider) bool { return x.Orgnr == orgOmsorg }))
	shot("anordnare")

	tabs.SelectIndex(0)
	c.frame.list.Select(slices.IndexFunc(c.shown, func(x rules.Customer) bool { return x.Pnr == pnrAnna }))
	c.onDelete()
	shot("kunder_ta_bort")
}

// TestBackupHistoryHelpScreenshots writes PNGs of the backup banner and
// dialogs, Historik and the help to the folder in ASSISTANS_SHOTS, for a
// person to look at; without it the test is skipped.
func TestBackupHistoryHelpScreenshots(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, _ := windowOnFile(t, demoRegisters())
	s.app.Settings().SetTheme(theme.DefaultTheme())
	st := s.store.(*data.Store)
	if err := st.SaveCustomer(t.Context(), rules.Customer{Pnr: pnrAnna, Name: "Anna Andersson", Personkrets: 1}); err != nil {
		t.Fatal(err)
	}
	shifts, _ := st.ShiftsFor(t.Context(), pnrXena, pnrAnna, rules.Month{Year: 2026, Month: 10})
	shifts[0].End, shifts[0].Kind = 17*60, rules.Vantetid
	if _, err := st.SaveShift(t.Context(), shifts[0]); err != nil {
		t.Fatal(err)
	}
	s.win.SetContent(s.buildUI())
	s.win.Resize(fyne.NewSize(1280, 860))
	settle(s.session)
	shot := func(name string) {
		t.Helper()
		writeScreenshot(t, s.win, filepath.Join(dir, name+".png"))
	}
	closeTop := func() {
		for top := s.win.Canvas().Overlays().Top(); top != nil; top = s.win.Canvas().Overlays().Top() {
			s.win.Canvas().Overlays().Remove(top)
		}
	}
	shot("banner")
	s.backups.onBackup()
	shot("backup_progress")
	settle(s.session)
	shot("backup_saved")
	closeTop()
	// A second backup after a change; an unchanged database would only rename the first.
	if err := st.SaveCustomer(t.Context(), rules.Customer{Pnr: pnrAnna, Name: "Anna Andersson", Personkrets: 2}); err != nil {
		t.Fatal(err)
	}
	s.backups.now = func() time.Time { return time.Date(2026, 10, 20, 16, 5, 0, 0, rules.Stockholm) }
	s.backups.onBackup()
	settle(s.session)
	closeTop()
	r := s.backups.openRestore()
	r.list.Select(1)
	shot("restore_list")
	test.Tap(r.ok)
	shot("restore_confirm")
	closeTop()
	showCustomerHistory(s.session, pnrAnna)
	settle(s.session)
	shot("history_customer")
	closeTop()
	showMonthHistory(s.session, rules.Month{Year: 2026, Month: 10})
	settle(s.session)
	shot("history_month")
	closeTop()
	s.showShortcuts()
	shot("shortcuts")
	closeTop()
	s.showGuide()
	shot("guide")
	for _, o := range test.LaidOutObjects(s.win.Canvas().Overlays().Top()) {
		if sc, ok := o.(*container.Scroll); ok {
			sc.ScrollToBottom()
		}
	}
	shot("guide_end")
	closeTop()
}

// TestMonthScreenshots writes PNGs of the Räkning tab and its dialogs on the
// demo register to the folder in ASSISTANS_SHOTS; without it the test is skipped.
func TestMonthScreenshots(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const marta, ake = "194208193823", "193806074112" // in data/demo
	st := openStore(t, demo.Batch())
	s := newTestSession(t, st)
	s.app.Settings().SetTheme(theme.DefaultTheme())
	m := newMonthScreen(s)
	s.win.SetContent(container.NewBorder(s.monthBar(), nil, nil, nil, m.content))
	s.win.Resize(fyne.NewSize(1280, 860))
	shot := func(name string) {
		t.Helper()
		writeScreenshot(t, s.win, filepath.Join(dir, name+".png"))
	}
	p := m.printer
	testOpen(s, filepath.Join(t.TempDir(), "Dokument", "Assistans"))

	m.customer.set(marta)
	typeCosts(m.costs, "560,00", "150 080", "17 640", "5 040", "", "-3", "19 040")
	m.prevUsed.radio.SetSelected("Nej")
	shot("month_marta_oktober_fel")
	typeCosts(m.costs, "743,00", "199 124", "23 404,50", "6 687", "3 343,50", "4 458", "25 262")
	test.Type(m.prevLeft.entry, "1 200")
	shot("month_marta_oktober")
	test.Tap(m.saveBtn)
	test.Tap(m.costs.saveBtn)

	test.Tap(s.prev)
	shot("month_marta_september_last")
	m.customer.set(ake)
	shot("month_ake_september_last")
	test.Tap(m.unlockBtn)
	test.Type(m.unlockDialog.reason, "FK begärde komplettering")
	shot("month_unlock")
	m.unlockDialog.d.Hide()

	test.Tap(s.next)
	test.Tap(m.printAll)
	settle(s)
	test.Type(p.reason, "Beslutet för Åke är förlängt; FK informerad i telefon")
	shot("month_print_confirm")
	test.Tap(p.okBtn)
	settle(s)
	shot("month_print_result")
	p.dlg.Hide()

	m.customer.set(ake)
	test.Type(m.stayFrom.entry, "2026-10-12")
	test.Type(m.stayTo.entry, "2026-10-09")
	shot("month_ake_oktober_stay_error")

	o := newOverview(s)
	settle(s)
	s.win.SetContent(container.NewBorder(s.monthBar(), nil, nil, nil, o.content))
	shot("month_overview_status")
}

// windowOnFile is the window on a store in its own folder, with a fixed backup time, and a reopen that opens the same file again,
// holding its instance lock as the window does.
func windowOnFile(t *testing.T, b rules.Batch) (*window, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "assistans.db")
	st, err := data.OpenExclusive(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Apply(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	s := newWindow(newTestSession(t, st))
	s.backups.reopen = func() (Store, error) {
		st, err := data.OpenExclusive(path)
		if err == nil {
			t.Cleanup(func() { st.Close() })
		}
		return st, err
	}
	s.backups.now = func() time.Time { return time.Date(2026, 10, 20, 14, 30, 0, 0, rules.Stockholm) }
	s.win.Resize(fyne.NewSize(900, 600))
	return s, path
}
