package plan

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/widgets"
	"assistans/rules"
)

// line is one line of a day: a shift, a gap or an absence.
type line struct {
	text   string
	color  fyne.ThemeColorName // "" is the text colour
	italic bool                // planned, not laid
}

// DayCell is one day of the calendar. It takes the keyboard focus: Enter or
// Space opens the day, the arrow keys move to the day beside, above or below.
type DayCell struct {
	widget.BaseWidget
	Date     rules.Date
	c        *Calendar
	index    int
	lines    []line
	gap      bool // a scheduled shift nobody works
	double   bool // two assistants at the same time
	findings []rules.Finding
	focused  bool
}

func newDayCell(c *Calendar, d rules.Date, index int) *DayCell {
	cell := &DayCell{Date: d, c: c, index: index}
	cell.ExtendBaseWidget(cell)
	return cell
}

// Lines are the day's texts as shown, for tests.
func (d *DayCell) Lines() []string {
	out := make([]string, len(d.lines))
	for i, l := range d.lines {
		out[i] = l.text
	}
	return out
}

// Findings are the findings marked on the day.
func (d *DayCell) Findings() []rules.Finding { return d.findings }

// Gap and Double say how the day is coloured.
func (d *DayCell) Gap() bool    { return d.gap }
func (d *DayCell) Double() bool { return d.double }

func (d *DayCell) Tapped(*fyne.PointEvent) {
	d.c.p.s.Win.Canvas().Focus(d)
	d.c.OpenDay(d.Date)
}

func (d *DayCell) FocusGained()   { d.focused = true; d.Refresh() }
func (d *DayCell) FocusLost()     { d.focused = false; d.Refresh() }
func (d *DayCell) TypedRune(rune) {}

func (d *DayCell) TypedKey(k *fyne.KeyEvent) {
	step := 0
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		d.c.OpenDay(d.Date)
		return
	case fyne.KeyLeft:
		step = -1
	case fyne.KeyRight:
		step = 1
	case fyne.KeyUp:
		step = -7
	case fyne.KeyDown:
		step = 7
	default:
		return
	}
	if i := d.index + step; i >= 0 && i < len(d.c.Days) {
		d.c.p.s.Win.Canvas().Focus(d.c.Days[i])
	}
}

// tint is the theme colour name at alpha a, for a background.
func tint(name fyne.ThemeColorName, a uint8) color.Color {
	r, g, b, _ := theme.Color(name).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

func (d *DayCell) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = theme.InputRadiusSize()
	r := &dayRenderer{d: d, bg: bg}
	r.Refresh()
	return r
}

// dayRenderer draws the day's number and findings mark on the first line and
// as many of its lines below as the cell has room for; when some do not fit,
// the last line that does says how many more there are.
type dayRenderer struct {
	d     *DayCell
	bg    *canvas.Rectangle
	head  []fyne.CanvasObject // the number, the findings mark
	lines []*canvas.Text
	more  *canvas.Text
}

func lineHeight() float32 {
	return fyne.MeasureText("Åg", theme.CaptionTextSize(), fyne.TextStyle{}).Height
}

func (r *dayRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	p, h := theme.InnerPadding()/2, lineHeight()
	x := p
	for _, o := range r.head {
		o.Move(fyne.NewPos(x, p/2))
		o.Resize(o.MinSize())
		x += o.MinSize().Width + p
	}
	room := int((size.Height - p - h) / h) // lines below the head that fit
	shown := len(r.lines)
	if shown > room {
		shown = max(room-1, 0)
	}
	for i, t := range r.lines {
		t.Hidden = i >= shown
		t.Move(fyne.NewPos(p, p/2+h*float32(i+1)))
		t.Resize(fyne.NewSize(size.Width-2*p, h))
	}
	r.more.Hidden = shown == len(r.lines)
	r.more.Text = lang.X("plan.more_lines", "+{{.N}} till", map[string]any{"N": len(r.lines) - shown})
	r.more.Move(fyne.NewPos(p, p/2+h*float32(shown+1)))
	r.more.Resize(fyne.NewSize(size.Width-2*p, h))
}

func (r *dayRenderer) MinSize() fyne.Size {
	return fyne.NewSize(60, 3*lineHeight()+theme.InnerPadding()/2)
}

func (r *dayRenderer) Refresh() {
	d := r.d
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	switch {
	case d.gap:
		r.bg.FillColor = tint(theme.ColorNameError, 0x50)
	case d.double:
		r.bg.FillColor = tint(theme.ColorNamePrimary, 0x40)
	}
	r.bg.StrokeWidth = 0
	if d.focused {
		r.bg.StrokeColor, r.bg.StrokeWidth = theme.Color(theme.ColorNameFocus), 2
	}
	r.bg.Refresh()
	size := theme.CaptionTextSize()
	num := canvas.NewText(strconv.Itoa(d.Date.Day), theme.Color(theme.ColorNameForeground))
	num.TextStyle.Bold, num.TextSize = true, size
	r.head = []fyne.CanvasObject{num}
	if n := len(d.findings); n > 0 {
		worst := d.findings[0].Severity
		for _, x := range d.findings {
			if x.Severity == rules.Block || x.Severity == rules.Warn && worst == rules.Info {
				worst = x.Severity
			}
		}
		label := widgets.CodeLabel(d.findings[0].Code)
		if n > 1 {
			label += " +" + strconv.Itoa(n-1)
		}
		mark := canvas.NewText("⚠ "+label, theme.Color(widgets.SeverityColor(worst)))
		mark.TextSize, mark.TextStyle.Bold = size, true
		r.head = append(r.head, mark)
	}
	r.lines = r.lines[:0]
	for _, l := range d.lines {
		col := theme.ColorNameForeground
		if l.color != "" {
			col = l.color
		}
		t := canvas.NewText(l.text, theme.Color(col))
		t.TextSize, t.TextStyle.Italic = size, l.italic
		r.lines = append(r.lines, t)
	}
	r.more = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	r.more.TextSize = size
	r.Layout(d.Size())
	canvas.Refresh(d)
}

func (r *dayRenderer) Objects() []fyne.CanvasObject {
	objs := append([]fyne.CanvasObject{r.bg}, r.head...)
	for _, t := range r.lines {
		objs = append(objs, t)
	}
	return append(objs, r.more)
}

func (r *dayRenderer) Destroy() {}
