package overview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
)

// The findings are a virtual list: a large provider's month has hundreds of
// findings, and building a wrapped rich-text row for each froze the window
// for a second on every showing. The list builds only the rows in view and
// fills them with fillRow as they scroll in; a row's height follows its
// wrapped text, measured when it is filled or resized.

// newList is an empty list of the shown findings; show makes a new one for
// each new set, so that no row keeps the height measured for another finding.
func (f *Findings) newList() *widget.List {
	l := widget.NewList(
		func() int { return len(f.Shown) },
		f.newRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { f.fillRow(o.(*FindingRow), id) },
	)
	// The list's own keys (Space on its focused item) open the finding too.
	l.OnSelected = func(id widget.ListItemID) {
		l.Unselect(id)
		if id < len(f.Shown) {
			f.Open(f.Shown[id])
		}
	}
	return l
}

// newRow is an empty row: the severity icon, a line with severity, code, date
// and who, and the message wrapped below it.
func (f *Findings) newRow() fyne.CanvasObject {
	r := &FindingRow{Bg: canvas.NewRectangle(color.Transparent), f: f, id: -1,
		icon: widget.NewIcon(nil), head: widget.NewRichText(), msg: widget.NewLabel("")}
	r.head.Wrapping = fyne.TextWrapWord
	r.msg.Wrapping = fyne.TextWrapWord
	r.content = container.NewBorder(nil, nil, container.NewVBox(r.icon), nil, container.NewVBox(r.head, r.msg))
	r.ExtendBaseWidget(r)
	return r
}

// fillRow shows finding id of the shown ones in r: the one place a finding
// becomes the texts of a row.
func (f *Findings) fillRow(r *FindingRow, id int) {
	if id >= len(f.Shown) {
		return
	}
	x := f.Shown[id]
	if old, ok := f.rowAt[r.id]; ok && old == r {
		delete(f.rowAt, r.id)
	}
	r.id = id
	f.rowAt[id] = r
	r.icon.SetResource(widgets.SeverityIcon(x.Severity))
	r.head.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: widgets.SeverityText(x.Severity) + " · " + widgets.CodeLabel(x.Code),
			Style: widget.RichTextStyle{ColorName: widgets.SeverityColor(x.Severity), Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: "    " + f.detail(x), Style: widget.RichTextStyleInline},
	}
	r.head.Refresh()
	r.msg.SetText(language.Finding(x))
	r.opens = opens(x)
	r.hovered = r.hovered && r.opens
	r.paint()
	r.fitHeight()
}

// Row is the row that shows finding i of the shown ones, scrolled into view;
// nil when i is out of range or the list is not on screen.
func (f *Findings) Row(i int) *FindingRow {
	if i < 0 || i >= len(f.Shown) {
		return nil
	}
	f.List.ScrollTo(i)
	if r := f.rowAt[i]; r != nil && r.id == i {
		return r
	}
	return nil
}

// focusRow moves the keyboard focus to finding i, scrolling it into view.
func (f *Findings) focusRow(i int) {
	if r := f.Row(i); r != nil {
		if c := fyne.CurrentApp().Driver().CanvasForObject(r); c != nil {
			c.Focus(r)
		}
	}
}

// setHeight gives finding id's row the height its wrapped text needs, after
// the list's current layout pass (setting it within the pass would lay the
// list out again in the middle of it).
func (f *Findings) setHeight(l *widget.List, id int, h float32) {
	f.s.Do(func() {
		if l == f.List && id < len(f.Shown) {
			l.SetItemHeight(id, h)
		}
	})
}

// FindingRow is one finding of the list. A click, or Enter while it has the
// keyboard focus (Tab, or Up and Down from row to row), opens what it is about.
type FindingRow struct {
	widget.BaseWidget
	f                *Findings
	id               int // the index in f.Shown of the finding shown; -1 before the first
	content          fyne.CanvasObject
	icon             *widget.Icon
	head             *widget.RichText
	msg              *widget.Label
	Bg               *canvas.Rectangle
	opens            bool // a tab shows what the finding is about
	Focused, hovered bool
}

func (r *FindingRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(r.Bg, r.content))
}

// Resize lays the row out, and asks for another height when the text wraps
// to another number of lines at the new width.
func (r *FindingRow) Resize(s fyne.Size) {
	if s == r.Size() {
		return
	}
	r.BaseWidget.Resize(s)
	r.fitHeight()
}

// fitHeight asks the list for the height the row's text needs at its width.
func (r *FindingRow) fitHeight() {
	if r.id < 0 || r.Size().Width <= 0 {
		return
	}
	if h := r.content.MinSize().Height; h != r.Size().Height {
		r.f.setHeight(r.f.List, r.id, h)
	}
}

// Tapped opens the finding.
func (r *FindingRow) Tapped(*fyne.PointEvent) {
	if r.opens && r.id >= 0 && r.id < len(r.f.Shown) {
		r.f.Open(r.f.Shown[r.id])
	}
}

// Cursor is a hand over a row that opens something.
func (r *FindingRow) Cursor() desktop.Cursor {
	if r.opens {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (r *FindingRow) MouseIn(*desktop.MouseEvent)    { r.hovered = r.opens; r.paint() }
func (r *FindingRow) MouseMoved(*desktop.MouseEvent) {}
func (r *FindingRow) MouseOut()                      { r.hovered = false; r.paint() }

func (r *FindingRow) FocusGained() {
	r.Focused = true
	r.paint()
	if r.id >= 0 {
		r.f.List.ScrollTo(r.id)
	}
}

func (r *FindingRow) FocusLost()     { r.Focused = false; r.paint() }
func (r *FindingRow) TypedRune(rune) {}

// TypedKey: Enter opens the finding; Up and Down go to the row above or
// below, which the list builds when it scrolls into view.
func (r *FindingRow) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		r.Tapped(nil)
	case fyne.KeyUp:
		r.f.focusRow(r.id - 1)
	case fyne.KeyDown:
		r.f.focusRow(r.id + 1)
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
