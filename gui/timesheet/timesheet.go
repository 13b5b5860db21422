package timesheet

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// assignKey names the assistant and customer whose month is shown.
type assignKey struct{ assistant, customer string }

// tsChange is one stored change, kept so that Ctrl+Z can take it back.
// before.ID 0 means the shift was inserted, after.ID 0 that it was deleted.
type tsChange struct {
	before, after rules.Shift
	index         int // the row a deleted shift stood on
}

// timesheet is the month screen: one assistant's shifts for one customer in
// the chosen month, one row each, typed from the keyboard and stored row by
// row as soon as a row is complete and valid.
type Screen struct {
	s       *session.Session
	Content fyne.CanvasObject

	Assignment *widget.Select
	help       *widget.Button
	copyPrev   *widget.Button
	week       *widget.Select
	copyWeek   *widget.Button
	undoBtn    *widget.Button
	status     *widget.Label
	list       *fyne.Container // the rows' boxes
	scroll     *container.Scroll
	totals     [4]*widget.Label // aktiv, väntetid, beredskap, sum
	Ed         *tsEditor
	widths     []float32
	rowH       float32
	words      tsWords
	shownSum   rules.Totals
	sumShown   bool

	Month      rules.Month
	Chosen     assignKey
	options    map[string]assignKey // assignment option text → key
	weekStarts map[string]rules.Date
	customers  map[string]string // pnr → name
	Rows       []*tsRow          // the last is the empty row new shifts are typed into
	others     []rules.Shift     // the assistant's shifts around the month that are not rows here
	otherSpans []shiftSpan
	decisions  []rules.Decision
	locked     bool
	undoStack  [][]tsChange
	findings   map[int64][]rules.Finding // rules.Check's per-shift findings, by shift ID
	Marked     *tsRow                    // the row a finding opened, drawn highlighted

	setting   int  // > 0 while the screen itself sets fields: not typing
	notifying bool // true while the screen tells the others of its own change
	checkGen  int
	Checking  sync.WaitGroup // tests wait for the background check with it
	// spawn starts the check; tests run it at once, because the test driver's
	// fyne.Do runs on the calling goroutine instead of the UI thread.
	Spawn func(func())
}

func New(s *session.Session) *Screen {
	t := &Screen{s: s, Spawn: func(f func()) { go f() }}
	t.buildUI()
	t.load()
	s.OnChange(t.onChange)
	s.OnClose(t.beforeClose)
	return t
}

func (t *Screen) buildUI() {
	t.Ed = newTSEditor(t)
	t.words = newTSWords()
	t.widths = columnWidths()
	t.Assignment = widget.NewSelect(nil, t.onAssignmentChanged)
	t.Assignment.PlaceHolder = lang.X("timesheet.choose", "Välj assistent och kund")
	t.help = widget.NewButtonWithIcon(lang.X("timesheet.help", "Så skriver du pass (F1)"), theme.HelpIcon(), t.showHelp)
	t.copyPrev = widget.NewButtonWithIcon(lang.X("timesheet.copy_prev", "Kopiera förra månaden"), theme.ContentCopyIcon(), t.onCopyPrevMonth)
	t.week = widget.NewSelect(nil, nil)
	t.copyWeek = widget.NewButtonWithIcon(lang.X("timesheet.copy_week", "Kopiera veckan till övriga veckor"), theme.ContentCopyIcon(), t.onCopyWeek)
	t.undoBtn = widget.NewButtonWithIcon(lang.X("timesheet.undo", "Ångra (Ctrl+Z)"), theme.ContentUndoIcon(), func() { t.undo(nil) })
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord
	t.status.Hide()

	bold := func(s string, align fyne.TextAlign) *widget.Label {
		return widget.NewLabelWithStyle(s, align, fyne.TextStyle{Bold: true})
	}
	header := container.New(&tsColumns{widths: t.widths},
		bold(lang.X("timesheet.col_day", "Dag"), fyne.TextAlignLeading),
		bold("", fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_pass", "Pass"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_start", "Start"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_end", "Slut"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_kind", "Tidsslag"), fyne.TextAlignLeading),
		bold(lang.X("timesheet.col_length", "Längd"), fyne.TextAlignTrailing),
	)
	t.list = container.NewVBox()
	t.scroll = container.NewVScroll(t.list)

	for i := range t.totals {
		t.totals[i] = widget.NewLabel("")
	}
	t.totals[3].TextStyle.Bold = true
	totals := container.NewHBox(bold(lang.X("timesheet.totals", "Summa i månaden:"), fyne.TextAlignLeading),
		t.totals[0], t.totals[1], t.totals[2], t.totals[3])

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("timesheet.assignment", "Assistent och kund:")), t.help, t.Assignment),
		container.NewHBox(t.copyPrev, widget.NewLabel(lang.X("timesheet.week", "Vecka:")), t.weekBox(), t.copyWeek, layout.NewSpacer(), t.undoBtn),
		t.status,
		widget.NewSeparator(),
		header,
	)
	t.Content = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), totals), nil, nil, t.scroll)
}

// weekBox gives the week chooser room for its longest option.
func (t *Screen) weekBox() fyne.CanvasObject {
	w := float32(0)
	for _, o := range []string{
		lang.X("timesheet.week_auto", "Första hela veckan med pass"),
		lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": 53, "From": 28, "To": 31, "Month": widgets.MonthName(time.September)}),
	} {
		w = max(w, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	w += 4*theme.InnerPadding() + theme.IconInlineSize()
	return container.NewGridWrap(fyne.NewSize(w, t.week.MinSize().Height), t.week)
}

// columnWidths fit the widest text each column can hold, header included.
func columnWidths() []float32 {
	fit := func(samples ...string) float32 {
		w := float32(0)
		for _, s := range samples {
			w = max(w, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		}
		return w + 2*theme.InnerPadding() + 2*theme.InputBorderSize() + theme.Padding()
	}
	return []float32{
		fit("30/12", lang.X("timesheet.col_day", "Dag")),
		fit("mån", "tor", "lör", "sön"),
		fit("00:00-00:00 v", lang.X("timesheet.col_pass", "Pass")),
		fit("00:00", lang.X("timesheet.col_start", "Start")),
		fit("00:00", lang.X("timesheet.col_end", "Slut")),
		fit(widgets.KindName(rules.Aktiv), widgets.KindName(rules.Vantetid), widgets.KindName(rules.Beredskap), lang.X("timesheet.col_kind", "Tidsslag")),
		fit(widgets.FormatMinutes(25*60), lang.X("timesheet.col_length", "Längd")),
	}
}

// onChange follows the month chooser and changes made in other screens.
func (t *Screen) onChange() {
	if t.notifying {
		return
	}
	t.load()
}

// tellOthers reloads the other screens after a change here, without
// reloading this one (which would take the focus from the row being typed).
func (t *Screen) tellOthers() {
	t.notifying = true
	defer func() { t.notifying = false }()
	t.s.DataChanged()
}

// load shows the chosen month: the assignments to choose from, then the rows.
// Rows typed but not yet stored are stored first, in the month they were typed for.
func (t *Screen) load() {
	t.flush()
	t.Month = t.s.Month()
	t.setStatus("", widget.MediumImportance)
	if err := t.loadAssignments(); err != nil {
		t.Chosen = assignKey{}
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
	}
	t.updateWeeks()
	t.loadRows()
}

// loadAssignments offers every assignment as "assistant – customer", sorted,
// and keeps the chosen one; with none chosen, the first is.
func (t *Screen) loadAssignments() error {
	ctx := t.s.Ctx
	as, err := t.s.Store.Assignments(ctx)
	if err != nil {
		return err
	}
	assistants, err := t.s.Store.Assistants(ctx)
	if err != nil {
		return err
	}
	customers, err := t.s.Store.Customers(ctx)
	if err != nil {
		return err
	}
	t.customers = map[string]string{}
	for _, c := range customers {
		t.customers[c.Pnr] = c.Name
	}
	anames := map[string]string{}
	for _, a := range assistants {
		anames[a.Pnr] = a.Name
	}
	name := func(names map[string]string, pnr string) string {
		if n := names[pnr]; n != "" {
			return n
		}
		return rules.FormatPnr(pnr)
	}
	t.options = map[string]assignKey{}
	var opts []string
	for _, a := range as {
		o := name(anames, a.Assistant) + " – " + name(t.customers, a.Customer)
		if _, dup := t.options[o]; dup {
			o += " (" + rules.FormatPnr(a.Assistant) + ", " + rules.FormatPnr(a.Customer) + ")"
		}
		t.options[o] = assignKey{a.Assistant, a.Customer}
		opts = append(opts, o)
	}
	slices.Sort(opts)
	selected := ""
	for _, o := range opts {
		if t.options[o] == t.Chosen {
			selected = o
		}
	}
	if selected == "" && len(opts) > 0 {
		selected = opts[0]
	}
	t.Chosen = t.options[selected]
	t.setting++
	defer func() { t.setting-- }()
	t.Assignment.SetOptions(opts)
	t.Assignment.SetSelected(selected)
	return nil
}

func (t *Screen) onAssignmentChanged(opt string) {
	k, ok := t.options[opt]
	if t.setting > 0 || !ok || k == t.Chosen {
		return
	}
	t.flush()
	t.Chosen = k
	t.loadRows()
}

// updateWeeks offers the weeks of the month for the copy button.
func (t *Screen) updateWeeks() {
	auto := lang.X("timesheet.week_auto", "Första hela veckan med pass")
	opts := []string{auto}
	t.weekStarts = map[string]rules.Date{}
	for _, mon := range tsMonthWeeks(t.Month) {
		from, to := mon, mon.AddDays(6)
		if !t.Month.Contains(from) {
			from = t.Month.First()
		}
		if !t.Month.Contains(to) {
			to = t.Month.Last()
		}
		o := lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": tsISOWeek(mon), "From": from.Day, "To": to.Day, "Month": widgets.MonthName(t.Month.Month)})
		t.weekStarts[o] = mon
		opts = append(opts, o)
	}
	t.week.SetOptions(opts)
	t.week.SetSelected(auto)
}

// loadRows reads the chosen assignment's month and builds its rows.
func (t *Screen) loadRows() {
	t.Ed.Cell = nil // its field goes with the old rows
	t.Marked = nil
	defer t.placeEditor()
	t.Rows, t.others, t.otherSpans, t.decisions = nil, nil, nil, nil
	t.undoStack, t.findings, t.locked = nil, nil, false
	t.checkGen++ // a check still running is for what was shown before
	defer t.updateButtons()
	k := t.Chosen
	if k == (assignKey{}) {
		t.showRows()
		t.revalidate()
		if !t.status.Visible() {
			t.setStatus(lang.X("timesheet.no_assignments", "Det finns inga uppdrag. Lägg först upp assistenten, kunden och uppdraget som kopplar ihop dem."), widget.MediumImportance)
		}
		return
	}
	shifts, around, err := t.readMonth(k)
	if err != nil {
		t.showRows()
		t.revalidate()
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
		return
	}
	if t.locked {
		t.setStatus(t.lockedText(), widget.DangerImportance)
	}
	shown := map[int64]bool{}
	for _, sh := range shifts {
		t.Rows = append(t.Rows, t.newRow(sh, !t.Month.Contains(sh.Date)))
		shown[sh.ID] = true
	}
	for _, sh := range around {
		if sh.Assistant == k.assistant && !shown[sh.ID] && sh.Problem() == "" {
			t.others = append(t.others, sh)
			t.otherSpans = append(t.otherSpans, shiftSpanOf(sh))
		}
	}
	if !t.locked {
		t.Rows = append(t.Rows, t.newRow(rules.Shift{}, false))
	}
	t.showRows()
	t.revalidate()
	t.scroll.ScrollToTop()
	t.runCheck()
}

// readMonth reads the rows' shifts, the assistant's shifts around the month
// (any customer, for the overlap test), the customer's decisions and the lock.
func (t *Screen) readMonth(k assignKey) (shifts, around []rules.Shift, err error) {
	ctx, st := t.s.Ctx, t.s.Store
	if shifts, err = st.ShiftsFor(ctx, k.assistant, k.customer, t.Month); err != nil {
		return nil, nil, err
	}
	// A shift lasts at most 25 real hours, so only the days next to the month can reach into it.
	if around, err = st.Shifts(ctx, t.Month.Prev().Last(), t.Month.Next().First()); err != nil {
		return nil, nil, err
	}
	if t.decisions, err = st.Decisions(ctx, k.customer); err != nil {
		return nil, nil, err
	}
	mi, err := st.MonthInfo(ctx, k.customer, t.Month)
	if err != nil {
		return nil, nil, err
	}
	t.locked = !mi.Sent.IsZero()
	return shifts, around, nil
}

// placeEditor puts the editor in the first field that can be typed in, or
// takes it off the screen when there are no rows.
func (t *Screen) placeEditor() {
	if t.locked {
		t.Ed.Disable()
	} else {
		t.Ed.Enable()
	}
	i := slices.IndexFunc(t.Rows, func(r *tsRow) bool { return !r.fixed })
	if i < 0 && len(t.Rows) > 0 {
		i = 0
	}
	if i < 0 {
		if c := t.s.Win.Canvas(); c.Focused() == t.Ed {
			c.Unfocus()
		}
		return
	}
	f := t.Rows[i].Day
	t.Ed.Cell = f
	t.setting++
	t.Ed.SetText(f.text)
	t.setting--
	f.Refresh()
}

// rowHeight is an Entry's height, which every row has.
func (t *Screen) rowHeight() float32 {
	if t.rowH == 0 {
		t.rowH = widget.NewEntry().MinSize().Height
	}
	return t.rowH
}

func (t *Screen) lockedText() string {
	return lang.X("timesheet.locked", "Månaden {{.Month}} är markerad som skickad till Försäkringskassan och är låst. Passen kan inte ändras förrän månaden låses upp.",
		map[string]any{"Month": widgets.MonthLabel(t.Month)})
}

func (t *Screen) showRows() {
	objs := make([]fyne.CanvasObject, len(t.Rows))
	for i, r := range t.Rows {
		objs[i] = r.box
	}
	t.list.Objects = objs
	t.list.Refresh()
}

func (t *Screen) setStatus(msg string, imp widget.Importance) {
	t.status.Importance = imp
	t.status.SetText(msg)
	if msg == "" {
		t.status.Hide()
	} else {
		t.status.Show()
	}
}

func (t *Screen) updateButtons() {
	can := !t.locked && t.Chosen != (assignKey{})
	for _, w := range []fyne.Disableable{t.copyPrev, t.copyWeek, t.week} {
		if can {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if can && len(t.undoStack) > 0 {
		t.undoBtn.Enable()
	} else {
		t.undoBtn.Disable()
	}
}

// onTyped follows every keystroke: the row is read again, every row's marks
// and the totals are brought up to date, and the last row being typed into
// makes a new empty row below it.
func (t *Screen) onTyped(r *tsRow) {
	if t.setting > 0 {
		return
	}
	r.saveErr, r.edited = "", true
	if !t.locked && len(t.Rows) > 0 && t.Rows[len(t.Rows)-1] == r && !r.blank() {
		nr := t.newRow(rules.Shift{}, false)
		t.Rows = append(t.Rows, nr)
		t.list.Add(nr.box)
	}
	t.revalidate()
}

// fieldLeft stores the row when a field is left, unless the day was just
// typed into a new row and the pass is still to come.
func (t *Screen) fieldLeft(f *tsField) {
	r := f.row
	if r.removed() || (f.field == FieldDay && strings.TrimSpace(r.Pass.text) == "") {
		return
	}
	t.commit(r)
}

// editCell moves the editor into field f, storing the row it leaves, and
// gives it the keyboard focus when focus is set.
func (t *Screen) editCell(f *tsField, focus bool) {
	c := t.s.Win.Canvas()
	if t.Marked != nil && t.Marked != f.row {
		t.mark(nil) // the user went on to another row
	}
	if old := t.Ed.Cell; old != f {
		t.Ed.Cell = f
		t.setting++
		t.Ed.SetText(f.text)
		t.setting--
		if old != nil {
			old.Refresh()
			t.fieldLeft(old)
		}
		f.Refresh()
		if c.Focused() == t.Ed {
			t.Ed.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
			t.scrollTo(f.row)
		}
	}
	if focus && c.Focused() != t.Ed && !f.row.removed() {
		c.Focus(t.Ed)
	}
}

// moveCell goes dir fields on (Tab, Enter) or back (Shift+Tab), past rows
// that cannot be edited; past the first or last field the focus leaves the rows.
func (t *Screen) moveCell(f *tsField, dir int) {
	i := slices.Index(t.Rows, f.row)
	field := f.field
	for {
		field += dir
		if field < FieldDay || field > fieldPass {
			i += dir
			field = (field + 2) % 2
		}
		if i < 0 || i >= len(t.Rows) {
			if dir > 0 {
				t.s.Win.Canvas().FocusNext()
			} else {
				t.s.Win.Canvas().FocusPrevious()
			}
			return
		}
		if !t.Rows[i].fixed {
			t.editCell(t.Rows[i].field(field), true)
			return
		}
	}
}

// moveRow goes to the same field dir rows up or down.
func (t *Screen) moveRow(f *tsField, dir int) {
	i := slices.Index(t.Rows, f.row) + dir
	if i >= 0 && i < len(t.Rows) && !t.Rows[i].fixed {
		t.editCell(t.Rows[i].field(f.field), true)
	}
}

// commit stores the row if it is complete, valid and changed; a stored row
// whose fields were both emptied is deleted.
func (t *Screen) commit(r *tsRow) {
	if t.locked || r.fixed || r.removed() || t.Chosen == (assignKey{}) {
		return
	}
	if !r.dirty() {
		if r.edited && r.Saved.ID != 0 {
			t.setFields(r, r.Saved) // 8-16 is shown as 08:00-16:00 once read
		}
		return
	}
	if r.blank() {
		t.deleteRow(r, -1)
		return
	}
	r.touched = true
	if !r.parsed || len(r.blocking) > 0 {
		t.showRow(r, t.typingIn())
		return
	}
	stored, err := t.s.Store.SaveShift(t.s.Ctx, r.cur)
	if err != nil {
		t.storeFailed(r, err)
		return
	}
	t.pushUndo([]tsChange{{before: r.Saved, after: stored}})
	t.setSaved(r, stored)
	t.afterStore()
}

// flush stores every row typed but not yet stored that can be.
func (t *Screen) flush() {
	for _, r := range slices.Clone(t.Rows) {
		if r.dirty() && !r.blank() {
			t.commit(r) // only rows typed in: a stored shift is never rewritten unasked
		}
	}
}

func (t *Screen) setSaved(r *tsRow, sh rules.Shift) {
	r.Saved, r.saveErr, r.touched = sh, "", false
	t.setFields(r, sh)
}

// setFields shows sh in the row's fields, as the screen's own change.
func (t *Screen) setFields(r *tsRow, sh rules.Shift) {
	r.edited = false
	t.setting++
	defer func() { t.setting-- }()
	if sh.ID == 0 {
		r.Day.SetText("")
		r.Pass.SetText("")
		return
	}
	r.Day.SetText(tsDayText(sh.Date, t.Month))
	r.Pass.SetText(tsPassText(sh))
}

// storeFailed shows why the store refused a change; a month locked meanwhile
// locks the screen.
func (t *Screen) storeFailed(r *tsRow, err error) {
	if r != nil {
		r.saveErr = lang.X("timesheet.not_saved_err", "Inte sparad: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if errors.Is(err, data.ErrLocked) {
		t.setStatus(err.Error(), widget.DangerImportance)
		if mi, e := t.s.Store.MonthInfo(t.s.Ctx, t.Chosen.customer, t.Month); e == nil && !mi.Sent.IsZero() {
			t.lock()
		}
	}
	t.revalidate()
}

// lock refuses every edit on the screen.
func (t *Screen) lock() {
	t.locked = true
	for _, r := range t.Rows {
		r.Day.Disable()
		r.Pass.Disable()
	}
	t.Ed.Disable()
	t.setStatus(t.lockedText(), widget.DangerImportance)
	t.updateButtons()
}

// afterStore follows a change in the store: marks, totals, the other screens
// and the month's checks.
func (t *Screen) afterStore() {
	t.revalidate()
	t.updateButtons()
	t.tellOthers()
	t.runCheck()
}

// deleteRow deletes the row's shift and removes the row; the empty last row
// is only emptied. The focus goes to the same field of the next row when
// field is a field (the row was deleted from the keyboard).
func (t *Screen) deleteRow(r *tsRow, field int) {
	if t.locked || r.fixed || r.removed() {
		return
	}
	i := slices.Index(t.Rows, r)
	stored := r.Saved.ID != 0
	if stored {
		if err := t.s.Store.DeleteShift(t.s.Ctx, r.Saved.ID); err != nil {
			t.storeFailed(r, err)
			return
		}
		t.pushUndo([]tsChange{{before: r.Saved, index: i}})
	}
	if i == len(t.Rows)-1 {
		r.Saved, r.touched, r.saveErr = rules.Shift{}, false, ""
		t.setFields(r, rules.Shift{})
	} else {
		t.dropRow(r, field)
	}
	if stored {
		t.afterStore()
	} else {
		t.revalidate()
	}
}

// dropRow takes the row off the screen, first moving the editor it holds to
// the next row (to field, or the pass field when field is -1).
func (t *Screen) dropRow(r *tsRow, field int) {
	i := slices.Index(t.Rows, r)
	if i < 0 {
		return
	}
	r.gone = true // leaving it must not store it
	if t.Ed.Cell != nil && t.Ed.Cell.row == r {
		if field < 0 {
			field = fieldPass
		}
		next := i + 1
		if next >= len(t.Rows) {
			next = i - 1
		}
		if next >= 0 {
			t.editCell(t.Rows[next].field(field), t.s.Win.Canvas().Focused() == t.Ed)
		} else {
			t.Ed.Cell = nil
		}
	}
	t.list.Remove(r.box)
	t.Rows = slices.Delete(t.Rows, i, i+1)
}

// insertRow shows a stored shift again at row index i (before the empty row).
func (t *Screen) insertRow(sh rules.Shift, i int) *tsRow {
	r := t.newRow(sh, false)
	i = min(max(i, 0), len(t.Rows))
	if !t.locked && i == len(t.Rows) && i > 0 {
		i-- // the empty row stays last
	}
	t.Rows = slices.Insert(t.Rows, i, r)
	t.showRows()
	return r
}

func (t *Screen) rowByID(id int64) *tsRow {
	for _, r := range t.Rows {
		if r.Saved.ID == id {
			return r
		}
	}
	return nil
}

func (t *Screen) pushUndo(g []tsChange) {
	t.undoStack = append(t.undoStack, g)
	t.updateButtons()
}

// undo takes back the last stored change (a row saved, deleted, or a copy).
// Pressed in a row with unsaved typing, it first takes back that typing.
func (t *Screen) undo(from *tsRow) {
	if from != nil && !from.removed() && from.dirty() {
		t.revert(from)
		return
	}
	if t.locked {
		return
	}
	if len(t.undoStack) == 0 {
		t.setStatus(lang.X("timesheet.nothing_to_undo", "Det finns inget att ångra."), widget.MediumImportance)
		return
	}
	g := t.undoStack[len(t.undoStack)-1]
	t.undoStack = t.undoStack[:len(t.undoStack)-1]
	var focus *tsRow
	for i := len(g) - 1; i >= 0; i-- {
		ch := g[i]
		var err error
		switch {
		case ch.before.ID == 0: // inserted: delete it
			if err = t.s.Store.DeleteShift(t.s.Ctx, ch.after.ID); err == nil {
				if r := t.rowByID(ch.after.ID); r != nil {
					t.dropRow(r, -1)
				}
			}
		case ch.after.ID == 0: // deleted: insert it again, under a new ID
			b := ch.before
			b.ID = 0
			var stored rules.Shift
			if stored, err = t.s.Store.SaveShift(t.s.Ctx, b); err == nil {
				t.renumber(ch.before.ID, stored.ID)
				focus = t.insertRow(stored, ch.index)
			}
		default:
			if _, err = t.s.Store.SaveShift(t.s.Ctx, ch.before); err == nil {
				if r := t.rowByID(ch.before.ID); r != nil {
					t.setSaved(r, ch.before)
					focus = r
				}
			}
		}
		if err != nil {
			t.undoStack = append(t.undoStack, g[:i+1])
			t.storeFailed(nil, err)
			t.setStatus(lang.X("timesheet.undo_failed", "Kunde inte ångra: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
			break
		}
	}
	t.afterStore()
	if from != nil { // from the keyboard: stay where the change is
		switch {
		case focus != nil && !focus.removed():
			t.FocusField(focus, fieldPass)
		case len(t.Rows) > 0: // a row taken away: on to the empty row, to type the next
			t.FocusField(t.Rows[len(t.Rows)-1], FieldDay)
		}
	}
}

// renumber follows a shift stored again under a new ID through the undo stack.
func (t *Screen) renumber(old, id int64) {
	for _, g := range t.undoStack {
		for i := range g {
			if g[i].before.ID == old {
				g[i].before.ID = id
			}
			if g[i].after.ID == old {
				g[i].after.ID = id
			}
		}
	}
}

// revert puts back in the row what is stored for it.
func (t *Screen) revert(r *tsRow) {
	if r.fixed || r.removed() {
		return
	}
	r.touched, r.saveErr = false, ""
	t.setFields(r, r.Saved)
	t.revalidate()
}

// focusField moves the editor with the keyboard focus to a field of row r.
func (t *Screen) FocusField(r *tsRow, field int) {
	if f := r.field(field); !f.disabled {
		t.editCell(f, true)
	}
}

// typingIn is the field that has the keyboard focus, nil if none has.
func (t *Screen) typingIn() *tsField {
	if t.s.Win.Canvas().Focused() == t.Ed {
		return t.Ed.Cell
	}
	return nil
}

// scrollTo brings the row into view when its field takes the focus.
func (t *Screen) scrollTo(r *tsRow) {
	if r.removed() {
		return
	}
	y, h := r.box.Position().Y, r.box.Size().Height
	off, view := t.scroll.Offset, t.scroll.Size().Height
	switch {
	case y < off.Y:
		off.Y = y
	case y+h > off.Y+view:
		off.Y = y + h - view
	}
	t.scroll.ScrollToOffset(off)
}

func (t *Screen) showHelp() {
	help := widget.NewLabelWithStyle(rules.ShortFormHelp, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	keys := widget.NewLabel(lang.X("timesheet.keys", "Tangenter:\nTab eller Enter – nästa fält; efter sista raden kommer en ny rad\nSkift+Tab – föregående fält; Upp och Ned – samma fält på raden ovanför eller under\nCtrl+Delete, eller Delete i ett tomt fält – ta bort raden\nEsc – ta tillbaka det du skrivit på raden sedan den sparades\nCtrl+Z – ångra den senaste ändringen; F1 – den här hjälpen\nEn rad sparas när du lämnar den, om den är hel och utan fel."))
	body := container.NewVBox(help, widget.NewSeparator(), keys)
	scroll := container.NewVScroll(body)
	// As tall as the text, but no taller than most of the window.
	scroll.SetMinSize(fyne.NewSize(body.MinSize().Width, min(body.MinSize().Height, t.s.Win.Canvas().Size().Height*0.75)))
	dialog.ShowCustom(lang.X("timesheet.help_title", "Så skriver du pass"), lang.X("timesheet.close", "Stäng"), scroll, t.s.Win)
}

// shownShifts are the shifts the rows stand for: what is typed where it can
// be read, else what is stored.
func (t *Screen) shownShifts() []rules.Shift {
	out := make([]rules.Shift, 0, len(t.Rows))
	for _, r := range t.Rows {
		switch {
		case r.parsed:
			out = append(out, r.cur)
		case r.Saved.ID != 0:
			out = append(out, r.Saved)
		}
	}
	return out
}

// storedShifts are the month's stored shifts on the screen, as the copy buttons copy them.
func (t *Screen) storedShifts() []rules.Shift {
	var out []rules.Shift
	for _, r := range t.Rows {
		if r.Saved.ID != 0 && !r.fixed {
			out = append(out, r.Saved)
		}
	}
	return out
}

func (t *Screen) onCopyPrevMonth() {
	if t.locked || t.Chosen == (assignKey{}) {
		return
	}
	t.flush()
	prev, err := t.s.Store.ShiftsFor(t.s.Ctx, t.Chosen.assistant, t.Chosen.customer, t.Month.Prev())
	if err != nil {
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
		return
	}
	copies, missing := tsCopyMonth(prev, t.Month)
	if len(copies)+missing == 0 {
		t.setStatus(lang.X("timesheet.prev_empty", "{{.Month}} har inga pass att kopiera.", map[string]any{"Month": widgets.MonthLabel(t.Month.Prev())}), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, missing)
}

func (t *Screen) onCopyWeek() {
	if t.locked || t.Chosen == (assignKey{}) {
		return
	}
	t.flush()
	stored := t.storedShifts()
	mon, ok := t.weekStarts[t.week.Selected]
	if !ok {
		mon, ok = tsTemplateWeek(stored, t.Month)
	}
	copies := tsCopyWeek(stored, mon, t.Month)
	if !ok || len(copies) == 0 {
		t.setStatus(lang.X("timesheet.week_empty", "Veckan har inga sparade pass att kopiera."), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, 0)
}

// insertCopies stores copied shifts on the days that have no shift yet, where
// they overlap nothing, as one change that Ctrl+Z takes back at once.
func (t *Screen) insertCopies(copies []rules.Shift, skipped int) {
	busy := map[rules.Date]bool{}
	for _, sh := range t.shownShifts() {
		busy[sh.Date] = true
	}
	var g []tsChange
	var firstErr error
	for _, sh := range copies {
		sh.Assistant, sh.Customer = t.Chosen.assistant, t.Chosen.customer
		if busy[sh.Date] || len(t.blockingFor(sh, nil)) > 0 {
			skipped++
			continue
		}
		stored, err := t.s.Store.SaveShift(t.s.Ctx, sh)
		if err != nil {
			skipped++
			if firstErr == nil {
				firstErr = err
			}
			if errors.Is(err, data.ErrLocked) {
				break
			}
			continue
		}
		g = append(g, tsChange{after: stored})
		busy[sh.Date] = true
		t.insertRow(stored, len(t.Rows))
		t.revalidate() // the next copy is tested against this one
	}
	if len(g) > 0 {
		t.pushUndo(g)
		t.sortRows()
		t.afterStore()
	}
	msg := lang.X("timesheet.copied", "{{.N}} pass kopierades.", map[string]any{"N": len(g)})
	if skipped > 0 {
		msg += " " + lang.X("timesheet.copy_skipped", "{{.N}} pass kopierades inte: dagen hade redan pass, passet krockade med ett annat eller dagen finns inte i månaden.", map[string]any{"N": skipped})
	}
	imp := widget.MediumImportance
	if firstErr != nil {
		msg += " " + firstErr.Error()
		imp = widget.DangerImportance
		t.storeFailed(nil, firstErr)
	}
	if !t.locked {
		t.setStatus(msg, imp)
	}
}

// sortRows orders the rows by day and start; the empty row stays last.
func (t *Screen) sortRows() {
	n := len(t.Rows)
	if !t.locked && n > 0 {
		n--
	}
	key := func(r *tsRow) rules.Shift {
		if r.parsed {
			return r.cur
		}
		return r.Saved
	}
	slices.SortStableFunc(t.Rows[:n], func(a, b *tsRow) int {
		x, y := key(a), key(b)
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.Start, y.Start))
	})
	t.showRows()
}

// runCheck runs rules.Check on the month off the UI thread and marks each
// row with the per-shift findings about its stored shift.
func (t *Screen) runCheck() {
	t.checkGen++
	gen, m, today, k := t.checkGen, t.Month, t.s.Today(), t.Chosen
	if k == (assignKey{}) {
		return
	}
	t.Checking.Add(1)
	t.Spawn(func() {
		defer t.Checking.Done()
		_, fs, err := session.CheckMonth(t.s.Ctx, t.s.Store, m, today)
		byID := map[int64][]rules.Finding{}
		for _, f := range fs {
			if f.ShiftID != 0 && f.Assistant == k.assistant && f.Customer == k.customer && !checkedLive(f.Code) {
				byID[f.ShiftID] = append(byID[f.ShiftID], f)
			}
		}
		fyne.Do(func() {
			if gen != t.checkGen {
				return
			}
			t.findings = byID
			if err != nil && !t.locked {
				t.setStatus(lang.X("timesheet.check_error", "Kontrollen av månaden kunde inte köras: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
			}
			t.revalidate()
		})
	})
}

// checkedLive says whether the screen itself tests the code as the user
// types; Check's finding would only repeat it, later.
func checkedLive(c rules.Code) bool {
	return c == rules.OverlapAssistant || c == rules.NoDecision || c == rules.ShiftInvalid
}
