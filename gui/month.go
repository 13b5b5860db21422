package gui

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/rules"
)

// monthStore is what the Räkning tab reads and writes: the 3057's facts here,
// the cost report (costs.go) and printing (print.go).
type monthStore interface {
	Customers(ctx context.Context) ([]rules.Customer, error)
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	Totals(ctx context.Context, m rules.Month) ([]rules.CustomerTotals, error)
	MonthInfo(ctx context.Context, customer string, m rules.Month) (rules.MonthInfo, error)
	SaveMonthInfo(ctx context.Context, mi rules.MonthInfo) error
	HospitalStays(ctx context.Context, customer string) ([]rules.HospitalStay, error)
	SaveHospitalStay(ctx context.Context, h rules.HospitalStay) error
	DeleteHospitalStay(ctx context.Context, customer string, fromDate rules.Date, fromTime rules.Clock) error
	MarkSent(ctx context.Context, customer string, m rules.Month, sent rules.Date) error
	Unlock(ctx context.Context, customer string, m rules.Month, reason string) error
	costStore
	printStore
}

// maxStays is how many hospital stays the 3057 has room for in a month.
const maxStays = 3

// monthKey is the customer and month a form shows.
type monthKey struct {
	customer string
	month    rules.Month
}

// monthScreen is the Räkning tab: one customer's 3057 for the chosen month
// (page 1's facts, the hospital stays and, on page 2, the cost report), with
// printing, marking as sent and unlocking.
type monthScreen struct {
	s       *session
	content fyne.CanvasObject
	printer *printer

	customer  *choice[string]
	empty     *widget.Label // shown instead of the form when there are no customers
	form      fyne.CanvasObject
	state     *widget.Label
	sentBtn   *widget.Button
	unlockBtn *widget.Button
	printOne  *widget.Button
	printAll  *widget.Button

	heading           *widget.Label
	totals            [3]*widget.Label
	childcare, abroad *widget.RadioGroup
	prevUsed          *flagChoice
	prevLeft          *regField
	prevLeftRow       fyne.CanvasObject // shown only when the answer is Nej
	signer            *widget.Label
	saveBtn           *widget.Button
	status            *widget.Label

	stayList                             *fyne.Container
	stayFrom, stayFromT, stayTo, stayToT *regField
	stayMsg                              *widget.Label
	stayAdd                              *widget.Button
	stayForm                             fyne.CanvasObject

	costs        *costEditor
	unlockDialog unlockParts

	want     string   // the customer chosen; shown by the next load
	key      monthKey // what the form shows; customer "" when nothing
	cust     rules.Customer
	info     rules.MonthInfo
	minutes  rules.Totals
	stays    []rules.HospitalStay // the customer's stays that touch the month
	allStays []rules.HospitalStay // all the customer's stays, for overlaps
	locked   bool
	dirty    bool // the facts were edited since they were loaded or saved
	filling  int  // > 0 while the screen fills its own fields
}

func newMonthScreen(s *session) *monthScreen {
	m := &monthScreen{s: s, printer: s.print()}
	m.printer.prepare = m.prepareForPrint
	m.buildUI()
	m.load()
	s.onChange(m.load)
	return m
}

func (m *monthScreen) buildUI() {
	short := m.shortcut
	m.customer = newChoice[string](nil, nil, m.onCustomerChanged)
	m.customer.sel.PlaceHolder = lang.X("bill.choose_customer", "Välj kund")
	m.empty = widget.NewLabel(lang.X("bill.no_customers", "Det finns inga kunder. Lägg till kunder under Kunder eller importera dem."))
	m.empty.Wrapping = fyne.TextWrapWord
	m.empty.Hide()

	m.state = widget.NewLabel("")
	m.state.Wrapping = fyne.TextWrapWord
	m.sentBtn = widget.NewButtonWithIcon(lang.X("bill.mark_sent", "Markera som skickad…"), theme.MailSendIcon(), m.onMarkSent)
	m.unlockBtn = widget.NewButtonWithIcon(lang.X("bill.unlock", "Lås upp…"), theme.VisibilityIcon(), m.onUnlock)
	m.printOne = widget.NewButtonWithIcon(lang.X("bill.print_customer", "Skriv ut kunden"), theme.DocumentPrintIcon(),
		func() { m.onPrint(m.key.customer) })
	m.printAll = widget.NewButtonWithIcon(lang.X("bill.print_month", "Skriv ut månaden (Ctrl+P)"), theme.DocumentPrintIcon(),
		func() { m.onPrint("") })
	m.printAll.Importance = widget.HighImportance

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
	m.prevUsed = newFlagChoice(m.edited)
	m.prevLeft = newRegField(short, lang.X("bill.kr_placeholder", "t.ex. 1 250,50"), m.checkPrevLeft, m.edited)
	m.signer = widget.NewLabel("")
	m.signer.Wrapping = fyne.TextWrapWord
	m.saveBtn = widget.NewButtonWithIcon(lang.X("bill.save", "Spara räkningen"), theme.DocumentSaveIcon(), m.onSave)
	m.saveBtn.Importance = widget.HighImportance
	m.status = widget.NewLabel("")
	m.status.Wrapping = fyne.TextWrapWord

	// The questions stand on lines of their own above their answers, so that
	// the column stays narrow enough for the cost report beside it.
	g := &formGroup{}
	totals := g.form(
		formRow{lang.X("bill.aktiv", "Aktiv tid"), m.totals[0]},
		formRow{lang.X("bill.vantetid", "Väntetid"), m.totals[1]},
		formRow{lang.X("bill.beredskap", "Beredskap"), m.totals[2]},
		formRow{"", hint(lang.X("bill.totals_hint", "Summan av månadens tidrapporter; ändras under Tidrapport."))},
	)
	m.prevLeftRow = g.form(formRow{lang.X("bill.prev_left", "Hur mycket finns kvar (kr)"), m.prevLeft.box(150)})
	signer := g.form(formRow{lang.X("bill.signer", "Undertecknas av"), m.signer})
	facts := container.NewVBox(totals,
		question(lang.X("bill.childcare", "Har assistans getts i barnomsorg, skola eller daglig verksamhet?"), m.childcare),
		question(lang.X("bill.abroad", "Har kunden varit utomlands utanför EES med en assistent anställd där?"), m.abroad),
		question(lang.X("bill.prev_used", "Har förra månadens utbetalning använts till assistans?"), m.prevUsed.radio),
	)

	m.buildStays(short)
	m.costs = newCostEditor(m.s, short)

	left := container.NewVBox(m.heading, facts, m.prevLeftRow, signer,
		widget.NewSeparator(),
		heading(lang.X("bill.stays", "Sjukhusvistelser som berör månaden")), m.stayList, m.stayForm,
		widget.NewSeparator(),
		container.NewHBox(m.saveBtn), m.status)
	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("bill.customer", "Kund:")),
			container.NewHBox(m.printOne, m.printAll), m.customer.sel),
		container.NewBorder(nil, nil, nil, container.NewHBox(m.sentBtn, m.unlockBtn), m.state),
		widget.NewSeparator(),
	)
	m.form = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(
		container.NewGridWithColumns(2, left, m.costs.box))))
	m.content = newShortcutScope(m.s.win, container.NewStack(m.form, container.NewPadded(m.empty)), short)
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

// buildStays builds the list of hospital stays and the line to add one on.
func (m *monthScreen) buildStays(short func(fyne.Shortcut) bool) {
	datePh, timePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), lang.X("bill.time_placeholder", "TT:MM")
	changed := m.validateStay
	m.stayFrom = newRegField(short, datePh, checkStayDate, changed)
	m.stayFromT = newRegField(short, timePh, checkStayClock, changed)
	m.stayTo = newRegField(short, datePh, checkStayDate, changed)
	m.stayToT = newRegField(short, timePh, checkStayClock, changed)
	m.stayMsg = newMessageLabel(widget.DangerImportance)
	m.stayAdd = widget.NewButtonWithIcon(lang.X("bill.stay_add", "Lägg till"), theme.ContentAddIcon(), m.onAddStay)
	m.stayList = container.NewVBox()
	dateW, timeW := float32(150), float32(100)
	g := &formGroup{}
	m.stayForm = container.NewVBox(
		g.form(
			formRow{lang.X("bill.stay_from", "Från"), container.NewHBox(fieldOnlyW(m.stayFrom, dateW), fieldOnlyW(m.stayFromT, timeW))},
			formRow{lang.X("bill.stay_to", "Till"), container.NewHBox(fieldOnlyW(m.stayTo, dateW), fieldOnlyW(m.stayToT, timeW), m.stayAdd)},
		),
		m.stayFrom.msg, m.stayFromT.msg, m.stayTo.msg, m.stayToT.msg, m.stayMsg)
}

// shortcut handles Ctrl+S (save the facts and the costs) on this tab, and
// Ctrl+P, which a focused entry would otherwise keep from the window.
func (m *monthScreen) shortcut(sc fyne.Shortcut) bool {
	if sc.ShortcutName() == shortcutPrint.ShortcutName() {
		m.onPrint("")
		return true
	}
	if sc.ShortcutName() != shortcutSave.ShortcutName() {
		return false
	}
	if !m.saveBtn.Disabled() {
		m.onSave()
	}
	if !m.costs.saveBtn.Disabled() && m.costs.dirty {
		m.costs.onSave()
	}
	return true
}

// load reads the customers of the chosen month and shows the chosen one.
func (m *monthScreen) load() {
	mo := m.s.Month()
	ctx := m.s.ctx
	customers, err := m.s.store.Customers(ctx)
	var totals []rules.CustomerTotals
	if err == nil {
		totals, err = m.s.store.Totals(ctx, mo)
	}
	if err != nil {
		m.showLoadError(err)
		return
	}
	byPnr := map[string]rules.Totals{}
	for _, t := range totals {
		byPnr[t.Customer] = t.Totals
	}
	// Inactive customers are shown only with time in the month, as in the overview.
	customers = slices.DeleteFunc(customers, func(c rules.Customer) bool { return c.Inactive && byPnr[c.Pnr].Sum() == 0 })
	slices.SortFunc(customers, func(a, b rules.Customer) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.Pnr, b.Pnr))
	})
	labels, values := make([]string, len(customers)), make([]string, len(customers))
	for i, c := range customers {
		labels[i], values[i] = personLabel(c.Name, c.Pnr), c.Pnr
	}
	m.form.Show()
	m.empty.Hide()
	if len(customers) == 0 {
		m.form.Hide()
		m.empty.Show()
		m.key = monthKey{}
		return
	}
	chosen := cmp.Or(m.want, m.key.customer)
	if !slices.Contains(values, chosen) {
		chosen = values[0]
	}
	m.filling++
	m.customer.setOptions(labels, values)
	m.customer.set(chosen)
	m.filling--
	i := slices.Index(values, chosen)
	m.show(customers[i], mo, byPnr[chosen])
}

func (m *monthScreen) showLoadError(err error) {
	m.state.Importance = widget.DangerImportance
	m.state.SetText(lang.X("bill.load_error", "Kunde inte läsa månaden: {{.Err}}", map[string]any{"Err": err.Error()}))
}

func (m *monthScreen) onCustomerChanged() {
	if m.filling > 0 {
		return
	}
	pnr, ok := m.customer.get()
	if !ok || pnr == m.key.customer {
		return
	}
	m.want = pnr
	m.load()
}

// show loads customer c's month mo into the form. Fields the user has edited
// stay as typed when the same customer and month is shown again (another
// screen changed data); a form left for another customer or month is saved
// first when it is valid.
func (m *monthScreen) show(c rules.Customer, mo rules.Month, minutes rules.Totals) {
	key := monthKey{c.Pnr, mo}
	same := key == m.key
	if !same {
		m.leave()
	}
	ctx := m.s.ctx
	info, err := m.s.store.MonthInfo(ctx, c.Pnr, mo)
	var stays []rules.HospitalStay
	var decs []rules.Decision
	var costs []rules.Cost
	var printed []data.PrintRecord
	if err == nil {
		stays, err = m.s.store.HospitalStays(ctx, c.Pnr)
	}
	if err == nil {
		decs, err = m.s.store.Decisions(ctx, c.Pnr)
	}
	if err == nil {
		costs, err = m.s.store.Costs(ctx, mo)
	}
	if err == nil {
		printed, err = m.s.store.PrintRecords(ctx, mo)
	}
	if err != nil {
		m.showLoadError(err)
		return
	}
	m.key, m.cust, m.minutes = key, c, minutes
	m.locked = !info.Sent.IsZero()
	m.allStays = stays
	m.stays = slices.DeleteFunc(slices.Clone(stays), func(h rules.HospitalStay) bool { return !stayTouches(h, mo) })
	slices.SortFunc(m.stays, func(a, b rules.HospitalStay) int {
		return cmp.Or(a.FromDate.Compare(b.FromDate), cmp.Compare(a.FromTime, b.FromTime))
	})

	m.heading.SetText(lang.X("bill.heading", "Räkning (3057) för {{.Month}}", map[string]any{"Month": monthLabel(mo)}))
	for i, k := range rules.Kinds {
		m.totals[i].SetText(formatMinutes(minutes.Of(k)))
	}
	m.signer.SetText(signerText(c))
	if !same || !m.dirty {
		m.fill(info)
	}
	m.info = info
	m.showState(printed)
	m.showStays()
	costs = slices.DeleteFunc(costs, func(x rules.Cost) bool { return x.Customer != c.Pnr })
	m.costs.show(key, higherAmountIn(decs, mo), minutes.Sum(), costs, m.locked, !same)
	m.lockFields()
	m.validate()
}

// leave saves the facts of the customer and month the form showed, if the user
// edited them; edits that cannot be saved are reported, not silently dropped.
func (m *monthScreen) leave() {
	if m.key.customer == "" {
		return
	}
	if m.dirty {
		if err := m.save(); err != nil {
			dialog.ShowError(errors.New(lang.X("bill.leave_error",
				"Ändringarna i räkningen för {{.Who}} i {{.Month}} kunde inte sparas: {{.Err}}",
				map[string]any{"Who": personLabel(m.cust.Name, m.cust.Pnr), "Month": monthLabel(m.key.month), "Err": err.Error()})), m.s.win)
		}
	}
	m.costs.leave()
	m.dirty = false
	m.status.SetText("")
	for _, f := range []*regField{m.stayFrom, m.stayFromT, m.stayTo, m.stayToT} {
		f.set("")
	}
}

// fill shows stored facts in the fields.
func (m *monthScreen) fill(mi rules.MonthInfo) {
	m.filling++
	defer func() { m.filling-- }()
	yn := func(r *widget.RadioGroup, b bool) {
		r.SetSelected(r.Options[map[bool]int{true: 0, false: 1}[b]])
	}
	yn(m.childcare, mi.ChildcareSchool)
	yn(m.abroad, mi.Abroad)
	m.prevUsed.set(mi.PrevPaymentUsed)
	left := ""
	if mi.PrevPaymentUsed == rules.No {
		left = rules.FormatKr(mi.PrevPaymentLeft)
	}
	m.prevLeft.set(left)
	m.dirty = false
}

// edited runs after the user changed a fact.
func (m *monthScreen) edited() {
	if m.filling > 0 {
		return
	}
	m.dirty = true
	// Nej asks for the amount left: say so at once rather than only disabling Spara.
	m.prevLeft.touched = m.prevLeft.touched || m.prevUsed.get() == rules.No
	m.status.SetText("")
	m.validate()
}

// validate shows the messages under the fields and enables Spara when the facts can be saved.
func (m *monthScreen) validate() bool {
	needLeft := m.prevUsed.get() == rules.No
	if needLeft {
		m.prevLeftRow.Show()
	} else {
		m.prevLeftRow.Hide()
	}
	ok := !needLeft || m.prevLeft.validate()
	if m.locked || !ok || m.key.customer == "" {
		m.saveBtn.Disable()
	} else {
		m.saveBtn.Enable()
	}
	return ok
}

// checkPrevLeft checks the amount left of last month's payment; it is asked for only when the answer is Nej.
func (m *monthScreen) checkPrevLeft(s string) error {
	return checkKronor(s, lang.X("bill.err_left_missing", "Ange hur mycket som finns kvar (0 om inget)."))
}

// facts is the form's MonthInfo; call it only when validate is true.
func (m *monthScreen) facts() rules.MonthInfo {
	mi := m.info
	mi.Customer, mi.Month = m.key.customer, m.key.month
	mi.ChildcareSchool = m.childcare.Selected == m.childcare.Options[0]
	mi.Abroad = m.abroad.Selected == m.abroad.Options[0]
	mi.PrevPaymentUsed = m.prevUsed.get()
	mi.PrevPaymentLeft = 0
	if mi.PrevPaymentUsed == rules.No {
		mi.PrevPaymentLeft, _ = rules.ParseKr(m.prevLeft.entry.Text)
	}
	return mi
}

// save stores the facts. A month that is sent is refused by the store as well.
func (m *monthScreen) save() error {
	if m.locked {
		return lockedError(m.key.month)
	}
	if !m.validate() {
		return errors.New(lang.X("bill.err_invalid", "Rätta de markerade fälten först."))
	}
	mi := m.facts()
	// The screen keeps the facts it saved, not their new version: saved without
	// a version they overwrite, as before versions, until this screen reloads on a conflict.
	mi.Version = 0
	if err := m.s.store.SaveMonthInfo(m.s.ctx, mi); err != nil {
		return err
	}
	m.info, m.dirty = mi, false
	return nil
}

func lockedError(mo rules.Month) error {
	return errors.New(lang.X("bill.err_locked", "Månaden {{.Month}} är markerad som skickad och låst; lås upp den först.",
		map[string]any{"Month": monthLabel(mo)}))
}

func (m *monthScreen) onSave() {
	if err := m.save(); err != nil {
		m.setStatus(err.Error(), true)
		return
	}
	m.setStatus(lang.X("bill.saved", "Räkningen för {{.Month}} är sparad.", map[string]any{"Month": monthLabel(m.key.month)}), false)
	m.s.dataChanged()
}

func (m *monthScreen) setStatus(text string, isErr bool) {
	m.status.Importance = widget.SuccessImportance
	if isErr {
		m.status.Importance = widget.DangerImportance
	}
	m.status.SetText(text)
}

// lockFields shows a sent month read-only.
func (m *monthScreen) lockFields() {
	for _, r := range []*widget.RadioGroup{m.childcare, m.abroad, m.prevUsed.radio} {
		if m.locked {
			r.Disable()
		} else {
			r.Enable()
		}
	}
	m.prevLeft.lock(m.locked)
	if m.locked {
		m.stayForm.Hide()
		m.sentBtn.Hide()
		m.unlockBtn.Show()
	} else {
		m.stayForm.Show()
		m.sentBtn.Show()
		m.unlockBtn.Hide()
	}
}

// showState is the line about the month's progress: sent, printed or neither, and the deadline.
func (m *monthScreen) showState(printed []data.PrintRecord) {
	mo := m.key.month
	if m.locked {
		m.state.Importance = widget.WarningImportance
		m.state.SetText(lang.X("bill.state_sent", "Skickad till Försäkringskassan {{.Date}}. Månaden är låst och kan inte ändras förrän den låses upp.",
			map[string]any{"Date": m.info.Sent.String()}))
		return
	}
	m.state.Importance = widget.MediumImportance
	deadline := lang.X("bill.state_deadline", "Ska vara hos Försäkringskassan senast {{.Date}} ({{.Left}}).",
		map[string]any{"Date": mo.Deadline().String(), "Left": daysLeftText(rules.DaysBetween(m.s.today(), mo.Deadline()))})
	i := slices.IndexFunc(printed, func(p data.PrintRecord) bool { return p.Customer == m.key.customer })
	switch {
	case i < 0:
		m.state.SetText(lang.X("bill.state_not_printed", "Inte utskriven ännu.") + " " + deadline)
	case printed[i].Totals != m.minutes:
		m.state.Importance = widget.DangerImportance
		m.state.SetText(lang.X("bill.state_changed", "Utskriven {{.At}}, men tiderna har ändrats sedan dess: skriv ut igen.",
			map[string]any{"At": printedAt(printed[i])}) + " " + deadline)
	default:
		m.state.SetText(lang.X("bill.state_printed", "Utskriven {{.At}}.", map[string]any{"At": printedAt(printed[i])}) + " " + deadline)
	}
}

// printedAt is when a month was printed, in Swedish time, with the override reason if one was given.
func printedAt(p data.PrintRecord) string {
	at := p.At.In(rules.Stockholm).Format("2006-01-02 15:04")
	if p.OverrideReason != "" {
		return lang.X("bill.printed_override", "{{.At}} trots fel (skäl: {{.Reason}})", map[string]any{"At": at, "Reason": p.OverrideReason})
	}
	return at
}

// daysLeftText is "12 dagar kvar", "sista dagen i dag" or "3 dagar för sent".
func daysLeftText(days int) string {
	switch {
	case days == 0:
		return lang.X("bill.days_today", "sista dagen i dag")
	case days == 1:
		return lang.X("bill.days_one", "1 dag kvar")
	case days > 1:
		return lang.X("bill.days_left", "{{.N}} dagar kvar", map[string]any{"N": days})
	case days == -1:
		return lang.X("bill.days_late_one", "1 dag för sent")
	}
	return lang.X("bill.days_late", "{{.N}} dagar för sent", map[string]any{"N": -days})
}

// signerText says who signs the 3057, from the customer register.
func signerText(c rules.Customer) string {
	if c.RepresentativeRole == rules.NoRepresentative {
		return lang.X("bill.signer_customer", "Kunden själv, {{.Who}}. (En ställföreträdare läggs in under Kunder.)",
			map[string]any{"Who": personLabel(c.Name, c.Pnr)})
	}
	role := map[rules.RepresentativeRole]string{
		rules.Vardnadshavare: lang.X("customer.role_vardnadshavare", "Vårdnadshavare"),
		rules.GodMan:         lang.X("customer.role_god_man", "God man"),
		rules.Forvaltare:     lang.X("customer.role_forvaltare", "Förvaltare"),
	}[c.RepresentativeRole]
	return lang.X("bill.signer_rep", "{{.Role}}: {{.Who}} (ändras under Kunder).",
		map[string]any{"Role": role, "Who": personLabel(c.RepresentativeName, c.RepresentativePnr)})
}

// higherAmountIn says whether a decision with a higher hourly amount covers some day of mo.
func higherAmountIn(decs []rules.Decision, mo rules.Month) bool {
	return slices.ContainsFunc(decs, func(d rules.Decision) bool {
		return d.HigherAmount && !d.From.After(mo.Last()) && (d.To.IsZero() || !d.To.Before(mo.First()))
	})
}

// Hospital stays.

// stayTouches says whether a stay has a day in month mo; such stays are printed on its 3057.
func stayTouches(h rules.HospitalStay, mo rules.Month) bool {
	return !h.FromDate.After(mo.Last()) && !h.ToDate.Before(mo.First())
}

func (m *monthScreen) showStays() {
	m.stayList.RemoveAll()
	if len(m.stays) == 0 {
		m.stayList.Add(hint(lang.X("bill.no_stays", "Inga sjukhusvistelser i månaden.")))
	}
	for _, h := range m.stays {
		h := h
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { m.onDeleteStay(h) })
		if m.locked {
			del.Hide()
		}
		m.stayList.Add(container.NewHBox(widget.NewLabel(stayText(h)), layout.NewSpacer(), del))
	}
	m.stayList.Refresh()
	m.validateStay()
}

// stayText is "2026-10-03 08:00 – 2026-10-07 14:30"; a missing time is left out.
func stayText(h rules.HospitalStay) string {
	end := func(d rules.Date, c rules.Clock) string { return strings.TrimSpace(d.String() + " " + c.String()) }
	return end(h.FromDate, h.FromTime) + " – " + end(h.ToDate, h.ToTime)
}

func checkStayDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil // the whole line is checked by validateStay
	}
	return checkOptionalDate(s)
}

// parseStayClock reads a time of a hospital stay; empty means not known.
func parseStayClock(s string) (rules.Clock, error) {
	if strings.TrimSpace(s) == "" {
		return rules.NoClock, nil
	}
	c, err := rules.ParseClock(s)
	if err != nil {
		return rules.NoClock, errors.New(lang.X("bill.err_time", "Skriv tiden som TT:MM, t.ex. 08:30."))
	}
	return c, nil
}

func checkStayClock(s string) error { _, err := parseStayClock(s); return err }

// newStay reads the line of a new stay. It returns a zero error and ok false while the line is empty.
func (m *monthScreen) newStay() (h rules.HospitalStay, ok bool, err error) {
	fields := []*regField{m.stayFrom, m.stayFromT, m.stayTo, m.stayToT}
	blank := true
	for _, f := range fields {
		if !f.validate() {
			return h, false, nil // the field's own message says what is wrong
		}
		blank = blank && f.text() == ""
	}
	if blank {
		return h, false, nil
	}
	h.Customer = m.key.customer
	h.FromDate, _ = parseOptionalDate(m.stayFrom.text())
	h.ToDate, _ = parseOptionalDate(m.stayTo.text())
	h.FromTime, _ = parseStayClock(m.stayFromT.text())
	h.ToTime, _ = parseStayClock(m.stayToT.text())
	mo := m.key.month
	switch {
	case h.FromDate.IsZero() || h.ToDate.IsZero():
		return h, false, errors.New(lang.X("bill.err_stay_dates", "Ange både första och sista dagen (ÅÅÅÅ-MM-DD); tiderna får vara tomma."))
	case stayEnd(h) <= stayStart(h):
		return h, false, errors.New(lang.X("bill.err_stay_order", "Vistelsen måste sluta efter att den börjar."))
	case !stayTouches(h, mo):
		return h, false, errors.New(lang.X("bill.err_stay_month", "Vistelsen berör inte {{.Month}}; välj den månaden för att lägga in den.",
			map[string]any{"Month": monthLabel(mo)}))
	case len(m.stays) >= maxStays:
		return h, false, errors.New(lang.X("bill.err_stay_full", "Blanketten har plats för högst tre sjukhusvistelser i en månad."))
	}
	for _, o := range m.allStays {
		if stayStart(h) < stayEnd(o) && stayStart(o) < stayEnd(h) {
			return h, false, errors.New(lang.X("bill.err_stay_overlap", "Vistelsen överlappar vistelsen {{.Other}}.",
				map[string]any{"Other": stayText(o)}))
		}
	}
	return h, true, nil
}

// stayStart and stayEnd order stays in minutes since the epoch day; a missing
// time counts as the start or the end of the day.
func stayStart(h rules.HospitalStay) int {
	return h.FromDate.DayNumber()*1440 + max(int(h.FromTime), 0)
}
func stayEnd(h rules.HospitalStay) int {
	if h.ToTime == rules.NoClock {
		return (h.ToDate.DayNumber() + 1) * 1440
	}
	return h.ToDate.DayNumber()*1440 + int(h.ToTime)
}

func (m *monthScreen) validateStay() {
	_, ok, err := m.newStay()
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	showMessageLabel(m.stayMsg, msg)
	if ok && !m.locked {
		m.stayAdd.Enable()
	} else {
		m.stayAdd.Disable()
	}
}

func (m *monthScreen) onAddStay() {
	h, ok, err := m.newStay()
	if !ok || m.locked {
		return
	}
	if err == nil {
		err = m.s.store.SaveHospitalStay(m.s.ctx, h)
	}
	if err != nil {
		showMessageLabel(m.stayMsg, err.Error())
		return
	}
	for _, f := range []*regField{m.stayFrom, m.stayFromT, m.stayTo, m.stayToT} {
		f.set("")
	}
	m.setStatus(lang.X("bill.stay_added", "Sjukhusvistelsen {{.Stay}} är sparad.", map[string]any{"Stay": stayText(h)}), false)
	m.s.dataChanged()
}

func (m *monthScreen) onDeleteStay(h rules.HospitalStay) {
	d := dialog.NewConfirm(lang.X("bill.stay_delete_title", "Ta bort sjukhusvistelse"),
		lang.X("bill.stay_delete_q", "Ta bort vistelsen {{.Stay}}?", map[string]any{"Stay": stayText(h)}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := m.s.store.DeleteHospitalStay(m.s.ctx, h.Customer, h.FromDate, h.FromTime); err != nil {
				m.setStatus(err.Error(), true)
				return
			}
			m.s.dataChanged()
		}, m.s.win)
	d.SetConfirmText(lang.X("reg.delete", "Ta bort"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	d.Show()
}

// Sent and unlock.

func (m *monthScreen) onMarkSent() {
	if m.locked || m.key.customer == "" {
		return
	}
	if m.dirty {
		if err := m.save(); err != nil {
			m.setStatus(err.Error(), true)
			return
		}
	}
	today := m.s.today()
	d := dialog.NewConfirm(lang.X("bill.mark_sent_title", "Markera som skickad"),
		lang.X("bill.mark_sent_q", "Markera att räkningen och tidsredovisningarna för {{.Who}} i {{.Month}} skickades till Försäkringskassan i dag, {{.Date}}?\nMånaden låses då mot ändringar.",
			map[string]any{"Who": personLabel(m.cust.Name, m.cust.Pnr), "Month": monthLabel(m.key.month), "Date": today.String()}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := m.s.store.MarkSent(m.s.ctx, m.key.customer, m.key.month, today); err != nil {
				m.setStatus(err.Error(), true)
				return
			}
			m.s.dataChanged()
		}, m.s.win)
	d.SetConfirmText(lang.X("bill.mark_sent_ok", "Markera som skickad"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	d.Show()
}

// onUnlock asks why the month is unlocked; the reason is kept in the audit log.
func (m *monthScreen) onUnlock() {
	if !m.locked {
		return
	}
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder(lang.X("bill.unlock_placeholder", "t.ex. FK begärde komplettering av tiderna"))
	reason.SetMinRowsVisible(3)
	reason.Wrapping = fyne.TextWrapWord
	msg := newMessageLabel(widget.DangerImportance)
	var d *dialog.CustomDialog
	cancel := widget.NewButton(lang.X("reg.cancel", "Avbryt"), func() { d.Hide() })
	ok := widget.NewButtonWithIcon(lang.X("bill.unlock_ok", "Lås upp"), theme.VisibilityIcon(), func() {
		if err := m.s.store.Unlock(m.s.ctx, m.key.customer, m.key.month, reason.Text); err != nil {
			showMessageLabel(msg, err.Error())
			return
		}
		d.Hide()
		m.s.dataChanged()
	})
	ok.Importance = widget.HighImportance
	ok.Disable()
	reason.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			ok.Disable()
		} else {
			ok.Enable()
		}
	}
	body := container.NewVBox(
		widget.NewLabel(lang.X("bill.unlock_q", "Varför ska {{.Month}} för {{.Who}} låsas upp? Skälet sparas i loggen.",
			map[string]any{"Month": monthLabel(m.key.month), "Who": personLabel(m.cust.Name, m.cust.Pnr)})),
		reason, msg)
	d = dialog.NewCustomWithoutButtons(lang.X("bill.unlock_title", "Lås upp månaden"), body, m.s.win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
	m.s.win.Canvas().Focus(reason)
	m.unlockDialog = unlockParts{d, reason, ok}
}

// unlockParts are the open unlock dialog's widgets, kept for the tests.
type unlockParts struct {
	d      *dialog.CustomDialog
	reason *widget.Entry
	ok     *widget.Button
}

// onPrint prints the customer (or every customer, pnr "").
func (m *monthScreen) onPrint(pnr string) { m.printer.start(pnr) }

// prepareForPrint saves the tab's edits before any print, from the tab, the
// menu or Ctrl+P, so that what is printed is what the user sees. Edits that
// cannot be saved stop the print with the reason.
func (m *monthScreen) prepareForPrint() bool {
	saved := false
	var err error
	if m.dirty && !m.locked {
		if err = m.save(); err == nil {
			saved = true
		}
	}
	if err == nil && m.costs.dirty {
		if err = m.costs.save(); err == nil {
			saved = true
		}
	}
	if saved {
		m.s.dataChanged()
	}
	if err != nil {
		dialog.ShowError(errors.New(lang.X("bill.print_unsaved", "Räkningen för {{.Who}} har ändringar som inte kan sparas, så inget skrevs ut: {{.Err}}",
			map[string]any{"Who": personLabel(m.cust.Name, m.cust.Pnr), "Err": err.Error()})), m.s.win)
		return false
	}
	return true
}
