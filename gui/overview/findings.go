package overview

import (
	"cmp"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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
	customer  *widget.Select
	assistant *widget.Select
	severity  *widget.Select
	List      *fyne.Container // one row per shown finding
	scroll    *container.Scroll

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
	f.rerun = widget.NewButtonWithIcon(lang.X("findings.rerun", "Kontrollera igen"), theme.ViewRefreshIcon(), f.run)
	f.progress = widget.NewProgressBarInfinite()
	f.progress.Hide()
	f.summary = widget.NewLabel("")

	f.customer = widget.NewSelect(nil, func(string) { f.show() })
	f.assistant = widget.NewSelect(nil, func(string) { f.show() })
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
	f.List = container.NewVBox()
	f.scroll = container.NewVScroll(f.List)
	f.Content = container.NewBorder(top, nil, nil, nil, f.scroll)
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
	f.List.Objects = nil // the previous month's findings must not stand under the new month
	f.List.Refresh()
	f.progress.Show()
	f.progress.Start()
	f.s.GoDo(func() func() {
		md, fs, err := session.CheckMonth(f.s.Ctx, f.s.Store, m, today)
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
	f.resetSelect(f.customer, f.customerOpts, f.allCustomers())
	f.resetSelect(f.assistant, f.assistantOpts, f.allAssistants())
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
	objs := make([]fyne.CanvasObject, 0, len(f.Shown)+1)
	switch {
	case len(f.all) == 0 && !f.failed:
		objs = append(objs, widget.NewLabelWithStyle(lang.X("findings.none", "Inga fel hittades"),
			fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	case len(f.Shown) == 0 && len(f.all) > 0:
		objs = append(objs, widget.NewLabel(lang.X("findings.none_filtered", "Inga fynd med de valda filtren.")))
	}
	for _, x := range f.Shown {
		objs = append(objs, f.row(x), widget.NewSeparator())
	}
	f.List.Objects = objs
	f.List.Refresh()
	f.scroll.ScrollToTop()
}

// row is one finding: the severity icon, a line with severity, code, date and
// who, and the message wrapped below it.
func (f *Findings) row(x rules.Finding) fyne.CanvasObject {
	head := widget.NewRichText(
		&widget.TextSegment{Text: widgets.SeverityText(x.Severity) + " · " + widgets.CodeLabel(x.Code),
			Style: widget.RichTextStyle{ColorName: widgets.SeverityColor(x.Severity), Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: "    " + f.detail(x), Style: widget.RichTextStyleInline},
	)
	head.Wrapping = fyne.TextWrapWord
	msg := widget.NewLabel(language.Finding(x))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(nil, nil, container.NewVBox(widget.NewIcon(widgets.SeverityIcon(x.Severity))), nil,
		container.NewVBox(head, msg))
	var open func()
	if f.target(x) != targetNone {
		open = func() { f.Open(x) }
	}
	return newFindingRow(content, open, f.scrollTo)
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

// scrollTo brings a row that took the keyboard focus into view.
func (f *Findings) scrollTo(row fyne.CanvasObject) {
	y, h := row.Position().Y, row.Size().Height
	off, view := f.scroll.Offset, f.scroll.Size().Height
	switch {
	case y < off.Y:
		off.Y = y
	case y+h > off.Y+view:
		off.Y = y + h - view
	}
	f.scroll.ScrollToOffset(off)
}

// findingRow is one finding of the list. A click, or Enter while it has the
// keyboard focus (Tab, or Up and Down from row to row), opens what it is about.
type FindingRow struct {
	widget.BaseWidget
	content          fyne.CanvasObject
	Bg               *canvas.Rectangle
	open             func() // nil: no tab shows what the finding is about
	Focused, hovered bool
	onFocus          func(fyne.CanvasObject)
}

func newFindingRow(content fyne.CanvasObject, open func(), onFocus func(fyne.CanvasObject)) *FindingRow {
	r := &FindingRow{content: content, Bg: canvas.NewRectangle(color.Transparent), open: open, onFocus: onFocus}
	r.ExtendBaseWidget(r)
	return r
}

func (r *FindingRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.Bg, r.content))
}

// Tapped opens the finding.
func (r *FindingRow) Tapped(*fyne.PointEvent) {
	if r.open != nil {
		r.open()
	}
}

// Cursor is a hand over a row that opens something.
func (r *FindingRow) Cursor() desktop.Cursor {
	if r.open != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (r *FindingRow) MouseIn(*desktop.MouseEvent)    { r.hovered = r.open != nil; r.paint() }
func (r *FindingRow) MouseMoved(*desktop.MouseEvent) {}
func (r *FindingRow) MouseOut()                      { r.hovered = false; r.paint() }

func (r *FindingRow) FocusGained() {
	r.Focused = true
	r.paint()
	if r.onFocus != nil {
		r.onFocus(r)
	}
}

func (r *FindingRow) FocusLost()     { r.Focused = false; r.paint() }
func (r *FindingRow) TypedRune(rune) {}

// TypedKey: Enter opens the finding; Up and Down go to the row above or below.
func (r *FindingRow) TypedKey(ev *fyne.KeyEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(r)
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		r.Tapped(nil)
	case fyne.KeyUp:
		if c != nil {
			c.FocusPrevious()
		}
	case fyne.KeyDown:
		if c != nil {
			c.FocusNext()
		}
	}
}

// paint shows the focus (framed, as the time report marks the row a finding
// opens) and the pointer (shaded) on the row's background.
func (r *FindingRow) paint() {
	if r.Focused {
		widgets.PaintMark(r.Bg, true)
		return
	}
	widgets.PaintMark(r.Bg, false)
	if r.hovered {
		r.Bg.FillColor = theme.Color(theme.ColorNameHover)
		r.Bg.Refresh()
	}
}
