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

// providerScreen lists the assistansanordnare and edits one: its kind, contact
// details, F-skatt, employer registration and what its IVO permit covers.
type providerScreen struct {
	*register[rules.Provider]

	kind                *choice[rules.ProviderKind]
	kindMsg             *widget.Label
	name, orgnr         *regField
	contact, phone      *regField
	ivoFrom, ivoTo      *regField
	fskatt, employerReg *flagChoice
	group               [3]*flagChoice
	children, adults    *flagChoice
	permitNote          *widget.Label
}

func newProviders(s *session) *providerScreen {
	p := &providerScreen{}
	p.register = newRegister[rules.Provider](s, p)
	p.buildUI()
	p.start(p.load)
	return p
}

func (p *providerScreen) buildUI() {
	changed := p.validate
	field := p.field
	datePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD")
	p.kind = newChoice([]string{
		lang.X("provider.kind_privat", "Privat anordnare"),
		lang.X("provider.kind_kommun", "Kommun"),
		lang.X("provider.kind_egen", "Egen arbetsgivare"),
	}, []rules.ProviderKind{rules.Privat, rules.Kommun, rules.EgenArbgiv}, changed)
	p.kindMsg = newMessageLabel(widget.DangerImportance)
	p.name = field("", checkRequiredText)
	p.orgnr = field(lang.X("provider.orgnr_placeholder", "NNNNNN-NNNN"), p.checkOrgnr)
	p.contact = field("", func(string) error { return nil })
	p.phone = field("", func(string) error { return nil })
	p.ivoFrom = field(datePh, checkOptionalDate)
	p.ivoTo = field(datePh, checkPeriodEnd(p.ivoFrom))
	p.fskatt = newFlagChoice(changed)
	p.employerReg = newFlagChoice(changed)
	for i := range p.group {
		p.group[i] = newFlagChoice(changed)
	}
	p.children = newFlagChoice(changed)
	p.adults = newFlagChoice(changed)
	p.permitNote = newMessageLabel(widget.WarningImportance)

	dateW := float32(150)
	g := &formGroup{}
	form := container.NewVBox(
		heading(lang.X("provider.heading", "Anordnare")),
		g.form(
			formRow{lang.X("provider.kind", "Typ"), container.NewVBox(p.kind.sel, p.kindMsg)},
			formRow{lang.X("provider.name", "Namn"), p.name.box(0)},
			formRow{lang.X("provider.orgnr", "Organisationsnummer"), p.orgnr.box(0)},
			formRow{lang.X("provider.contact", "Kontaktperson"), p.contact.box(0)},
			formRow{lang.X("provider.phone", "Telefon"), p.phone.box(0)},
			formRow{lang.X("provider.fskatt", "F-skatt"), p.fskatt.radio},
			formRow{lang.X("provider.employer_registered", "Registrerad arbetsgivare"), p.employerReg.radio},
		),
		widget.NewSeparator(),
		heading(lang.X("provider.permit_heading", "Tillstånd från IVO")),
		widget.NewLabel(lang.X("provider.permit_help", "Privata anordnare behöver IVO:s tillstånd. Lämna \"Ej angivet\" för det som inte står i tillståndet.")),
		g.form(
			formRow{lang.X("provider.ivo_from", "Gäller från"), p.ivoFrom.box(dateW)},
			formRow{lang.X("provider.ivo_to", "Gäller till"), p.ivoTo.box(dateW, widget.NewLabel(lang.X("provider.ivo_to_hint", "tomt = tills vidare")))},
			formRow{lang.X("provider.group1", "Personkrets grupp 1"), p.group[0].radio},
			formRow{lang.X("provider.group2", "Personkrets grupp 2"), p.group[1].radio},
			formRow{lang.X("provider.group3", "Personkrets grupp 3"), p.group[2].radio},
			formRow{lang.X("provider.children", "Barn (under 18 år)"), p.children.radio},
			formRow{lang.X("provider.adults", "Vuxna"), p.adults.radio},
		),
		p.permitNote,
	)
	p.buildFrame(lang.X("provider.search", "Sök namn eller organisationsnummer"), form, p.name.entry)
}

// load reads the providers and shows them, keeping the form as it is.
func (p *providerScreen) load() {
	all, err := p.s.store.Providers(p.s.ctx)
	if err != nil {
		p.loadFailed(err)
		return
	}
	slices.SortFunc(all, func(a, b rules.Provider) int { return compareByName(a.Name, b.Name, a.Orgnr, b.Orgnr) })
	p.setAll(all)
}

func (p *providerScreen) sameKey(a, b rules.Provider) bool { return a.Orgnr == b.Orgnr }

func (p *providerScreen) searchTexts(x rules.Provider) (names, ids []string) {
	return []string{x.Name}, []string{x.Orgnr}
}

func (p *providerScreen) listRow(x rules.Provider) listRow {
	return listRow{Title: x.Name, Detail: formatProviderID(x.Orgnr) + " · " + providerKindText(x.Kind),
		Warning: providerWarning(x, p.s.today())}
}

// formatProviderID shows an organisationsnummer as NNNNNN-NNNN and a sole trader's personnummer as YYYYMMDD-NNNN.
func formatProviderID(id string) string {
	if len(id) == 10 {
		return id[:6] + "-" + id[6:]
	}
	return rules.FormatPnr(id)
}

// providerWarning is what a private provider lacks today for FK to pay (PROVIDER_PERMIT).
func providerWarning(x rules.Provider, today rules.Date) string {
	if x.Kind != rules.Privat {
		return ""
	}
	var missing []string
	if x.IVOFrom.IsZero() || today.Before(x.IVOFrom) || !x.IVOTo.IsZero() && today.After(x.IVOTo) {
		missing = append(missing, lang.X("provider.warn_ivo", "IVO-tillstånd"))
	}
	if x.FSkatt != rules.Yes {
		missing = append(missing, lang.X("provider.warn_fskatt", "F-skatt"))
	}
	if x.EmployerRegistered != rules.Yes {
		missing = append(missing, lang.X("provider.warn_employer", "arbetsgivarregistrering"))
	}
	if len(missing) == 0 {
		return ""
	}
	return lang.X("provider.warn_missing", "Saknar i dag: {{.What}}", map[string]any{"What": strings.Join(missing, ", ")})
}

func (p *providerScreen) checkOrgnr(s string) error {
	id, err := rules.ParseProviderID(s, p.s.today())
	if err != nil {
		return idMessage(err)
	}
	if p.current == nil && slices.ContainsFunc(p.all, func(x rules.Provider) bool { return x.Orgnr == id }) {
		return errors.New(lang.X("provider.err_exists", "Det finns redan en anordnare med det numret."))
	}
	return nil
}

// validate checks every field, shows the messages and enables Spara when all are right.
func (p *providerScreen) validate() {
	ok := p.validFields()
	_, chosen := p.kind.get()
	ok = requireChoice(chosen, p.kindMsg, lang.X("provider.err_kind", "Välj typ av anordnare.")) && ok
	p.showWarning(p.permitNote, func(x rules.Provider) string { return providerWarning(x, p.s.today()) })
	p.enableSave(ok)
}

// read builds a provider from the form; the fields must be valid.
func (p *providerScreen) read() (rules.Provider, error) {
	kind, _ := p.kind.get()
	id, err := rules.ParseProviderID(p.orgnr.entry.Text, p.s.today())
	if err != nil {
		return rules.Provider{}, err
	}
	from, err1 := parseOptionalDate(p.ivoFrom.entry.Text)
	to, err2 := parseOptionalDate(p.ivoTo.entry.Text)
	if err := errors.Join(err1, err2); err != nil {
		return rules.Provider{}, err
	}
	return rules.Provider{
		Orgnr: id, Name: p.name.text(), Kind: kind, Contact: p.contact.text(), Phone: p.phone.text(),
		IVOFrom: from, IVOTo: to, FSkatt: p.fskatt.get(), EmployerRegistered: p.employerReg.get(),
		PermitGroup:    [3]rules.Flag{p.group[0].get(), p.group[1].get(), p.group[2].get()},
		PermitChildren: p.children.get(), PermitAdults: p.adults.get(),
	}, nil
}

// fill puts x in the form.
func (p *providerScreen) fill(x rules.Provider) {
	p.kind.set(x.Kind)
	p.name.set(x.Name)
	if x.Orgnr == "" {
		p.orgnr.set("")
	} else {
		p.orgnr.set(formatProviderID(x.Orgnr))
	}
	p.contact.set(x.Contact)
	p.phone.set(x.Phone)
	p.ivoFrom.set(x.IVOFrom.String())
	p.ivoTo.set(x.IVOTo.String())
	p.fskatt.set(x.FSkatt)
	p.employerReg.set(x.EmployerRegistered)
	for i := range p.group {
		p.group[i].set(x.PermitGroup[i])
	}
	p.children.set(x.PermitChildren)
	p.adults.set(x.PermitAdults)
}

func (p *providerScreen) blank() rules.Provider { return rules.Provider{Kind: rules.Privat} }

// showStored locks the number, the provider's key: it is not changed, a new provider is added instead.
func (p *providerScreen) showStored(stored bool) { p.orgnr.lock(stored) }

func (p *providerScreen) save(x rules.Provider) error { return p.s.store.SaveProvider(p.s.ctx, x) }

func (p *providerScreen) savedText(x rules.Provider) string {
	return lang.X("provider.saved", "Anordnaren {{.Name}} är sparad.", map[string]any{"Name": x.Name})
}

func (p *providerScreen) deletion(x rules.Provider) deletion[rules.Provider] {
	return deletion[rules.Provider]{
		title: lang.X("provider.delete_title", "Ta bort anordnare"),
		question: lang.X("provider.delete_question", "Vill du ta bort anordnaren {{.Name}} ({{.ID}})?",
			map[string]any{"Name": x.Name, "ID": formatProviderID(x.Orgnr)}),
		del:     func() error { return p.s.store.DeleteProvider(p.s.ctx, x.Orgnr) },
		deleted: lang.X("provider.deleted", "Anordnaren {{.Name}} är borttagen.", map[string]any{"Name": x.Name}),
	}
}
