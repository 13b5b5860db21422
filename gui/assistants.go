package gui

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// assistantStore is what the assistant screen reads and writes.
type assistantStore interface {
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	SaveAssistant(ctx context.Context, a rules.Assistant) error
	DeleteAssistant(ctx context.Context, pnr string) error
	SetAssistantInactive(ctx context.Context, pnr string, inactive bool) error
}

// assistantScreen lists the personal assistants and edits one: identity,
// address, the facts that stop FK's payment, and the working-time rules.
type assistantScreen struct {
	s       *session
	frame   *registerFrame
	content fyne.CanvasObject

	all, shown []rules.Assistant
	current    *rules.Assistant // the stored assistant in the form; nil while adding one

	name, pnr, address  *regField
	periodStart         *regField
	regime              *choice[rules.Regime]
	regimeMsg           *widget.Label
	outsideEES, unfit   *widget.Check
	agreement, inactive *widget.Check
	warning             *widget.Label
	fields              []*regField
}

func newAssistants(s *session) *assistantScreen {
	a := &assistantScreen{s: s}
	a.buildUI()
	a.newRecord()
	a.load()
	s.onChange(a.load)
	return a
}

func (a *assistantScreen) buildUI() {
	changed := a.validate
	var sc func(fyne.Shortcut) bool
	short := func(k fyne.Shortcut) bool { return sc(k) }
	field := func(placeholder string, check func(string) error) *regField {
		f := newRegField(short, placeholder, check, changed)
		a.fields = append(a.fields, f)
		return f
	}
	a.name = field("", checkRequiredText)
	a.pnr = field(lang.X("reg.pnr_placeholder", "ÅÅÅÅMMDD-NNNN"), a.checkPnr)
	a.address = field("", func(string) error { return nil })
	a.periodStart = field(lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), checkOptionalDate)
	a.regime = newChoice([]string{regimeText(rules.Husligt), regimeText(rules.ATL), regimeText(rules.Avtal)},
		[]rules.Regime{rules.Husligt, rules.ATL, rules.Avtal}, changed)
	a.regimeMsg = newMessageLabel(widget.DangerImportance)
	check := func(text string) *widget.Check { return widget.NewCheck(text, func(bool) { changed() }) }
	a.outsideEES = check(lang.X("assistant.outside_ees", "Bor utanför EES"))
	a.unfit = check(lang.X("assistant.unfit", "Saknar förmåga att arbeta som assistent (ålder, sjukdom e.d.)"))
	a.agreement = check(lang.X("assistant.agreement", "Kollektivavtal gäller"))
	a.inactive = check(lang.X("assistant.inactive", "Inaktiv (visas inte i månadens listor)"))
	a.warning = newMessageLabel(widget.WarningImportance)

	g := &formGroup{}
	form := container.NewVBox(
		heading(lang.X("assistant.heading", "Assistent")),
		g.form(
			formRow{lang.X("assistant.name", "Namn"), a.name.box(0)},
			formRow{lang.X("assistant.pnr", "Person- eller samordningsnummer"), a.pnr.box(0)},
			formRow{lang.X("assistant.address", "Adress"), a.address.box(0)},
			formRow{lang.X("assistant.abroad_unfit", "FK betalar inte om"), container.NewVBox(a.outsideEES, a.unfit)},
			formRow{lang.X("assistant.status", "Status"), a.inactive},
		),
		a.warning,
		widget.NewSeparator(),
		heading(lang.X("assistant.worktime_heading", "Arbetstid")),
		g.form(
			formRow{lang.X("assistant.regime", "Arbetstidsregler"), container.NewVBox(a.regime.sel, a.regimeMsg)},
			formRow{lang.X("assistant.period_start", "Beräkningsperioder från"), a.periodStart.box(150,
				widget.NewLabel(lang.X("assistant.period_hint", "första dagen i en beräkningsperiod")))},
			formRow{"", a.agreement},
		),
	)
	a.frame = newRegisterFrame(a.s.win, lang.X("assistant.search", "Sök namn eller personnummer"), form)
	sc = a.frame.shortcut
	a.frame.onSelect = func(i int) { a.edit(a.shown[i]) }
	a.frame.onSearch = a.showList
	a.frame.onNew = a.onNew
	a.frame.onSave = a.onSave
	a.frame.onDelete = a.onDelete
	a.content = a.frame.content
}

func regimeText(r rules.Regime) string {
	switch r {
	case rules.Husligt:
		return lang.X("assistant.regime_husligt", "Husligt arbete (lag 1970:943)")
	case rules.ATL:
		return lang.X("assistant.regime_atl", "Arbetstidslagen")
	case rules.Avtal:
		return lang.X("assistant.regime_avtal", "Kollektivavtal")
	}
	return string(r)
}

func (a *assistantScreen) checkPnr(s string) error {
	id, err := rules.ParseIdentity(s, a.s.today())
	if err != nil {
		return idMessage(err)
	}
	if a.current == nil && slices.ContainsFunc(a.all, func(x rules.Assistant) bool { return x.Pnr == id }) {
		return errors.New(lang.X("assistant.err_exists", "Det finns redan en assistent med det numret."))
	}
	return nil
}

// assistantWarning says what stops FK from paying for the assistant's work today.
func assistantWarning(x rules.Assistant, today rules.Date) string {
	var w []string
	if age, err := rules.AgeOn(x.Pnr, today); err == nil && age < 18 {
		w = append(w, lang.X("assistant.warn_under18", "Under 18 år (FK betalar inte)"))
	}
	if x.OutsideEES {
		w = append(w, lang.X("assistant.warn_abroad", "Bor utanför EES"))
	}
	if x.Unfit {
		w = append(w, lang.X("assistant.warn_unfit", "Saknar förmåga"))
	}
	if x.Inactive {
		w = append(w, lang.X("assistant.inactive_short", "inaktiv"))
	}
	return strings.Join(w, " · ")
}

// assistantWarningLong is the form's wording of assistantWarning: what the fact means for FK's payment.
func assistantWarningLong(x rules.Assistant, today rules.Date) string {
	var w []string
	if age, err := rules.AgeOn(x.Pnr, today); err == nil && age < 18 {
		w = append(w, lang.X("assignment.warn_under18", "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen."))
	}
	if x.OutsideEES {
		w = append(w, lang.X("assistant.warn_abroad_long", "Assistenten bor utanför EES: FK betalar normalt inte för arbetet (ASSISTANT_ABROAD)."))
	}
	if x.Unfit {
		w = append(w, lang.X("assistant.warn_unfit_long", "Assistenten saknar förmåga att arbeta som assistent: FK betalar inte för arbetet (ASSISTANT_UNFIT)."))
	}
	return strings.Join(w, "\n")
}

func (a *assistantScreen) load() {
	all, err := a.s.store.Assistants(a.s.ctx)
	if err != nil {
		a.frame.setStatus(lang.X("reg.err_load", "Kunde inte läsa registret: {{.Err}}", map[string]any{"Err": err.Error()}), true)
		return
	}
	slices.SortFunc(all, func(x, y rules.Assistant) int {
		return cmp.Or(strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)), strings.Compare(x.Pnr, y.Pnr))
	})
	a.all = all
	if a.current != nil && !slices.ContainsFunc(all, func(x rules.Assistant) bool { return x.Pnr == a.current.Pnr }) {
		a.newRecord()
	}
	a.showList()
	a.validate()
}

func (a *assistantScreen) showList() {
	q := a.frame.searchText()
	today := a.s.today()
	a.shown = a.shown[:0]
	var rows []listRow
	sel := -1
	for _, x := range a.all {
		if !matchesSearch(q, []string{x.Name}, []string{x.Pnr}) {
			continue
		}
		if a.current != nil && x.Pnr == a.current.Pnr {
			sel = len(a.shown)
		}
		a.shown = append(a.shown, x)
		rows = append(rows, listRow{Title: x.Name, Detail: rules.FormatPnr(x.Pnr), Warning: assistantWarning(x, today)})
	}
	a.frame.setRows(rows, sel)
}

func (a *assistantScreen) validate() {
	ok := true
	for _, f := range a.fields {
		ok = f.validate() && ok
	}
	if _, chosen := a.regime.get(); !chosen {
		ok = false
		showMessageLabel(a.regimeMsg, lang.X("assistant.err_regime", "Välj vilka arbetstidsregler som gäller."))
	} else {
		showMessageLabel(a.regimeMsg, "")
	}
	// The warning follows the form, so that an assistant under 18 is seen while being added.
	warning := ""
	if x, err := a.read(); err == nil {
		warning = assistantWarningLong(x, a.s.today())
	}
	showMessageLabel(a.warning, warning)
	if ok {
		a.frame.saveBtn.Enable()
	} else {
		a.frame.saveBtn.Disable()
	}
}

func (a *assistantScreen) read() (rules.Assistant, error) {
	id, err := rules.ParseIdentity(a.pnr.entry.Text, a.s.today())
	if err != nil {
		return rules.Assistant{}, err
	}
	start, err := parseOptionalDate(a.periodStart.entry.Text)
	if err != nil {
		return rules.Assistant{}, err
	}
	regime, _ := a.regime.get()
	return rules.Assistant{Pnr: id, Name: a.name.text(), Address: a.address.text(), OutsideEES: a.outsideEES.Checked,
		Unfit: a.unfit.Checked, Regime: regime, PeriodStart: start, CollectiveAgreement: a.agreement.Checked,
		Inactive: a.inactive.Checked}, nil
}

func (a *assistantScreen) fill(x rules.Assistant) {
	a.name.set(x.Name)
	a.pnr.set(rules.FormatPnr(x.Pnr))
	a.address.set(x.Address)
	a.periodStart.set(x.PeriodStart.String())
	a.regime.set(x.Regime)
	a.outsideEES.SetChecked(x.OutsideEES)
	a.unfit.SetChecked(x.Unfit)
	a.agreement.SetChecked(x.CollectiveAgreement)
	a.inactive.SetChecked(x.Inactive)
}

func (a *assistantScreen) newRecord() {
	a.current = nil
	a.fill(rules.Assistant{Regime: rules.ATL})
	a.pnr.lock(false)
	a.frame.delBtn.Disable()
	a.validate()
}

func (a *assistantScreen) edit(x rules.Assistant) {
	a.current = &x
	a.fill(x)
	// The number is the assistant's key, and shifts refer to it.
	a.pnr.lock(true)
	a.frame.delBtn.Enable()
	a.frame.setStatus("", false)
	a.validate()
}

func (a *assistantScreen) onNew() {
	a.frame.list.UnselectAll()
	a.newRecord()
	a.frame.setStatus("", false)
	a.s.win.Canvas().Focus(a.name.entry)
}

func (a *assistantScreen) onSave() {
	x, err := a.read()
	if err != nil {
		a.frame.setStatus(err.Error(), true)
		return
	}
	if err := a.s.store.SaveAssistant(a.s.ctx, x); err != nil {
		a.frame.setStatus(lang.X("reg.err_save", "Kunde inte spara: {{.Err}}", map[string]any{"Err": err.Error()}), true)
		return
	}
	a.current = &x
	a.s.dataChanged()
	a.edit(x)
	a.frame.setStatus(lang.X("assistant.saved", "Assistenten {{.Name}} är sparad.", map[string]any{"Name": x.Name}), false)
}

func (a *assistantScreen) onDelete() {
	if a.current == nil {
		return
	}
	x := *a.current
	confirmDelete(a.s.win, lang.X("assistant.delete_title", "Ta bort assistent"),
		lang.X("assistant.delete_question", "Vill du ta bort assistenten {{.Name}} ({{.Pnr}})? Assistentens uppdrag tas också bort.",
			map[string]any{"Name": x.Name, "Pnr": rules.FormatPnr(x.Pnr)}),
		func() error { return a.s.store.DeleteAssistant(a.s.ctx, x.Pnr) },
		func() error { return a.s.store.SetAssistantInactive(a.s.ctx, x.Pnr, true) },
		lang.X("assistant.inactive_question", "{{.Name}} har pass registrerade och kan inte tas bort.\n\nVill du markera assistenten som inaktiv i stället? Passen och uppdragen finns kvar.",
			map[string]any{"Name": x.Name}),
		func(deleted bool) {
			if deleted {
				a.newRecord()
				a.s.dataChanged()
				a.frame.setStatus(lang.X("assistant.deleted", "Assistenten {{.Name}} är borttagen.", map[string]any{"Name": x.Name}), false)
				return
			}
			x.Inactive = true
			a.current = &x
			a.s.dataChanged()
			a.edit(x)
			a.frame.setStatus(lang.X("assistant.made_inactive", "Assistenten {{.Name}} är markerad som inaktiv.", map[string]any{"Name": x.Name}), false)
		})
}
