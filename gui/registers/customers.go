package registers

import (
	"errors"

	"fyne.io/fyne/v2"
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

// customerScreen lists the customers (assistansberättigade) and edits one,
// with the ställföreträdare and, below, the customer's decisions from FK.
type CustomerScreen struct {
	*register[rules.Customer]

	decisions []rules.Decision // every customer's, for the "no decision today" warning
	settings  rules.Settings   // the rate table a new decision's amount comes from

	Name, Pnr       *widgets.Field
	personkrets     *widgets.Choice[int]
	role            *widgets.Choice[rules.RepresentativeRole]
	repName, repPnr *widgets.Field
	inactive        *widget.Check
	roleMsg         *widget.Label

	Dec decisionEditor
}

func NewCustomers(s *session.Session) *CustomerScreen {
	c := &CustomerScreen{}
	c.register = newRegister(s, record.Customer, c)
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
	c.inactive = widget.NewCheck(lang.X("customer.inactive", "Inaktiv"), func(bool) { changed() })
	// The explanation wraps, so that the form's two columns fit beside the list at 1024 px.
	inactiveHint := widget.NewLabel(lang.X("customer.inactive_hint", "Visas inte i månadens listor."))
	inactiveHint.Wrapping = fyne.TextWrapWord
	inactiveHint.Importance = widget.LowImportance

	g := &widgets.FormGroup{}
	customerForm := container.NewVBox(container.NewGridWithColumns(2,
		container.NewVBox(widgets.Heading(lang.X("customer.heading", "Kund")), g.Form(
			widgets.Row(lang.X("customer.name", "Namn"), c.Name.Box(0)),
			widgets.Row(lang.X("customer.pnr", "Personnummer"), c.Pnr.Box(0)),
			widgets.Row(lang.X("customer.personkrets", "Personkrets (LSS 1 §)"), c.personkrets.Sel),
			widgets.Row(lang.X("customer.status", "Status"), container.NewVBox(c.inactive, inactiveHint)),
		)),
		container.NewVBox(widgets.Heading(lang.X("customer.representative_heading", "Ställföreträdare")), g.Form(
			widgets.Row(lang.X("customer.role", "Roll"), container.NewVBox(c.role.Sel, c.roleMsg)),
			widgets.Row(lang.X("customer.rep_name", "Namn"), c.repName.Box(0)),
			widgets.Row(lang.X("customer.rep_pnr", "Personnummer"), c.repPnr.Box(0)),
		)),
	),
		c.describedRows(g, "pnr", "name", "representative_name", "representative_pnr", "representative_role", "personkrets", "inactive"),
		widget.NewSeparator(),
		c.buildDecisions(c.shortcut, g),
	)
	c.buildFrame(lang.X("customer.search", "Sök namn eller personnummer"), customerForm, c.Name.Entry)
	// The screen has two sets of buttons; these are the customer's.
	c.Frame.newBtn.SetText(lang.X("customer.new", "Ny kund"))
	c.Frame.saveBtn.SetText(lang.X("customer.save", "Spara kund"))
	c.Frame.delBtn.SetText(lang.X("customer.delete", "Ta bort kund"))
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
	// The decisions first: the list's warnings need them.
	decs, err := c.s.Store.Decisions(ctx, "")
	var set rules.Settings
	if err == nil {
		set, err = c.s.Store.Settings(ctx)
	}
	if err != nil {
		c.loadFailed(err)
		return
	}
	c.decisions, c.settings = decs, set
	if c.loadSorted(func() ([]rules.Customer, error) { return c.s.Store.Customers(ctx) }) && c.Current != nil {
		c.loadDecisions()
	}
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
