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

// providerScreen lists the assistansanordnare and edits one: its kind, contact
// details, F-skatt, employer registration and what its IVO permit covers.
type ProviderScreen struct {
	*register[rules.Provider]

	kind                *widgets.Choice[rules.ProviderKind]
	kindMsg             *widget.Label
	name, orgnr         *widgets.Field
	contact, phone      *widgets.Field
	ivoFrom, ivoTo      *widgets.Field
	fskatt, employerReg *widgets.FlagChoice
	group               [3]*widgets.FlagChoice
	children, adults    *widgets.FlagChoice
	permitNote          *widget.Label
}

func NewProviders(s *session.Session) *ProviderScreen {
	p := &ProviderScreen{}
	p.register = newRegister(s, record.Provider, p)
	p.buildUI()
	p.start(p.load)
	return p
}

func (p *ProviderScreen) buildUI() {
	changed := p.validate
	field := p.field
	datePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD")
	p.kind = widgets.NewChoice([]string{
		lang.X("provider.kind_privat", "Privat anordnare"),
		lang.X("provider.kind_kommun", "Kommun"),
		lang.X("provider.kind_egen", "Egen arbetsgivare"),
	}, []rules.ProviderKind{rules.Privat, rules.Kommun, rules.EgenArbgiv}, changed)
	p.kindMsg = widgets.NewMessageLabel(widget.DangerImportance)
	p.name = field("", widgets.CheckRequiredText)
	p.orgnr = field(lang.X("provider.orgnr_placeholder", "NNNNNN-NNNN"), p.checkOrgnr)
	p.contact = field("", func(string) error { return nil })
	p.phone = field("", func(string) error { return nil })
	p.ivoFrom = field(datePh, widgets.CheckOptionalDate)
	p.ivoTo = field(datePh, widgets.CheckPeriodEnd(p.ivoFrom))
	p.fskatt = widgets.NewFlagChoice(changed)
	p.employerReg = widgets.NewFlagChoice(changed)
	for i := range p.group {
		p.group[i] = widgets.NewFlagChoice(changed)
	}
	p.children = widgets.NewFlagChoice(changed)
	p.adults = widgets.NewFlagChoice(changed)
	p.permitNote = widgets.NewMessageLabel(widget.WarningImportance)

	dateW := float32(150)
	g := &widgets.FormGroup{}
	form := container.NewVBox(
		widgets.Heading(lang.X("provider.heading", "Anordnare")),
		g.Form(
			widgets.Row(lang.X("provider.kind", "Typ"), container.NewVBox(p.kind.Sel, p.kindMsg)),
			widgets.Row(lang.X("provider.name", "Namn"), p.name.Box(0)),
			widgets.Row(lang.X("provider.orgnr", "Organisationsnummer"), p.orgnr.Box(0)),
			widgets.Row(lang.X("provider.contact", "Kontaktperson"), p.contact.Box(0)),
			widgets.Row(lang.X("provider.phone", "Telefon"), p.phone.Box(0)),
			widgets.Row(lang.X("provider.fskatt", "F-skatt"), p.fskatt.Radio),
			widgets.Row(lang.X("provider.employer_registered", "Registrerad arbetsgivare"), p.employerReg.Radio),
		),
		widget.NewSeparator(),
		widgets.Heading(lang.X("provider.permit_heading", "Tillstånd från IVO")),
		widget.NewLabel(lang.X("provider.permit_help", "Privata anordnare behöver IVO:s tillstånd. Lämna \"Ej angivet\" för det som inte står i tillståndet.")),
		g.Form(
			widgets.Row(lang.X("provider.ivo_from", "Gäller från"), p.ivoFrom.Box(dateW)),
			widgets.Row(lang.X("provider.ivo_to", "Gäller till"), p.ivoTo.Box(dateW, widget.NewLabel(lang.X("provider.ivo_to_hint", "tomt = tills vidare")))),
			widgets.Row(lang.X("provider.group1", "Personkrets grupp 1"), p.group[0].Radio),
			widgets.Row(lang.X("provider.group2", "Personkrets grupp 2"), p.group[1].Radio),
			widgets.Row(lang.X("provider.group3", "Personkrets grupp 3"), p.group[2].Radio),
			widgets.Row(lang.X("provider.children", "Barn (under 18 år)"), p.children.Radio),
			widgets.Row(lang.X("provider.adults", "Vuxna"), p.adults.Radio),
		),
		p.permitNote,
		p.describedRows(g, "orgnr", "name", "kind", "contact", "phone", "ivo_from", "ivo_to", "fskatt", "employer_registered",
			"permit_group1", "permit_group2", "permit_group3", "permit_children", "permit_adults"),
	)
	p.buildFrame(lang.X("provider.search", "Sök namn eller organisationsnummer"), form, p.name.Entry)
}

// load reads the providers and shows them, keeping the form as it is.
func (p *ProviderScreen) load() {
	p.loadSorted(func() ([]rules.Provider, error) { return p.s.Store.Providers(p.s.Ctx) })
}

func (p *ProviderScreen) listRow(x rules.Provider) listRow {
	return listRow{Title: x.Name, Detail: formatProviderID(x.Orgnr) + " · " + widgets.ProviderKindText(x.Kind),
		Warning: providerWarning(x, p.s.Today())}
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

func (p *ProviderScreen) checkOrgnr(s string) error {
	id, err := rules.ParseProviderID(s, p.s.Today())
	if err != nil {
		return widgets.IdMessage(err)
	}
	if p.Current == nil && slices.ContainsFunc(p.all, func(x rules.Provider) bool { return x.Orgnr == id }) {
		return errors.New(lang.X("provider.err_exists", "Det finns redan en anordnare med det numret."))
	}
	return nil
}

// validate checks every field, shows the messages and enables Spara when all are right.
func (p *ProviderScreen) validate() {
	ok := p.validFields()
	_, chosen := p.kind.Get()
	ok = widgets.RequireChoice(chosen, p.kindMsg, lang.X("provider.err_kind", "Välj typ av anordnare.")) && ok
	p.showWarning(p.permitNote, func(x rules.Provider) string { return providerWarning(x, p.s.Today()) })
	p.enableSave(ok)
}

// read builds a provider from the form; the fields must be valid.
func (p *ProviderScreen) read() (rules.Provider, error) {
	kind, _ := p.kind.Get()
	id, err := rules.ParseProviderID(p.orgnr.Entry.Text, p.s.Today())
	if err != nil {
		return rules.Provider{}, err
	}
	from, err1 := widgets.ParseOptionalDate(p.ivoFrom.Entry.Text)
	to, err2 := widgets.ParseOptionalDate(p.ivoTo.Entry.Text)
	if err := errors.Join(err1, err2); err != nil {
		return rules.Provider{}, err
	}
	return rules.Provider{
		Orgnr: id, Name: p.name.Text(), Kind: kind, Contact: p.contact.Text(), Phone: p.phone.Text(),
		IVOFrom: from, IVOTo: to, FSkatt: p.fskatt.Get(), EmployerRegistered: p.employerReg.Get(),
		PermitGroup:    [3]rules.Flag{p.group[0].Get(), p.group[1].Get(), p.group[2].Get()},
		PermitChildren: p.children.Get(), PermitAdults: p.adults.Get(),
	}, nil
}

// fill puts x in the form.
func (p *ProviderScreen) fill(x rules.Provider) {
	p.kind.Set(x.Kind)
	p.name.Set(x.Name)
	if x.Orgnr == "" {
		p.orgnr.Set("")
	} else {
		p.orgnr.Set(formatProviderID(x.Orgnr))
	}
	p.contact.Set(x.Contact)
	p.phone.Set(x.Phone)
	p.ivoFrom.Set(x.IVOFrom.String())
	p.ivoTo.Set(x.IVOTo.String())
	p.fskatt.Set(x.FSkatt)
	p.employerReg.Set(x.EmployerRegistered)
	for i := range p.group {
		p.group[i].Set(x.PermitGroup[i])
	}
	p.children.Set(x.PermitChildren)
	p.adults.Set(x.PermitAdults)
}

func (p *ProviderScreen) blank() rules.Provider { return rules.Provider{Kind: rules.Privat} }

// showStored locks the number, the provider's key: it is not changed, a new provider is added instead.
func (p *ProviderScreen) showStored(stored bool) { p.orgnr.Lock(stored) }

func (p *ProviderScreen) save(x rules.Provider) error { return p.s.Store.SaveProvider(p.s.Ctx, x) }

func (p *ProviderScreen) savedText(x rules.Provider) string {
	return lang.X("provider.saved", "Anordnaren {{.Name}} är sparad.", map[string]any{"Name": x.Name})
}

func (p *ProviderScreen) deletion(x rules.Provider) deletion[rules.Provider] {
	return deletion[rules.Provider]{
		title: lang.X("provider.delete_title", "Ta bort anordnare"),
		question: lang.X("provider.delete_question", "Vill du ta bort anordnaren {{.Name}} ({{.ID}})?",
			map[string]any{"Name": x.Name, "ID": formatProviderID(x.Orgnr)}),
		del:     func() error { return p.s.Store.DeleteProvider(p.s.Ctx, x.Orgnr) },
		deleted: lang.X("provider.deleted", "Anordnaren {{.Name}} är borttagen.", map[string]any{"Name": x.Name}),
	}
}
