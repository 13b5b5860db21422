package gui

// The parts the four register screens (anordnare, kunder, assistenter, uppdrag)
// share: a searchable list beside an edit form, entries that check what is
// typed and show a Swedish message underneath, tri-state yes/no choices, the
// keyboard shortcuts and the ask-before-delete dialogs.

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/rules"
)

// registerStore is what the register screens read and write.
type registerStore interface {
	providerStore
	customerStore
	assistantStore
	assignmentStore
}

// The register screens' shortcuts; Delete is a plain key handled by the list.
var (
	shortcutNew  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSave = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// keyEntry is an Entry that lets the register shortcuts through: a focused
// Entry receives every shortcut and would swallow Ctrl+N, Ctrl+S and Ctrl+F.
type keyEntry struct {
	widget.Entry
	onShortcut func(fyne.Shortcut) bool
}

func newKeyEntry(onShortcut func(fyne.Shortcut) bool) *keyEntry {
	e := &keyEntry{onShortcut: onShortcut}
	e.ExtendBaseWidget(e)
	return e
}

func (e *keyEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// keyList is a List that asks to delete its selected row when Delete is pressed.
type keyList struct {
	widget.List
	onDelete func()
}

func newKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *keyList {
	l := &keyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *keyList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyDelete && l.onDelete != nil {
		l.onDelete()
		return
	}
	l.List.TypedKey(ev)
}

// shortcutScope holds a screen's content and puts the screen's shortcuts on
// the window when the tab shows it. Tabs hide the screens they do not show,
// so a handler left on the window by a screen that is now hidden does nothing.
type shortcutScope struct {
	widget.BaseWidget
	content fyne.CanvasObject
	win     fyne.Window
	handle  func(fyne.Shortcut) bool
}

func newShortcutScope(win fyne.Window, content fyne.CanvasObject, handle func(fyne.Shortcut) bool) *shortcutScope {
	sc := &shortcutScope{content: content, win: win, handle: handle}
	sc.ExtendBaseWidget(sc)
	return sc
}

func (sc *shortcutScope) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(sc.content)
}

// Show is called by the tabs each time they lay out the chosen tab.
func (sc *shortcutScope) Show() {
	sc.BaseWidget.Show()
	sc.register()
}

func (sc *shortcutScope) register() {
	c := sc.win.Canvas()
	for _, k := range []fyne.Shortcut{shortcutNew, shortcutSave, shortcutFind} {
		c.AddShortcut(k, func(k fyne.Shortcut) {
			if sc.Visible() {
				sc.handle(k)
			}
		})
	}
}

// registerFrame is the part every register screen has: a search field and a
// list on the left, the edit form on the right, and Ny, Spara and Ta bort
// under the form.
type registerFrame struct {
	win     fyne.Window
	search  *keyEntry
	list    *keyList
	rows    []listRow
	newBtn  *widget.Button
	saveBtn *widget.Button
	delBtn  *widget.Button
	status  *widget.Label
	content *shortcutScope

	onSelect func(i int) // a row the user chose; i indexes rows
	onSearch func()
	onNew    func()
	onSave   func()
	onDelete func()
	// quiet is set while the screen selects a row itself, so that the form is not refilled.
	quiet bool
}

// registerScreen is what one register screen does its own way: its record
// type's form, key, list row, store calls and texts. register[T] does the rest.
type registerScreen[T any] interface {
	blank() T // the record a new form starts with
	fill(x T)
	read() (T, error) // the record in the form; the fields must be valid
	validate()        // checks the form and enables Spara
	// showStored locks the key of a stored record (another key is another
	// record) and shows what only a stored record has.
	showStored(stored bool)
	sameKey(a, b T) bool
	searchTexts(x T) (names, ids []string) // what the search field matches
	listRow(x T) listRow
	save(x T) error
	savedText(x T) string
	deletion(x T) deletion[T]
}

// deletion is what Ta bort asks and does for one record.
type deletion[T any] struct {
	title, question string
	del             func() error
	// markInactive, if not nil, is offered when the store refuses because the
	// record has shifts; inactive is the record so marked.
	markInactive          func() error
	inactiveQuestion      string
	inactive              T
	deleted, madeInactive string // the status line after each
}

// register runs a register screen: the list and its search, the form of the
// record chosen, Ny, Spara and Ta bort.
type register[T any] struct {
	s       *session
	screen  registerScreen[T]
	frame   *registerFrame
	content fyne.CanvasObject
	first   fyne.Focusable // gets the cursor on Ny

	all, shown []T
	current    *T // the stored record in the form; nil while adding one
	fields     []*regField
	// clean is what the form read as when it was last filled, cleanOK
	// whether it read as a record then; dirty compares the form with it.
	clean   T
	cleanOK bool
}

func newRegister[T any](s *session, screen registerScreen[T]) *register[T] {
	return &register[T]{s: s, screen: screen}
}

// field makes an entry of the form, checked with the rest of the form.
func (r *register[T]) field(placeholder string, check func(string) error) *regField {
	f := newRegField(r.shortcut, placeholder, check, func() { r.screen.validate() })
	r.fields = append(r.fields, f)
	return f
}

// shortcut passes a shortcut typed in the form to the frame, built after the form.
func (r *register[T]) shortcut(k fyne.Shortcut) bool { return r.frame.shortcut(k) }

// buildFrame puts the form in a register frame run by r; first gets the cursor on Ny.
func (r *register[T]) buildFrame(searchHint string, form fyne.CanvasObject, first fyne.Focusable, extra ...fyne.CanvasObject) {
	f := newRegisterFrame(r.s.win, searchHint, form, extra...)
	f.onSelect = func(i int) { r.edit(r.shown[i]) }
	f.onSearch = r.showList
	f.onNew, f.onSave, f.onDelete = r.onNew, r.onSave, r.onDelete
	r.frame, r.content, r.first = f, f.content, first
}

// start empties the form, loads the list, and loads again whenever data
// changes; closing the window asks about the form's unsaved changes.
func (r *register[T]) start(load func()) {
	r.newRecord()
	load()
	r.s.onChange(load)
	r.s.onClose(r.askSave)
}

// loadFailed shows that the register could not be read.
func (r *register[T]) loadFailed(err error) {
	r.frame.setStatus(lang.X("reg.err_load", "Kunde inte läsa registret: {{.Err}}", map[string]any{"Err": err.Error()}), true)
}

// setAll shows the records just read, keeping the form as it is unless its
// record was removed elsewhere.
func (r *register[T]) setAll(all []T) {
	r.all = all
	if r.current != nil && !slices.ContainsFunc(all, r.isCurrent) {
		r.newRecord()
	}
	r.showList()
	r.screen.validate()
}

func (r *register[T]) isCurrent(x T) bool {
	return r.current != nil && r.screen.sameKey(x, *r.current)
}

// showList shows the records that match the search.
func (r *register[T]) showList() {
	q := r.frame.searchText()
	r.shown = r.shown[:0]
	var rows []listRow
	sel := -1
	for _, x := range r.all {
		if names, ids := r.screen.searchTexts(x); !matchesSearch(q, names, ids) {
			continue
		}
		if r.isCurrent(x) {
			sel = len(r.shown)
		}
		r.shown = append(r.shown, x)
		rows = append(rows, r.screen.listRow(x))
	}
	r.frame.setRows(rows, sel)
}

// validFields checks every entry and shows their messages.
func (r *register[T]) validFields() bool {
	ok := true
	for _, f := range r.fields {
		ok = f.validate() && ok
	}
	return ok
}

// showWarning shows in l what warn says of the record in the form, or
// nothing while the form does not read as a record.
func (r *register[T]) showWarning(l *widget.Label, warn func(T) string) {
	text := ""
	if x, err := r.screen.read(); err == nil {
		text = warn(x)
	}
	showMessageLabel(l, text)
}

// enableSave enables Spara when the form is valid.
func (r *register[T]) enableSave(ok bool) {
	if ok {
		r.frame.saveBtn.Enable()
	} else {
		r.frame.saveBtn.Disable()
	}
}

// newRecord empties the form for a new record.
func (r *register[T]) newRecord() {
	r.current = nil
	r.screen.fill(r.screen.blank())
	r.screen.showStored(false)
	r.frame.delBtn.Disable()
	r.screen.validate()
	r.markClean()
}

// edit puts the stored record x in the form.
func (r *register[T]) edit(x T) {
	r.current = &x
	r.screen.fill(x)
	r.screen.showStored(true)
	r.frame.delBtn.Enable()
	r.frame.setStatus("", false)
	r.screen.validate()
	r.markClean()
}

// markClean takes what the form holds now as what is stored.
func (r *register[T]) markClean() {
	x, err := r.screen.read()
	r.clean, r.cleanOK = x, err == nil
}

// dirty says whether the user changed the form since it was filled: it reads
// as another record, or a field typed in no longer reads as one.
func (r *register[T]) dirty() bool {
	x, err := r.screen.read()
	if err != nil {
		return slices.ContainsFunc(r.fields, func(f *regField) bool { return f.touched })
	}
	return !r.cleanOK || !reflect.DeepEqual(x, r.clean)
}

// askSave runs then at once when the form has no unsaved changes. Else it
// shows the form and asks "Spara ändringarna?": Ja saves (and runs then only
// if that worked), Nej runs then without saving, Avbryt stays.
func (r *register[T]) askSave(then func()) {
	if !r.dirty() {
		then()
		return
	}
	r.s.show(r.content)
	what := lang.X("reg.unsaved_new", "Den nya posten under {{.Tab}} är inte sparad.", map[string]any{"Tab": r.s.tabTitle(r.content)})
	if r.current != nil {
		what = lang.X("reg.unsaved_record", "{{.Who}} har ändringar som inte är sparade.", map[string]any{"Who": r.screen.listRow(*r.current).Title})
	}
	r.s.askYesNo(lang.X("reg.unsaved_title", "Spara ändringarna?"), what, func() {
		if r.saveValid() {
			then()
		}
	}, then)
}

// saveValid saves the form if Spara could; else it shows what to correct.
func (r *register[T]) saveValid() bool {
	if r.frame.saveBtn.Disabled() {
		r.validFields()
		r.frame.setStatus(lang.X("reg.err_fix_first", "Rätta de markerade fälten först, eller ångra ändringarna."), true)
		return false
	}
	return r.saveForm()
}

// selectKey shows the record with key's key in the form (asking first about
// unsaved changes to another record); it reports whether there is one.
func (r *register[T]) selectKey(key T) bool {
	return r.selectWhere(func(x T) bool { return r.screen.sameKey(x, key) })
}

// selectWhere shows the first record match accepts, as selectKey does.
func (r *register[T]) selectWhere(match func(T) bool) bool {
	i := slices.IndexFunc(r.all, match)
	if i < 0 {
		return false
	}
	x := r.all[i]
	show := func() {
		if names, ids := r.screen.searchTexts(x); !matchesSearch(r.frame.searchText(), names, ids) {
			r.frame.search.SetText("") // the search hides the record
		}
		r.showList() // selects the current record's row, which scrolls it into view
	}
	if r.isCurrent(x) { // already in the form, perhaps with edits: keep them
		show()
		return true
	}
	r.askSave(func() {
		r.edit(x)
		show()
	})
	return true
}

func (r *register[T]) onNew() {
	r.frame.list.UnselectAll()
	r.newRecord()
	r.frame.setStatus("", false)
	r.s.win.Canvas().Focus(r.first)
}

func (r *register[T]) onSave() { r.saveForm() }

// saveForm stores the record in the form and reports whether it was stored.
func (r *register[T]) saveForm() bool {
	x, err := r.screen.read()
	if err != nil {
		r.frame.setStatus(err.Error(), true)
		return false
	}
	if err := r.screen.save(x); err != nil {
		r.frame.setStatus(lang.X("reg.err_save", "Kunde inte spara: {{.Err}}", map[string]any{"Err": err.Error()}), true)
		return false
	}
	r.current = &x
	r.s.dataChanged()
	r.edit(x)
	r.frame.setStatus(r.screen.savedText(x), false)
	return true
}

func (r *register[T]) onDelete() {
	if r.current == nil {
		return
	}
	d := r.screen.deletion(*r.current)
	confirmDelete(r.s.win, d.title, d.question, d.del, d.markInactive, d.inactiveQuestion, func(deleted bool) {
		if deleted {
			r.newRecord()
			r.s.dataChanged()
			r.frame.setStatus(d.deleted, false)
			return
		}
		x := d.inactive
		r.current = &x
		r.s.dataChanged()
		r.edit(x)
		r.frame.setStatus(d.madeInactive, false)
	})
}

// compareByName orders records by name in Swedish order (å, ä, ö after z), then by key.
func compareByName(nameA, nameB, keyA, keyB string) int {
	return cmp.Or(rules.CompareSwedish(nameA, nameB), strings.Compare(keyA, keyB))
}

// listRow is one line of a register list: a name, what identifies it, and a warning if any.
type listRow struct {
	Title, Detail, Warning string
}

// newRegisterFrame builds the frame around form; extra buttons go after Ta bort.
func newRegisterFrame(win fyne.Window, searchHint string, form fyne.CanvasObject, extra ...fyne.CanvasObject) *registerFrame {
	f := &registerFrame{win: win}
	f.search = newKeyEntry(f.shortcut)
	f.search.SetPlaceHolder(searchHint)
	f.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	f.search.OnChanged = func(string) {
		if f.onSearch != nil {
			f.onSearch()
		}
	}
	f.list = newKeyList(func() int { return len(f.rows) }, f.createRow, f.updateRow)
	f.list.OnSelected = func(id widget.ListItemID) {
		if !f.quiet && f.onSelect != nil && id < len(f.rows) {
			f.onSelect(id)
		}
	}
	f.list.onDelete = f.deleteTapped
	f.newBtn = widget.NewButtonWithIcon(lang.X("reg.new", "Ny"), theme.ContentAddIcon(), func() { f.onNew() })
	f.saveBtn = widget.NewButtonWithIcon(lang.X("reg.save", "Spara"), theme.DocumentSaveIcon(), func() { f.onSave() })
	f.saveBtn.Importance = widget.HighImportance
	f.delBtn = widget.NewButtonWithIcon(lang.X("reg.delete", "Ta bort"), theme.DeleteIcon(), f.deleteTapped)
	f.delBtn.Importance = widget.DangerImportance
	f.status = widget.NewLabel("")
	f.status.Wrapping = fyne.TextWrapWord

	left := container.NewBorder(f.search, nil, nil, nil, f.list)
	buttons := container.NewHBox(append([]fyne.CanvasObject{f.newBtn, f.saveBtn, f.delBtn}, extra...)...)
	right := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), buttons, f.status), nil, nil,
		container.NewVScroll(container.NewPadded(form)))
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	f.content = newShortcutScope(win, split, f.shortcut)
	return f
}

// shortcut runs the register shortcuts; it reports whether sc was one of them.
func (f *registerFrame) shortcut(sc fyne.Shortcut) bool {
	switch sc.ShortcutName() {
	case shortcutNew.ShortcutName():
		f.onNew()
	case shortcutSave.ShortcutName():
		if !f.saveBtn.Disabled() {
			f.onSave()
		}
	case shortcutFind.ShortcutName():
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
	f.list.UnselectAll()
	f.list.Refresh()
	if sel >= 0 && sel < len(rows) {
		f.list.Select(sel)
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

// regField is an entry checked as the user types: Spara stays disabled while
// it is wrong, and the message stands under it once the user has typed in it
// (an empty new form is not covered in red).
type regField struct {
	entry   *keyEntry
	fixed   *widget.Label // shown instead of entry while locked
	msg     *widget.Label
	check   func(string) error
	touched bool
	filling bool
}

// newRegField makes a field; changed runs after every edit (the screen revalidates).
func newRegField(onShortcut func(fyne.Shortcut) bool, placeholder string, check func(string) error, changed func()) *regField {
	f := &regField{entry: newKeyEntry(onShortcut), fixed: widget.NewLabel(""), msg: newMessageLabel(widget.DangerImportance), check: check}
	f.fixed.Hide()
	f.entry.SetPlaceHolder(placeholder)
	f.entry.Validator = check
	f.entry.OnChanged = func(string) {
		if !f.filling {
			f.touched = true
			changed()
		}
	}
	return f
}

// lock shows the text as a plain label instead of the entry: a stored
// record's key is shown, not edited (a disabled entry is hard to read).
func (f *regField) lock(locked bool) { showFixed(locked, f.entry, f.fixed, f.entry.Text) }

// showFixed shows w, or while locked the label fixed with text in its place.
func showFixed(locked bool, w interface {
	fyne.CanvasObject
	fyne.Disableable
}, fixed *widget.Label, text string) {
	if locked {
		w.Disable()
		w.Hide()
		fixed.SetText(text)
		fixed.Show()
	} else {
		w.Enable()
		fixed.Hide()
		w.Show()
	}
}

// set puts text in the field as if it had never been edited.
func (f *regField) set(text string) {
	f.filling = true
	f.entry.SetText(text)
	f.filling = false
	f.touched = false
}

func (f *regField) text() string { return strings.TrimSpace(f.entry.Text) }

// validate checks the field, shows or hides its message and reports whether it is valid.
func (f *regField) validate() bool {
	err := f.check(f.entry.Text)
	show := err != nil && (f.touched || f.entry.Text != "")
	// The entry's own error mark follows the message: an entry that was once
	// typed in would otherwise keep it after the form is emptied for a new record.
	if show {
		f.entry.SetValidationError(err)
		f.msg.SetText(err.Error())
		f.msg.Show()
	} else {
		f.entry.SetValidationError(nil)
		f.msg.Hide()
	}
	return err == nil
}

// box is the entry with its message underneath; width > 0 gives the entry a fixed width.
func (f *regField) box(width float32, after ...fyne.CanvasObject) fyne.CanvasObject {
	var e fyne.CanvasObject = container.NewStack(f.entry, f.fixed)
	if width > 0 {
		e = container.NewGridWrap(fyne.NewSize(width, f.entry.MinSize().Height), e)
	}
	if width > 0 || len(after) > 0 {
		e = container.NewHBox(append([]fyne.CanvasObject{e}, after...)...)
	}
	return container.NewVBox(e, f.msg)
}

func newMessageLabel(imp widget.Importance) *widget.Label {
	l := widget.NewLabel("")
	l.Importance = imp
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// requireChoice shows missing under a choice that has none; it reports whether one is chosen.
func requireChoice(chosen bool, l *widget.Label, missing string) bool {
	if chosen {
		missing = ""
	}
	showMessageLabel(l, missing)
	return chosen
}

// showMessageLabel shows text in l, or hides l when text is empty.
func showMessageLabel(l *widget.Label, text string) {
	if text == "" {
		l.Hide()
		return
	}
	l.SetText(text)
	l.Show()
}

// formRow is one line of a register form: a caption and its widget.
type formRow struct {
	caption string
	obj     fyne.CanvasObject
}

// formGroup lays out the forms of one screen so that their caption columns
// are equally wide and the fields of every section start at the same x.
type formGroup struct {
	forms []*fyne.Container
}

// form lays out captions (bold, right-aligned) and widgets in two columns.
func (g *formGroup) form(rows ...formRow) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		objs = append(objs, widget.NewLabelWithStyle(r.caption, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), r.obj)
	}
	c := container.New(groupFormLayout{g}, objs...)
	g.forms = append(g.forms, c)
	return c
}

// captionWidth is the widest caption of all the group's forms.
func (g *formGroup) captionWidth() float32 {
	var w float32
	for _, f := range g.forms {
		for i := 0; i+1 < len(f.Objects); i += 2 {
			if f.Objects[i].Visible() || f.Objects[i+1].Visible() {
				w = max(w, f.Objects[i].MinSize().Width)
			}
		}
	}
	return w
}

// groupFormLayout is fyne's form layout with the caption width of the whole group.
type groupFormLayout struct{ g *formGroup }

func (l groupFormLayout) rows(objects []fyne.CanvasObject, f func(label, content fyne.CanvasObject, h float32)) {
	for i := 0; i+1 < len(objects); i += 2 {
		label, content := objects[i], objects[i+1]
		if !label.Visible() && !content.Visible() {
			continue
		}
		f(label, content, max(label.MinSize().Height, content.MinSize().Height))
	}
}

func (l groupFormLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	cw, pad := l.g.captionWidth(), theme.Padding()
	y := float32(0)
	l.rows(objects, func(label, content fyne.CanvasObject, h float32) {
		label.Move(fyne.NewPos(0, y))
		label.Resize(fyne.NewSize(cw, h))
		content.Move(fyne.NewPos(cw+pad, y))
		content.Resize(fyne.NewSize(max(size.Width-cw-pad, content.MinSize().Width), h))
		y += h + pad
	})
}

func (l groupFormLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	l.rows(objects, func(_, content fyne.CanvasObject, rh float32) {
		w = max(w, content.MinSize().Width)
		h += rh
		n++
	})
	if n == 0 {
		return fyne.Size{}
	}
	pad := theme.Padding()
	return fyne.NewSize(l.g.captionWidth()+pad+w, h+float32(n-1)*pad)
}

// heading is a bold section title.
func heading(text string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// minHeight makes o at least h high; a List alone in a VBox would be one row high.
func minHeight(o fyne.CanvasObject, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(r, o)
}

// flagChoice is a yes/no answer that may be left not recorded (rules.Flag).
type flagChoice struct {
	radio *widget.RadioGroup
}

func flagOptions() []string {
	return []string{lang.X("reg.flag_unset", "Ej angivet"), lang.X("reg.yes", "Ja"), lang.X("reg.no", "Nej")}
}

func newFlagChoice(changed func()) *flagChoice {
	fc := &flagChoice{radio: widget.NewRadioGroup(flagOptions(), func(string) { changed() })}
	fc.radio.Horizontal = true
	fc.radio.Required = true
	fc.radio.Selected = fc.radio.Options[0]
	return fc
}

func (fc *flagChoice) get() rules.Flag {
	switch fc.radio.Selected {
	case fc.radio.Options[1]:
		return rules.Yes
	case fc.radio.Options[2]:
		return rules.No
	}
	return rules.Unset
}

func (fc *flagChoice) set(f rules.Flag) {
	i := 0
	switch f {
	case rules.Yes:
		i = 1
	case rules.No:
		i = 2
	}
	fc.radio.SetSelected(fc.radio.Options[i])
}

// choice is a Select whose options stand for stored values.
type choice[V comparable] struct {
	sel    *widget.Select
	fixed  *widget.Label // made by box; shown instead of sel while locked
	values []V
}

func newChoice[V comparable](labels []string, values []V, changed func()) *choice[V] {
	c := &choice[V]{values: values}
	c.sel = widget.NewSelect(labels, func(string) { changed() })
	return c
}

// box is the select, or while locked a label with the chosen option.
func (c *choice[V]) box() fyne.CanvasObject {
	if c.fixed == nil {
		c.fixed = widget.NewLabel("")
		c.fixed.Hide()
	}
	return container.NewStack(c.sel, c.fixed)
}

// lock shows the chosen option as plain text, as regField.lock does.
func (c *choice[V]) lock(locked bool) {
	if c.fixed != nil {
		showFixed(locked, c.sel, c.fixed, c.sel.Selected)
	}
}

// get returns the chosen value and whether one is chosen.
func (c *choice[V]) get() (V, bool) {
	i := c.sel.SelectedIndex()
	if i < 0 || i >= len(c.values) {
		var zero V
		return zero, false
	}
	return c.values[i], true
}

// set chooses v; a value not among the options clears the choice.
func (c *choice[V]) set(v V) {
	for i, x := range c.values {
		if x == v {
			c.sel.SetSelectedIndex(i)
			return
		}
	}
	c.sel.ClearSelected()
}

// setOptions replaces the options, keeping the chosen value if it is still there.
func (c *choice[V]) setOptions(labels []string, values []V) {
	cur, ok := c.get()
	c.sel.Options, c.values = labels, values
	c.sel.ClearSelected()
	if ok {
		c.set(cur)
	}
	c.sel.Refresh()
}

// Checks used under the fields. They return Swedish messages for the user.

func checkRequiredText(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_required", "Fältet måste fyllas i."))
	}
	return nil
}

// idMessage turns a parser's error into the short message under a field.
func idMessage(err error) error {
	var ide *rules.IDError
	if errors.As(err, &ide) {
		return errors.New(sentence(ide.Reason))
	}
	return err
}

// sentence starts s with a capital letter and ends it with a full stop.
func sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// parseOptionalDate reads a date field where empty means no date.
func parseOptionalDate(s string) (rules.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return rules.Date{}, nil
	}
	d, err := rules.ParseDate(s)
	if err != nil {
		return rules.Date{}, errors.New(lang.X("reg.err_date", "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-10-01."))
	}
	return d, nil
}

func checkOptionalDate(s string) error { _, err := parseOptionalDate(s); return err }

func checkRequiredDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_date_missing", "Datum saknas (ÅÅÅÅ-MM-DD)."))
	}
	return checkOptionalDate(s)
}

// checkPeriodEnd checks an optional end date against the start in from.
func checkPeriodEnd(from *regField) func(string) error {
	return func(s string) error {
		to, err := parseOptionalDate(s)
		if err != nil || to.IsZero() {
			return err
		}
		if f, ferr := parseOptionalDate(from.entry.Text); ferr == nil && !f.IsZero() && to.Before(f) {
			return errors.New(lang.X("reg.err_period", "Slutdatumet ligger före startdatumet ({{.From}}).",
				map[string]any{"From": f.String()}))
		}
		return nil
	}
}

// parseWeekHours reads hours per week such as "37,5" or "40" into hundredths of an hour.
func parseWeekHours(s string) (int64, error) {
	bad := errors.New(lang.X("reg.err_hours", "Skriv timmar per vecka, t.ex. 37,5 (högst 168)."))
	t := strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	whole, frac, hasSep := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	if whole == "" || len(whole) > 3 || len(frac) > 2 || hasSep && frac == "" {
		return 0, bad
	}
	var v int64
	for _, c := range whole + (frac + "00")[:2] {
		if c < '0' || c > '9' {
			return 0, bad
		}
		v = v*10 + int64(c-'0')
	}
	if v <= 0 || v > 168*100 {
		return 0, bad
	}
	return v, nil
}

// formatWeekHours prints hundredths of an hour as the field takes them: 3750 → "37,5".
func formatWeekHours(centi int64) string {
	s := fmt.Sprintf("%d,%02d", centi/100, centi%100)
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ",0")
}

// confirmDelete asks before deleting. When the store refuses because the
// record has shifts, it asks inactiveQuestion and may mark the record
// inactive instead; done runs after a deletion or a change to inactive.
func confirmDelete(win fyne.Window, title, question string, del func() error,
	markInactive func() error, inactiveQuestion string, done func(deleted bool)) {
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if !ok {
			return
		}
		err := del()
		switch {
		case err == nil:
			done(true)
		case errors.Is(err, data.ErrHasShifts) && markInactive != nil:
			offerInactive(win, inactiveQuestion, markInactive, done)
		default:
			dialog.ShowError(err, win)
		}
	}, win)
	d.SetConfirmText(lang.X("reg.delete", "Ta bort"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	d.Show()
}

func offerInactive(win fyne.Window, question string, markInactive func() error, done func(deleted bool)) {
	d := dialog.NewConfirm(lang.X("reg.has_shifts_title", "Kan inte tas bort"), question,
		func(ok bool) {
			if !ok {
				return
			}
			if err := markInactive(); err != nil {
				dialog.ShowError(err, win)
				return
			}
			done(false)
		}, win)
	d.SetConfirmText(lang.X("reg.mark_inactive", "Markera som inaktiv"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	d.Show()
}

// personLabel is "Anna Andersson (19451212-1239)", as selects and lists show people.
func personLabel(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return fmt.Sprintf("%s (%s)", name, rules.FormatPnr(id))
}
