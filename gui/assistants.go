package gui

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// assistantScreen lists the personal assistants and edits one: identity,
// address, the facts that stop FK's payment, and the working-time rules.
type assistantScreen struct {
	*register[rules.Assistant]

	name, pnr, address  *regField
	periodStart         *regField
	regime              *choice[rules.Regime]
	regimeMsg           *widget.Label
	outsideEES, unfit   *widget.Check
	agreement, inactive *widget.Check
	warning             *widget.Label
}

func newAssistants(s *session) *assistantScreen {
	a := &assistantScreen{}
	a.register = newRegister[rules.Assistant](s, a)
	a.buildUI()
	a.start(a.load)
	return a
}

func (a *assistantScreen) buildUI() {
	changed := a.validate
	field := a.field
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
	a.buildFrame(lang.X("assistant.search", "Sök namn eller personnummer"), form, a.name.entry)
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
	if age, err := rules.AgeOn(x.Pnr, today); err == nil && age < 18 {
		short = append(short, lang.X("assistant.warn_under18", "Under 18 år (FK betalar inte)"))
		long = append(long, lang.X("assignment.warn_under18", "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen."))
	}
	if x.OutsideEES {
		short = append(short, lang.X("assistant.warn_abroad", "Bor utanför EES"))
		long = append(long, lang.X("assistant.warn_abroad_long", "Assistenten bor utanför EES: FK betalar normalt inte för arbetet (ASSISTANT_ABROAD)."))
	}
	if x.Unfit {
		short = append(short, lang.X("assistant.warn_unfit", "Saknar förmåga"))
		long = append(long, lang.X("assistant.warn_unfit_long", "Assistenten saknar förmåga att arbeta som assistent: FK betalar inte för arbetet (ASSISTANT_UNFIT)."))
	}
	return short, long
}

func (a *assistantScreen) load() {
	all, err := a.s.store.Assistants(a.s.ctx)
	if err != nil {
		a.loadFailed(err)
		return
	}
	slices.SortFunc(all, func(x, y rules.Assistant) int { return compareByName(x.Name, y.Name, x.Pnr, y.Pnr) })
	a.setAll(all)
}

func (a *assistantScreen) sameKey(x, y rules.Assistant) bool { return x.Pnr == y.Pnr }

func (a *assistantScreen) searchTexts(x rules.Assistant) (names, ids []string) {
	return []string{x.Name}, []string{x.Pnr}
}

func (a *assistantScreen) listRow(x rules.Assistant) listRow {
	return listRow{Title: x.Name, Detail: rules.FormatPnr(x.Pnr), Warning: assistantWarning(x, a.s.today())}
}

func (a *assistantScreen) validate() {
	ok := a.validFields()
	_, chosen := a.regime.get()
	ok = requireChoice(chosen, a.regimeMsg, lang.X("assistant.err_regime", "Välj vilka arbetstidsregler som gäller.")) && ok
	// The warning follows the form, so that an assistant under 18 is seen while being added.
	a.showWarning(a.warning, func(x rules.Assistant) string { return assistantWarningLong(x, a.s.today()) })
	a.enableSave(ok)
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

func (a *assistantScreen) blank() rules.Assistant { return rules.Assistant{Regime: rules.ATL} }

// showStored locks the number, the assistant's key, which shifts refer to.
func (a *assistantScreen) showStored(stored bool) { a.pnr.lock(stored) }

func (a *assistantScreen) save(x rules.Assistant) error { return a.s.store.SaveAssistant(a.s.ctx, x) }

func (a *assistantScreen) savedText(x rules.Assistant) string {
	return lang.X("assistant.saved", "Assistenten {{.Name}} är sparad.", map[string]any{"Name": x.Name})
}

func (a *assistantScreen) deletion(x rules.Assistant) deletion[rules.Assistant] {
	inactive := x
	inactive.Inactive = true
	return deletion[rules.Assistant]{
		title: lang.X("assistant.delete_title", "Ta bort assistent"),
		question: lang.X("assistant.delete_question", "Vill du ta bort assistenten {{.Name}} ({{.Pnr}})? Assistentens uppdrag tas också bort.",
			map[string]any{"Name": x.Name, "Pnr": rules.FormatPnr(x.Pnr)}),
		del:          func() error { return a.s.store.DeleteAssistant(a.s.ctx, x.Pnr) },
		markInactive: func() error { return a.s.store.SetAssistantInactive(a.s.ctx, x.Pnr, true) },
		inactiveQuestion: lang.X("assistant.inactive_question", "{{.Name}} har pass registrerade och kan inte tas bort.\n\nVill du markera assistenten som inaktiv i stället? Passen och uppdragen finns kvar.",
			map[string]any{"Name": x.Name}),
		inactive:     inactive,
		deleted:      lang.X("assistant.deleted", "Assistenten {{.Name}} är borttagen.", map[string]any{"Name": x.Name}),
		madeInactive: lang.X("assistant.made_inactive", "Assistenten {{.Name}} är markerad som inaktiv.", map[string]any{"Name": x.Name}),
	}
}
