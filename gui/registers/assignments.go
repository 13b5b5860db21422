package registers

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data/record"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// AssignmentScreen lists which assistant works for which customer and edits
// one assignment: employer, employment date, relation, and the day FK received
// the 3066, without which FK pays nothing.
type AssignmentScreen struct {
	*register[rules.Assignment]

	assistants map[string]rules.Assistant
	customers  map[string]rules.Customer

	assistant, customer         *widgets.Choice[string]
	keyMsg                      *widget.Label
	provider                    *widgets.Choice[string]
	employer                    *widgets.Choice[rules.EmployerKind]
	employerName, employerOrgnr *widgets.Field
	employedFrom, reported3066  *widgets.Field
	related                     *widget.Check
	mark3066                    *widget.Button
	print3066, printChanged     *widget.Button
	warning                     *widget.Label

	// The last 3066 dialogs, for the tests.
	ChangeDlg              *dialog.FormDialog
	changeFrom, ChangeText *widgets.KeyEntry
	PrintedDlg             *dialog.CustomDialog
	printedText            string
}

func NewAssignments(s *session.Session) *AssignmentScreen {
	a := &AssignmentScreen{}
	a.register = newRegister(s, record.Assignment, a)
	a.buildUI()
	a.start(a.load)
	return a
}

func (a *AssignmentScreen) buildUI() {
	changed := a.validate
	field := a.field
	datePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD")
	a.assistant = widgets.NewSearchChoice[string](nil, nil, changed)
	a.assistant.Sel.PlaceHolder = lang.X("assignment.choose_assistant", "Välj assistent")
	a.customer = widgets.NewSearchChoice[string](nil, nil, changed)
	a.customer.Sel.PlaceHolder = lang.X("assignment.choose_customer", "Välj kund")
	a.keyMsg = widgets.NewMessageLabel(widget.DangerImportance)
	a.provider = widgets.NewChoice[string](nil, nil, changed)
	a.provider.Sel.PlaceHolder = lang.X("assignment.no_provider", "Ingen anordnare")
	a.employer = widgets.NewChoice([]string{widgets.EmployerText(rules.EmployerProvider), widgets.EmployerText(rules.EmployerOther),
		widgets.EmployerText(rules.EmployerSelf), widgets.EmployerText(rules.EmployerCustomer)},
		[]rules.EmployerKind{rules.EmployerProvider, rules.EmployerOther, rules.EmployerSelf, rules.EmployerCustomer}, changed)
	a.employerName = field("", a.checkEmployerName)
	a.employerOrgnr = field(lang.X("provider.orgnr_placeholder", "NNNNNN-NNNN"), a.checkEmployerOrgnr)
	a.employedFrom = field(datePh, widgets.CheckOptionalDate)
	a.reported3066 = field(datePh, widgets.CheckOptionalDate)
	a.related = widget.NewCheck(lang.X("assignment.related", "Närstående till kunden eller i samma hushåll"), func(bool) { changed() })
	a.mark3066 = widget.NewButtonWithIcon(lang.X("assignment.mark_3066", "Registrera att FK tog emot 3066 i dag"), theme.MailSendIcon(), a.onMark3066)
	a.print3066 = widget.NewButtonWithIcon(lang.X("assignment.print_3066", "Skriv ut 3066"), theme.DocumentPrintIcon(),
		func() { a.OnPrint3066(nil) })
	a.printChanged = widget.NewButtonWithIcon(lang.X("assignment.print_3066_changed", "Skriv ut 3066, ändrade förhållanden…"),
		theme.DocumentPrintIcon(), a.AskChange)
	a.warning = widgets.NewMessageLabel(widget.WarningImportance)

	dateW := float32(150)
	g := &widgets.FormGroup{}
	form := container.NewVBox(
		widgets.Heading(lang.X("assignment.heading", "Uppdrag")),
		g.Form(
			widgets.Row(lang.X("assignment.assistant", "Assistent"), a.assistant.Box()),
			widgets.Row(lang.X("assignment.customer", "Kund"), container.NewVBox(a.customer.Box(), a.keyMsg)),
			widgets.Row(lang.X("assignment.provider", "Anordnare"), a.provider.Sel),
			widgets.Row(lang.X("assignment.employer", "Arbetsgivare"), a.employer.Sel),
			widgets.Row(lang.X("assignment.employer_name", "Arbetsgivarens namn"), a.employerName.Box(0)),
			widgets.Row(lang.X("assignment.employer_orgnr", "Arbetsgivarens org.nr"), a.employerOrgnr.Box(0)),
			widgets.Row(lang.X("assignment.employed_from", "Anställd från"), a.employedFrom.Box(dateW)),
			widgets.Row("", a.related),
		),
		widget.NewSeparator(),
		widgets.Heading(lang.X("assignment.3066_heading", "Anmälan till FK (blankett 3066)")),
		g.Form(
			widgets.Row(lang.X("assignment.reported_3066", "FK fick 3066"), a.reported3066.Box(dateW, a.mark3066)),
			widgets.Row("", container.NewHBox(a.print3066, a.printChanged)),
		),
		a.warning,
		a.describedRows(g, "assistant", "customer", "provider_orgnr", "employer", "employer_name", "employer_orgnr",
			"employed_from", "reported_3066", "related"),
	)
	a.buildFrame(lang.X("assignment.search", "Sök assistent eller kund"), form, a.employedFrom.Entry)
}

// otherEmployer says whether the form names another employer, whose name and number are then needed.
func (a *AssignmentScreen) otherEmployer() bool {
	k, _ := a.employer.Get()
	return k == rules.EmployerOther
}

func (a *AssignmentScreen) checkEmployerName(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	return widgets.CheckRequiredText(s)
}

func (a *AssignmentScreen) checkEmployerOrgnr(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	_, err := rules.ParseProviderID(s, a.s.Today())
	return widgets.IdMessage(err)
}

func (a *AssignmentScreen) load() {
	ctx := a.s.Ctx
	all, err := a.s.Store.Assignments(ctx)
	var asst []rules.Assistant
	var cust []rules.Customer
	var prov []rules.Provider
	if err == nil {
		asst, err = a.s.Store.Assistants(ctx)
	}
	if err == nil {
		cust, err = a.s.Store.Customers(ctx)
	}
	if err == nil {
		prov, err = a.s.Store.Providers(ctx)
	}
	if err != nil {
		a.loadFailed(err)
		return
	}
	a.assistants = make(map[string]rules.Assistant, len(asst))
	var asstLabels, asstIDs []string
	slices.SortFunc(asst, func(x, y rules.Assistant) int { return cmp.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)) })
	for _, x := range asst {
		a.assistants[x.Pnr] = x
		asstLabels, asstIDs = append(asstLabels, inactiveMark(widgets.PersonLabel(x.Name, x.Pnr), x.Inactive)), append(asstIDs, x.Pnr)
	}
	a.customers = make(map[string]rules.Customer, len(cust))
	var custLabels, custIDs []string
	slices.SortFunc(cust, func(x, y rules.Customer) int { return cmp.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)) })
	for _, x := range cust {
		a.customers[x.Pnr] = x
		custLabels, custIDs = append(custLabels, inactiveMark(widgets.PersonLabel(x.Name, x.Pnr), x.Inactive)), append(custIDs, x.Pnr)
	}
	provLabels, provIDs := []string{lang.X("assignment.no_provider", "Ingen anordnare")}, []string{""}
	for _, x := range prov {
		provLabels, provIDs = append(provLabels, x.Name+" ("+formatProviderID(x.Orgnr)+")"), append(provIDs, x.Orgnr)
	}
	a.assistant.SetOptions(asstLabels, asstIDs)
	a.customer.SetOptions(custLabels, custIDs)
	a.provider.SetOptions(provLabels, provIDs)
	if _, chosen := a.provider.Get(); a.Current == nil && !chosen && len(provIDs) == 2 {
		a.provider.Set(provIDs[1]) // a new assignment most often has the only provider
	}

	slices.SortFunc(all, func(x, y rules.Assignment) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a.assistants[x.Assistant].Name), strings.ToLower(a.assistants[y.Assistant].Name)),
			cmp.Compare(strings.ToLower(a.customers[x.Customer].Name), strings.ToLower(a.customers[y.Customer].Name)),
			cmp.Compare(x.Assistant, y.Assistant), cmp.Compare(x.Customer, y.Customer))
	})
	a.setAll(all)
}

func inactiveMark(label string, inactive bool) string {
	if inactive {
		return label + " – " + lang.X("reg.inactive_mark", "inaktiv")
	}
	return label
}

func (a *AssignmentScreen) searchTexts(x rules.Assignment) (names, ids []string) {
	return []string{a.assistants[x.Assistant].Name, a.customers[x.Customer].Name}, []string{x.Assistant, x.Customer}
}

func (a *AssignmentScreen) listRow(x rules.Assignment) listRow {
	detail := "" // a missing 3066 is the row's warning
	if !x.Reported3066.IsZero() {
		detail = lang.X("assignment.has_3066", "3066: {{.Date}}", map[string]any{"Date": x.Reported3066.String()})
	}
	return listRow{Title: a.who(x), Detail: detail, Warning: a.warningFor(x, true)}
}

// who names the assignment as "assistant → customer".
func (a *AssignmentScreen) who(x rules.Assignment) string {
	return nameOr(a.assistants[x.Assistant].Name, x.Assistant) + " → " + nameOr(a.customers[x.Customer].Name, x.Customer)
}

func nameOr(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return name
}

// warningFor says what stops FK from paying for work on x today; short is the list's wording.
func (a *AssignmentScreen) warningFor(x rules.Assignment, short bool) string {
	var w []string
	if x.Reported3066.IsZero() {
		if short {
			w = append(w, lang.X("assignment.warn_3066_short", "Ingen 3066"))
		} else {
			w = append(w, lang.X("assignment.warn_3066", "FK har inte fått någon 3066 för uppdraget: FK betalar inte för tid före den dag blanketten kom in."))
		}
	}
	if _, minor := rules.MinorOn(x.Assistant, a.s.Today()); minor {
		if short {
			w = append(w, lang.X("assistant.warn_under18", "Under 18 år (FK betalar inte)"))
		} else {
			w = append(w, lang.X("assignment.warn_under18", "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen."))
		}
	}
	if short {
		return strings.Join(w, " · ")
	}
	return strings.Join(w, "\n")
}

func (a *AssignmentScreen) validate() {
	ok := true
	if a.otherEmployer() {
		a.employerName.Entry.Enable()
		a.employerOrgnr.Entry.Enable()
	} else {
		a.employerName.Entry.Disable()
		a.employerOrgnr.Entry.Disable()
	}
	ok = a.validFields() && ok
	asst, okA := a.assistant.Get()
	cust, okC := a.customer.Get()
	_, okE := a.employer.Get()
	msg := ""
	switch {
	case !okA || !okC:
		msg = lang.X("assignment.err_choose", "Välj assistent och kund.")
	case a.Current == nil && slices.ContainsFunc(a.all, func(x rules.Assignment) bool { return x.Assistant == asst && x.Customer == cust }):
		msg = lang.X("assignment.err_exists", "Assistenten har redan ett uppdrag hos kunden; välj det i listan.")
	case !okE:
		msg = lang.X("assignment.err_employer", "Välj arbetsgivare.")
	}
	// A fresh form says nothing until something is chosen.
	if msg != "" {
		ok = false
	}
	if a.Current == nil && !okA && !okC {
		msg = ""
	}
	widgets.ShowMessageLabel(a.keyMsg, msg)
	a.showWarning(a.warning, func(x rules.Assignment) string { return a.warningFor(x, false) })
	a.enableSave(ok)
	// A 3066 is printed from what is stored, so the form is saved first and must be valid.
	for _, b := range []*widget.Button{a.print3066, a.printChanged} {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// read builds the assignment from the form; the fields must be valid.
func (a *AssignmentScreen) read() (rules.Assignment, error) {
	asst, okA := a.assistant.Get()
	cust, okC := a.customer.Get()
	if !okA || !okC {
		return rules.Assignment{}, errors.New(lang.X("assignment.err_choose", "Välj assistent och kund."))
	}
	prov, _ := a.provider.Get()
	kind, _ := a.employer.Get()
	from, err1 := widgets.ParseOptionalDate(a.employedFrom.Entry.Text)
	sent, err2 := widgets.ParseOptionalDate(a.reported3066.Entry.Text)
	if err := errors.Join(err1, err2); err != nil {
		return rules.Assignment{}, err
	}
	x := rules.Assignment{Assistant: asst, Customer: cust, ProviderOrgnr: prov, Employer: kind,
		EmployedFrom: from, Reported3066: sent, Related: a.related.Checked}
	if kind == rules.EmployerOther {
		id, err := rules.ParseProviderID(a.employerOrgnr.Entry.Text, a.s.Today())
		if err != nil {
			return rules.Assignment{}, err
		}
		x.EmployerName, x.EmployerOrgnr = a.employerName.Text(), id
	}
	return x, nil
}

func (a *AssignmentScreen) fill(x rules.Assignment) {
	a.assistant.Set(x.Assistant)
	a.customer.Set(x.Customer)
	a.provider.Set(x.ProviderOrgnr)
	a.employer.Set(x.Employer)
	a.employerName.Set(x.EmployerName)
	a.employerOrgnr.Set("")
	if x.EmployerOrgnr != "" {
		a.employerOrgnr.Set(formatProviderID(x.EmployerOrgnr))
	}
	a.employedFrom.Set(x.EmployedFrom.String())
	a.reported3066.Set(x.Reported3066.String())
	a.related.SetChecked(x.Related)
}

func (a *AssignmentScreen) blank() rules.Assignment {
	// A new assignment most often has the only provider as employer.
	x := rules.Assignment{Employer: rules.EmployerProvider}
	if len(a.provider.Values) == 2 {
		x.ProviderOrgnr = a.provider.Values[1]
	}
	return x
}

// showStored locks assistant and customer, the assignment's key.
func (a *AssignmentScreen) showStored(stored bool) {
	a.assistant.Lock(stored)
	a.customer.Lock(stored)
}

func (a *AssignmentScreen) save(x rules.Assignment) error {
	return a.s.Store.SaveAssignment(a.s.Ctx, x)
}

func (a *AssignmentScreen) savedText(x rules.Assignment) string {
	return lang.X("assignment.saved", "Uppdraget {{.Who}} är sparat.", map[string]any{"Who": a.who(x)})
}

func (a *AssignmentScreen) deletion(x rules.Assignment) deletion[rules.Assignment] {
	who := a.who(x)
	return deletion[rules.Assignment]{
		title:    lang.X("assignment.delete_title", "Ta bort uppdrag"),
		question: lang.X("assignment.delete_question", "Vill du ta bort uppdraget {{.Who}}?", map[string]any{"Who": who}),
		del:      func() error { return a.s.Store.DeleteAssignment(a.s.Ctx, x.Assistant, x.Customer) },
		deleted:  lang.X("assignment.deleted", "Uppdraget {{.Who}} är borttaget.", map[string]any{"Who": who}),
	}
}
