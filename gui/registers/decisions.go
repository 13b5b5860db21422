package registers

// The decisions from FK under a customer: the list, the editor and its checks.

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The decisions from FK under a customer: the list, the editor and its checks.

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

func checkHourlyAmount(s string) error {
	o, err := rules.ParseKr(s)
	if err != nil || o <= 0 {
		return errors.New(lang.X("decision.err_amount", "Skriv beloppet i kronor, t.ex. 332,60."))
	}
	return nil
}

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
		if sch, ok := c.settings.DecisionAmount(from); ok && (d.amount.Text() == "" || d.amount.Entry.Text == d.autoAmount) {
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
	sch, ok := c.settings.DecisionAmount(from)
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
	switch {
	case d.higher.Checked && amount <= sch:
		note += " " + lang.X("decision.warn_higher_low", "Ett förhöjt timbelopp är högre än schablonbeloppet.")
	case d.higher.Checked && rules.AboveCeiling(amount, sch):
		note += " " + lang.X("decision.warn_higher_high", "Beloppet är mer än 12 % över schablonbeloppet ({{.Kr}} kr); kontrollera beslutet.",
			map[string]any{"Kr": rules.FormatKr(rules.HigherCeiling(sch))})
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
	if err == nil && d.current != nil && d.current.From == x.From {
		x.Version = d.current.Version // refused if someone else changed it since
	}
	if err == nil {
		err = c.s.Store.SaveDecision(c.s.Ctx, x)
	}
	if err != nil {
		if !c.s.ShowConflict(err, true, c.reloadDecision) {
			d.status.Importance = widget.DangerImportance
			d.status.SetText(lang.X("reg.err_save", "Kunde inte spara: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		}
		return
	}
	d.current = &x
	c.s.DataChanged()
	c.s.Fresh(c.Content)
	c.editDecision(c.storedDecision(x))
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

// storedDecision is x as last read from the store, with its version; x if it is not there.
func (c *CustomerScreen) storedDecision(x rules.Decision) rules.Decision {
	if i := slices.IndexFunc(c.decisions, func(d rules.Decision) bool { return d.Customer == x.Customer && d.From == x.From }); i >= 0 {
		return c.decisions[i]
	}
	return x
}

// reloadDecision drops the decision form's typing and shows the decision as
// stored now, after a save was refused because someone else changed it.
func (c *CustomerScreen) reloadDecision() {
	cur := c.Dec.current
	c.reload()
	if cur != nil && c.Current != nil {
		if x := c.storedDecision(*cur); x.Version != cur.Version {
			c.editDecision(x)
			c.loadDecisions()
			return
		}
	}
	c.newDecision()
}
