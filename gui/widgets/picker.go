package widgets

// A large office has 1,500 assistants: a drop-down menu of them is a long
// scroll. The picker looks and works like a Select (same fields, same
// methods, ← → still step), but opening it shows a search field over a
// virtual list: typing filters by name or personnummer, ↑ ↓ move, Enter
// chooses, Esc closes without a change.

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Picker is a Select whose list is searched; with Menu set it is a plain
// Select (a few fixed options need no search).
type Picker struct {
	widget.Select
	Menu bool
	// SearchAlso, when set, is more text the search finds an option by
	// without showing it (the personnummer of a pair named by its names).
	SearchAlso func(option string) string
	pop        *widget.PopUp
	search     *pickEntry
	list       *widget.List
	shown      []int // the indexes into Options the search matches
	cur        int   // the row of shown the keys point at
	moving     bool  // the list's selection is being moved by the keys, not chosen
}

// NewPicker makes a picker with these options; changed runs when one is chosen.
func NewPicker(options []string, changed func(string)) *Picker {
	p := &Picker{}
	p.Options, p.OnChanged = options, changed
	p.PlaceHolder = lang.X("picker.choose", "Välj")
	p.ExtendBaseWidget(p)
	return p
}

// NewSelect is a plain Select (a few fixed options) that lets the window's
// keys through.
func NewSelect(options []string, changed func(string)) *Picker {
	p := NewPicker(options, changed)
	p.Menu = true
	return p
}

// Tapped opens the search instead of the menu.
func (p *Picker) Tapped(ev *fyne.PointEvent) {
	if p.Menu {
		p.Select.Tapped(ev)
		return
	}
	if p.Disabled() {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(p); c != nil {
		c.Focus(p)
	}
	p.Open("")
}

// TypedKey opens the search on Space, Enter, ↑ and ↓; ← → step as in a Select.
// With Menu set, the Select's keys open its menu. Other keys (F10, Esc) go
// to the window, which a Select would swallow.
func (p *Picker) TypedKey(ev *fyne.KeyEvent) {
	if p.Menu {
		switch ev.Name {
		case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight:
			p.Select.TypedKey(ev)
		default:
			PassKey(p, ev)
		}
		return
	}
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		if !p.Disabled() {
			p.Open("")
		}
	case fyne.KeyLeft, fyne.KeyRight:
		p.Select.TypedKey(ev)
	default:
		PassKey(p, ev)
	}
}

// TypedRune starts a search with the letter typed.
func (p *Picker) TypedRune(r rune) {
	if !p.Menu && !p.Disabled() && !unicode.IsSpace(r) {
		p.Open(string(r))
	}
}

// Open shows the search field with query typed and the options it matches.
func (p *Picker) Open(query string) {
	c := fyne.CurrentApp().Driver().CanvasForObject(p)
	if c == nil {
		return
	}
	keys := PickKeys(p.Options, p.SearchAlso)
	p.search = &pickEntry{p: p}
	p.search.ExtendBaseWidget(p.search)
	p.search.SetPlaceHolder(lang.X("picker.search", "Sök namn eller personnummer"))
	p.list = widget.NewList(func() int { return len(p.shown) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id < len(p.shown) {
				o.(*widget.Label).SetText(p.Options[p.shown[id]])
			}
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if !p.moving {
			p.choose(id)
		}
	}
	p.search.OnChanged = func(q string) {
		p.shown = FilterPicks(keys, q, p.shown[:0])
		p.list.UnselectAll()
		p.list.Refresh()
		p.point(0)
	}
	p.shown = FilterPicks(keys, "", nil)
	p.pop = widget.NewPopUp(container.NewBorder(p.search, nil, nil, nil, p.list), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p).Add(fyne.NewPos(0, p.Size().Height))
	size := fyne.NewSize(max(p.Size().Width, 360), 320)
	if room := c.Size().Height - pos.Y; room < size.Height && pos.Y > room {
		pos.Y = max(0, pos.Y-p.Size().Height-size.Height) // no room below: open upwards
	}
	p.pop.ShowAtPosition(pos)
	p.pop.Resize(size)
	p.point(max(0, p.SelectedIndex()))
	c.Focus(p.search)
	if query != "" {
		p.search.SetText(query)
		p.search.CursorColumn = len([]rune(query))
	}
}

// point moves the keys' row to shown row i and shows it.
func (p *Picker) point(i int) {
	if len(p.shown) == 0 {
		p.cur = 0
		return
	}
	p.cur = min(max(i, 0), len(p.shown)-1)
	p.moving = true
	p.list.Select(p.cur)
	p.moving = false
}

// choose sets the option of shown row i and closes the search.
func (p *Picker) choose(i int) {
	if i < 0 || i >= len(p.shown) {
		return
	}
	opt := p.Options[p.shown[i]]
	p.close()
	if opt != p.Selected {
		p.SetSelected(opt)
	}
}

func (p *Picker) close() {
	if p.pop == nil {
		return
	}
	p.pop.Hide()
	p.pop = nil
	if c := fyne.CurrentApp().Driver().CanvasForObject(p); c != nil {
		c.Focus(p)
	}
}

// Searching is true while the search is open.
func (p *Picker) Searching() bool { return p.pop != nil && p.pop.Visible() }

// Shown are the options the search shows now, for tests.
func (p *Picker) Shown() []string {
	out := make([]string, len(p.shown))
	for i, j := range p.shown {
		out[i] = p.Options[j]
	}
	return out
}

// SearchField is the open search's text field, for tests.
func (p *Picker) SearchField() *widget.Entry { return &p.search.Entry }

// pickEntry is the search field: it keeps the text keys and gives the
// picker ↑ ↓ PageUp PageDown, Enter and Esc.
type pickEntry struct {
	widget.Entry
	p *Picker
}

func (e *pickEntry) TypedKey(ev *fyne.KeyEvent) {
	p := e.p
	switch ev.Name {
	case fyne.KeyDown:
		p.point(p.cur + 1)
	case fyne.KeyUp:
		p.point(p.cur - 1)
	case fyne.KeyPageDown:
		p.point(p.cur + 10)
	case fyne.KeyPageUp:
		p.point(p.cur - 10)
	case fyne.KeyReturn, fyne.KeyEnter:
		p.choose(p.cur)
	case fyne.KeyEscape:
		p.close()
	default:
		e.Entry.TypedKey(ev)
	}
}

// PickKeys are the texts the search looks in: each option (and what also
// gives for it, when set) in lower case and, after it, its digits alone so
// that 195003042347 finds 19500304-2347.
func PickKeys(options []string, also func(string) string) []string {
	keys := make([]string, len(options))
	for i, o := range options {
		if also != nil {
			o += "\x00" + also(o)
		}
		keys[i] = strings.ToLower(o) + "\x00" + digitsOf(o)
	}
	return keys
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// FilterPicks appends to out the indexes of the keys holding every word of
// query (in any order, any case; a number also without its dash); an empty
// query matches all.
func FilterPicks(keys []string, query string, out []int) []int {
	words := strings.Fields(strings.ToLower(query))
	nums := make([]string, len(words)) // a word that is a number with a dash or plus, as its digits
	for i, w := range words {
		if d := digitsOf(w); d != "" && d != w && strings.Trim(w, "0123456789-+") == "" {
			nums[i] = d
		}
	}
	for i, k := range keys {
		ok := true
		for j, w := range words {
			if !strings.Contains(k, w) && (nums[j] == "" || !strings.Contains(k, nums[j])) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}
