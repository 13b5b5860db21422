package history

// Historik: the audit trail of one customer, one assistant or one month, newest
// first, each change as "what: old → new" in words rather than as the stored JSON.
//
// Arkiv → Historik… opens it with a chooser. Another screen opens it on its own
// record with one call, on the UI thread:
//
//	showCustomerHistory(s, pnr)   // the customer, its decisions, assignments, month data and shifts
//	showAssistantHistory(s, pnr)  // the assistant, its assignments and shifts
//	showMonthHistory(s, m)        // month data, costs, prints, hospital stays and shifts of month m

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// historyMax is how many changes the dialog shows at most, the newest.
const historyMax = 2000

type historyKind int

const (
	historyCustomer historyKind = iota
	historyAssistant
	HistoryMonth
)

// historySubject is whose changes to show; the zero value is "choose".
type HistorySubject struct {
	Kind  historyKind
	pnr   string      // customer or assistant
	Month rules.Month // historyMonth
}

func ShowCustomerHistory(s *session.Session, pnr string) {
	OpenHistory(s, HistorySubject{Kind: historyCustomer, pnr: pnr})
}

func showAssistantHistory(s *session.Session, pnr string) {
	OpenHistory(s, HistorySubject{Kind: historyAssistant, pnr: pnr})
}

func ShowMonthHistory(s *session.Session, m rules.Month) {
	OpenHistory(s, HistorySubject{Kind: HistoryMonth, Month: m})
}

// historyEntry is one audit row as the dialog shows it.
type historyEntry struct {
	head    string // "2026-10-20 14:31 · anna · Ändrat"
	what    string // "Pass 2026-10-05: Xena Xu hos Anna Andersson"
	changes string // one "Slut: 16:00 → 17:00" per line
}

// historyView is the open dialog.
type historyView struct {
	s      *session.Session
	names  map[string]string // identity number → name, of customers and assistants
	people [2][]string       // the identity numbers the chooser offers: customers, assistants
	months []rules.Month

	kind    *widget.Select
	who     *widget.Select
	summary *widget.Label
	chain   *widget.Label
	list    *widget.List
	entries []historyEntry
	Dialog  *dialog.CustomDialog

	subject HistorySubject
}

// openHistory opens Historik on subj, or with the first customer chosen when
// subj is the zero value. It returns the view, for tests.
func OpenHistory(s *session.Session, subj HistorySubject) *historyView {
	h := &historyView{s: s, names: map[string]string{}}
	custs, err1 := s.Store.Customers(s.Ctx)
	assts, err2 := s.Store.Assistants(s.Ctx)
	if err := errors.Join(err1, err2); err != nil {
		dialog.ShowError(err, s.Win)
		return nil
	}
	for _, c := range custs {
		h.names[c.Pnr] = c.Name
		h.people[historyCustomer] = append(h.people[historyCustomer], c.Pnr)
	}
	for _, a := range assts {
		h.names[a.Pnr] = a.Name
		h.people[historyAssistant] = append(h.people[historyAssistant], a.Pnr)
	}
	for _, ids := range h.people {
		slices.SortFunc(ids, func(a, b string) int { return cmp.Compare(h.names[a], h.names[b]) })
	}
	// The months offered: two years back from the chosen month's year's end, newest first.
	for m := (rules.Month{Year: s.Month().Year, Month: time.December}); len(h.months) < 36; m = m.Prev() {
		h.months = append(h.months, m)
	}

	kinds := []string{lang.X("history.kind_customer", "Kund"), lang.X("history.kind_assistant", "Assistent"), lang.X("history.kind_month", "Månad")}
	h.kind = widget.NewSelect(kinds, nil)
	h.who = widget.NewSelect(nil, nil)
	h.summary = widget.NewLabel("")
	h.summary.Wrapping = fyne.TextWrapWord
	h.chain = widget.NewLabel("")
	h.chain.Wrapping = fyne.TextWrapWord
	h.list = widget.NewList(func() int { return len(h.entries) }, h.createItem, h.updateItem)

	// The person chooser takes the rest of the line, so that long names are not cut.
	top := container.NewBorder(nil, h.summary,
		container.NewHBox(widget.NewLabel(lang.X("history.show", "Visa ändringar för")), h.kind), nil, h.who)
	title := lang.X("history.title", "Historik")
	h.Dialog = dialog.NewCustom(title, lang.X("timesheet.close", "Stäng"), container.NewBorder(top, h.chain, nil, nil, h.list), s.Win)

	if subj == (HistorySubject{}) {
		subj.pnr = firstOf(h.people[historyCustomer])
	}
	h.choose(subj)
	h.kind.OnChanged = func(string) { h.onKindChanged() }
	h.who.OnChanged = func(string) { h.onWhoChanged() }
	h.Dialog.Resize(HistorySize(s.Win))
	h.Dialog.Show()
	h.checkChain()
	return h
}

func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// historySize is most of the window, so that long lists and texts need little
// scrolling; the help dialogs take it too.
func HistorySize(w fyne.Window) fyne.Size {
	size := w.Canvas().Size()
	return fyne.NewSize(max(720, size.Width*0.85), max(520, size.Height*0.85))
}

// choose shows subj in the choosers and loads its changes.
func (h *historyView) choose(subj HistorySubject) {
	h.subject = subj
	h.kind.SetSelectedIndex(int(subj.Kind))
	h.fillWho()
	h.load()
}

// fillWho gives the second chooser the options of the chosen kind and selects the subject.
func (h *historyView) fillWho() {
	var opts []string
	sel := -1
	if h.subject.Kind == HistoryMonth {
		for i, m := range h.months {
			opts = append(opts, widgets.MonthLabel(m))
			if m == h.subject.Month {
				sel = i
			}
		}
		if sel < 0 { // a month outside the offered ones, chosen by another screen
			h.months = append([]rules.Month{h.subject.Month}, h.months...)
			opts = append([]string{widgets.MonthLabel(h.subject.Month)}, opts...)
			sel = 0
		}
	} else {
		for i, id := range h.people[h.subject.Kind] {
			opts = append(opts, widgets.PersonLabel(h.names[id], id))
			if id == h.subject.pnr {
				sel = i
			}
		}
		if sel < 0 && h.subject.pnr != "" { // someone no longer in the register
			h.people[h.subject.Kind] = append([]string{h.subject.pnr}, h.people[h.subject.Kind]...)
			opts = append([]string{widgets.PersonLabel(h.names[h.subject.pnr], h.subject.pnr)}, opts...)
			sel = 0
		}
	}
	h.who.Options = opts
	if sel >= 0 {
		h.who.SetSelectedIndex(sel)
	} else {
		h.who.ClearSelected()
	}
	h.who.Refresh()
}

func (h *historyView) onKindChanged() {
	k := historyKind(h.kind.SelectedIndex())
	if k == h.subject.Kind {
		return
	}
	subj := HistorySubject{Kind: k, Month: h.s.Month()}
	if k != HistoryMonth {
		subj.pnr = firstOf(h.people[k])
	}
	h.choose(subj)
}

func (h *historyView) onWhoChanged() {
	i := h.who.SelectedIndex()
	if i < 0 {
		return
	}
	subj := HistorySubject{Kind: h.subject.Kind}
	if subj.Kind == HistoryMonth {
		subj.Month = h.months[i]
	} else {
		subj.pnr = h.people[subj.Kind][i]
	}
	if subj != h.subject {
		h.subject = subj
		h.load()
	}
}

// load reads the subject's changes in the background; a later load wins.
func (h *historyView) load() {
	subj, st, ctx := h.subject, h.s.Store, h.s.Ctx
	h.entries = nil
	h.list.Refresh()
	if subj.Kind != HistoryMonth && subj.pnr == "" {
		h.summary.SetText(lang.X("history.nobody", "Det finns ingen att visa."))
		return
	}
	h.summary.SetText(lang.X("history.loading", "Läser ändringsloggen…"))
	h.s.GoDo(func() func() {
		rows, err := historyRows(ctx, st, subj)
		return func() {
			if subj != h.subject {
				return
			}
			if err != nil {
				h.summary.SetText(lang.X("history.error", "Ändringsloggen kunde inte läsas: {{.Err}}", map[string]any{"Err": err.Error()}))
				return
			}
			h.show(rows)
		}
	})
}

// show lists rows (newest first), at most historyMax of them.
func (h *historyView) show(rows []data.AuditRow) {
	n := len(rows)
	rows = rows[:min(n, historyMax)]
	h.entries = make([]historyEntry, len(rows))
	for i, r := range rows {
		h.entries[i] = describeChange(r, h.names)
	}
	switch {
	case n == 0:
		h.summary.SetText(lang.X("history.empty", "Inga ändringar är registrerade."))
	case n > historyMax:
		h.summary.SetText(lang.X("history.count_capped", "{{.N}} ändringar; de {{.Shown}} senaste visas.", map[string]any{"N": n, "Shown": historyMax}))
	default:
		h.summary.SetText(lang.X("history.count", "{{.N}} ändringar, den senaste först.", map[string]any{"N": n}))
	}
	// Each item is as high as its lines; the template measures them.
	tmpl := h.createItem()
	for i := range h.entries {
		h.updateItem(i, tmpl)
		h.list.SetItemHeight(i, tmpl.MinSize().Height)
	}
	h.list.Refresh()
	h.list.ScrollToTop()
}

// createItem is one change: the record in bold with when, who and what was
// done after it on the same line, and the changed fields below. The first
// line is one RichText, so that it needs no layout when its texts change.
func (h *historyView) createItem() fyne.CanvasObject {
	head := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}})
	changes := widget.NewLabel("")
	return container.NewBorder(head, nil, nil, nil, changes)
}

func (h *historyView) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(h.entries) {
		return
	}
	e := h.entries[i]
	box := o.(*fyne.Container)
	changes := box.Objects[0].(*widget.Label)
	head := box.Objects[1].(*widget.RichText)
	head.Segments[0].(*widget.TextSegment).Text = e.what
	head.Segments[1].(*widget.TextSegment).Text = "   " + e.head
	head.Refresh()
	changes.SetText(e.changes)
	changes.Hidden = e.changes == ""
}

// checkChain says whether the audit trail's hash chain is intact.
func (h *historyView) checkChain() {
	broken, err := h.s.Store.VerifyAudit(h.s.Ctx)
	switch {
	case err != nil:
		h.chain.SetText(lang.X("history.chain_error", "Ändringsloggen kunde inte kontrolleras: {{.Err}}", map[string]any{"Err": err.Error()}))
		h.chain.Importance = widget.DangerImportance
	case broken != 0:
		h.chain.SetText(lang.X("history.chain_broken", "Ändringsloggen är bruten vid rad {{.ID}}: den raden, eller en före den, har ändrats eller tagits bort utanför programmet.", map[string]any{"ID": broken}))
		h.chain.Importance = widget.DangerImportance
	default:
		h.chain.SetText(lang.X("history.chain_ok", "Ändringsloggen är obruten: ingen rad har ändrats eller tagits bort i efterhand."))
		h.chain.Importance = widget.SuccessImportance
	}
	h.chain.Refresh()
}

// historyRows reads the audit rows of subj, newest first.
func historyRows(ctx context.Context, st session.HistoryStore, subj HistorySubject) ([]data.AuditRow, error) {
	var out []data.AuditRow
	add := func(table, key string, keep func(data.AuditRow) bool) error {
		rows, err := st.Audit(ctx, table, key)
		for _, r := range rows {
			if keep == nil || keep(r) {
				out = append(out, r)
			}
		}
		return err
	}
	keyPart := func(r data.AuditRow, i int) string {
		parts := strings.Split(r.Key, "/")
		if i < len(parts) {
			return parts[i]
		}
		return ""
	}
	part := func(i int, want string) func(data.AuditRow) bool {
		return func(r data.AuditRow) bool { return keyPart(r, i) == want }
	}
	var err error
	switch subj.Kind {
	case historyCustomer:
		p := subj.pnr
		err = errors.Join(add(data.TableCustomers, p, nil),
			add(data.TableDecisions, "", part(0, p)),
			add(data.TableAssignments, "", part(1, p)),
			add(data.TableMonthInfo, "", part(0, p)),
			add(data.TableHospital, "", part(0, p)),
			add(data.TableCosts, "", part(0, p)),
			add(data.TablePrinted, "", part(0, p)),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Customer == p })
			}))
	case historyAssistant:
		p := subj.pnr
		err = errors.Join(add(data.TableAssistants, p, nil),
			add(data.TableAssignments, "", part(0, p)),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Assistant == p })
			}))
	case HistoryMonth:
		m := subj.Month
		err = errors.Join(add(data.TableMonthInfo, "", part(1, m.String())),
			add(data.TableCosts, "", part(1, m.String())),
			add(data.TablePrinted, "", part(1, m.String())),
			add(data.TableHospital, "", func(r data.AuditRow) bool { return stayInMonth(r, m) }),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool {
					return sh.Date.MonthOf() == m || (sh.CrossesMonth() && sh.Date.MonthOf().Next() == m)
				})
			}))
	}
	if err != nil {
		return nil, err
	}
	// Ids grow with time, one per change.
	slices.SortFunc(out, func(a, b data.AuditRow) int { return cmp.Compare(b.ID, a.ID) })
	return out, nil
}

// rowHas reports whether the shift before or after the change satisfies f.
func rowHas(r data.AuditRow, f func(rules.Shift) bool) bool {
	for _, js := range []string{r.Old, r.New} {
		if sh, ok := shiftOf(js); ok && f(sh) {
			return true
		}
	}
	return false
}

// shiftOf reads a shift from its audit JSON (data's shiftCols).
func shiftOf(js string) (rules.Shift, bool) {
	if js == "" {
		return rules.Shift{}, false
	}
	var v struct {
		Assistant, Customer, Date, Kind string
		Start                           *int `json:"start_min"`
		End                             *int `json:"end_min"`
	}
	if json.Unmarshal([]byte(js), &v) != nil {
		return rules.Shift{}, false
	}
	d, err := rules.ParseDate(v.Date)
	if err != nil {
		return rules.Shift{}, false
	}
	sh := rules.Shift{Assistant: v.Assistant, Customer: v.Customer, Date: d, Kind: rules.Kind(v.Kind), Start: rules.NoClock, End: rules.NoClock}
	if v.Start != nil {
		sh.Start = rules.Clock(*v.Start)
	}
	if v.End != nil {
		sh.End = rules.Clock(*v.End)
	}
	return sh, true
}

// stayInMonth reports whether a hospital stay, before or after the change, overlaps m.
func stayInMonth(r data.AuditRow, m rules.Month) bool {
	for _, js := range []string{r.Old, r.New} {
		var v struct {
			From string `json:"from_date"`
			To   string `json:"to_date"`
		}
		if js == "" || json.Unmarshal([]byte(js), &v) != nil {
			continue
		}
		from, err := rules.ParseDate(v.From)
		if err != nil || from.Compare(m.Last()) > 0 {
			continue
		}
		to, err := rules.ParseDate(v.To)
		if err != nil || to.Compare(m.First()) >= 0 { // no end date: still in hospital
			return true
		}
	}
	return false
}

// auditField is one column of an audit row, nested values flattened to "a.b".
type auditField struct {
	name string
	val  any // string, json.Number or nil
}

// decodeFields reads a JSON object in its own order, flattening nested objects
// and arrays, and JSON objects stored as text (the settings), into dotted names.
func decodeFields(js string) ([]auditField, error) {
	if js == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(js))
	dec.UseNumber()
	var out []auditField
	if err := flatten(dec, "", &out); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("extra text after the JSON value")
	}
	return out, nil
}

func flatten(dec *json.Decoder, prefix string, out *[]auditField) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				if err := flatten(dec, join(fmt.Sprint(k)), out); err != nil {
					return err
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if err := flatten(dec, join(strconv.Itoa(i+1)), out); err != nil {
					return err
				}
			}
		}
		_, err := dec.Token() // the closing delimiter
		return err
	case string:
		if strings.HasPrefix(t, "{") {
			if inner, err := decodeFields(t); err == nil {
				for _, f := range inner {
					*out = append(*out, auditField{join(f.name), f.val})
				}
				return nil
			}
		}
		*out = append(*out, auditField{prefix, t})
	case json.Number:
		*out = append(*out, auditField{prefix, t})
	case bool:
		*out = append(*out, auditField{prefix, json.Number(map[bool]string{false: "0", true: "1"}[t])})
	default: // null
		*out = append(*out, auditField{prefix, nil})
	}
	return nil
}

// describeChange turns an audit row into the lines the dialog shows.
func describeChange(r data.AuditRow, names map[string]string) historyEntry {
	oldF, err1 := decodeFields(r.Old)
	newF, err2 := decodeFields(r.New)
	var action string
	switch {
	case r.Old == "":
		action = lang.X("history.created", "Nytt")
	case r.New == "":
		action = lang.X("history.deleted", "Borttaget")
	default:
		action = lang.X("history.changed", "Ändrat")
	}
	e := historyEntry{
		head: strings.Join([]string{r.At.In(rules.Stockholm).Format("2006-01-02 15:04"), r.User, action}, " · "),
		what: recordTitle(r, oldF, newF, names),
	}
	var lines []string
	if err := errors.Join(err1, err2); err != nil { // not ours to interpret: show it as stored
		lines = append(lines, r.Old+" → "+r.New)
	} else {
		lines = fieldChanges(r.Table, oldF, newF, names)
	}
	if r.Note != "" {
		lines = append(lines, lang.X("history.note", "Anledning: {{.Note}}", map[string]any{"Note": r.Note}))
	}
	e.changes = strings.Join(lines, "\n")
	return e
}

// inTitle are the columns recordTitle names a table's records by; a record
// created or deleted does not list them again.
var inTitle = map[string][]string{
	data.TableProviders:   {"orgnr", "name"},
	data.TableCustomers:   {"pnr", "name"},
	data.TableAssistants:  {"pnr", "name"},
	data.TableDecisions:   {"customer", "from_date"},
	data.TableAssignments: {"assistant", "customer"},
	data.TableShifts:      {"assistant", "customer", "date"},
	data.TableMonthInfo:   {"customer", "month"},
	data.TableHospital:    {"customer", "from_date"},
	data.TableCosts:       {"customer", "month"},
	data.TablePrinted:     {"customer", "month"},
	data.TableSettings:    {"key"},
}

// fieldChanges lists what changed: every changed column of an update, and the
// filled-in columns of a record created or deleted (but those in its title).
func fieldChanges(table string, oldF, newF []auditField, names map[string]string) []string {
	oldV := map[string]any{}
	for _, f := range oldF {
		oldV[f.name] = f.val
	}
	newV := map[string]any{}
	var order []string
	for _, f := range newF {
		newV[f.name] = f.val
		order = append(order, f.name)
	}
	for _, f := range oldF {
		if _, ok := newV[f.name]; !ok {
			order = append(order, f.name)
		}
	}
	var lines []string
	for _, name := range order {
		o, inOld := oldV[name]
		n, inNew := newV[name]
		label := columnLabel(table, name)
		switch {
		case len(oldF) == 0 || len(newF) == 0: // created or deleted: what it held
			if slices.Contains(inTitle[table], name) {
				continue
			}
			v := n
			if !inNew {
				v = o
			}
			if v != nil && v != "" {
				lines = append(lines, label+": "+formatValue(table, name, v, names))
			}
		case !inOld || !inNew || fmt.Sprint(o) != fmt.Sprint(n):
			lines = append(lines, label+": "+formatValue(table, name, o, names)+" → "+formatValue(table, name, n, names))
		}
	}
	return lines
}

// value returns the named field's value as text ("" when absent or null).
func value(fs []auditField, name string) string {
	for _, f := range fs {
		if f.name == name && f.val != nil {
			return fmt.Sprint(f.val)
		}
	}
	return ""
}

// recordTitle names the changed record: "Pass 2026-10-05: Xena Xu hos Anna Andersson".
func recordTitle(r data.AuditRow, oldF, newF []auditField, names map[string]string) string {
	fs := newF
	if len(fs) == 0 {
		fs = oldF
	}
	v := func(name string) string { return value(fs, name) }
	person := func(id string) string { return widgets.PersonLabel(names[id], id) }
	name := func(id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return rules.FormatPnr(id)
	}
	month := func() string {
		m, err := rules.ParseMonth(v("month"))
		if err != nil {
			return v("month")
		}
		return widgets.MonthLabel(m)
	}
	switch r.Table {
	case data.TableProviders:
		return lang.X("history.t_provider", "Anordnare {{.Name}} ({{.Orgnr}})", map[string]any{"Name": v("name"), "Orgnr": v("orgnr")})
	case data.TableCustomers:
		return lang.X("history.t_customer", "Kund {{.Who}}", map[string]any{"Who": widgets.PersonLabel(v("name"), cmp.Or(v("pnr"), r.Key))})
	case data.TableAssistants:
		return lang.X("history.t_assistant", "Assistent {{.Who}}", map[string]any{"Who": widgets.PersonLabel(v("name"), cmp.Or(v("pnr"), r.Key))})
	case data.TableDecisions:
		return lang.X("history.t_decision", "Beslut för {{.Who}} från {{.From}}", map[string]any{"Who": person(v("customer")), "From": v("from_date")})
	case data.TableAssignments:
		return lang.X("history.t_assignment", "Uppdrag: {{.Assistant}} hos {{.Customer}}", map[string]any{"Assistant": name(v("assistant")), "Customer": name(v("customer"))})
	case data.TableShifts:
		return lang.X("history.t_shift", "Pass {{.Date}}: {{.Assistant}} hos {{.Customer}}", map[string]any{"Date": v("date"), "Assistant": name(v("assistant")), "Customer": name(v("customer"))})
	case data.TableMonthInfo:
		return lang.X("history.t_month", "Månadsuppgifter {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TableHospital:
		return lang.X("history.t_hospital", "Sjukhusvistelse från {{.From}} för {{.Who}}", map[string]any{"From": v("from_date"), "Who": name(v("customer"))})
	case data.TableCosts:
		return lang.X("history.t_cost", "Kostnader {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TablePrinted:
		return lang.X("history.t_printed", "Utskrift {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TableSettings:
		return lang.X("history.t_settings", "Inställningar")
	}
	return r.Table + " " + r.Key
}

// columnLabel is a column's name in words; a flattened settings name is shown as it is.
func columnLabel(table, col string) string {
	switch col {
	case "orgnr":
		return lang.X("history.c_orgnr", "Organisationsnummer")
	case "pnr":
		return lang.X("history.c_pnr", "Personnummer")
	case "name":
		return lang.X("history.c_name", "Namn")
	case "kind":
		if table == data.TableShifts {
			return lang.X("history.c_shift_kind", "Tidsslag")
		}
		return lang.X("history.c_provider_kind", "Typ")
	case "contact":
		return lang.X("history.c_contact", "Kontaktperson")
	case "phone":
		return lang.X("history.c_phone", "Telefon")
	case "ivo_from":
		return lang.X("history.c_ivo_from", "IVO-tillstånd från")
	case "ivo_to":
		return lang.X("history.c_ivo_to", "IVO-tillstånd till")
	case "fskatt":
		return lang.X("history.c_fskatt", "F-skatt")
	case "employer_registered":
		return lang.X("history.c_employer_registered", "Registrerad arbetsgivare")
	case "permit_group1":
		return lang.X("history.c_permit_group1", "Tillstånd personkrets grupp 1")
	case "permit_group2":
		return lang.X("history.c_permit_group2", "Tillstånd personkrets grupp 2")
	case "permit_group3":
		return lang.X("history.c_permit_group3", "Tillstånd personkrets grupp 3")
	case "permit_children":
		return lang.X("history.c_permit_children", "Tillstånd barn")
	case "permit_adults":
		return lang.X("history.c_permit_adults", "Tillstånd vuxna")
	case "representative_name":
		return lang.X("history.c_representative_name", "Ställföreträdare")
	case "representative_pnr":
		return lang.X("history.c_representative_pnr", "Ställföreträdarens personnummer")
	case "representative_role":
		return lang.X("history.c_representative_role", "Ställföreträdarens roll")
	case "personkrets":
		return lang.X("history.c_personkrets", "Personkrets")
	case "inactive":
		return lang.X("history.c_inactive", "Inaktiv")
	case "customer":
		return lang.X("history.c_customer", "Kund")
	case "assistant":
		return lang.X("history.c_assistant", "Assistent")
	case "from_date":
		return lang.X("history.c_from_date", "Från")
	case "to_date":
		return lang.X("history.c_to_date", "Till")
	case "from_time":
		return lang.X("history.c_from_time", "Från klockan")
	case "to_time":
		return lang.X("history.c_to_time", "Till klockan")
	case "hours_per_week_centi":
		return lang.X("history.c_hours_per_week", "Timmar per vecka")
	case "hourly_amount_ore":
		return lang.X("history.c_hourly_amount", "Timbelopp")
	case "higher_amount":
		return lang.X("history.c_higher_amount", "Förhöjt timbelopp")
	case "double_assistance":
		return lang.X("history.c_double_assistance", "Dubbelassistans")
	case "address":
		return lang.X("history.c_address", "Adress")
	case "outside_ees":
		return lang.X("history.c_outside_ees", "Bor utanför EES")
	case "unfit":
		return lang.X("history.c_unfit", "Saknar förmåga att arbeta som assistent")
	case "regime":
		return lang.X("history.c_regime", "Arbetstidsregler")
	case "period_start":
		return lang.X("history.c_period_start", "Beräkningsperioder från")
	case "collective_agreement":
		return lang.X("history.c_collective_agreement", "Kollektivavtal")
	case "provider_orgnr":
		return lang.X("history.c_provider_orgnr", "Anordnare")
	case "employer":
		return lang.X("history.c_employer", "Arbetsgivare")
	case "employer_name":
		return lang.X("history.c_employer_name", "Arbetsgivarens namn")
	case "employer_orgnr":
		return lang.X("history.c_employer_orgnr", "Arbetsgivarens org.nr")
	case "employed_from":
		return lang.X("history.c_employed_from", "Anställd från")
	case "reported_3066":
		return lang.X("history.c_reported_3066", "3066 skickad")
	case "related":
		return lang.X("history.c_related", "Närstående")
	case "date":
		return lang.X("history.c_date", "Datum")
	case "start_min":
		return lang.X("history.c_start", "Start")
	case "end_min":
		return lang.X("history.c_end", "Slut")
	case "month":
		return lang.X("history.c_month", "Månad")
	case "childcare_school":
		return lang.X("history.c_childcare_school", "Assistans i barnomsorg, skola eller daglig verksamhet")
	case "abroad":
		return lang.X("history.c_abroad", "Utomlands utanför EES")
	case "prev_payment_used":
		return lang.X("history.c_prev_payment_used", "Förra månadens utbetalning använd")
	case "prev_payment_left":
		return lang.X("history.c_prev_payment_left", "Kvar av förra månadens utbetalning")
	case "sent":
		return lang.X("history.c_sent", "Skickad till FK")
	case "category":
		return lang.X("history.c_category", "Kategori")
	case "amount_ore":
		return lang.X("history.c_amount", "Belopp")
	case "hours_centi":
		return lang.X("history.c_hours", "Timmar")
	case "aktiv_min":
		return lang.X("history.c_aktiv", "Aktiv tid")
	case "vantetid_min":
		return lang.X("history.c_vantetid", "Väntetid")
	case "beredskap_min":
		return lang.X("history.c_beredskap", "Beredskap")
	case "printed_at":
		return lang.X("history.c_printed_at", "Utskriven")
	case "override_reason":
		return lang.X("history.c_override_reason", "Skäl att skriva ut trots fel")
	case "key":
		return lang.X("history.c_key", "Nyckel")
	}
	return strings.TrimPrefix(col, "value.")
}

// formatValue shows a stored value as the screens show it: clock times,
// kronor, hours, yes or no, names with identity numbers.
func formatValue(table, col string, v any, names map[string]string) string {
	if v == nil || v == "" {
		return "–"
	}
	s := fmt.Sprint(v)
	n, numErr := strconv.ParseInt(s, 10, 64)
	isNum := numErr == nil
	yesNo := func() string {
		if n != 0 {
			return lang.X("history.yes", "ja")
		}
		return lang.X("history.no", "nej")
	}
	switch col {
	case "customer", "assistant", "pnr", "representative_pnr":
		return widgets.PersonLabel(names[s], s)
	case "start_min", "end_min", "from_time", "to_time":
		if isNum {
			return rules.Clock(n).String()
		}
	case "aktiv_min", "vantetid_min", "beredskap_min":
		if isNum {
			return widgets.FormatMinutes(int(n))
		}
	case "hourly_amount_ore", "amount_ore", "prev_payment_left":
		if isNum {
			return rules.Ore(n).String()
		}
	case "hours_per_week_centi", "hours_centi":
		if isNum {
			return widgets.FormatWeekHours(n) + " h"
		}
	case "inactive", "outside_ees", "unfit", "higher_amount", "double_assistance", "related",
		"childcare_school", "abroad", "collective_agreement", "fskatt", "employer_registered",
		"permit_group1", "permit_group2", "permit_group3", "permit_children", "permit_adults", "prev_payment_used":
		if isNum {
			return yesNo()
		}
	case "month":
		if m, err := rules.ParseMonth(s); err == nil {
			return widgets.MonthLabel(m)
		}
	case "kind":
		if table == data.TableShifts {
			return widgets.KindName(rules.Kind(s))
		}
		return widgets.ProviderKindText(rules.ProviderKind(s))
	case "regime":
		return widgets.RegimeText(rules.Regime(s))
	case "employer":
		return widgets.EmployerText(rules.EmployerKind(s))
	case "representative_role":
		return widgets.RoleText(rules.RepresentativeRole(s))
	case "printed_at":
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.In(rules.Stockholm).Format("2006-01-02 15:04")
		}
	}
	return s
}
