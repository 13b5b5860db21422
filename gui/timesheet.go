package gui

import (
	"cmp"
	"context"
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
	"assistans/rules"
)

// timesheetStore is what the month screen reads and writes.
type timesheetStore interface {
	Assignments(ctx context.Context) ([]rules.Assignment, error)
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	Customers(ctx context.Context) ([]rules.Customer, error)
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	MonthInfo(ctx context.Context, customer string, m rules.Month) (rules.MonthInfo, error)
	Shifts(ctx context.Context, from, to rules.Date) ([]rules.Shift, error)
	ShiftsFor(ctx context.Context, assistant, customer string, m rules.Month) ([]rules.Shift, error)
	SaveShift(ctx context.Context, sh rules.Shift) (rules.Shift, error)
	DeleteShift(ctx context.Context, id int64) error
	MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error)
}

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
type timesheet struct {
	s       *session
	content fyne.CanvasObject

	assignment *widget.Select
	help       *widget.Button
	copyPrev   *widget.Button
	week       *widget.Select
	copyWeek   *widget.Button
	undoBtn    *widget.Button
	status     *widget.Label
	list       *fyne.Container // the rows' boxes
	scroll     *container.Scroll
	totals     [4]*widget.Label // aktiv, väntetid, beredskap, sum
	ed         *tsEditor
	widths     []float32
	rowH       float32
	words      tsWords
	shownSum   rules.Totals
	sumShown   bool

	month      rules.Month
	chosen     assignKey
	options    map[string]assignKey // assignment option text → key
	weekStarts map[string]rules.Date
	customers  map[string]string // pnr → name
	rows       []*tsRow          // the last is the empty row new shifts are typed into
	others     []rules.Shift     // the assistant's shifts around the month that are not rows here
	otherSpans []shiftSpan
	decisions  []rules.Decision
	locked     bool
	undoStack  [][]tsChange
	findings   map[int64][]rules.Finding // rules.Check's per-shift findings, by shift ID
	marked     *tsRow                    // the row a finding opened, drawn highlighted

	setting   int  // > 0 while the screen itself sets fields: not typing
	notifying bool // true while the screen tells the others of its own change
	checkGen  int
	checking  sync.WaitGroup // tests wait for the background check with it
	// spawn starts the check; tests run it at once, because the test driver's
	// fyne.Do runs on the calling goroutine instead of the UI thread.
	spawn func(func())
}

func newTimesheet(s *session) *timesheet {
	t := &timesheet{s: s, spawn: func(f func()) { go f() }}
	t.buildUI()
	t.load()
	s.onChange(t.onChange)
	s.onClose(t.beforeClose)
	return t
}

func (t *timesheet) buildUI() {
	t.ed = newTSEditor(t)
	t.words = newTSWords()
	t.widths = columnWidths()
	t.assignment = widget.NewSelect(nil, t.onAssignmentChanged)
	t.assignment.PlaceHolder = lang.X("timesheet.choose", "Välj assistent och kund")
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
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("timesheet.assignment", "Assistent och kund:")), t.help, t.assignment),
		container.NewHBox(t.copyPrev, widget.NewLabel(lang.X("timesheet.week", "Vecka:")), t.weekBox(), t.copyWeek, layout.NewSpacer(), t.undoBtn),
		t.status,
		widget.NewSeparator(),
		header,
	)
	t.content = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), totals), nil, nil, t.scroll)
}

// weekBox gives the week chooser room for its longest option.
func (t *timesheet) weekBox() fyne.CanvasObject {
	w := float32(0)
	for _, o := range []string{
		lang.X("timesheet.week_auto", "Första hela veckan med pass"),
		lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": 53, "From": 28, "To": 31, "Month": monthName(time.September)}),
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
		fit(tsKindName(rules.Aktiv), tsKindName(rules.Vantetid), tsKindName(rules.Beredskap), lang.X("timesheet.col_kind", "Tidsslag")),
		fit(formatMinutes(25*60), lang.X("timesheet.col_length", "Längd")),
	}
}

// onChange follows the month chooser and changes made in other screens.
func (t *timesheet) onChange() {
	if t.notifying {
		return
	}
	t.load()
}

// tellOthers reloads the other screens after a change here, without
// reloading this one (which would take the focus from the row being typed).
func (t *timesheet) tellOthers() {
	t.notifying = true
	defer func() { t.notifying = false }()
	t.s.dataChanged()
}

// load shows the chosen month: the assignments to choose from, then the rows.
// Rows typed but not yet stored are stored first, in the month they were typed for.
func (t *timesheet) load() {
	t.flush()
	t.month = t.s.Month()
	t.setStatus("", widget.MediumImportance)
	if err := t.loadAssignments(); err != nil {
		t.chosen = assignKey{}
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
	}
	t.updateWeeks()
	t.loadRows()
}

// loadAssignments offers every assignment as "assistant – customer", sorted,
// and keeps the chosen one; with none chosen, the first is.
func (t *timesheet) loadAssignments() error {
	ctx := t.s.ctx
	as, err := t.s.store.Assignments(ctx)
	if err != nil {
		return err
	}
	assistants, err := t.s.store.Assistants(ctx)
	if err != nil {
		return err
	}
	customers, err := t.s.store.Customers(ctx)
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
		if t.options[o] == t.chosen {
			selected = o
		}
	}
	if selected == "" && len(opts) > 0 {
		selected = opts[0]
	}
	t.chosen = t.options[selected]
	t.setting++
	defer func() { t.setting-- }()
	t.assignment.SetOptions(opts)
	t.assignment.SetSelected(selected)
	return nil
}

func (t *timesheet) onAssignmentChanged(opt string) {
	k, ok := t.options[opt]
	if t.setting > 0 || !ok || k == t.chosen {
		return
	}
	t.flush()
	t.chosen = k
	t.loadRows()
}

// updateWeeks offers the weeks of the month for the copy button.
func (t *timesheet) updateWeeks() {
	auto := lang.X("timesheet.week_auto", "Första hela veckan med pass")
	opts := []string{auto}
	t.weekStarts = map[string]rules.Date{}
	for _, mon := range tsMonthWeeks(t.month) {
		from, to := mon, mon.AddDays(6)
		if !t.month.Contains(from) {
			from = t.month.First()
		}
		if !t.month.Contains(to) {
			to = t.month.Last()
		}
		o := lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": tsISOWeek(mon), "From": from.Day, "To": to.Day, "Month": monthName(t.month.Month)})
		t.weekStarts[o] = mon
		opts = append(opts, o)
	}
	t.week.SetOptions(opts)
	t.week.SetSelected(auto)
}

// loadRows reads the chosen assignment's month and builds its rows.
func (t *timesheet) loadRows() {
	t.ed.cell = nil // its field goes with the old rows
	t.marked = nil
	defer t.placeEditor()
	t.rows, t.others, t.otherSpans, t.decisions = nil, nil, nil, nil
	t.undoStack, t.findings, t.locked = nil, nil, false
	t.checkGen++ // a check still running is for what was shown before
	defer t.updateButtons()
	k := t.chosen
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
		t.rows = append(t.rows, t.newRow(sh, !t.month.Contains(sh.Date)))
		shown[sh.ID] = true
	}
	for _, sh := range around {
		if sh.Assistant == k.assistant && !shown[sh.ID] && sh.Problem() == "" {
			t.others = append(t.others, sh)
			t.otherSpans = append(t.otherSpans, shiftSpanOf(sh))
		}
	}
	if !t.locked {
		t.rows = append(t.rows, t.newRow(rules.Shift{}, false))
	}
	t.showRows()
	t.revalidate()
	t.scroll.ScrollToTop()
	t.runCheck()
}

// readMonth reads the rows' shifts, the assistant's shifts around the month
// (any customer, for the overlap test), the customer's decisions and the lock.
func (t *timesheet) readMonth(k assignKey) (shifts, around []rules.Shift, err error) {
	ctx, st := t.s.ctx, t.s.store
	if shifts, err = st.ShiftsFor(ctx, k.assistant, k.customer, t.month); err != nil {
		return nil, nil, err
	}
	// A shift lasts at most 25 real hours, so only the days next to the month can reach into it.
	if around, err = st.Shifts(ctx, t.month.Prev().Last(), t.month.Next().First()); err != nil {
		return nil, nil, err
	}
	if t.decisions, err = st.Decisions(ctx, k.customer); err != nil {
		return nil, nil, err
	}
	mi, err := st.MonthInfo(ctx, k.customer, t.month)
	if err != nil {
		return nil, nil, err
	}
	t.locked = !mi.Sent.IsZero()
	return shifts, around, nil
}

// placeEditor puts the editor in the first field that can be typed in, or
// takes it off the screen when there are no rows.
func (t *timesheet) placeEditor() {
	if t.locked {
		t.ed.Disable()
	} else {
		t.ed.Enable()
	}
	i := slices.IndexFunc(t.rows, func(r *tsRow) bool { return !r.fixed })
	if i < 0 && len(t.rows) > 0 {
		i = 0
	}
	if i < 0 {
		if c := t.s.win.Canvas(); c.Focused() == t.ed {
			c.Unfocus()
		}
		return
	}
	f := t.rows[i].day
	t.ed.cell = f
	t.setting++
	t.ed.SetText(f.text)
	t.setting--
	f.Refresh()
}

// rowHeight is an Entry's height, which every row has.
func (t *timesheet) rowHeight() float32 {
	if t.rowH == 0 {
		t.rowH = widget.NewEntry().MinSize().Height
	}
	return t.rowH
}

func (t *timesheet) lockedText() string {
	return lang.X("timesheet.locked", "Månaden {{.Month}} är markerad som skickad till Försäkringskassan och är låst. Passen kan inte ändras förrän månaden låses upp.",
		map[string]any{"Month": monthLabel(t.month)})
}

func (t *timesheet) showRows() {
	objs := make([]fyne.CanvasObject, len(t.rows))
	for i, r := range t.rows {
		objs[i] = r.box
	}
	t.list.Objects = objs
	t.list.Refresh()
}

func (t *timesheet) setStatus(msg string, imp widget.Importance) {
	t.status.Importance = imp
	t.status.SetText(msg)
	if msg == "" {
		t.status.Hide()
	} else {
		t.status.Show()
	}
}

func (t *timesheet) updateButtons() {
	can := !t.locked && t.chosen != (assignKey{})
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
func (t *timesheet) onTyped(r *tsRow) {
	if t.setting > 0 {
		return
	}
	r.saveErr, r.edited = "", true
	if !t.locked && len(t.rows) > 0 && t.rows[len(t.rows)-1] == r && !r.blank() {
		nr := t.newRow(rules.Shift{}, false)
		t.rows = append(t.rows, nr)
		t.list.Add(nr.box)
	}
	t.revalidate()
}

// fieldLeft stores the row when a field is left, unless the day was just
// typed into a new row and the pass is still to come.
func (t *timesheet) fieldLeft(f *tsField) {
	r := f.row
	if r.removed() || (f.field == fieldDay && strings.TrimSpace(r.pass.text) == "") {
		return
	}
	t.commit(r)
}

// editCell moves the editor into field f, storing the row it leaves, and
// gives it the keyboard focus when focus is set.
func (t *timesheet) editCell(f *tsField, focus bool) {
	c := t.s.win.Canvas()
	if t.marked != nil && t.marked != f.row {
		t.mark(nil) // the user went on to another row
	}
	if old := t.ed.cell; old != f {
		t.ed.cell = f
		t.setting++
		t.ed.SetText(f.text)
		t.setting--
		if old != nil {
			old.Refresh()
			t.fieldLeft(old)
		}
		f.Refresh()
		if c.Focused() == t.ed {
			t.ed.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
			t.scrollTo(f.row)
		}
	}
	if focus && c.Focused() != t.ed && !f.row.removed() {
		c.Focus(t.ed)
	}
}

// moveCell goes dir fields on (Tab, Enter) or back (Shift+Tab), past rows
// that cannot be edited; past the first or last field the focus leaves the rows.
func (t *timesheet) moveCell(f *tsField, dir int) {
	i := slices.Index(t.rows, f.row)
	field := f.field
	for {
		field += dir
		if field < fieldDay || field > fieldPass {
			i += dir
			field = (field + 2) % 2
		}
		if i < 0 || i >= len(t.rows) {
			if dir > 0 {
				t.s.win.Canvas().FocusNext()
			} else {
				t.s.win.Canvas().FocusPrevious()
			}
			return
		}
		if !t.rows[i].fixed {
			t.editCell(t.rows[i].field(field), true)
			return
		}
	}
}

// moveRow goes to the same field dir rows up or down.
func (t *timesheet) moveRow(f *tsField, dir int) {
	i := slices.Index(t.rows, f.row) + dir
	if i >= 0 && i < len(t.rows) && !t.rows[i].fixed {
		t.editCell(t.rows[i].field(f.field), true)
	}
}

// commit stores the row if it is complete, valid and changed; a stored row
// whose fields were both emptied is deleted.
func (t *timesheet) commit(r *tsRow) {
	if t.locked || r.fixed || r.removed() || t.chosen == (assignKey{}) {
		return
	}
	if !r.dirty() {
		if r.edited && r.saved.ID != 0 {
			t.setFields(r, r.saved) // 8-16 is shown as 08:00-16:00 once read
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
	stored, err := t.s.store.SaveShift(t.s.ctx, r.cur)
	if err != nil {
		t.storeFailed(r, err)
		return
	}
	t.pushUndo([]tsChange{{before: r.saved, after: stored}})
	t.setSaved(r, stored)
	t.afterStore()
}

// flush stores every row typed but not yet stored that can be.
func (t *timesheet) flush() {
	for _, r := range slices.Clone(t.rows) {
		if r.dirty() && !r.blank() {
			t.commit(r) // only rows typed in: a stored shift is never rewritten unasked
		}
	}
}

func (t *timesheet) setSaved(r *tsRow, sh rules.Shift) {
	r.saved, r.saveErr, r.touched = sh, "", false
	t.setFields(r, sh)
}

// setFields shows sh in the row's fields, as the screen's own change.
func (t *timesheet) setFields(r *tsRow, sh rules.Shift) {
	r.edited = false
	t.setting++
	defer func() { t.setting-- }()
	if sh.ID == 0 {
		r.day.SetText("")
		r.pass.SetText("")
		return
	}
	r.day.SetText(tsDayText(sh.Date, t.month))
	r.pass.SetText(tsPassText(sh))
}

// storeFailed shows why the store refused a change; a month locked meanwhile
// locks the screen.
func (t *timesheet) storeFailed(r *tsRow, err error) {
	if r != nil {
		r.saveErr = lang.X("timesheet.not_saved_err", "Inte sparad: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if errors.Is(err, data.ErrLocked) {
		t.setStatus(err.Error(), widget.DangerImportance)
		if mi, e := t.s.store.MonthInfo(t.s.ctx, t.chosen.customer, t.month); e == nil && !mi.Sent.IsZero() {
			t.lock()
		}
	}
	t.revalidate()
}

// lock refuses every edit on the screen.
func (t *timesheet) lock() {
	t.locked = true
	for _, r := range t.rows {
		r.day.Disable()
		r.pass.Disable()
	}
	t.ed.Disable()
	t.setStatus(t.lockedText(), widget.DangerImportance)
	t.updateButtons()
}

// afterStore follows a change in the store: marks, totals, the other screens
// and the month's checks.
func (t *timesheet) afterStore() {
	t.revalidate()
	t.updateButtons()
	t.tellOthers()
	t.runCheck()
}

// deleteRow deletes the row's shift and removes the row; the empty last row
// is only emptied. The focus goes to the same field of the next row when
// field is a field (the row was deleted from the keyboard).
func (t *timesheet) deleteRow(r *tsRow, field int) {
	if t.locked || r.fixed || r.removed() {
		return
	}
	i := slices.Index(t.rows, r)
	stored := r.saved.ID != 0
	if stored {
		if err := t.s.store.DeleteShift(t.s.ctx, r.saved.ID); err != nil {
			t.storeFailed(r, err)
			return
		}
		t.pushUndo([]tsChange{{before: r.saved, index: i}})
	}
	if i == len(t.rows)-1 {
		r.saved, r.touched, r.saveErr = rules.Shift{}, false, ""
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
func (t *timesheet) dropRow(r *tsRow, field int) {
	i := slices.Index(t.rows, r)
	if i < 0 {
		return
	}
	r.gone = true // leaving it must not store it
	if t.ed.cell != nil && t.ed.cell.row == r {
		if field < 0 {
			field = fieldPass
		}
		next := i + 1
		if next >= len(t.rows) {
			next = i - 1
		}
		if next >= 0 {
			t.editCell(t.rows[next].field(field), t.s.win.Canvas().Focused() == t.ed)
		} else {
			t.ed.cell = nil
		}
	}
	t.list.Remove(r.box)
	t.rows = slices.Delete(t.rows, i, i+1)
}

// insertRow shows a stored shift again at row index i (before the empty row).
func (t *timesheet) insertRow(sh rules.Shift, i int) *tsRow {
	r := t.newRow(sh, false)
	i = min(max(i, 0), len(t.rows))
	if !t.locked && i == len(t.rows) && i > 0 {
		i-- // the empty row stays last
	}
	t.rows = slices.Insert(t.rows, i, r)
	t.showRows()
	return r
}

func (t *timesheet) rowByID(id int64) *tsRow {
	for _, r := range t.rows {
		if r.saved.ID == id {
			return r
		}
	}
	return nil
}

func (t *timesheet) pushUndo(g []tsChange) {
	t.undoStack = append(t.undoStack, g)
	t.updateButtons()
}

// undo takes back the last stored change (a row saved, deleted, or a copy).
// Pressed in a row with unsaved typing, it first takes back that typing.
func (t *timesheet) undo(from *tsRow) {
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
			if err = t.s.store.DeleteShift(t.s.ctx, ch.after.ID); err == nil {
				if r := t.rowByID(ch.after.ID); r != nil {
					t.dropRow(r, -1)
				}
			}
		case ch.after.ID == 0: // deleted: insert it again, under a new ID
			b := ch.before
			b.ID = 0
			var stored rules.Shift
			if stored, err = t.s.store.SaveShift(t.s.ctx, b); err == nil {
				t.renumber(ch.before.ID, stored.ID)
				focus = t.insertRow(stored, ch.index)
			}
		default:
			// Our change is taken back only if nobody has changed the shift since
			// (the store refuses another version, naming who changed it).
			b := ch.before
			b.Version = ch.after.Version
			var stored rules.Shift
			if stored, err = t.s.store.SaveShift(t.s.ctx, b); err == nil {
				t.reversion(stored)
				if r := t.rowByID(ch.before.ID); r != nil {
					t.setSaved(r, stored)
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
			t.focusField(focus, fieldPass)
		case len(t.rows) > 0: // a row taken away: on to the empty row, to type the next
			t.focusField(t.rows[len(t.rows)-1], fieldDay)
		}
	}
}

// reversion gives the undo stack's changes of a shift the version it has now.
func (t *timesheet) reversion(sh rules.Shift) {
	for _, g := range t.undoStack {
		for i := range g {
			if g[i].after.ID == sh.ID {
				g[i].after.Version = sh.Version
			}
		}
	}
}

// renumber follows a shift stored again under a new ID through the undo stack.
func (t *timesheet) renumber(old, id int64) {
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
func (t *timesheet) revert(r *tsRow) {
	if r.fixed || r.removed() {
		return
	}
	r.touched, r.saveErr = false, ""
	t.setFields(r, r.saved)
	t.revalidate()
}

// focusField moves the editor with the keyboard focus to a field of row r.
func (t *timesheet) focusField(r *tsRow, field int) {
	if f := r.field(field); !f.disabled {
		t.editCell(f, true)
	}
}

// typingIn is the field that has the keyboard focus, nil if none has.
func (t *timesheet) typingIn() *tsField {
	if t.s.win.Canvas().Focused() == t.ed {
		return t.ed.cell
	}
	return nil
}

// scrollTo brings the row into view when its field takes the focus.
func (t *timesheet) scrollTo(r *tsRow) {
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

func (t *timesheet) showHelp() {
	help := widget.NewLabelWithStyle(rules.ShortFormHelp, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	keys := widget.NewLabel(lang.X("timesheet.keys", "Tangenter:\nTab eller Enter – nästa fält; efter sista raden kommer en ny rad\nSkift+Tab – föregående fält; Upp och Ned – samma fält på raden ovanför eller under\nCtrl+Delete, eller Delete i ett tomt fält – ta bort raden\nEsc – ta tillbaka det du skrivit på raden sedan den sparades\nCtrl+Z – ångra den senaste ändringen; F1 – den här hjälpen\nEn rad sparas när du lämnar den, om den är hel och utan fel."))
	body := container.NewVBox(help, widget.NewSeparator(), keys)
	scroll := container.NewVScroll(body)
	// As tall as the text, but no taller than most of the window.
	scroll.SetMinSize(fyne.NewSize(body.MinSize().Width, min(body.MinSize().Height, t.s.win.Canvas().Size().Height*0.75)))
	dialog.ShowCustom(lang.X("timesheet.help_title", "Så skriver du pass"), lang.X("timesheet.close", "Stäng"), scroll, t.s.win)
}

// shownShifts are the shifts the rows stand for: what is typed where it can
// be read, else what is stored.
func (t *timesheet) shownShifts() []rules.Shift {
	out := make([]rules.Shift, 0, len(t.rows))
	for _, r := range t.rows {
		switch {
		case r.parsed:
			out = append(out, r.cur)
		case r.saved.ID != 0:
			out = append(out, r.saved)
		}
	}
	return out
}

// storedShifts are the month's stored shifts on the screen, as the copy buttons copy them.
func (t *timesheet) storedShifts() []rules.Shift {
	var out []rules.Shift
	for _, r := range t.rows {
		if r.saved.ID != 0 && !r.fixed {
			out = append(out, r.saved)
		}
	}
	return out
}

func (t *timesheet) onCopyPrevMonth() {
	if t.locked || t.chosen == (assignKey{}) {
		return
	}
	t.flush()
	prev, err := t.s.store.ShiftsFor(t.s.ctx, t.chosen.assistant, t.chosen.customer, t.month.Prev())
	if err != nil {
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": err.Error()}), widget.DangerImportance)
		return
	}
	copies, missing := tsCopyMonth(prev, t.month)
	if len(copies)+missing == 0 {
		t.setStatus(lang.X("timesheet.prev_empty", "{{.Month}} har inga pass att kopiera.", map[string]any{"Month": monthLabel(t.month.Prev())}), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, missing)
}

func (t *timesheet) onCopyWeek() {
	if t.locked || t.chosen == (assignKey{}) {
		return
	}
	t.flush()
	stored := t.storedShifts()
	mon, ok := t.weekStarts[t.week.Selected]
	if !ok {
		mon, ok = tsTemplateWeek(stored, t.month)
	}
	copies := tsCopyWeek(stored, mon, t.month)
	if !ok || len(copies) == 0 {
		t.setStatus(lang.X("timesheet.week_empty", "Veckan har inga sparade pass att kopiera."), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, 0)
}

// insertCopies stores copied shifts on the days that have no shift yet, where
// they overlap nothing, as one change that Ctrl+Z takes back at once.
func (t *timesheet) insertCopies(copies []rules.Shift, skipped int) {
	busy := map[rules.Date]bool{}
	for _, sh := range t.shownShifts() {
		busy[sh.Date] = true
	}
	var g []tsChange
	var firstErr error
	for _, sh := range copies {
		sh.Assistant, sh.Customer = t.chosen.assistant, t.chosen.customer
		if busy[sh.Date] || len(t.blockingFor(sh, nil)) > 0 {
			skipped++
			continue
		}
		stored, err := t.s.store.SaveShift(t.s.ctx, sh)
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
		t.insertRow(stored, len(t.rows))
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
func (t *timesheet) sortRows() {
	n := len(t.rows)
	if !t.locked && n > 0 {
		n--
	}
	key := func(r *tsRow) rules.Shift {
		if r.parsed {
			return r.cur
		}
		return r.saved
	}
	slices.SortStableFunc(t.rows[:n], func(a, b *tsRow) int {
		x, y := key(a), key(b)
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.Start, y.Start))
	})
	t.showRows()
}

// runCheck runs rules.Check on the month off the UI thread and marks each
// row with the per-shift findings about its stored shift.
func (t *timesheet) runCheck() {
	t.checkGen++
	gen, m, today, k := t.checkGen, t.month, t.s.today(), t.chosen
	if k == (assignKey{}) {
		return
	}
	t.checking.Add(1)
	t.spawn(func() {
		defer t.checking.Done()
		_, fs, err := checkMonth(t.s.ctx, t.s.store, m, today)
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
