package gui

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/rules"
)

// assignmentStore is what the assignment screen reads and writes.
type assignmentStore interface {
	Assignments(ctx context.Context) ([]rules.Assignment, error)
	SaveAssignment(ctx context.Context, a rules.Assignment) error
	DeleteAssignment(ctx context.Context, assistant, customer string) error
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	Customers(ctx context.Context) ([]rules.Customer, error)
	Providers(ctx context.Context) ([]rules.Provider, error)
}

// assignmentScreen lists which assistant works for which customer and edits
// one assignment: employer, employment date, relation, and the day FK received
// the 3066, without which FK pays nothing.
type assignmentScreen struct {
	*register[rules.Assignment]

	assistants map[string]rules.Assistant
	customers  map[string]rules.Customer

	assistant, customer         *choice[string]
	keyMsg                      *widget.Label
	provider                    *choice[string]
	employer                    *choice[rules.EmployerKind]
	employerName, employerOrgnr *regField
	employedFrom, reported3066  *regField
	related                     *widget.Check
	mark3066                    *widget.Button
	warning                     *widget.Label
}

func newAssignments(s *session) *assignmentScreen {
	a := &assignmentScreen{}
	a.register = newRegister[rules.Assignment](s, a)
	a.buildUI()
	a.start(a.load)
	return a
}

func (a *assignmentScreen) buildUI() {
	changed := a.validate
	field := a.field
	datePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD")
	a.assistant = newChoice[string](nil, nil, changed)
	a.assistant.sel.PlaceHolder = lang.X("assignment.choose_assistant", "Välj assistent")
	a.customer = newChoice[string](nil, nil, changed)
	a.customer.sel.PlaceHolder = lang.X("assignment.choose_customer", "Välj kund")
	a.keyMsg = newMessageLabel(widget.DangerImportance)
	a.provider = newChoice[string](nil, nil, changed)
	a.provider.sel.PlaceHolder = lang.X("assignment.no_provider", "Ingen anordnare")
	a.employer = newChoice([]string{employerText(rules.EmployerProvider), employerText(rules.EmployerOther),
		employerText(rules.EmployerSelf), employerText(rules.EmployerCustomer)},
		[]rules.EmployerKind{rules.EmployerProvider, rules.EmployerOther, rules.EmployerSelf, rules.EmployerCustomer}, changed)
	a.employerName = field("", a.checkEmployerName)
	a.employerOrgnr = field(lang.X("provider.orgnr_placeholder", "NNNNNN-NNNN"), a.checkEmployerOrgnr)
	a.employedFrom = field(datePh, checkOptionalDate)
	a.reported3066 = field(datePh, checkOptionalDate)
	a.related = widget.NewCheck(lang.X("assignment.related", "Närstående till kunden eller i samma hushåll"), func(bool) { changed() })
	a.mark3066 = widget.NewButtonWithIcon(lang.X("assignment.mark_3066", "Markera 3066 skickad"), theme.MailSendIcon(), a.onMark3066)
	a.warning = newMessageLabel(widget.WarningImportance)

	dateW := float32(150)
	g := &formGroup{}
	form := container.NewVBox(
		heading(lang.X("assignment.heading", "Uppdrag")),
		g.form(
			formRow{lang.X("assignment.assistant", "Assistent"), a.assistant.box()},
			formRow{lang.X("assignment.customer", "Kund"), container.NewVBox(a.customer.box(), a.keyMsg)},
			formRow{lang.X("assignment.provider", "Anordnare"), a.provider.sel},
			formRow{lang.X("assignment.employer", "Arbetsgivare"), a.employer.sel},
			formRow{lang.X("assignment.employer_name", "Arbetsgivarens namn"), a.employerName.box(0)},
			formRow{lang.X("assignment.employer_orgnr", "Arbetsgivarens org.nr"), a.employerOrgnr.box(0)},
			formRow{lang.X("assignment.employed_from", "Anställd från"), a.employedFrom.box(dateW)},
			formRow{"", a.related},
		),
		widget.NewSeparator(),
		heading(lang.X("assignment.3066_heading", "Anmälan till FK (blankett 3066)")),
		g.form(
			formRow{lang.X("assignment.reported_3066", "FK fick 3066"), a.reported3066.box(dateW, a.mark3066)},
		),
		a.warning,
	)
	a.buildFrame(lang.X("assignment.search", "Sök assistent eller kund"), form, a.employedFrom.entry)
}

func employerText(k rules.EmployerKind) string {
	switch k {
	case rules.EmployerProvider:
		return lang.X("assignment.employer_provider", "Anordnaren")
	case rules.EmployerOther:
		return lang.X("assignment.employer_other", "Annan arbetsgivare")
	case rules.EmployerSelf:
		return lang.X("assignment.employer_self", "Assistenten är egenföretagare")
	case rules.EmployerCustomer:
		return lang.X("assignment.employer_customer", "Kunden själv")
	}
	return string(k)
}

// otherEmployer says whether the form names another employer, whose name and number are then needed.
func (a *assignmentScreen) otherEmployer() bool {
	k, _ := a.employer.get()
	return k == rules.EmployerOther
}

func (a *assignmentScreen) checkEmployerName(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	return checkRequiredText(s)
}

func (a *assignmentScreen) checkEmployerOrgnr(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	_, err := rules.ParseProviderID(s, a.s.today())
	return idMessage(err)
}

func (a *assignmentScreen) load() {
	ctx := a.s.ctx
	all, err := a.s.store.Assignments(ctx)
	var asst []rules.Assistant
	var cust []rules.Customer
	var prov []rules.Provider
	if err == nil {
		asst, err = a.s.store.Assistants(ctx)
	}
	if err == nil {
		cust, err = a.s.store.Customers(ctx)
	}
	if err == nil {
		prov, err = a.s.store.Providers(ctx)
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
		asstLabels, asstIDs = append(asstLabels, inactiveMark(personLabel(x.Name, x.Pnr), x.Inactive)), append(asstIDs, x.Pnr)
	}
	a.customers = make(map[string]rules.Customer, len(cust))
	var custLabels, custIDs []string
	slices.SortFunc(cust, func(x, y rules.Customer) int { return cmp.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)) })
	for _, x := range cust {
		a.customers[x.Pnr] = x
		custLabels, custIDs = append(custLabels, inactiveMark(personLabel(x.Name, x.Pnr), x.Inactive)), append(custIDs, x.Pnr)
	}
	provLabels, provIDs := []string{lang.X("assignment.no_provider", "Ingen anordnare")}, []string{""}
	for _, x := range prov {
		provLabels, provIDs = append(provLabels, x.Name+" ("+formatProviderID(x.Orgnr)+")"), append(provIDs, x.Orgnr)
	}
	a.assistant.setOptions(asstLabels, asstIDs)
	a.customer.setOptions(custLabels, custIDs)
	a.provider.setOptions(provLabels, provIDs)
	if _, chosen := a.provider.get(); a.current == nil && !chosen && len(provIDs) == 2 {
		a.provider.set(provIDs[1]) // a new assignment most often has the only provider
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

func (a *assignmentScreen) sameKey(x, y rules.Assignment) bool {
	return x.Assistant == y.Assistant && x.Customer == y.Customer
}

func (a *assignmentScreen) searchTexts(x rules.Assignment) (names, ids []string) {
	return []string{a.assistants[x.Assistant].Name, a.customers[x.Customer].Name}, []string{x.Assistant, x.Customer}
}

func (a *assignmentScreen) listRow(x rules.Assignment) listRow {
	detail := "" // a missing 3066 is the row's warning
	if !x.Reported3066.IsZero() {
		detail = lang.X("assignment.has_3066", "3066: {{.Date}}", map[string]any{"Date": x.Reported3066.String()})
	}
	return listRow{Title: a.who(x), Detail: detail, Warning: a.warningFor(x, true)}
}

// who names the assignment as "assistant → customer".
func (a *assignmentScreen) who(x rules.Assignment) string {
	return nameOr(a.assistants[x.Assistant].Name, x.Assistant) + " → " + nameOr(a.customers[x.Customer].Name, x.Customer)
}

func nameOr(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return name
}

// warningFor says what stops FK from paying for work on x today; short is the list's wording.
func (a *assignmentScreen) warningFor(x rules.Assignment, short bool) string {
	var w []string
	if x.Reported3066.IsZero() {
		if short {
			w = append(w, lang.X("assignment.warn_3066_short", "Ingen 3066"))
		} else {
			w = append(w, lang.X("assignment.warn_3066", "FK har inte fått någon 3066 för uppdraget: FK betalar inte för tid före den dag blanketten kom in."))
		}
	}
	if age, err := rules.AgeOn(x.Assistant, a.s.today()); err == nil && age < 18 {
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

func (a *assignmentScreen) validate() {
	ok := true
	if a.otherEmployer() {
		a.employerName.entry.Enable()
		a.employerOrgnr.entry.Enable()
	} else {
		a.employerName.entry.Disable()
		a.employerOrgnr.entry.Disable()
	}
	ok = a.validFields() && ok
	asst, okA := a.assistant.get()
	cust, okC := a.customer.get()
	_, okE := a.employer.get()
	msg := ""
	switch {
	case !okA || !okC:
		msg = lang.X("assignment.err_choose", "Välj assistent och kund.")
	case a.current == nil && slices.ContainsFunc(a.all, func(x rules.Assignment) bool { return x.Assistant == asst && x.Customer == cust }):
		msg = lang.X("assignment.err_exists", "Assistenten har redan ett uppdrag hos kunden; välj det i listan.")
	case !okE:
		msg = lang.X("assignment.err_employer", "Välj arbetsgivare.")
	}
	// A fresh form says nothing until something is chosen.
	if msg != "" {
		ok = false
	}
	if a.current == nil && !okA && !okC {
		msg = ""
	}
	showMessageLabel(a.keyMsg, msg)
	a.showWarning(a.warning, func(x rules.Assignment) string { return a.warningFor(x, false) })
	a.enableSave(ok)
}

// read builds the assignment from the form; the fields must be valid.
func (a *assignmentScreen) read() (rules.Assignment, error) {
	asst, okA := a.assistant.get()
	cust, okC := a.customer.get()
	if !okA || !okC {
		return rules.Assignment{}, errors.New(lang.X("assignment.err_choose", "Välj assistent och kund."))
	}
	prov, _ := a.provider.get()
	kind, _ := a.employer.get()
	from, err1 := parseOptionalDate(a.employedFrom.entry.Text)
	sent, err2 := parseOptionalDate(a.reported3066.entry.Text)
	if err := errors.Join(err1, err2); err != nil {
		return rules.Assignment{}, err
	}
	x := rules.Assignment{Assistant: asst, Customer: cust, ProviderOrgnr: prov, Employer: kind,
		EmployedFrom: from, Reported3066: sent, Related: a.related.Checked}
	if kind == rules.EmployerOther {
		id, err := rules.ParseProviderID(a.employerOrgnr.entry.Text, a.s.today())
		if err != nil {
			return rules.Assignment{}, err
		}
		x.EmployerName, x.EmployerOrgnr = a.employerName.text(), id
	}
	return x, nil
}

func (a *assignmentScreen) fill(x rules.Assignment) {
	a.assistant.set(x.Assistant)
	a.customer.set(x.Customer)
	a.provider.set(x.ProviderOrgnr)
	a.employer.set(x.Employer)
	a.employerName.set(x.EmployerName)
	a.employerOrgnr.set("")
	if x.EmployerOrgnr != "" {
		a.employerOrgnr.set(formatProviderID(x.EmployerOrgnr))
	}
	a.employedFrom.set(x.EmployedFrom.String())
	a.reported3066.set(x.Reported3066.String())
	a.related.SetChecked(x.Related)
}

func (a *assignmentScreen) blank() rules.Assignment {
	// A new assignment most often has the only provider as employer.
	x := rules.Assignment{Employer: rules.EmployerProvider}
	if len(a.provider.values) == 2 {
		x.ProviderOrgnr = a.provider.values[1]
	}
	return x
}

// showStored locks assistant and customer, the assignment's key.
func (a *assignmentScreen) showStored(stored bool) {
	a.assistant.lock(stored)
	a.customer.lock(stored)
}

func (a *assignmentScreen) save(x rules.Assignment) error {
	return a.s.store.SaveAssignment(a.s.ctx, x)
}

func (a *assignmentScreen) savedText(x rules.Assignment) string {
	return lang.X("assignment.saved", "Uppdraget {{.Who}} är sparat.", map[string]any{"Who": a.who(x)})
}

// onMark3066 records that FK received the 3066 today, and saves a stored
// assignment at once; a new one is saved with Spara.
func (a *assignmentScreen) onMark3066() {
	a.reported3066.set(a.s.today().String())
	a.reported3066.touched = true
	a.validate()
	if a.current != nil && !a.frame.saveBtn.Disabled() {
		a.onSave()
	}
}

func (a *assignmentScreen) deletion(x rules.Assignment) deletion[rules.Assignment] {
	who := a.who(x)
	return deletion[rules.Assignment]{
		title:    lang.X("assignment.delete_title", "Ta bort uppdrag"),
		question: lang.X("assignment.delete_question", "Vill du ta bort uppdraget {{.Who}}?", map[string]any{"Who": who}),
		del:      func() error { return a.s.store.DeleteAssignment(a.s.ctx, x.Assistant, x.Customer) },
		deleted:  lang.X("assignment.deleted", "Uppdraget {{.Who}} är borttaget.", map[string]any{"Who": who}),
	}
}
