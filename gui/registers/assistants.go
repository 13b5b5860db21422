package registers

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data/record"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// assistantScreen lists the personal assistants and edits one: identity,
// address, the facts that stop FK's payment, and the working-time rules.
type AssistantScreen struct {
	*register[rules.Assistant]

	name, pnr, address  *widgets.Field
	periodStart         *widgets.Field
	regime              *widgets.Choice[rules.Regime]
	regimeMsg           *widget.Label
	outsideEES, unfit   *widget.Check
	agreement, inactive *widget.Check
	warning             *widget.Label
}

func NewAssistants(s *session.Session) *AssistantScreen {
	a := &AssistantScreen{}
	a.register = newRegister(s, record.Assistant, a)
	a.buildUI()
	a.start(a.load)
	return a
}

func (a *AssistantScreen) buildUI() {
	changed := a.validate
	field := a.field
	a.name = field("", widgets.CheckRequiredText)
	a.pnr = field(lang.X("reg.pnr_placeholder", "ÅÅÅÅMMDD-NNNN"), a.checkPnr)
	a.address = field("", func(string) error { return nil })
	a.periodStart = field(lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), widgets.CheckOptionalDate)
	a.regime = widgets.NewChoice([]string{widgets.RegimeText(rules.Husligt), widgets.RegimeText(rules.ATL), widgets.RegimeText(rules.Avtal)},
		[]rules.Regime{rules.Husligt, rules.ATL, rules.Avtal}, changed)
	a.regimeMsg = widgets.NewMessageLabel(widget.DangerImportance)
	check := func(text string) *widget.Check { return widget.NewCheck(text, func(bool) { changed() }) }
	a.outsideEES = check(lang.X("assistant.outside_ees", "Bor utanför EES"))
	a.unfit = check(lang.X("assistant.unfit", "Saknar förmåga att arbeta som assistent (ålder, sjukdom e.d.)"))
	a.agreement = check(lang.X("assistant.agreement", "Kollektivavtal gäller"))
	a.inactive = check(lang.X("assistant.inactive", "Inaktiv (visas inte i månadens listor)"))
	a.warning = widgets.NewMessageLabel(widget.WarningImportance)

	g := &widgets.FormGroup{}
	form := container.NewVBox(
		widgets.Heading(lang.X("assistant.heading", "Assistent")),
		g.Form(
			widgets.Row(lang.X("assistant.name", "Namn"), a.name.Box(0)),
			widgets.Row(lang.X("assistant.pnr", "Person- eller samordningsnummer"), a.pnr.Box(0)),
			widgets.Row(lang.X("assistant.address", "Adress"), a.address.Box(0)),
			widgets.Row(lang.X("assistant.abroad_unfit", "FK betalar inte om"), container.NewVBox(a.outsideEES, a.unfit)),
			widgets.Row(lang.X("assistant.status", "Status"), a.inactive),
		),
		a.warning,
		widget.NewSeparator(),
		widgets.Heading(lang.X("assistant.worktime_heading", "Arbetstid")),
		g.Form(
			widgets.Row(lang.X("assistant.regime", "Arbetstidsregler"), container.NewVBox(a.regime.Sel, a.regimeMsg)),
			widgets.Row(lang.X("assistant.period_start", "Beräkningsperioder från"), a.periodStart.Box(150,
				widget.NewLabel(lang.X("assistant.period_hint", "första dagen i en beräkningsperiod")))),
			widgets.Row("", a.agreement),
		),
		a.describedRows(g, "pnr", "name", "address", "outside_ees", "unfit", "regime", "period_start", "collective_agreement", "inactive"),
	)
	a.buildFrame(lang.X("assistant.search", "Sök namn eller personnummer"), form, a.name.Entry)
}

func (a *AssistantScreen) checkPnr(s string) error {
	id, err := rules.ParseIdentity(s, a.s.Today())
	if err != nil {
		return widgets.IdMessage(err)
	}
	if a.Current == nil && slices.ContainsFunc(a.all, func(x rules.Assistant) bool { return x.Pnr == id }) {
		return errors.New(lang.X("assistant.err_exists", "Det finns redan en assistent med det numret."))
	}
	return nil
}

// assistantWarning says what stops FK from paying for the assistant's work today.
func assistantWarning(x rules.Assistant, today rules.Date) string {
	w, _ := assistantFacts(x, today)
	if x.Inactive {
		w = append(w, lang.X("assistant.inactive_short", "inaktiv"))
	}
	return strings.Join(w, " · ")
}

// assistantWarningLong is the form's wording of assistantWarning: what the fact means for FK's payment.
func assistantWarningLong(x rules.Assistant, today rules.Date) string {
	_, w := assistantFacts(x, today)
	return strings.Join(w, "\n")
}

// assistantFacts are the facts that stop FK's payment, in the list's words and in the form's.
func assistantFacts(x rules.Assistant, today rules.Date) (short, long []string) {
	if _, minor := rules.MinorOn(x.Pnr, today); minor {
		short = append(short, lang.X("assistant.warn_under18", "Under 18 år (FK betalar inte)"))
		long = append(long, lang.X("assignment.warn_under18", "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen."))
	}
	if x.OutsideEES {
		short = append(short, lang.X("assistant.warn_abroad", "Bor utanför EES"))
		long = append(long, lang.X("assistant.warn_abroad_long", "Assistenten bor utanför EES: FK betalar normalt inte för arbetet."))
	}
	if x.Unfit {
		short = append(short, lang.X("assistant.warn_unfit", "Saknar förmåga"))
		long = append(long, lang.X("assistant.warn_unfit_long", "Assistenten saknar förmåga att arbeta som assistent: FK betalar inte för arbetet."))
	}
	return short, long
}

func (a *AssistantScreen) load() {
	a.loadSorted(func() ([]rules.Assistant, error) { return a.s.Store.Assistants(a.s.Ctx) })
}

func (a *AssistantScreen) listRow(x rules.Assistant) listRow {
	return listRow{Title: x.Name, Detail: rules.FormatPnr(x.Pnr), Warning: assistantWarning(x, a.s.Today())}
}

func (a *AssistantScreen) validate() {
	ok := a.validFields()
	_, chosen := a.regime.Get()
	ok = widgets.RequireChoice(chosen, a.regimeMsg, lang.X("assistant.err_regime", "Välj vilka arbetstidsregler som gäller.")) && ok
	// The warning follows the form, so that an assistant under 18 is seen while being added.
	a.showWarning(a.warning, func(x rules.Assistant) string { return assistantWarningLong(x, a.s.Today()) })
	a.enableSave(ok)
}

func (a *AssistantScreen) read() (rules.Assistant, error) {
	id, err := rules.ParseIdentity(a.pnr.Entry.Text, a.s.Today())
	if err != nil {
		return rules.Assistant{}, err
	}
	start, err := widgets.ParseOptionalDate(a.periodStart.Entry.Text)
	if err != nil {
		return rules.Assistant{}, err
	}
	regime, _ := a.regime.Get()
	return rules.Assistant{Pnr: id, Name: a.name.Text(), Address: a.address.Text(), OutsideEES: a.outsideEES.Checked,
		Unfit: a.unfit.Checked, Regime: regime, PeriodStart: start, CollectiveAgreement: a.agreement.Checked,
		Inactive: a.inactive.Checked}, nil
}

func (a *AssistantScreen) fill(x rules.Assistant) {
	a.name.Set(x.Name)
	a.pnr.Set(rules.FormatPnr(x.Pnr))
	a.address.Set(x.Address)
	a.periodStart.Set(x.PeriodStart.String())
	a.regime.Set(x.Regime)
	a.outsideEES.SetChecked(x.OutsideEES)
	a.unfit.SetChecked(x.Unfit)
	a.agreement.SetChecked(x.CollectiveAgreement)
	a.inactive.SetChecked(x.Inactive)
}

func (a *AssistantScreen) blank() rules.Assistant { return rules.Assistant{Regime: rules.ATL} }

// showStored locks the number, the assistant's key, which shifts refer to.
func (a *AssistantScreen) showStored(stored bool) { a.pnr.Lock(stored) }

func (a *AssistantScreen) save(x rules.Assistant) error { return a.s.Store.SaveAssistant(a.s.Ctx, x) }

func (a *AssistantScreen) savedText(x rules.Assistant) string {
	return lang.X("assistant.saved", "Assistenten {{.Name}} är sparad.", map[string]any{"Name": x.Name})
}

func (a *AssistantScreen) deletion(x rules.Assistant) deletion[rules.Assistant] {
	inactive := x
	inactive.Inactive = true
	return deletion[rules.Assistant]{
		title: lang.X("assistant.delete_title", "Ta bort assistent"),
		question: lang.X("assistant.delete_question", "Vill du ta bort assistenten {{.Name}} ({{.Pnr}})? Assistentens uppdrag tas också bort.",
			map[string]any{"Name": x.Name, "Pnr": rules.FormatPnr(x.Pnr)}),
		del:          func() error { return a.s.Store.DeleteAssistant(a.s.Ctx, x.Pnr) },
		markInactive: func() error { return a.s.Store.SetAssistantInactive(a.s.Ctx, x.Pnr, true) },
		inactiveQuestion: lang.X("assistant.inactive_question", "{{.Name}} har pass registrerade och kan inte tas bort.\n\nVill du markera assistenten som inaktiv i stället? Passen och uppdragen finns kvar.",
			map[string]any{"Name": x.Name}),
		inactive:     inactive,
		deleted:      lang.X("assistant.deleted", "Assistenten {{.Name}} är borttagen.", map[string]any{"Name": x.Name}),
		madeInactive: lang.X("assistant.made_inactive", "Assistenten {{.Name}} är markerad som inaktiv.", map[string]any{"Name": x.Name}),
	}
}
