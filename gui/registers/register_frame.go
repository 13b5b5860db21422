// Package registers holds the four registers (Anordnare, Kunder with their
// decisions, Assistenter, Uppdrag with form 3066) and the framework they share:
// a searchable list beside an edit form (register[T] and registerFrame), with
// saving, asking before leaving or deleting, and shortcuts.
package registers

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/widgets"
)

// listMinWidth keeps a register list wide enough for a name and its number
// at 1024×700: the split gives the form only what is left beside it.
const listMinWidth float32 = 260

// registerFrame is the part every register screen has: a search field and a
// list on the left, the edit form on the right, and Ny, Spara and Ta bort
// under the form.
type registerFrame struct {
	win     fyne.Window
	search  *widgets.KeyEntry
	List    *widgets.KeyList
	rows    []listRow
	newBtn  *widget.Button
	saveBtn *widget.Button
	delBtn  *widget.Button
	status  *widget.Label
	content *widgets.ShortcutScope
	split   *container.Split

	onSelect func(i int) // a row the user chose; i indexes rows
	onSearch func()
	onNew    func()
	onSave   func()
	onDelete func()
	// quiet is set while the screen selects a row itself, so that the form is not refilled.
	quiet bool
}

// listRow is one line of a register list: a name, what identifies it, and a warning if any.
type listRow struct {
	Title, Detail, Warning string
}

// newRegisterFrame builds the frame around form; extra buttons go after Ta bort.
func newRegisterFrame(win fyne.Window, searchHint string, form fyne.CanvasObject, extra ...fyne.CanvasObject) *registerFrame {
	f := &registerFrame{win: win}
	f.search = widgets.NewKeyEntry(f.shortcut)
	f.search.SetPlaceHolder(searchHint)
	f.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	f.search.OnChanged = func(string) {
		if f.onSearch != nil {
			f.onSearch()
		}
	}
	f.List = widgets.NewKeyList(func() int { return len(f.rows) }, f.createRow, f.updateRow)
	f.List.OnSelected = func(id widget.ListItemID) {
		if !f.quiet && f.onSelect != nil && id < len(f.rows) {
			f.onSelect(id)
		}
	}
	f.List.OnDelete = f.deleteTapped
	f.newBtn = widget.NewButtonWithIcon(lang.X("reg.new", "Ny"), theme.ContentAddIcon(), func() { f.onNew() })
	f.saveBtn = widget.NewButtonWithIcon(lang.X("reg.save", "Spara"), theme.DocumentSaveIcon(), func() { f.onSave() })
	f.saveBtn.Importance = widget.HighImportance
	f.delBtn = widget.NewButtonWithIcon(lang.X("reg.delete", "Ta bort"), theme.DeleteIcon(), f.deleteTapped)
	f.delBtn.Importance = widget.DangerImportance
	f.status = widget.NewLabel("")
	f.status.Wrapping = fyne.TextWrapWord

	left := container.New(minWidth(listMinWidth), container.NewBorder(f.search, nil, nil, nil, f.List))
	buttons := container.NewHBox(append([]fyne.CanvasObject{f.newBtn, f.saveBtn, f.delBtn}, extra...)...)
	right := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons, f.status), nil, nil,
		container.NewVScroll(container.NewPadded(form)))
	f.split = container.NewHSplit(left, right)
	f.split.Offset = 0.3
	f.content = widgets.NewShortcutScope(win, f.split, f.shortcut)
	return f
}

// shortcut runs the register shortcuts; it reports whether sc was one of them.
func (f *registerFrame) shortcut(sc fyne.Shortcut) bool {
	switch sc.ShortcutName() {
	case widgets.ShortcutNew.ShortcutName():
		f.onNew()
	case widgets.ShortcutSave.ShortcutName():
		if !f.saveBtn.Disabled() {
			f.onSave()
		}
	case widgets.ShortcutFind.ShortcutName():
		f.win.Canvas().Focus(f.search)
	default:
		return false
	}
	return true
}

func (f *registerFrame) deleteTapped() {
	if !f.delBtn.Disabled() {
		f.onDelete()
	}
}

func (f *registerFrame) createRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	warn := widget.NewLabel("")
	warn.Importance = widget.WarningImportance
	warn.Truncation = fyne.TextTruncateEllipsis
	// Every row has two lines, so that all rows are as high: the name, then
	// the number and any warning.
	return container.NewVBox(title, container.NewBorder(nil, nil, detail, nil, warn))
}

func (f *registerFrame) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(f.rows) {
		return
	}
	r := f.rows[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.Title)
	line := box.Objects[1].(*fyne.Container)
	// Border keeps its objects in the order given: warn (centre) first, then detail (left).
	detail := line.Objects[1].(*widget.Label)
	detail.SetText(r.Detail)
	detail.Hidden = r.Detail == "" // else its padding would indent the warning
	warn := line.Objects[0].(*widget.Label)
	warn.SetText(r.Warning)
	line.Refresh() // the number's width changed: lay the line out again
}

// setRows shows rows and selects row sel (-1: none) without refilling the form.
func (f *registerFrame) setRows(rows []listRow, sel int) {
	f.rows = rows
	f.quiet = true
	defer func() { f.quiet = false }()
	f.List.UnselectAll()
	f.List.Refresh()
	if sel >= 0 && sel < len(rows) {
		f.List.Select(sel)
	}
}

// searchText is the search field's text, trimmed and in lower case.
func (f *registerFrame) searchText() string {
	return strings.ToLower(strings.TrimSpace(f.search.Text))
}

// setStatus shows a line under the buttons; an error is shown in red.
func (f *registerFrame) setStatus(text string, err bool) {
	f.status.Importance = widget.SuccessImportance
	if err {
		f.status.Importance = widget.DangerImportance
	}
	f.status.SetText(text)
}

// matchesSearch says whether q (lower case) is part of one of the names or
// identity numbers; numbers also match when typed with "-" or without the century.
func matchesSearch(q string, names []string, ids []string) bool {
	if q == "" {
		return true
	}
	for _, n := range names {
		if strings.Contains(strings.ToLower(n), q) {
			return true
		}
	}
	digits := strings.NewReplacer("-", "", "+", "", " ", "").Replace(q)
	if digits == "" || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	for _, id := range ids {
		if id != "" && strings.Contains(id, digits) {
			return true
		}
	}
	return false
}

// minWidth lays out one object over the whole space and asks for at least w.
type minWidth float32

func (w minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (w minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var m fyne.Size
	for _, o := range objs {
		m = m.Max(o.MinSize())
	}
	return m.Max(fyne.NewSize(float32(w), 0))
}
