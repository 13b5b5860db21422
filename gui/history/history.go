// Package history is Historik: the audit trail of one customer, one assistant
// or one month, newest first, each change as "what: old → new" in words rather
// than as the stored JSON.
//
// Arkiv → Historik… opens it with a chooser. Another screen opens it on its own
// record with one call, on the UI thread:
//
//	history.ShowCustomer(s, pnr) // the customer, its decisions, assignments, month data and shifts
//	history.ShowMonth(s, m)      // month data, costs, prints, hospital stays and shifts of month m
package history

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
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
	ByMonth
)

// historySubject is whose changes to show; the zero value is "choose".
type Subject struct {
	Kind  historyKind
	pnr   string      // customer or assistant
	Month rules.Month // historyMonth
}

// of is whose changes the store lists.
func (subj Subject) of() data.HistoryOf {
	switch subj.Kind {
	case historyCustomer:
		return data.HistoryOf{Customer: subj.pnr}
	case historyAssistant:
		return data.HistoryOf{Assistant: subj.pnr}
	}
	return data.HistoryOf{Month: subj.Month}
}

func ShowCustomer(s *session.Session, pnr string) {
	Open(s, Subject{Kind: historyCustomer, pnr: pnr})
}

func ShowMonth(s *session.Session, m rules.Month) {
	Open(s, Subject{Kind: ByMonth, Month: m})
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

	subject Subject
}

// openHistory opens Historik on subj, or with the first customer chosen when
// subj is the zero value. It returns the view, for tests.
func Open(s *session.Session, subj Subject) *historyView {
	h := &historyView{s: s, names: map[string]string{}}
	custs, err1 := s.Store.Customers(s.Ctx)
	assts, err2 := s.Store.Assistants(s.Ctx)
	if err := errors.Join(err1, err2); err != nil {
		widgets.ShowError(err, s.Win)
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

	if subj == (Subject{}) {
		subj.pnr = firstOf(h.people[historyCustomer])
	}
	h.choose(subj)
	h.kind.OnChanged = func(string) { h.onKindChanged() }
	h.who.OnChanged = func(string) { h.onWhoChanged() }
	h.Dialog.Resize(DialogSize(s.Win))
	widgets.ShowDialog(s.Win, h.Dialog, widgets.DialogKeys{})
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
func DialogSize(w fyne.Window) fyne.Size {
	size := w.Canvas().Size()
	return fyne.NewSize(max(720, size.Width*0.85), max(520, size.Height*0.85))
}

// choose shows subj in the choosers and loads its changes.
func (h *historyView) choose(subj Subject) {
	h.subject = subj
	h.kind.SetSelectedIndex(int(subj.Kind))
	h.fillWho()
	h.load()
}

// fillWho gives the second chooser the options of the chosen kind and selects the subject.
func (h *historyView) fillWho() {
	var opts []string
	sel := -1
	if h.subject.Kind == ByMonth {
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
	subj := Subject{Kind: k, Month: h.s.Month()}
	if k != ByMonth {
		subj.pnr = firstOf(h.people[k])
	}
	h.choose(subj)
}

func (h *historyView) onWhoChanged() {
	i := h.who.SelectedIndex()
	if i < 0 {
		return
	}
	subj := Subject{Kind: h.subject.Kind}
	if subj.Kind == ByMonth {
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
	if subj.Kind != ByMonth && subj.pnr == "" {
		h.summary.SetText(lang.X("history.nobody", "Det finns ingen att visa."))
		return
	}
	h.summary.SetText(lang.X("history.loading", "Läser ändringsloggen…"))
	h.s.GoDo(func() func() {
		changes, err := st.History(ctx, subj.of())
		return func() {
			if subj != h.subject {
				return
			}
			if err != nil {
				h.summary.SetText(lang.X("history.error", "Ändringsloggen kunde inte läsas: {{.Err}}", map[string]any{"Err": language.Error(err)}))
				return
			}
			h.show(changes)
		}
	})
}

// show lists changes (newest first), at most historyMax of them.
func (h *historyView) show(changes []data.RecordChange) {
	n := len(changes)
	changes = changes[:min(n, historyMax)]
	h.entries = make([]historyEntry, len(changes))
	for i, c := range changes {
		h.entries[i] = describeChange(c, h.names)
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

// checkChain runs the full verify in the background: the chain unbroken, and
// every record what its newest audit row says (an edit made outside the
// program is named), as the command line's verify does.
func (h *historyView) checkChain() {
	h.chain.SetText(lang.X("history.chain_checking", "Kontrollerar ändringsloggen…"))
	h.chain.Importance = widget.MediumImportance
	h.chain.Refresh()
	st, ctx := h.s.Store, h.s.Ctx
	h.s.GoDo(func() func() {
		findings, err := st.Verify(ctx)
		return func() { h.showVerified(findings, err) }
	})
}

func (h *historyView) showVerified(findings []string, err error) {
	switch {
	case err != nil:
		h.chain.SetText(lang.X("history.chain_error", "Ändringsloggen kunde inte kontrolleras: {{.Err}}", map[string]any{"Err": language.Error(err)}))
		h.chain.Importance = widget.DangerImportance
	case len(findings) > 0:
		h.chain.SetText(lang.X("history.verify_failed", "Kontrollen hittade {{.N}} avvikelser från ändringsloggen:", map[string]any{"N": len(findings)}) +
			"\n" + strings.Join(findings, "\n"))
		h.chain.Importance = widget.DangerImportance
	default:
		h.chain.SetText(lang.X("history.verify_ok", "Ändringsloggen är obruten och varje post stämmer med den: ingenting har ändrats utanför programmet."))
		h.chain.Importance = widget.SuccessImportance
	}
	h.chain.Refresh()
}
