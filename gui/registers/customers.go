package registers

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// customerScreen lists the customers (assistansberättigade) and edits one,
// with the ställföreträdare and, below, the customer's decisions from FK.
type CustomerScreen struct {
	*register[rules.Customer]

	decisions []rules.Decision // every customer's, for the "no decision today" warning
	schablon  map[int]rules.Ore

	Name, Pnr       *widgets.Field
	personkrets     *widgets.Choice[int]
	role            *widgets.Choice[rules.RepresentativeRole]
	repName, repPnr *widgets.Field
	inactive        *widget.Check
	roleMsg         *widget.Label

	Dec decisionEditor
}

// decisionEditor is the lower half of the customer form: the chosen
// customer's decisions and the form for one of them.
type decisionEditor struct {
	box       *fyne.Container // shown only for a stored customer
	saveFirst *widget.Label   // shown instead of box while adding a customer
	List      *widgets.KeyList
	empty     *widget.Label    // shown over the list while it has no rows
	rows      []rules.Decision // the chosen customer's, newest first
	current   *rules.Decision  // nil while adding a decision
	quiet     bool

	from, to, hours, amount *widgets.Field
	higher, double          *widget.Check
	amountNote              *widget.Label
	autoAmount              string // the amount the form filled in from the schablon, replaced when the year changes
	newBtn, saveBtn, delBtn *widget.Button
	status                  *widget.Label
}

func NewCustomers(s *session.Session) *CustomerScreen {
	c := &CustomerScreen{}
	c.register = newRegister[rules.Customer](s, c)
	c.buildUI()
	c.start(c.load)
	return c
}

func (c *CustomerScreen) buildUI() {
	changed := c.validate
	field := c.field
	pnrPh := lang.X("reg.pnr_placeholder", "ÅÅÅÅMMDD-NNNN")

	c.Name = field("", widgets.CheckRequiredText)
	c.Pnr = field(pnrPh, c.checkPnr)
	c.personkrets = widgets.NewChoice([]string{
		lang.X("customer.personkrets_unset", "Ej angivet"),
		lang.X("customer.personkrets1", "Grupp 1"),
		lang.X("customer.personkrets2", "Grupp 2"),
		lang.X("customer.personkrets3", "Grupp 3"),
	}, []int{0, 1, 2, 3}, changed)
	c.role = widgets.NewChoice([]string{
		lang.X("customer.role_none", "Ingen ställföreträdare"),
		lang.X("customer.role_vardnadshavare", "Vårdnadshavare"),
		lang.X("customer.role_god_man", "God man"),
		lang.X("customer.role_forvaltare", "Förvaltare"),
	}, []rules.RepresentativeRole{rules.NoRepresentative, rules.Vardnadshavare, rules.GodMan, rules.Forvaltare}, changed)
	c.roleMsg = widgets.NewMessageLabel(widget.DangerImportance)
	c.repName = field("", func(string) error { return nil })
	c.repPnr = field(pnrPh, checkOptionalPnr(c.s.Today))
	c.inactive = widget.NewCheck(lang.X("customer.inactive", "Inaktiv (visas inte i månadens listor)"), func(bool) { changed() })

	g := &widgets.FormGroup{}
	customerForm := container.NewVBox(container.NewGridWithColumns(2,
		container.NewVBox(widgets.Heading(lang.X("customer.heading", "Kund")), g.Form(
			widgets.Row(lang.X("customer.name", "Namn"), c.Name.Box(0)),
			widgets.Row(lang.X("customer.pnr", "Personnummer"), c.Pnr.Box(0)),
			widgets.Row(lang.X("customer.personkrets", "Personkrets (LSS 1 §)"), c.personkrets.Sel),
			widgets.Row(lang.X("customer.status", "Status"), c.inactive),
		)),
		container.NewVBox(widgets.Heading(lang.X("customer.representative_heading", "Ställföreträdare")), g.Form(
			widgets.Row(lang.X("customer.role", "Roll"), container.NewVBox(c.role.Sel, c.roleMsg)),
			widgets.Row(lang.X("customer.rep_name", "Namn"), c.repName.Box(0)),
			widgets.Row(lang.X("customer.rep_pnr", "Personnummer"), c.repPnr.Box(0)),
		)),
	),
		widget.NewSeparator(),
		c.buildDecisions(c.shortcut, g),
	)
	c.buildFrame(lang.X("customer.search", "Sök namn eller personnummer"), customerForm, c.Name.Entry)
	// The screen has two sets of buttons; these are the customer's.
	c.Frame.newBtn.SetText(lang.X("customer.new", "Ny kund"))
	c.Frame.saveBtn.SetText(lang.X("customer.save", "Spara kund"))
	c.Frame.delBtn.SetText(lang.X("customer.delete", "Ta bort kund"))
}

// buildDecisions builds the decision list and form. Their entries send Ctrl+S
// to Spara beslut; other shortcuts go to the screen.
func (c *CustomerScreen) buildDecisions(frameShort func(fyne.Shortcut) bool, g *widgets.FormGroup) fyne.CanvasObject {
	d := &c.Dec
	short := func(k fyne.Shortcut) bool {
		if k.ShortcutName() == widgets.ShortcutSave.ShortcutName() {
			if !d.saveBtn.Disabled() {
				c.onSaveDecision()
			}
			return true
		}
		return frameShort(k)
	}
	changed := c.validateDecision
	datePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD")
	d.from = widgets.NewField(short, datePh, c.checkDecisionFrom, c.onDecisionFromChanged)
	d.to = widgets.NewField(short, datePh, widgets.CheckPeriodEnd(d.from), changed)
	d.hours = widgets.NewField(short, lang.X("decision.hours_placeholder", "t.ex. 37,5"), func(s string) error {
		_, err := widgets.ParseWeekHours(s)
		return err
	}, changed)
	d.amount = widgets.NewField(short, lang.X("decision.amount_placeholder", "t.ex. 332,60"), checkHourlyAmount, changed)
	d.higher = widget.NewCheck(lang.X("decision.higher", "Förhöjt timbelopp"), func(bool) { changed() })
	d.double = widget.NewCheck(lang.X("decision.double", "Dubbelassistans"), func(bool) { changed() })
	d.amountNote = widgets.NewMessageLabel(widget.MediumImportance)

	d.List = widgets.NewKeyList(func() int { return len(d.rows) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(d.rows) {
				o.(*widget.Label).SetText(decisionText(d.rows[id]))
			}
		})
	d.List.OnSelected = func(id widget.ListItemID) {
		if !d.quiet && id < len(d.rows) {
			c.editDecision(d.rows[id])
		}
	}
	d.List.OnDelete = c.onDeleteDecision
	d.newBtn = widget.NewButtonWithIcon(lang.X("decision.new", "Nytt beslut"), theme.ContentAddIcon(), c.onNewDecision)
	d.saveBtn = widget.NewButtonWithIcon(lang.X("decision.save", "Spara beslut"), theme.DocumentSaveIcon(), c.onSaveDecision)
	d.delBtn = widget.NewButtonWithIcon(lang.X("decision.delete", "Ta bort beslut"), theme.DeleteIcon(), c.onDeleteDecision)
	d.status = widget.NewLabel("")
	d.status.Wrapping = fyne.TextWrapWord
	d.empty = widget.NewLabel(lang.X("decision.none", "Kunden har inga beslut ännu. Fyll i formuläret nedan och tryck Spara beslut."))
	d.empty.Wrapping = fyne.TextWrapWord

	dateW := float32(150)
	d.box = container.NewVBox(
		widgets.MinHeight(container.NewStack(d.List, d.empty), 130),
		g.Form(
			widgets.Row(lang.X("decision.from", "Gäller från"), d.from.Box(dateW)),
			widgets.Row(lang.X("decision.to", "Gäller till"), d.to.Box(dateW, widget.NewLabel(lang.X("decision.to_hint", "tomt = tills vidare")))),
			widgets.Row(lang.X("decision.hours", "Timmar per vecka"), d.hours.Box(dateW)),
			widgets.Row(lang.X("decision.amount", "Timbelopp (kr)"), container.NewVBox(d.amount.Box(dateW), d.amountNote)),
			widgets.Row("", container.NewHBox(d.higher, d.double)),
		),
		container.NewHBox(d.newBtn, d.saveBtn, d.delBtn),
		d.status,
	)
	d.saveFirst = widget.NewLabel(lang.X("decision.save_customer_first", "Spara kunden först; sedan kan du lägga in kundens beslut."))
	d.saveFirst.Wrapping = fyne.TextWrapWord
	return container.NewVBox(widgets.Heading(lang.X("decision.heading", "Beslut från Försäkringskassan")), d.saveFirst, d.box)
}

// decisionText is one line of the decision list.
func decisionText(d rules.Decision) string {
	to := d.To.String()
	if d.To.IsZero() {
		to = lang.X("decision.open", "tills vidare")
	}
	parts := []string{
		d.From.String() + " – " + to,
		lang.X("decision.hours_per_week", "{{.H}} tim/vecka", map[string]any{"H": widgets.FormatWeekHours(d.HoursPerWeekCenti)}),
		lang.X("decision.kr_per_hour", "{{.Kr}} kr/tim", map[string]any{"Kr": rules.FormatKr(d.HourlyAmount)}),
	}
	if d.HigherAmount {
		parts = append(parts, lang.X("decision.higher_short", "förhöjt"))
	}
	if d.DoubleAssistance {
		parts = append(parts, lang.X("decision.double_short", "dubbelassistans"))
	}
	return strings.Join(parts, " · ")
}

// checkOptionalPnr checks a personnummer field that may be left empty.
func checkOptionalPnr(today func() rules.Date) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil
		}
		_, err := rules.ParsePersonnummer(s, today())
		return widgets.IdMessage(err)
	}
}

func checkHourlyAmount(s string) error {
	o, err := rules.ParseKr(s)
	if err != nil || o <= 0 {
		return errors.New(lang.X("decision.err_amount", "Skriv beloppet i kronor, t.ex. 332,60."))
	}
	return nil
}

func (c *CustomerScreen) checkPnr(s string) error {
	pnr, err := rules.ParsePersonnummer(s, c.s.Today())
	if err != nil {
		return widgets.IdMessage(err)
	}
	if c.Current == nil && slices.ContainsFunc(c.all, func(x rules.Customer) bool { return x.Pnr == pnr }) {
		return errors.New(lang.X("customer.err_exists", "Det finns redan en kund med det personnumret."))
	}
	return nil
}

// load reads the customers, every decision and the schablon amounts, keeping the form as it is.
func (c *CustomerScreen) load() {
	ctx := c.s.Ctx
	all, err := c.s.Store.Customers(ctx)
	var decs []rules.Decision
	var set rules.Settings
	if err == nil {
		decs, err = c.s.Store.Decisions(ctx, "")
	}
	if err == nil {
		set, err = c.s.Store.Settings(ctx)
	}
	if err != nil {
		c.loadFailed(err)
		return
	}
	slices.SortFunc(all, func(a, b rules.Customer) int { return compareByName(a.Name, b.Name, a.Pnr, b.Pnr) })
	c.decisions, c.schablon = decs, set.Schablon
	c.setAll(all)
	if c.Current != nil {
		c.loadDecisions()
	}
}

func (c *CustomerScreen) sameKey(a, b rules.Customer) bool { return a.Pnr == b.Pnr }

func (c *CustomerScreen) searchTexts(x rules.Customer) (names, ids []string) {
	return []string{x.Name}, []string{x.Pnr}
}

func (c *CustomerScreen) listRow(x rules.Customer) listRow {
	r := listRow{Title: x.Name, Detail: rules.FormatPnr(x.Pnr)}
	if x.Inactive {
		r.Warning = lang.X("customer.inactive_short", "inaktiv")
	} else if today := c.s.Today(); !slices.ContainsFunc(c.decisions, func(d rules.Decision) bool { return d.Customer == x.Pnr && d.Covers(today) }) {
		r.Warning = lang.X("customer.warn_no_decision", "Inget beslut gäller i dag")
	}
	return r
}

func (c *CustomerScreen) validate() {
	ok := c.validFields()
	role, _ := c.role.Get()
	switch {
	case role != rules.NoRepresentative && c.repName.Text() == "":
		ok = false
		widgets.ShowMessageLabel(c.roleMsg, lang.X("customer.err_rep_name", "Skriv ställföreträdarens namn."))
	case role == rules.NoRepresentative && (c.repName.Text() != "" || c.repPnr.Text() != ""):
		ok = false
		widgets.ShowMessageLabel(c.roleMsg, lang.X("customer.err_rep_role", "Välj ställföreträdarens roll, eller töm namn och personnummer."))
	default:
		widgets.ShowMessageLabel(c.roleMsg, "")
	}
	c.enableSave(ok)
}

func (c *CustomerScreen) read() (rules.Customer, error) {
	today := c.s.Today()
	pnr, err := rules.ParsePersonnummer(c.Pnr.Entry.Text, today)
	if err != nil {
		return rules.Customer{}, err
	}
	var repPnr string
	if c.repPnr.Text() != "" {
		if repPnr, err = rules.ParsePersonnummer(c.repPnr.Entry.Text, today); err != nil {
			return rules.Customer{}, err
		}
	}
	krets, _ := c.personkrets.Get()
	role, _ := c.role.Get()
	return rules.Customer{Pnr: pnr, Name: c.Name.Text(), Personkrets: krets, RepresentativeRole: role,
		RepresentativeName: c.repName.Text(), RepresentativePnr: repPnr, Inactive: c.inactive.Checked}, nil
}

func (c *CustomerScreen) fill(x rules.Customer) {
	c.Name.Set(x.Name)
	c.Pnr.Set(rules.FormatPnr(x.Pnr))
	c.personkrets.Set(x.Personkrets)
	c.role.Set(x.RepresentativeRole)
	c.repName.Set(x.RepresentativeName)
	c.repPnr.Set(rules.FormatPnr(x.RepresentativePnr))
	c.inactive.SetChecked(x.Inactive)
}

func (c *CustomerScreen) blank() rules.Customer { return rules.Customer{} }

// showStored locks the personnummer, the customer's key, which shifts refer
// to; only a stored customer has decisions.
func (c *CustomerScreen) showStored(stored bool) {
	c.Pnr.Lock(stored)
	if !stored {
		c.Dec.box.Hide()
		c.Dec.saveFirst.Show()
		return
	}
	c.Dec.saveFirst.Hide()
	c.Dec.box.Show()
	c.loadDecisions()
	c.newDecision()
}

func (c *CustomerScreen) save(x rules.Customer) error { return c.s.Store.SaveCustomer(c.s.Ctx, x) }

func (c *CustomerScreen) savedText(x rules.Customer) string {
	return lang.X("customer.saved", "Kunden {{.Name}} är sparad.", map[string]any{"Name": x.Name})
}

func (c *CustomerScreen) deletion(x rules.Customer) deletion[rules.Customer] {
	inactive := x
	inactive.Inactive = true
	return deletion[rules.Customer]{
		title: lang.X("customer.delete_title", "Ta bort kund"),
		question: lang.X("customer.delete_question", "Vill du ta bort kunden {{.Name}} ({{.Pnr}})? Kundens beslut och uppdrag tas också bort.",
			map[string]any{"Name": x.Name, "Pnr": rules.FormatPnr(x.Pnr)}),
		del:          func() error { return c.s.Store.DeleteCustomer(c.s.Ctx, x.Pnr) },
		markInactive: func() error { return c.s.Store.SetCustomerInactive(c.s.Ctx, x.Pnr, true) },
		inactiveQuestion: lang.X("customer.inactive_question", "{{.Name}} har pass registrerade och kan inte tas bort.\n\nVill du markera kunden som inaktiv i stället? Passen, besluten och rapporterna finns kvar.",
			map[string]any{"Name": x.Name}),
		inactive:     inactive,
		deleted:      lang.X("customer.deleted", "Kunden {{.Name}} är borttagen.", map[string]any{"Name": x.Name}),
		madeInactive: lang.X("customer.made_inactive", "Kunden {{.Name}} är markerad som inaktiv.", map[string]any{"Name": x.Name}),
	}
}

// Decisions.

// loadDecisions shows the current customer's decisions, newest first.
func (c *CustomerScreen) loadDecisions() {
	d := &c.Dec
	d.rows = d.rows[:0]
	for _, x := range c.decisions {
		if c.Current != nil && x.Customer == c.Current.Pnr {
			d.rows = append(d.rows, x)
		}
	}
	slices.SortFunc(d.rows, func(a, b rules.Decision) int { return b.From.Compare(a.From) })
	sel := -1
	if d.current != nil {
		sel = slices.IndexFunc(d.rows, func(x rules.Decision) bool { return x.From == d.current.From })
		if sel < 0 {
			d.current = nil
		}
	}
	if len(d.rows) == 0 {
		d.empty.Show()
	} else {
		d.empty.Hide()
	}
	d.quiet = true
	d.List.UnselectAll()
	d.List.Refresh()
	if sel >= 0 {
		d.List.Select(sel)
	}
	d.quiet = false
}

func (c *CustomerScreen) checkDecisionFrom(s string) error {
	if err := widgets.CheckRequiredDate(s); err != nil {
		return err
	}
	from, _ := widgets.ParseOptionalDate(s)
	if c.Dec.current == nil && slices.ContainsFunc(c.Dec.rows, func(x rules.Decision) bool { return x.From == from }) {
		return errors.New(lang.X("decision.err_exists", "Kunden har redan ett beslut från det datumet."))
	}
	return nil
}

// onDecisionFromChanged fills in the year's schablonbelopp as the amount,
// unless the user has written another amount.
func (c *CustomerScreen) onDecisionFromChanged() {
	d := &c.Dec
	if from, err := widgets.ParseOptionalDate(d.from.Entry.Text); err == nil && !from.IsZero() {
		if sch, ok := c.schablon[from.Year]; ok && (d.amount.Text() == "" || d.amount.Entry.Text == d.autoAmount) {
			d.autoAmount = rules.FormatKr(sch)
			d.amount.Set(d.autoAmount)
		}
	}
	c.validateDecision()
}

func (c *CustomerScreen) validateDecision() {
	d := &c.Dec
	ok := c.Current != nil
	for _, f := range []*widgets.Field{d.from, d.to, d.hours, d.amount} {
		ok = f.Validate() && ok
	}
	widgets.ShowMessageLabel(d.amountNote, c.amountNote())
	if ok {
		d.saveBtn.Enable()
	} else {
		d.saveBtn.Disable()
	}
}

// amountNote names the year's schablonbelopp and warns, without stopping the
// save, when the amount and the "förhöjt" box do not agree with it: the
// decision's own amount is what counts.
func (c *CustomerScreen) amountNote() string {
	d := &c.Dec
	from, err := widgets.ParseOptionalDate(d.from.Entry.Text)
	if err != nil || from.IsZero() {
		return ""
	}
	sch, ok := c.schablon[from.Year]
	if !ok {
		return lang.X("decision.no_schablon", "Inställningarna saknar schablonbelopp för {{.Year}}; skriv beloppet från beslutet.",
			map[string]any{"Year": from.Year})
	}
	note := lang.X("decision.schablon", "Schablonbelopp {{.Year}}: {{.Kr}} kr per timme.",
		map[string]any{"Year": from.Year, "Kr": rules.FormatKr(sch)})
	amount, err := rules.ParseKr(d.amount.Entry.Text)
	if err != nil {
		return note
	}
	// A higher amount is at most 12 % above the schablon (DOMAIN.md).
	maxHigher := rules.Ore(rules.RoundDiv(int64(sch)*112, 100))
	switch {
	case d.higher.Checked && amount <= sch:
		note += " " + lang.X("decision.warn_higher_low", "Ett förhöjt timbelopp är högre än schablonbeloppet.")
	case d.higher.Checked && amount > maxHigher:
		note += " " + lang.X("decision.warn_higher_high", "Beloppet är mer än 12 % över schablonbeloppet ({{.Kr}} kr); kontrollera beslutet.",
			map[string]any{"Kr": rules.FormatKr(maxHigher)})
	case !d.higher.Checked && amount > sch:
		note += " " + lang.X("decision.warn_not_higher", "Beloppet är högre än schablonbeloppet; kryssa i Förhöjt timbelopp om beslutet ger det.")
	}
	return note
}

func (c *CustomerScreen) readDecision() (rules.Decision, error) {
	d := &c.Dec
	from, err1 := widgets.ParseOptionalDate(d.from.Entry.Text)
	to, err2 := widgets.ParseOptionalDate(d.to.Entry.Text)
	hours, err3 := widgets.ParseWeekHours(d.hours.Entry.Text)
	amount, err4 := rules.ParseKr(d.amount.Entry.Text)
	if err := errors.Join(err1, err2, err3, err4); err != nil {
		return rules.Decision{}, err
	}
	return rules.Decision{Customer: c.Current.Pnr, From: from, To: to, HoursPerWeekCenti: hours, HourlyAmount: amount,
		HigherAmount: d.higher.Checked, DoubleAssistance: d.double.Checked}, nil
}

func (c *CustomerScreen) fillDecision(x rules.Decision) {
	d := &c.Dec
	d.from.Set(x.From.String())
	d.to.Set(x.To.String())
	d.hours.Set("")
	if x.HoursPerWeekCenti > 0 {
		d.hours.Set(widgets.FormatWeekHours(x.HoursPerWeekCenti))
	}
	d.amount.Set("")
	if x.HourlyAmount > 0 {
		d.amount.Set(rules.FormatKr(x.HourlyAmount))
	}
	d.autoAmount = ""
	d.higher.SetChecked(x.HigherAmount)
	d.double.SetChecked(x.DoubleAssistance)
}

// newDecision empties the decision form for a new decision.
func (c *CustomerScreen) newDecision() {
	d := &c.Dec
	d.current = nil
	c.fillDecision(rules.Decision{})
	d.from.Lock(false)
	d.delBtn.Disable()
	d.status.SetText("")
	c.validateDecision()
}

func (c *CustomerScreen) editDecision(x rules.Decision) {
	d := &c.Dec
	d.current = &x
	c.fillDecision(x)
	// The start date is the decision's key; another start is another decision.
	d.from.Lock(true)
	d.delBtn.Enable()
	d.status.SetText("")
	c.validateDecision()
}

func (c *CustomerScreen) onNewDecision() {
	c.Dec.List.UnselectAll()
	c.newDecision()
	c.s.Win.Canvas().Focus(c.Dec.from.Entry)
}

func (c *CustomerScreen) onSaveDecision() {
	d := &c.Dec
	if c.Current == nil {
		return
	}
	x, err := c.readDecision()
	if err == nil {
		err = c.s.Store.SaveDecision(c.s.Ctx, x)
	}
	if err != nil {
		d.status.Importance = widget.DangerImportance
		d.status.SetText(lang.X("reg.err_save", "Kunde inte spara: {{.Err}}", map[string]any{"Err": err.Error()}))
		return
	}
	d.current = &x
	c.s.DataChanged()
	c.editDecision(x)
	d.status.Importance = widget.SuccessImportance
	d.status.SetText(lang.X("decision.saved", "Beslutet från {{.From}} är sparat.", map[string]any{"From": x.From.String()}))
}

func (c *CustomerScreen) onDeleteDecision() {
	d := &c.Dec
	if d.current == nil || c.Current == nil {
		return
	}
	x := *d.current
	widgets.ConfirmDelete(c.s.Win, lang.X("decision.delete_title", "Ta bort beslut"),
		lang.X("decision.delete_question", "Vill du ta bort beslutet från {{.From}} för {{.Name}}?",
			map[string]any{"From": x.From.String(), "Name": c.Current.Name}),
		func() error { return c.s.Store.DeleteDecision(c.s.Ctx, x.Customer, x.From) },
		nil, "",
		func(bool) {
			d.current = nil
			c.s.DataChanged()
			c.newDecision()
			d.status.Importance = widget.SuccessImportance
			d.status.SetText(lang.X("decision.deleted", "Beslutet från {{.From}} är borttaget.", map[string]any{"From": x.From.String()}))
		})
}
