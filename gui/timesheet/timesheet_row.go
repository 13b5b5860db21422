package timesheet

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/widgets"
	"assistans/rules"
)

// The rows of the month screen are drawn with light widgets: a field shows
// its text in an entry's frame, and one real Entry, the editor, moves into
// the field being typed in. A month of 60 rows would otherwise hold 120
// Entries, each with its own scroller, text layout and cursor, and take
// several times as long to open.

// The two fields of a row.
const (
	FieldDay = iota
	fieldPass
)

// tsRow is one shift of the month screen.
type tsRow struct {
	Saved rules.Shift // as stored; ID 0 = not stored yet
	fixed bool        // a night shift begun the month before: shown, edited in its own month
	gone  bool        // taken off the screen
	// edited is set by typing in the row and cleared when its fields show
	// what is stored again: only a row typed in is ever stored.
	edited bool

	Day, Pass                         *tsField
	weekday, start, end, kind, length *tsCell
	note                              *widget.Label
	Mark                              *canvas.Rectangle // behind the row; coloured while the row is marked
	box                               *fyne.Container

	// From the last revalidate:
	cur      rules.Shift // the fields as read
	parsed   bool        // both fields read
	dayOK    bool
	passOK   bool
	dayErr   string
	passErr  string
	blocking []string // reasons the row is not saved
	warnings []string // reasons to look again; the row is saved all the same
	// touched is set once the row has been left: from then on a field that
	// cannot be read is marked, not only while it is being typed.
	touched bool
	saveErr string
}

func (t *Screen) newRow(sh rules.Shift, fixed bool) *tsRow {
	r := &tsRow{Saved: sh, fixed: fixed}
	r.Day = newTSField(t, r, FieldDay)
	r.Pass = newTSField(t, r, fieldPass)
	r.Pass.placeholder = "8-16"
	if sh.ID != 0 {
		r.Day.text, r.Pass.text = tsDayText(sh.Date, t.Month), tsPassText(sh)
	}
	r.Day.disabled = fixed || t.locked
	r.Pass.disabled = r.Day.disabled
	r.weekday = newTSCell(fyne.TextAlignLeading)
	r.start = newTSCell(fyne.TextAlignLeading)
	r.end = newTSCell(fyne.TextAlignLeading)
	r.kind = newTSCell(fyne.TextAlignLeading)
	r.length = newTSCell(fyne.TextAlignTrailing)
	r.note = widget.NewLabel("")
	r.note.Wrapping = fyne.TextWrapWord
	r.note.Hidden = true
	cells := container.New(&tsColumns{widths: t.widths, height: t.rowHeight()},
		r.Day, r.weekday, r.Pass, r.start, r.end, r.kind, r.length)
	r.Mark = canvas.NewRectangle(color.Transparent)
	r.box = container.NewStack(r.Mark, container.NewVBox(cells, r.note))
	return r
}

func (r *tsRow) field(f int) *tsField {
	if f == fieldPass {
		return r.Pass
	}
	return r.Day
}

// blank says whether both fields are empty.
func (r *tsRow) blank() bool {
	return strings.TrimSpace(r.Day.text) == "" && strings.TrimSpace(r.Pass.text) == ""
}

// dirty says whether the row was typed in and its fields now say something
// other than what is stored.
func (r *tsRow) dirty() bool {
	if !r.edited {
		return false
	}
	if r.Saved.ID == 0 {
		return !r.blank()
	}
	if r.parsed {
		return !tsSameShift(r.cur, r.Saved)
	}
	return true
}

func (r *tsRow) removed() bool { return r.gone }

// tsField is a field of a row: its text in an entry's frame, or the editor
// when it is the field being typed in. Tapping it moves the editor there.
type tsField struct {
	widget.BaseWidget
	t           *Screen
	row         *tsRow
	field       int
	text        string
	placeholder string
	disabled    bool
}

func newTSField(t *Screen, r *tsRow, field int) *tsField {
	f := &tsField{t: t, row: r, field: field}
	f.ExtendBaseWidget(f)
	return f
}

// Text is what the field holds, typed or stored.
func (f *tsField) Text() string { return f.text }

// SetText sets the field as the screen's own change, not as typing.
func (f *tsField) SetText(s string) {
	if f.text == s {
		return
	}
	f.text = s
	if f.t.Ed.Cell == f {
		f.t.setting++
		f.t.Ed.SetText(s)
		f.t.setting--
	}
	f.Refresh()
}

func (f *tsField) Disabled() bool { return f.disabled }

func (f *tsField) Disable() {
	f.disabled = true
	f.Refresh()
}

func (f *tsField) Tapped(*fyne.PointEvent) {
	if !f.disabled {
		f.t.editCell(f, true)
	}
}

func (f *tsField) CreateRenderer() fyne.WidgetRenderer {
	r := &tsFieldRenderer{f: f, bg: canvas.NewRectangle(nil), text: canvas.NewText("", nil)}
	r.Refresh()
	return r
}

type tsFieldRenderer struct {
	f    *tsField
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *tsFieldRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	inset := theme.InnerPadding() + theme.InputBorderSize()
	h := r.text.MinSize().Height
	r.text.Move(fyne.NewPos(inset, (size.Height-h)/2))
	r.text.Resize(fyne.NewSize(max(size.Width-2*inset, 0), h))
	if r.f.t.Ed.Cell == r.f {
		r.f.t.Ed.Move(fyne.Position{})
		r.f.t.Ed.Resize(size)
	}
}

// MinSize is an Entry's height; the width is the column's.
func (r *tsFieldRenderer) MinSize() fyne.Size {
	return fyne.NewSize(r.text.MinSize().Width+2*theme.InnerPadding(), r.f.t.rowHeight())
}

func (r *tsFieldRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	r.bg.StrokeWidth = theme.InputBorderSize()
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.text.Text, r.text.Color = r.f.text, theme.Color(theme.ColorNameForeground)
	switch {
	case r.f.disabled:
		// A locked month is read, not typed in: the text stays as legible as
		// the columns beside it, and the field loses its input look instead.
		r.bg.FillColor, r.bg.StrokeWidth = color.Transparent, 0
	case r.f.text == "":
		r.text.Text, r.text.Color = r.f.placeholder, theme.Color(theme.ColorNamePlaceHolder)
	}
	r.text.TextSize = theme.TextSize()
	r.bg.Refresh()
	r.text.Refresh()
	r.Layout(r.f.Size())
}

func (r *tsFieldRenderer) Objects() []fyne.CanvasObject {
	if r.f.t.Ed.Cell == r.f && !r.f.disabled { // a locked row shows its text, not the greyed editor
		return []fyne.CanvasObject{r.bg, r.f.t.Ed}
	}
	return []fyne.CanvasObject{r.bg, r.text}
}

func (r *tsFieldRenderer) Destroy() {}

// tsEditor is the one Entry of the rows; it lives in the field being typed
// in. It takes Tab itself, so that Tab and Enter go from field to field
// through the rows and only leave them after the last.
type tsEditor struct {
	widget.Entry
	t     *Screen
	Cell  *tsField // the field it edits; nil before there are rows
	shift bool     // a Shift key is held: Tab goes back
}

func newTSEditor(t *Screen) *tsEditor {
	e := &tsEditor{t: t}
	e.ExtendBaseWidget(e)
	e.OnChanged = func(s string) {
		if f := e.Cell; f != nil && t.setting == 0 {
			f.text = s
			t.onTyped(f.row)
		}
	}
	return e
}

func (e *tsEditor) AcceptsTab() bool { return true }

func (e *tsEditor) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

func (e *tsEditor) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey: Tab and Enter go to the next field (Shift+Tab back); Up and Down
// to the same field of the row above or below; Delete in an empty field
// removes the row; Escape takes back what was typed in the row since it was
// saved; F1 shows the help.
func (e *tsEditor) TypedKey(k *fyne.KeyEvent) {
	f := e.Cell
	if f == nil {
		e.Entry.TypedKey(k)
		return
	}
	switch k.Name {
	case fyne.KeyTab:
		if e.shift {
			e.t.moveCell(f, -1)
		} else {
			e.t.moveCell(f, +1)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		e.t.moveCell(f, +1)
	case fyne.KeyUp:
		e.t.moveRow(f, -1)
	case fyne.KeyDown:
		e.t.moveRow(f, +1)
	case fyne.KeyEscape:
		e.t.revert(f.row)
	case fyne.KeyF1:
		e.t.showHelp()
	case fyne.KeyF10:
		widgets.PassKey(e, k)
	case fyne.KeyDelete:
		if e.Text == "" {
			e.t.deleteRow(f.row, f.field)
			return
		}
		e.Entry.TypedKey(k)
	default:
		e.Entry.TypedKey(k)
	}
}

// TypedShortcut: Ctrl+Z undoes the screen's last change (not the field's
// last keystroke), Ctrl+Delete removes the row.
func (e *tsEditor) TypedShortcut(s fyne.Shortcut) {
	f := e.Cell
	switch sc := s.(type) {
	case *fyne.ShortcutUndo:
		if f != nil {
			e.t.undo(f.row)
		}
	case *fyne.ShortcutRedo:
		// The screen has no redo, and the field's own would bring back text
		// the store no longer holds.
	case *desktop.CustomShortcut:
		if f != nil && sc.KeyName == fyne.KeyDelete && (sc.Modifier == fyne.KeyModifierControl || sc.Modifier == fyne.KeyModifierShortcutDefault) {
			e.t.deleteRow(f.row, f.field)
			return
		}
		if widgets.PassShortcut(e, s) { // the month, tab and menu keys
			return
		}
		e.Entry.TypedShortcut(s)
	default:
		e.Entry.TypedShortcut(s)
	}
}

// FocusGained selects the field's text, so that typing replaces it as in a
// spreadsheet, and brings the row into view.
func (e *tsEditor) FocusGained() {
	e.Entry.FocusGained()
	e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
	if e.Cell != nil {
		e.t.scrollTo(e.Cell.row)
	}
}

// FocusLost stores the row when the focus leaves the rows (a button, another
// tab, a dialog).
func (e *tsEditor) FocusLost() {
	e.shift = false
	e.Entry.FocusLost()
	if e.Cell != nil {
		e.t.fieldLeft(e.Cell)
	}
}

// tsCell is a read-only cell of a row: one line of text, drawn as a Label
// draws it, at a fraction of a Label's cost (a month has 300 of them).
type tsCell struct {
	widget.BaseWidget
	text  string
	align fyne.TextAlign
}

func newTSCell(align fyne.TextAlign) *tsCell {
	c := &tsCell{align: align}
	c.ExtendBaseWidget(c)
	return c
}

// Text is what the cell shows.
func (c *tsCell) Text() string { return c.text }

func (c *tsCell) SetText(s string) {
	if c.text != s {
		c.text = s
		c.Refresh()
	}
}

func (c *tsCell) CreateRenderer() fyne.WidgetRenderer {
	r := &tsCellRenderer{c: c, text: canvas.NewText("", nil)}
	r.Refresh()
	return r
}

type tsCellRenderer struct {
	c    *tsCell
	text *canvas.Text
}

func (r *tsCellRenderer) Layout(size fyne.Size) {
	pad := theme.InnerPadding()
	h := r.text.MinSize().Height
	r.text.Move(fyne.NewPos(pad, (size.Height-h)/2))
	r.text.Resize(fyne.NewSize(max(size.Width-2*pad, 0), h))
}

func (r *tsCellRenderer) MinSize() fyne.Size {
	pad := 2 * theme.InnerPadding()
	return r.text.MinSize().AddWidthHeight(pad, pad)
}

func (r *tsCellRenderer) Refresh() {
	r.text.Text = r.c.text
	r.text.Alignment = r.c.align
	r.text.Color = theme.Color(theme.ColorNameForeground)
	r.text.TextSize = theme.TextSize()
	r.text.Refresh()
	r.Layout(r.c.Size())
}

func (r *tsCellRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }
func (r *tsCellRenderer) Destroy()                     {}

// tsColumns places a row's cells at fixed widths, so that the rows and the
// header line up. A row's height is fixed too (height), which spares
// measuring its cells each time the list is laid out; 0 measures them.
type tsColumns struct {
	widths []float32
	height float32
}

func (l *tsColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := float32(0), l.height
	for i, o := range objs {
		if i < len(l.widths) {
			w += l.widths[i]
		}
		if l.height == 0 {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(w+theme.Padding()*float32(max(len(objs)-1, 0)), h)
}

func (l *tsColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := float32(0)
		if i < len(l.widths) {
			w = l.widths[i]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}
