package gui

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/history"
	"assistans/gui/registers"
	"assistans/gui/session"
	"assistans/rules"
)

// demoRegisters is a register like an office's: a private provider, customers
// with decisions and a representative, assistants of every regime (one under
// 18, one living abroad) and assignments, one of them not yet reported on a 3066.
func demoRegisters() rules.Batch {
	b := guitest.SmallBatch()
	b.Providers = append(b.Providers, rules.Provider{Orgnr: guitest.OrgOmsorg, Name: "Omsorg i Norr AB", Kind: rules.Privat,
		Contact: "Stina Ek", Phone: "063-12 34 56", IVOFrom: rules.D(2019, 3, 1), FSkatt: rules.Yes, EmployerRegistered: rules.Yes,
		PermitGroup: [3]rules.Flag{rules.Yes, rules.Yes, rules.No}, PermitChildren: rules.Yes, PermitAdults: rules.Yes})
	b.Customers = append(b.Customers, rules.Customer{Pnr: guitest.PnrEdvin, Name: "Edvin Eklund", Personkrets: 1,
		RepresentativeRole: rules.GodMan, RepresentativeName: "Gustav Gode", RepresentativePnr: "194512121239"})
	b.Decisions = append(b.Decisions,
		rules.Decision{Customer: guitest.PnrEdvin, From: rules.D(2024, 1, 1), To: rules.D(2025, 12, 31), HoursPerWeekCenti: 6250, HourlyAmount: 33260},
		rules.Decision{Customer: guitest.PnrEdvin, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 8400, HourlyAmount: 36000, HigherAmount: true, DoubleAssistance: true})
	b.Assistants = append(b.Assistants,
		rules.Assistant{Pnr: guitest.PnrFilip, Name: "Filip Falk", Address: "Storgatan 1, 831 30 Östersund", Regime: rules.Avtal,
			PeriodStart: rules.D(2026, 1, 5), CollectiveAgreement: true},
		rules.Assistant{Pnr: guitest.PnrGreta, Name: "Greta Gran", Regime: rules.Husligt},
		rules.Assistant{Pnr: "198501611233", Name: "Hamid Haddad", Address: "Rue de la Paix 2, Genève", OutsideEES: true, Regime: rules.ATL})
	b.Assignments = append(b.Assignments,
		rules.Assignment{Assistant: guitest.PnrFilip, Customer: guitest.PnrEdvin, ProviderOrgnr: guitest.OrgOmsorg, Employer: rules.EmployerProvider,
			EmployedFrom: rules.D(2026, 1, 1), Reported3066: rules.D(2026, 1, 12)},
		rules.Assignment{Assistant: guitest.PnrGreta, Customer: guitest.PnrEdvin, ProviderOrgnr: guitest.OrgOmsorg, Employer: rules.EmployerOther,
			EmployerName: "Bemanning Norr AB", EmployerOrgnr: "5566778899", EmployedFrom: rules.D(2026, 10, 1), Related: true})
	return b
}

// TestScreenshots writes a PNG of each register screen to the folder in
// ASSISTANS_SHOTS (else a temporary folder), so that a person can look at them.
func TestScreenshots(t *testing.T) {
	dir := guitest.ShotsDir(t)
	s := guitest.NewSession(t, guitest.OpenStore(t, demoRegisters()))
	s.App.Settings().SetTheme(theme.DefaultTheme())
	c, a, as, p := registers.NewCustomers(s), registers.NewAssistants(s), registers.NewAssignments(s), registers.NewProviders(s)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon("Kunder", theme.AccountIcon(), c.Content),
		container.NewTabItemWithIcon("Assistenter", theme.AccountIcon(), a.Content),
		container.NewTabItemWithIcon("Uppdrag", theme.MailSendIcon(), as.Content),
		container.NewTabItemWithIcon("Anordnare", theme.HomeIcon(), p.Content),
	)
	s.Win.SetContent(container.NewBorder(s.MonthBar(), nil, nil, nil, tabs))
	s.Win.Resize(fyne.NewSize(1280, 860))

	shot := func(name string) {
		t.Helper()
		guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+".png"))
	}

	tabs.SelectIndex(0)
	c.Frame.List.Select(slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == guitest.PnrEdvin }))
	c.Dec.List.Select(0)
	shot("kunder")
	c.OnNew()
	c.Name.Entry.SetText("Ny Kund")
	c.Pnr.Entry.SetText(guitest.PnrBadCheck)
	shot("kunder_fel")

	tabs.SelectIndex(1)
	a.Frame.List.Select(slices.IndexFunc(a.Shown, func(x rules.Assistant) bool { return x.Pnr == guitest.PnrGreta }))
	shot("assistenter")

	tabs.SelectIndex(2)
	as.Frame.List.Select(slices.IndexFunc(as.Shown, func(x rules.Assignment) bool { return x.Assistant == guitest.PnrGreta }))
	shot("uppdrag")
	as.AskChange()
	as.ChangeText.SetText("Ny arbetsgivare: Omsorg i Norr AB")
	shot("uppdrag_3066_andrad")
	as.ChangeDlg.Hide()
	// The 3066 is written into a test folder and opened nowhere.
	s.App.Preferences().SetString(session.PrefPrintFolder, t.TempDir())
	s.OpenFile = func(string) error { return nil }
	as.OnPrint3066(nil)
	guitest.Settle(s)
	shot("uppdrag_3066_utskriven")
	as.PrintedDlg.Hide()

	tabs.SelectIndex(3)
	p.Frame.List.Select(slices.IndexFunc(p.Shown, func(x rules.Provider) bool { return x.Orgnr == guitest.OrgOmsorg }))
	shot("anordnare")

	tabs.SelectIndex(0)
	c.Frame.List.Select(slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == guitest.PnrAnna }))
	c.OnDelete()
	shot("kunder_ta_bort")
}

// TestBackupHistoryHelpScreenshots writes PNGs of the backup banner and
// dialogs, Historik and the help to the folder in ASSISTANS_SHOTS (else a
// temporary folder), for a person to look at.
func TestBackupHistoryHelpScreenshots(t *testing.T) {
	dir := guitest.ShotsDir(t)
	s, _ := windowOnFile(t, demoRegisters())
	s.App.Settings().SetTheme(theme.DefaultTheme())
	st := s.Store.(*data.Store)
	if err := st.SaveCustomer(t.Context(), rules.Customer{Pnr: guitest.PnrAnna, Name: "Anna Andersson", Personkrets: 1}); err != nil {
		t.Fatal(err)
	}
	shifts, _ := st.ShiftsFor(t.Context(), guitest.PnrXena, guitest.PnrAnna, rules.Month{Year: 2026, Month: 10})
	shifts[0].End, shifts[0].Kind = 17*60, rules.Vantetid
	if _, err := st.SaveShift(t.Context(), shifts[0]); err != nil {
		t.Fatal(err)
	}
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1280, 860))
	guitest.Settle(s.Session)
	shot := func(name string) {
		t.Helper()
		guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+".png"))
	}
	closeTop := func() {
		for top := s.Win.Canvas().Overlays().Top(); top != nil; top = s.Win.Canvas().Overlays().Top() {
			s.Win.Canvas().Overlays().Remove(top)
		}
	}
	shot("banner")
	s.backups.OnBackup()
	shot("backup_progress")
	guitest.Settle(s.Session)
	shot("backup_saved")
	closeTop()
	// A second backup after a change; an unchanged database would only rename the first.
	if err := st.SaveCustomer(t.Context(), rules.Customer{Pnr: guitest.PnrAnna, Name: "Anna Andersson", Personkrets: 2}); err != nil {
		t.Fatal(err)
	}
	s.backups.Now = func() time.Time { return time.Date(2026, 10, 20, 16, 5, 0, 0, rules.Stockholm) }
	s.backups.OnBackup()
	guitest.Settle(s.Session)
	closeTop()
	r := s.backups.OpenRestore()
	r.List.Select(1)
	shot("restore_list")
	test.Tap(r.Ok)
	shot("restore_confirm")
	closeTop()
	history.ShowCustomer(s.Session, guitest.PnrAnna)
	guitest.Settle(s.Session)
	shot("history_customer")
	closeTop()
	history.ShowMonth(s.Session, rules.Month{Year: 2026, Month: 10})
	guitest.Settle(s.Session)
	shot("history_month")
	closeTop()
	s.showShortcuts()
	shot("shortcuts")
	closeTop()
	s.showGuide()
	shot("guide")
	for _, o := range test.LaidOutObjects(s.Win.Canvas().Overlays().Top()) {
		if sc, ok := o.(*container.Scroll); ok {
			sc.ScrollToBottom()
		}
	}
	shot("guide_end")
	closeTop()
}

// windowOnFile is the window on a store in its own folder, with a fixed backup time, and a reopen that opens the same file again,
// holding its instance lock as the window does.
func windowOnFile(t *testing.T, b rules.Batch) (*window, string) {
	t.Helper()
	st, path, reopen := guitest.OpenExclusiveFile(t, b)
	s := newWindow(guitest.NewSession(t, st))
	s.Open = func(string) (session.Store, error) { return reopen() }
	s.backups.Now = func() time.Time { return time.Date(2026, 10, 20, 14, 30, 0, 0, rules.Stockholm) }
	s.Win.Resize(fyne.NewSize(900, 600))
	return s, path
}
