package overview

import (
	"cmp"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// findings runs every rule on the chosen month and lists what they found.
type Findings struct {
	To      Targets // the screens a finding opens
	s       *session.Session
	Content fyne.CanvasObject

	rerun     *widget.Button
	progress  *widget.ProgressBarInfinite
	summary   *widget.Label
	customer  *widgets.Picker // searched: a large office has 200 customers and 1,500 assistants
	assistant *widgets.Picker
	severity  *widget.Select
	List      *widget.List // one row per shown finding, built as it scrolls into view
	listBox   *fyne.Container
	empty     *widget.Label // what the list says when it has no rows
	rowAt     map[int]*FindingRow

	all        []rules.Finding
	failed     bool              // the last run could not load or check the month
	customers  map[string]string // pnr → name
	assistants map[string]string
	// The filter choices: option text → identity number ("" = all).
	customerOpts, assistantOpts map[string]string
	Shown                       []rules.Finding

	gen int // the newest run; older runs' results are dropped
}

func NewFindings(s *session.Session) *Findings {
	f := &Findings{s: s}
	f.buildUI()
	s.Load(f.run)
	return f
}

func (f *Findings) buildUI() {
	f.rerun = widget.NewButtonWithIcon(lang.X("findings.rerun", "Kontrollera igen"), theme.ViewRefreshIcon(), func() {
		f.s.DropChecks() // from the database, not the month kept
		f.run()
	})
	f.progress = widget.NewProgressBarInfinite()
	f.progress.Hide()
	f.summary = widget.NewLabel("")

	f.customer = widgets.NewPicker(nil, func(string) { f.show() })
	f.assistant = widgets.NewPicker(nil, func(string) { f.show() })
	f.severity = widget.NewSelect([]string{
		f.allSeverities(), widgets.SeverityText(rules.Block), widgets.SeverityText(rules.Warn), widgets.SeverityText(rules.Info),
	}, nil)
	f.severity.SetSelectedIndex(0)
	f.severity.OnChanged = func(string) { f.show() }

	filters := container.NewGridWithColumns(3,
		labelled(lang.X("findings.filter_customer", "Kund"), f.customer),
		labelled(lang.X("findings.filter_assistant", "Assistent"), f.assistant),
		labelled(lang.X("findings.filter_severity", "Allvarlighet"), f.severity),
	)
	top := container.NewVBox(
		container.NewBorder(nil, nil, f.rerun, nil, container.NewStack(f.progress, f.summary)),
		filters,
		widget.NewSeparator(),
	)
	f.empty = widget.NewLabel("")
	f.empty.Hide()
	f.List = f.newList()
	f.rowAt = map[int]*FindingRow{}
	f.listBox = container.NewStack(f.List, container.NewVBox(f.empty))
	f.Content = container.NewBorder(top, nil, nil, nil, f.listBox)
}

// labelled puts a caption before a widget.
func labelled(caption string, w fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(nil, nil, widget.NewLabelWithStyle(caption, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, w)
}

func (f *Findings) allCustomers() string { return lang.X("findings.all_customers", "Alla kunder") }
func (f *Findings) allAssistants() string {
	return lang.X("findings.all_assistants", "Alla assistenter")
}
func (f *Findings) allSeverities() string { return lang.X("findings.all_severities", "Alla nivåer") }

// run loads the month and runs the checks off the UI thread; the result is
// shown with fyne.Do, and only if no newer run has started meanwhile.
func (f *Findings) run() {
	f.gen++
	gen, m, today := f.gen, f.s.Month(), f.s.Today()
	f.rerun.Disable()
	f.summary.SetText("")
	f.Shown = nil // the previous month's findings must not stand under the new month
	f.empty.Hide()
	f.List.Refresh()
	f.progress.Show()
	f.progress.Start()
	f.s.GoDo(func() func() {
		md, fs, err := f.s.Checked(m, today)
		return func() {
			if gen != f.gen {
				return
			}
			f.progress.Stop()
			f.progress.Hide()
			f.rerun.Enable()
			f.done(md, fs, err)
		}
	})
}

// done takes a finished run's result.
func (f *Findings) done(md rules.MonthData, fs []rules.Finding, err error) {
	f.failed = err != nil
	if err != nil {
		f.all = nil
		f.summary.Importance = widget.DangerImportance
		f.summary.SetText(lang.X("findings.error", "Kontrollen kunde inte köras: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		f.setFilterOptions()
		f.show()
		return
	}
	f.all = fs
	f.customers = map[string]string{}
	for _, c := range md.Customers {
		f.customers[c.Pnr] = c.Name
	}
	f.assistants = map[string]string{}
	for _, a := range md.Assistants {
		f.assistants[a.Pnr] = a.Name
	}
	var block, warn, info int
	for _, x := range fs {
		switch x.Severity {
		case rules.Block:
			block++
		case rules.Warn:
			warn++
		default:
			info++
		}
	}
	f.summary.Importance = widget.MediumImportance
	if block > 0 {
		f.summary.Importance = widget.DangerImportance
	}
	f.summary.SetText(lang.X("findings.summary",
		"{{.Month}}: {{.N}} fynd – {{.B}} blockerande, {{.W}} varningar, {{.I}} information.",
		map[string]any{"Month": widgets.MonthLabel(f.s.Month()), "N": len(fs), "B": block, "W": warn, "I": info}))
	f.setFilterOptions()
	f.show()
}

// setFilterOptions offers the customers and assistants that have findings,
// keeping the current choice when it is still there.
func (f *Findings) setFilterOptions() {
	f.customerOpts = f.options(f.allCustomers(), f.customers, func(x rules.Finding) string { return x.Customer })
	f.assistantOpts = f.options(f.allAssistants(), f.assistants, func(x rules.Finding) string { return x.Assistant })
	f.resetSelect(&f.customer.Select, f.customerOpts, f.allCustomers())
	f.resetSelect(&f.assistant.Select, f.assistantOpts, f.allAssistants())
}

// options maps each option text to an identity number, sorted by name; a name
// that two people share gets the number added.
func (f *Findings) options(all string, names map[string]string, id func(rules.Finding) string) map[string]string {
	ids := map[string]bool{}
	for _, x := range f.all {
		if v := id(x); v != "" {
			ids[v] = true
		}
	}
	count := map[string]int{}
	for v := range ids {
		count[names[v]]++
	}
	opts := map[string]string{all: ""}
	for v := range ids {
		text := names[v]
		if text == "" || count[text] > 1 {
			text = personText(names[v], v)
		}
		opts[text] = v
	}
	return opts
}

// resetSelect puts the options in order (the "all" choice first, then by text)
// and keeps the selection if it still exists.
func (f *Findings) resetSelect(sel *widget.Select, opts map[string]string, all string) {
	keys := make([]string, 0, len(opts))
	for k := range opts {
		if k != all {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	keys = append([]string{all}, keys...)
	prev := sel.Selected
	sel.OnChanged, sel.Options = nil, keys // no show() per change; the caller shows once
	if _, ok := opts[prev]; ok {
		sel.SetSelected(prev)
	} else {
		sel.SetSelected(all)
	}
	sel.OnChanged = func(string) { f.show() }
	sel.Refresh()
}

// show lists the findings that pass the filters.
func (f *Findings) show() {
	cust, asst := f.customerOpts[f.customer.Selected], f.assistantOpts[f.assistant.Selected]
	var sev rules.Severity
	for _, s := range []rules.Severity{rules.Block, rules.Warn, rules.Info} {
		if f.severity.Selected == widgets.SeverityText(s) {
			sev = s
		}
	}
	f.Shown = f.Shown[:0]
	for _, x := range f.all {
		if (cust == "" || x.Customer == cust) && (asst == "" || x.Assistant == asst) && (sev == "" || x.Severity == sev) {
			f.Shown = append(f.Shown, x)
		}
	}
	// The checks sort by identity number; people read names.
	slices.SortStableFunc(f.Shown, func(a, b rules.Finding) int {
		return cmp.Or(cmp.Compare(f.customers[a.Customer], f.customers[b.Customer]),
			cmp.Compare(f.assistants[a.Assistant], f.assistants[b.Assistant]))
	})
	f.empty.TextStyle.Bold = false
	switch {
	case len(f.all) == 0 && !f.failed:
		f.empty.TextStyle.Bold = true
		f.empty.SetText(lang.X("findings.none", "Inga fel hittades"))
		f.empty.Show()
	case len(f.Shown) == 0 && len(f.all) > 0:
		f.empty.SetText(lang.X("findings.none_filtered", "Inga fynd med de valda filtren."))
		f.empty.Show()
	default:
		f.empty.Hide()
	}
	// A new list for the new rows: the heights measured belong to the old ones.
	f.List = f.newList()
	clear(f.rowAt)
	f.listBox.Objects[0] = f.List
	f.listBox.Refresh()
}

// detail is the date, customer and assistant line of a finding.
func (f *Findings) detail(x rules.Finding) string {
	var parts []string
	if !x.Date.IsZero() {
		parts = append(parts, x.Date.String())
	}
	if x.Customer != "" {
		parts = append(parts, lang.X("findings.customer", "Kund: {{.Who}}",
			map[string]any{"Who": personText(f.customers[x.Customer], x.Customer)}))
	}
	if x.Assistant != "" {
		parts = append(parts, lang.X("findings.assistant", "Assistent: {{.Who}}",
			map[string]any{"Who": personText(f.assistants[x.Assistant], x.Assistant)}))
	}
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += " · "
		}
		out += p
	}
	return out
}

// personText is "Anna Andersson (19451212-1239)", or the number alone when the name is unknown.
func personText(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return name + " (" + rules.FormatPnr(id) + ")"
}

// findingTarget is the screen a finding opens.
type findingTarget int

const (
	targetNone         findingTarget = iota
	targetTimesheet                  // the assistant's month with the customer, at the shift
	targetBill                       // the customer's month on the Räkning tab
	targetCustomer                   // the customer in the customer register
	targetAssistant                  // the assistant in the assistant register
	targetProvider                   // an ID_INVALID of a provider's organisationsnummer
	targetRepresentant               // an ID_INVALID of a ställföreträdare: the customer they represent
)

// target says which screen shows what finding x is about: a shift, or an
// assistant's work for a customer, opens the time report; a customer's month
// the Räkning tab (costs, totals, deadlines) or the customer; an assistant
// alone the assistant.
func (f *Findings) target(x rules.Finding) findingTarget {
	n := &f.To
	if n.Timesheet != nil {
		f.s.Fresh(n.Timesheet.Content) // what it offers must be loaded and current
	}
	if n.Bill != nil {
		f.s.Fresh(n.Bill.Content)
	}
	switch {
	case x.ShiftID != 0 || x.Customer != "" && x.Assistant != "":
		if n.Timesheet != nil && n.Timesheet.CanShow(x.Assistant, x.Customer) {
			return targetTimesheet
		}
		if x.Customer == "" {
			return f.registerTarget(x)
		}
		return targetCustomer
	case x.Customer != "":
		switch x.Code {
		case rules.CostsMissing, rules.CostsHours, rules.TotalsMismatch, rules.DeadlineNear, rules.DeadlinePassed:
			if n.Bill != nil && slices.Contains(n.Bill.Customer.Values, x.Customer) {
				return targetBill
			}
		}
		return f.registerTarget(x)
	case x.Assistant != "":
		return targetAssistant
	}
	return targetNone
}

// opens says whether finding x opens a screen: target finds one for every
// finding about a shift, a customer or an assistant. Filling a row asks this
// rather than target, which loads Tidrapport and Räkning when they are stale:
// on a large provider, showing Kontroll loaded both.
func opens(x rules.Finding) bool { return x.ShiftID != 0 || x.Customer != "" || x.Assistant != "" }

// registerTarget is the register that holds the number of a finding about
// one customer or assistant: ID_INVALID also names ställföreträdare and
// providers in Customer.
func (f *Findings) registerTarget(x rules.Finding) findingTarget {
	if x.Customer == "" {
		return targetAssistant
	}
	if _, ok := f.customers[x.Customer]; ok || x.Code != rules.IDInvalid {
		return targetCustomer
	}
	if len(x.Customer) == 10 { // an organisationsnummer; personnummer are stored with 12 digits
		return targetProvider
	}
	return targetRepresentant
}

// open shows what finding x is about, in the month the findings are of.
func (f *Findings) Open(x rules.Finding) {
	n := &f.To
	switch f.target(x) {
	case targetTimesheet:
		f.s.Show(n.Timesheet.Content)
		n.Timesheet.ShowShift(x.Assistant, x.Customer, x.ShiftID, x.Date)
	case targetBill:
		f.s.Show(n.Bill.Content)
		n.Bill.Customer.Set(x.Customer) // the Räkning tab loads the customer it is given
	case targetCustomer:
		if n.Customers != nil {
			f.s.Show(n.Customers.Content)
			n.Customers.SelectKey(rules.Customer{Pnr: x.Customer})
		}
	case targetRepresentant:
		if n.Customers != nil {
			f.s.Show(n.Customers.Content)
			n.Customers.SelectWhere(func(c rules.Customer) bool { return c.RepresentativePnr == x.Customer })
		}
	case targetAssistant:
		if n.Assistants != nil {
			f.s.Show(n.Assistants.Content)
			n.Assistants.SelectKey(rules.Assistant{Pnr: x.Assistant})
		}
	case targetProvider:
		if n.Providers != nil {
			f.s.Show(n.Providers.Content)
			n.Providers.SelectKey(rules.Provider{Orgnr: x.Customer})
		}
	}
}
