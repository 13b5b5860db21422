package registers

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/data/pdf"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// assignmentScreen lists which assistant works for which customer and edits
// one assignment: employer, employment date, relation, and the day FK received
// the 3066, without which FK pays nothing.
type assignmentScreen struct {
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
	changeFrom, ChangeText *widget.Entry
	PrintedDlg             *dialog.CustomDialog
	printedText            string
}

func NewAssignments(s *session.Session) *assignmentScreen {
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
	a.assistant = widgets.NewChoice[string](nil, nil, changed)
	a.assistant.Sel.PlaceHolder = lang.X("assignment.choose_assistant", "Välj assistent")
	a.customer = widgets.NewChoice[string](nil, nil, changed)
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
	a.mark3066 = widget.NewButtonWithIcon(lang.X("assignment.mark_3066", "Markera 3066 skickad"), theme.MailSendIcon(), a.onMark3066)
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
	)
	a.buildFrame(lang.X("assignment.search", "Sök assistent eller kund"), form, a.employedFrom.Entry)
}

// otherEmployer says whether the form names another employer, whose name and number are then needed.
func (a *assignmentScreen) otherEmployer() bool {
	k, _ := a.employer.Get()
	return k == rules.EmployerOther
}

func (a *assignmentScreen) checkEmployerName(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	return widgets.CheckRequiredText(s)
}

func (a *assignmentScreen) checkEmployerOrgnr(s string) error {
	if !a.otherEmployer() {
		return nil
	}
	_, err := rules.ParseProviderID(s, a.s.Today())
	return widgets.IdMessage(err)
}

func (a *assignmentScreen) load() {
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
	if age, err := rules.AgeOn(x.Assistant, a.s.Today()); err == nil && age < 18 {
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
func (a *assignmentScreen) read() (rules.Assignment, error) {
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

func (a *assignmentScreen) fill(x rules.Assignment) {
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

func (a *assignmentScreen) blank() rules.Assignment {
	// A new assignment most often has the only provider as employer.
	x := rules.Assignment{Employer: rules.EmployerProvider}
	if len(a.provider.Values) == 2 {
		x.ProviderOrgnr = a.provider.Values[1]
	}
	return x
}

// showStored locks assistant and customer, the assignment's key.
func (a *assignmentScreen) showStored(stored bool) {
	a.assistant.Lock(stored)
	a.customer.Lock(stored)
}

func (a *assignmentScreen) save(x rules.Assignment) error {
	return a.s.Store.SaveAssignment(a.s.Ctx, x)
}

func (a *assignmentScreen) savedText(x rules.Assignment) string {
	return lang.X("assignment.saved", "Uppdraget {{.Who}} är sparat.", map[string]any{"Who": a.who(x)})
}

// onMark3066 records that FK received the 3066 today, and saves a stored
// assignment at once; a new one is saved with Spara.
func (a *assignmentScreen) onMark3066() {
	a.reported3066.Set(a.s.Today().String())
	a.reported3066.Touched = true
	a.validate()
	if a.Current != nil && !a.Frame.saveBtn.Disabled() {
		a.onSave()
	}
}

func (a *assignmentScreen) deletion(x rules.Assignment) deletion[rules.Assignment] {
	who := a.who(x)
	return deletion[rules.Assignment]{
		title:    lang.X("assignment.delete_title", "Ta bort uppdrag"),
		question: lang.X("assignment.delete_question", "Vill du ta bort uppdraget {{.Who}}?", map[string]any{"Who": who}),
		del:      func() error { return a.s.Store.DeleteAssignment(a.s.Ctx, x.Assistant, x.Customer) },
		deleted:  lang.X("assignment.deleted", "Uppdraget {{.Who}} är borttaget.", map[string]any{"Who": who}),
	}
}

// change3066 is what a 3066 of changed circumstances ("ändrade förhållanden") reports.
type change3066 struct {
	from rules.Date
	text string
}

// askChange asks from which day the change applies and what changed, then prints.
func (a *assignmentScreen) AskChange() {
	a.changeFrom = widget.NewEntry()
	a.changeFrom.SetPlaceHolder(lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"))
	a.changeFrom.SetText(a.s.Today().String())
	a.changeFrom.Validator = widgets.CheckRequiredDate
	a.ChangeText = widget.NewEntry()
	a.ChangeText.SetPlaceHolder(lang.X("assignment.change_text_placeholder", "t.ex. Ny arbetsgivare från detta datum"))
	a.ChangeText.Validator = widgets.CheckRequiredText
	a.ChangeDlg = dialog.NewForm(lang.X("assignment.change_title", "3066, ändrade förhållanden"),
		lang.X("assignment.print_3066", "Skriv ut 3066"), lang.X("reg.cancel", "Avbryt"),
		[]*widget.FormItem{
			widget.NewFormItem(lang.X("assignment.change_from", "Ändringen gäller från"), a.changeFrom),
			widget.NewFormItem(lang.X("assignment.change_text", "Vad har ändrats"), a.ChangeText),
		}, func(ok bool) {
			if !ok {
				return
			}
			from, err := widgets.ParseOptionalDate(a.changeFrom.Text)
			if err != nil {
				return // the form's validation keeps the button disabled while the date is wrong
			}
			a.OnPrint3066(&change3066{from: from, text: strings.TrimSpace(a.ChangeText.Text)})
		}, a.s.Win)
	a.ChangeDlg.Resize(fyne.NewSize(520, 0))
	a.ChangeDlg.Show()
}

// onPrint3066 writes the assignment's 3066 (ch: of changed circumstances) as
// a PDF in the print folder and opens it in the system's viewer. The store
// fills the form, so a new or edited assignment is saved first.
func (a *assignmentScreen) OnPrint3066(ch *change3066) {
	x, err := a.read()
	if err != nil {
		a.Frame.setStatus(err.Error(), true)
		return
	}
	if (a.Current == nil || x != *a.Current) && !a.saveForm() {
		return
	}
	x = *a.Current
	who, dir := a.who(x), a.s.BaseFolder()
	a.s.GoDo(func() func() {
		path, err := write3066(a.s.Ctx, a.s.Store, x, ch, dir)
		return func() { a.printed3066(x, ch, who, path, err) }
	})
}

// write3066 writes the 3066 of x into dir and returns the file's path.
func write3066(ctx context.Context, st session.AssignmentStore, x rules.Assignment, ch *change3066, dir string) (string, error) {
	rep, err := st.Form3066(ctx, x.Assistant, x.Customer)
	if err != nil {
		return "", err
	}
	if ch != nil {
		rep.Changed, rep.ChangedFrom, rep.ChangedText = true, ch.from, ch.text
	}
	var buf bytes.Buffer
	if err := pdf.Write3066(&buf, rep); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, name3066(rep))
	return path, data.WriteFileAtomic(path, buf.Bytes())
}

// name3066 is the file name of a 3066: "3066 <assistant> <pnr> hos <customer> <pnr>.pdf",
// with the day of a change after "ändrad", so that a change does not replace the first report.
func name3066(r pdf.Report3066) string {
	kind := "3066"
	if r.Changed {
		kind += " ändrad " + r.ChangedFrom.String()
	}
	return fileSafe(fmt.Sprintf("%s %s %s hos %s %s.pdf", kind, r.Assistant.Name, r.Assistant.Pnr, r.Customer.Name, r.Customer.Pnr))
}

// fileSafe replaces the characters that a file name cannot hold on Windows or Unix with "_".
func fileSafe(name string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '_'
		}
		return r
	}, name)
}

// printed3066 says where the 3066 was written and opens it. After a first
// report it offers Markera 3066 skickad; a change is not offered it, because
// the date FK received the first 3066 is the day FK pays from.
func (a *assignmentScreen) printed3066(x rules.Assignment, ch *change3066, who, path string, err error) {
	if err != nil {
		dialog.ShowError(errors.New(lang.X("assignment.print_3066_error", "Kunde inte skriva ut 3066 för {{.Who}}: {{.Err}}",
			map[string]any{"Who": who, "Err": err.Error()})), a.s.Win)
		return
	}
	text := lang.X("assignment.printed_3066", "Blankett 3066 för {{.Who}} skrevs till {{.Path}}.", map[string]any{"Who": who, "Path": path})
	if err := a.s.OpenFile(path); err != nil {
		text += "\n" + lang.X("assignment.open_3066_error", "Den kunde inte öppnas ({{.Err}}); öppna den från mappen.", map[string]any{"Err": err.Error()})
	} else {
		text += "\n" + lang.X("assignment.send_3066", "Den öppnas i visaren: skriv ut den, skriv under och skicka den till Försäkringskassan.")
	}
	closeBtn := widget.NewButton(lang.X("assignment.close", "Stäng"), func() { a.PrintedDlg.Hide() })
	buttons := []fyne.CanvasObject{closeBtn}
	if ch == nil && x.Reported3066.IsZero() {
		mark := widget.NewButtonWithIcon(lang.X("assignment.mark_3066", "Markera 3066 skickad"), theme.MailSendIcon(), func() {
			a.PrintedDlg.Hide()
			a.mark3066For(x)
		})
		mark.Importance = widget.HighImportance
		buttons = append(buttons, mark)
	}
	a.printedText = text
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	a.PrintedDlg = dialog.NewCustomWithoutButtons(lang.X("assignment.printed_3066_title", "Blankett 3066"), l, a.s.Win)
	a.PrintedDlg.SetButtons(buttons)
	a.PrintedDlg.Resize(fyne.NewSize(560, 0))
	a.PrintedDlg.Show()
}

// mark3066For runs Markera 3066 skickad on x, putting x in the form first if
// the user has chosen another assignment while the 3066 was written.
func (a *assignmentScreen) mark3066For(x rules.Assignment) {
	if a.Current == nil || !a.sameKey(*a.Current, x) {
		i := slices.IndexFunc(a.all, func(y rules.Assignment) bool { return a.sameKey(x, y) })
		if i < 0 {
			return // deleted meanwhile
		}
		a.edit(a.all[i])
		a.showList()
	}
	a.onMark3066()
}
