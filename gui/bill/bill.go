// Package bill is Räkning: what a customer's 3057 needs beyond the shifts
// (hospital stays, school and childcare, payment left from last month), the
// costs when the hourly amount is higher, the month's state (printed, sent,
// locked) and "Skriv ut månaden", shared with the menu.
package bill

import (
	"cmp"
	"errors"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// monthKey is the customer and month a form shows.
type MonthKey struct {
	Customer string
	month    rules.Month
}

// monthScreen is the Räkning tab: one customer's 3057 for the chosen month
// (page 1's facts, the hospital stays and, on page 2, the cost report), with
// printing, marking as sent and unlocking.
type Screen struct {
	s       *session.Session
	Content fyne.CanvasObject
	Printer *Printer

	Customer  *widgets.Choice[string]
	empty     *widget.Label // shown instead of the form when there are no customers
	form      fyne.CanvasObject
	state     *widget.Label
	sentBtn   *widget.Button
	UnlockBtn *widget.Button
	printOne  *widget.Button
	PrintAll  *widget.Button

	heading           *widget.Label
	totals            [3]*widget.Label
	childcare, abroad *widget.RadioGroup
	answers           []*widgets.RadioLock // the three questions' answers, shown as text while locked
	PrevUsed          *widgets.FlagChoice
	PrevLeft          *widgets.Field
	prevLeftRow       fyne.CanvasObject // shown only when the answer is Nej
	signer            *widget.Label
	SaveBtn           *widget.Button
	status            *widget.Label

	stayList                             *fyne.Container
	StayFrom, stayFromT, StayTo, stayToT *widgets.Field
	stayMsg                              *widget.Label
	stayAdd                              *widget.Button
	stayForm                             fyne.CanvasObject

	Costs        *costEditor
	UnlockDialog unlockParts

	want     string   // the customer chosen; shown by the next load
	Key      MonthKey // what the form shows; customer "" when nothing
	cust     rules.Customer
	info     rules.MonthInfo
	minutes  rules.Totals
	stays    []rules.HospitalStay // the customer's stays that touch the month
	allStays []rules.HospitalStay // all the customer's stays, for overlaps
	locked   bool
	dirty    bool // the facts were edited since they were loaded or saved
	filling  int  // > 0 while the screen fills its own fields
}

func New(s *session.Session) *Screen {
	m := &Screen{s: s, Printer: NewPrinter(s)}
	m.Printer.prepare = m.prepareForPrint
	m.buildUI()
	s.Load(m.load)
	return m
}

func (m *Screen) buildUI() {
	short := m.shortcut
	m.Customer = widgets.NewSearchChoice[string](nil, nil, m.onCustomerChanged)
	m.Customer.Sel.PlaceHolder = lang.X("bill.choose_customer", "Välj kund")
	m.empty = widget.NewLabel(lang.X("bill.no_customers", "Det finns inga kunder. Lägg till kunder under Kunder eller importera dem."))
	m.empty.Wrapping = fyne.TextWrapWord
	m.empty.Hide()

	m.state = widget.NewLabel("")
	m.state.Wrapping = fyne.TextWrapWord
	m.sentBtn = widget.NewButtonWithIcon(lang.X("bill.mark_sent", "Markera som skickad…"), theme.MailSendIcon(), m.onMarkSent)
	m.UnlockBtn = widget.NewButtonWithIcon(lang.X("bill.unlock", "Lås upp…"), theme.VisibilityIcon(), m.onUnlock)
	m.printOne = widget.NewButtonWithIcon(lang.X("bill.print_customer", "Skriv ut kunden"), theme.DocumentPrintIcon(),
		func() { m.onPrint(m.Key.Customer) })
	m.PrintAll = widget.NewButtonWithIcon(lang.X("bill.print_month", "Skriv ut månaden (Ctrl+P)"), theme.DocumentPrintIcon(),
		func() { m.onPrint("") })
	m.PrintAll.Importance = widget.HighImportance

	m.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	for i := range m.totals {
		m.totals[i] = widget.NewLabel("")
	}
	yesNo := []string{lang.X("reg.yes", "Ja"), lang.X("reg.no", "Nej")}
	m.childcare = widget.NewRadioGroup(yesNo, func(string) { m.edited() })
	m.abroad = widget.NewRadioGroup(yesNo, func(string) { m.edited() })
	for _, r := range []*widget.RadioGroup{m.childcare, m.abroad} {
		r.Horizontal, r.Required = true, true
	}
	m.PrevUsed = widgets.NewFlagChoice(m.edited)
	m.PrevLeft = widgets.NewField(short, lang.X("bill.kr_placeholder", "t.ex. 1 250,50"), m.checkPrevLeft, m.edited)
	m.signer = widget.NewLabel("")
	m.signer.Wrapping = fyne.TextWrapWord
	m.SaveBtn = widget.NewButtonWithIcon(lang.X("bill.save", "Spara räkningen"), theme.DocumentSaveIcon(), m.onSave)
	m.SaveBtn.Importance = widget.HighImportance
	m.status = widget.NewLabel("")
	m.status.Wrapping = fyne.TextWrapWord

	// The questions stand on lines of their own above their answers, so that
	// the column stays narrow enough for the cost report beside it.
	g := &widgets.FormGroup{}
	totals := g.Form(
		widgets.Row(lang.X("bill.aktiv", "Aktiv tid"), m.totals[0]),
		widgets.Row(lang.X("bill.vantetid", "Väntetid"), m.totals[1]),
		widgets.Row(lang.X("bill.beredskap", "Beredskap"), m.totals[2]),
		widgets.Row("", hint(lang.X("bill.totals_hint", "Summan av månadens tidrapporter; ändras under Tidrapport."))),
	)
	m.prevLeftRow = g.Form(widgets.Row(lang.X("bill.prev_left", "Hur mycket finns kvar (kr)"), m.PrevLeft.Box(150)))
	signer := g.Form(widgets.Row(lang.X("bill.signer", "Undertecknas av"), m.signer))
	for _, r := range []*widget.RadioGroup{m.childcare, m.abroad, m.PrevUsed.Radio} {
		m.answers = append(m.answers, widgets.NewRadioLock(r))
	}
	facts := container.NewVBox(totals,
		question(lang.X("bill.childcare", "Har assistans getts i barnomsorg, skola eller daglig verksamhet?"), m.answers[0].Box),
		question(lang.X("bill.abroad", "Har kunden varit utomlands utanför EES med en assistent anställd där?"), m.answers[1].Box),
		question(lang.X("bill.prev_used", "Har förra månadens utbetalning använts till assistans?"), m.answers[2].Box),
	)

	m.buildStays(short)
	m.Costs = newCostEditor(m.s, short)

	left := container.NewVBox(m.heading, facts, m.prevLeftRow, signer,
		widget.NewSeparator(),
		widgets.Heading(lang.X("bill.stays", "Sjukhusvistelser som berör månaden")), m.stayList, m.stayForm,
		widget.NewSeparator(),
		container.NewHBox(m.SaveBtn), m.status)
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("bill.customer", "Kund:")),
			container.NewHBox(m.printOne, m.PrintAll), m.Customer.Sel),
		container.NewBorder(nil, nil, nil, container.NewHBox(m.sentBtn, m.UnlockBtn), m.state),
		widget.NewSeparator(),
	)
	m.form = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(
		container.NewGridWithColumns(2, left, m.Costs.box))))
	m.Content = widgets.NewShortcutScope(m.s.Win, container.NewStack(m.form, container.NewPadded(m.empty)), short)
}

// question is a question of the form, in bold and wrapped, above its answer.
func question(text string, answer fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Wrapping = fyne.TextWrapWord
	return container.NewVBox(l, container.NewHBox(answer))
}

// hint is a small grey line of explanation.
func hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Importance = widget.LowImportance
	l.Wrapping = fyne.TextWrapWord
	return l
}

// shortcut handles Ctrl+S (save the facts and the costs) on this tab, and
// Ctrl+P, which a focused entry would otherwise keep from the window.
func (m *Screen) shortcut(sc fyne.Shortcut) bool {
	if sc.ShortcutName() == ShortcutPrint.ShortcutName() {
		m.onPrint("")
		return true
	}
	if sc.ShortcutName() != widgets.ShortcutSave.ShortcutName() {
		return false
	}
	if !m.SaveBtn.Disabled() {
		m.onSave()
	}
	if !m.Costs.SaveBtn.Disabled() && m.Costs.dirty {
		m.Costs.onSave()
	}
	return true
}

// load reads the customers of the chosen month and shows the chosen one.
func (m *Screen) load() {
	mo := m.s.Month()
	ctx := m.s.Ctx
	customers, err := m.s.Store.Customers(ctx)
	var totals []rules.CustomerTotals
	if err == nil {
		totals, err = m.s.Store.Totals(ctx, mo)
	}
	if err != nil {
		m.showLoadError(err)
		return
	}
	byPnr := map[string]rules.Totals{}
	for _, t := range totals {
		byPnr[t.Customer] = t.Totals
	}
	customers = slices.DeleteFunc(customers, func(c rules.Customer) bool { return !c.Listed(byPnr[c.Pnr]) })
	slices.SortFunc(customers, func(a, b rules.Customer) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Pnr, b.Pnr))
	})
	labels, values := make([]string, len(customers)), make([]string, len(customers))
	for i, c := range customers {
		labels[i], values[i] = widgets.PersonLabel(c.Name, c.Pnr), c.Pnr
	}
	m.form.Show()
	m.empty.Hide()
	if len(customers) == 0 {
		m.form.Hide()
		m.empty.Show()
		m.Key = MonthKey{}
		return
	}
	chosen := cmp.Or(m.want, m.Key.Customer)
	if !slices.Contains(values, chosen) {
		chosen = values[0]
	}
	m.filling++
	m.Customer.SetOptions(labels, values)
	m.Customer.Set(chosen)
	m.filling--
	i := slices.Index(values, chosen)
	m.show(customers[i], mo, byPnr[chosen])
}

func (m *Screen) showLoadError(err error) {
	m.state.Importance = widget.DangerImportance
	m.state.SetText(lang.X("bill.load_error", "Kunde inte läsa månaden: {{.Err}}", map[string]any{"Err": language.Error(err)}))
}

func (m *Screen) onCustomerChanged() {
	if m.filling > 0 {
		return
	}
	pnr, ok := m.Customer.Get()
	if !ok || pnr == m.Key.Customer {
		return
	}
	m.want = pnr
	m.load()
}

// show loads customer c's month mo into the form. Fields the user has edited
// stay as typed when the same customer and month is shown again (another
// screen changed data); a form left for another customer or month is saved
// first when it is valid.
func (m *Screen) show(c rules.Customer, mo rules.Month, minutes rules.Totals) {
	key := MonthKey{c.Pnr, mo}
	same := key == m.Key
	if !same {
		m.leave()
	}
	ctx := m.s.Ctx
	info, err := m.s.Store.MonthInfo(ctx, c.Pnr, mo)
	var stays []rules.HospitalStay
	var decs []rules.Decision
	var costs []rules.Cost
	var printed []data.PrintRecord
	if err == nil {
		stays, err = m.s.Store.HospitalStays(ctx, c.Pnr)
	}
	if err == nil {
		decs, err = m.s.Store.Decisions(ctx, c.Pnr)
	}
	if err == nil {
		costs, err = m.s.Store.Costs(ctx, mo)
	}
	if err == nil {
		printed, err = m.s.Store.PrintRecords(ctx, mo)
	}
	if err != nil {
		m.showLoadError(err)
		return
	}
	m.Key, m.cust, m.minutes = key, c, minutes
	m.locked = !info.Sent.IsZero()
	m.allStays = stays
	m.stays = slices.DeleteFunc(slices.Clone(stays), func(h rules.HospitalStay) bool { return !h.Touches(mo) })
	slices.SortFunc(m.stays, func(a, b rules.HospitalStay) int {
		return cmp.Or(a.FromDate.Compare(b.FromDate), cmp.Compare(a.FromTime, b.FromTime))
	})

	m.heading.SetText(lang.X("bill.heading", "Räkning (3057) för {{.Month}}", map[string]any{"Month": widgets.MonthLabel(mo)}))
	for i, k := range rules.Kinds {
		m.totals[i].SetText(widgets.FormatMinutes(minutes.Of(k)))
	}
	m.signer.SetText(signerText(c))
	if !same || !m.dirty {
		m.fill(info)
	}
	if same && m.dirty {
		info.Version = m.info.Version // typing keeps the version it started from: saving it over a change since is refused
	}
	m.info = info
	m.showState(printed)
	m.showStays()
	costs = slices.DeleteFunc(costs, func(x rules.Cost) bool { return x.Customer != c.Pnr })
	m.Costs.show(key, rules.HigherAmountIn(decs, mo), minutes.Sum(), costs, m.locked, !same)
	m.lockFields()
	m.validate()
}

// leave saves the facts of the customer and month the form showed, if the user
// edited them; edits that cannot be saved are reported, not silently dropped.
func (m *Screen) leave() {
	if m.Key.Customer == "" {
		return
	}
	if m.dirty {
		if err := m.save(); err != nil {
			widgets.ShowError(errors.New(lang.X("bill.leave_error",
				"Ändringarna i räkningen för {{.Who}} i {{.Month}} kunde inte sparas: {{.Err}}",
				map[string]any{"Who": widgets.PersonLabel(m.cust.Name, m.cust.Pnr), "Month": widgets.MonthLabel(m.Key.month), "Err": language.Error(err)})), m.s.Win)
		}
	}
	m.Costs.leave()
	m.dirty = false
	m.status.SetText("")
	for _, f := range []*widgets.Field{m.StayFrom, m.stayFromT, m.StayTo, m.stayToT} {
		f.Set("")
	}
}

// onPrint prints the customer (or every customer, pnr "").
func (m *Screen) onPrint(pnr string) { m.Printer.start(pnr) }

// prepareForPrint saves the tab's edits before any print, from the tab, the
// menu or Ctrl+P, so that what is printed is what the user sees. Edits that
// cannot be saved stop the print with the reason.
func (m *Screen) prepareForPrint() bool {
	saved := false
	var err error
	if m.dirty && !m.locked {
		if err = m.save(); err == nil {
			saved = true
		}
	}
	if err == nil && m.Costs.dirty {
		if err = m.Costs.save(); err == nil {
			saved = true
		}
	}
	if saved {
		m.s.DataChanged()
	}
	if err != nil {
		widgets.ShowError(errors.New(lang.X("bill.print_unsaved", "Räkningen för {{.Who}} har ändringar som inte kan sparas, så inget skrevs ut: {{.Err}}",
			map[string]any{"Who": widgets.PersonLabel(m.cust.Name, m.cust.Pnr), "Err": language.Error(err)})), m.s.Win)
		return false
	}
	return true
}

// beforeClose saves the Räkning tab's edited facts and costs, as leaving the
// customer does; what cannot be saved keeps the window open unless the user
// chooses to close without it.
func (m *Screen) BeforeClose(next func()) {
	var err error
	if m.dirty && !m.locked {
		err = m.save()
	}
	if err == nil && m.Costs.dirty {
		err = m.Costs.save()
	}
	if err == nil {
		next()
		return
	}
	m.s.Show(m.Content)
	m.s.NotSavedOnClose(lang.X("close.bill_not_saved", "Ändringarna i räkningen för {{.Who}} i {{.Month}} kunde inte sparas: {{.Err}}",
		map[string]any{"Who": widgets.PersonLabel(m.cust.Name, m.cust.Pnr), "Month": widgets.MonthLabel(m.Key.month), "Err": language.Error(err)}), next)
}

// Month is the month the screen shows.
func (m *Screen) Month() rules.Month { return m.Key.month }
