package widgets

// The parts the four register screens (anordnare, kunder, assistenter, uppdrag)
// share: a searchable list beside an edit form, entries that check what is
// typed and show a Swedish message underneath, tri-state yes/no choices, the
// keyboard shortcuts and the ask-before-delete dialogs.

import (
	"errors"
	"fmt"
	"image/color"
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

// The register screens' shortcuts; Delete is a plain key handled by the list.
var (
	ShortcutNew  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	ShortcutSave = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	ShortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// keyEntry is an Entry that lets the register shortcuts through: a focused
// Entry receives every shortcut and would swallow Ctrl+N, Ctrl+S and Ctrl+F.
type KeyEntry struct {
	widget.Entry
	onShortcut func(fyne.Shortcut) bool
}

func NewKeyEntry(onShortcut func(fyne.Shortcut) bool) *KeyEntry {
	e := &KeyEntry{onShortcut: onShortcut}
	e.ExtendBaseWidget(e)
	return e
}

func (e *KeyEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// keyList is a List that asks to delete its selected row when Delete is pressed.
type KeyList struct {
	widget.List
	OnDelete func()
}

func NewKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *KeyList {
	l := &KeyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *KeyList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyDelete && l.OnDelete != nil {
		l.OnDelete()
		return
	}
	l.List.TypedKey(ev)
}

// shortcutScope holds a screen's content and puts the screen's shortcuts on
// the window when the tab shows it. Tabs hide the screens they do not show,
// so a handler left on the window by a screen that is now hidden does nothing.
type ShortcutScope struct {
	widget.BaseWidget
	content fyne.CanvasObject
	win     fyne.Window
	handle  func(fyne.Shortcut) bool
}

func NewShortcutScope(win fyne.Window, content fyne.CanvasObject, handle func(fyne.Shortcut) bool) *ShortcutScope {
	sc := &ShortcutScope{content: content, win: win, handle: handle}
	sc.ExtendBaseWidget(sc)
	return sc
}

func (sc *ShortcutScope) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(sc.content)
}

// Show is called by the tabs each time they lay out the chosen tab.
func (sc *ShortcutScope) Show() {
	sc.BaseWidget.Show()
	sc.register()
}

func (sc *ShortcutScope) register() {
	c := sc.win.Canvas()
	for _, k := range []fyne.Shortcut{ShortcutNew, ShortcutSave, ShortcutFind} {
		c.AddShortcut(k, func(k fyne.Shortcut) {
			if sc.Visible() {
				sc.handle(k)
			}
		})
	}
}

// regField is an entry checked as the user types: Spara stays disabled while
// it is wrong, and the message stands under it once the user has typed in it
// (an empty new form is not covered in red).
type Field struct {
	Entry   *KeyEntry
	Fixed   *widget.Label // shown instead of entry while locked
	Msg     *widget.Label
	check   func(string) error
	Touched bool
	filling bool
}

// newRegField makes a field; changed runs after every edit (the screen revalidates).
func NewField(onShortcut func(fyne.Shortcut) bool, placeholder string, check func(string) error, changed func()) *Field {
	f := &Field{Entry: NewKeyEntry(onShortcut), Fixed: widget.NewLabel(""), Msg: NewMessageLabel(widget.DangerImportance), check: check}
	f.Fixed.Hide()
	f.Entry.SetPlaceHolder(placeholder)
	f.Entry.Validator = check
	f.Entry.OnChanged = func(string) {
		if !f.filling {
			f.Touched = true
			changed()
		}
	}
	return f
}

// lock shows the text as a plain label instead of the entry: a stored
// record's key is shown, not edited (a disabled entry is hard to read).
func (f *Field) Lock(locked bool) { showFixed(locked, f.Entry, f.Fixed, f.Entry.Text) }

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
func (f *Field) Set(text string) {
	f.filling = true
	f.Entry.SetText(text)
	f.filling = false
	f.Touched = false
}

func (f *Field) Text() string { return strings.TrimSpace(f.Entry.Text) }

// validate checks the field, shows or hides its message and reports whether it is valid.
func (f *Field) Validate() bool {
	err := f.check(f.Entry.Text)
	show := err != nil && (f.Touched || f.Entry.Text != "")
	// The entry's own error mark follows the message: an entry that was once
	// typed in would otherwise keep it after the form is emptied for a new record.
	if show {
		f.Entry.SetValidationError(err)
		f.Msg.SetText(err.Error())
		f.Msg.Show()
	} else {
		f.Entry.SetValidationError(nil)
		f.Msg.Hide()
	}
	return err == nil
}

// box is the entry with its message underneath; width > 0 gives the entry a fixed width.
func (f *Field) Box(width float32, after ...fyne.CanvasObject) fyne.CanvasObject {
	var e fyne.CanvasObject = container.NewStack(f.Entry, f.Fixed)
	if width > 0 {
		e = container.NewGridWrap(fyne.NewSize(width, f.Entry.MinSize().Height), e)
	}
	if width > 0 || len(after) > 0 {
		e = container.NewHBox(append([]fyne.CanvasObject{e}, after...)...)
	}
	return container.NewVBox(e, f.Msg)
}

func NewMessageLabel(imp widget.Importance) *widget.Label {
	l := widget.NewLabel("")
	l.Importance = imp
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// requireChoice shows missing under a choice that has none; it reports whether one is chosen.
func RequireChoice(chosen bool, l *widget.Label, missing string) bool {
	if chosen {
		missing = ""
	}
	ShowMessageLabel(l, missing)
	return chosen
}

// showMessageLabel shows text in l, or hides l when text is empty.
func ShowMessageLabel(l *widget.Label, text string) {
	if text == "" {
		l.Hide()
		return
	}
	l.SetText(text)
	l.Show()
}

// formRow is one line of a register form: a caption and its widget.
type FormRow struct {
	Caption string
	Obj     fyne.CanvasObject
}

// Row is a form row: caption left of obj.
func Row(caption string, obj fyne.CanvasObject) FormRow { return FormRow{caption, obj} }

// formGroup lays out the forms of one screen so that their caption columns
// are equally wide and the fields of every section start at the same x.
type FormGroup struct {
	forms []*fyne.Container
}

// form lays out captions (bold, right-aligned) and widgets in two columns.
func (g *FormGroup) Form(rows ...FormRow) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		objs = append(objs, widget.NewLabelWithStyle(r.Caption, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), r.Obj)
	}
	c := container.New(groupFormLayout{g}, objs...)
	g.forms = append(g.forms, c)
	return c
}

// captionWidth is the widest caption of all the group's forms.
func (g *FormGroup) captionWidth() float32 {
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
type groupFormLayout struct{ g *FormGroup }

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
func Heading(text string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// minHeight makes o at least h high; a List alone in a VBox would be one row high.
func MinHeight(o fyne.CanvasObject, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(0, h))
	return container.NewStack(r, o)
}

// flagChoice is a yes/no answer that may be left not recorded (rules.Flag).
type FlagChoice struct {
	Radio *widget.RadioGroup
}

func flagOptions() []string {
	return []string{lang.X("reg.flag_unset", "Ej angivet"), lang.X("reg.yes", "Ja"), lang.X("reg.no", "Nej")}
}

func NewFlagChoice(changed func()) *FlagChoice {
	fc := &FlagChoice{Radio: widget.NewRadioGroup(flagOptions(), func(string) { changed() })}
	fc.Radio.Horizontal = true
	fc.Radio.Required = true
	fc.Radio.Selected = fc.Radio.Options[0]
	return fc
}

func (fc *FlagChoice) Get() rules.Flag {
	switch fc.Radio.Selected {
	case fc.Radio.Options[1]:
		return rules.Yes
	case fc.Radio.Options[2]:
		return rules.No
	}
	return rules.Unset
}

func (fc *FlagChoice) Set(f rules.Flag) {
	i := 0
	switch f {
	case rules.Yes:
		i = 1
	case rules.No:
		i = 2
	}
	fc.Radio.SetSelected(fc.Radio.Options[i])
}

// choice is a Select whose options stand for stored values.
type Choice[V comparable] struct {
	Sel    *widget.Select
	fixed  *widget.Label // made by box; shown instead of sel while locked
	Values []V
}

func NewChoice[V comparable](labels []string, values []V, changed func()) *Choice[V] {
	c := &Choice[V]{Values: values}
	c.Sel = widget.NewSelect(labels, func(string) { changed() })
	return c
}

// box is the select, or while locked a label with the chosen option.
func (c *Choice[V]) Box() fyne.CanvasObject {
	if c.fixed == nil {
		c.fixed = widget.NewLabel("")
		c.fixed.Hide()
	}
	return container.NewStack(c.Sel, c.fixed)
}

// lock shows the chosen option as plain text, as regField.lock does.
func (c *Choice[V]) Lock(locked bool) {
	if c.fixed != nil {
		showFixed(locked, c.Sel, c.fixed, c.Sel.Selected)
	}
}

// get returns the chosen value and whether one is chosen.
func (c *Choice[V]) Get() (V, bool) {
	i := c.Sel.SelectedIndex()
	if i < 0 || i >= len(c.Values) {
		var zero V
		return zero, false
	}
	return c.Values[i], true
}

// set chooses v; a value not among the options clears the choice.
func (c *Choice[V]) Set(v V) {
	for i, x := range c.Values {
		if x == v {
			c.Sel.SetSelectedIndex(i)
			return
		}
	}
	c.Sel.ClearSelected()
}

// setOptions replaces the options, keeping the chosen value if it is still there.
func (c *Choice[V]) SetOptions(labels []string, values []V) {
	cur, ok := c.Get()
	c.Sel.Options, c.Values = labels, values
	c.Sel.ClearSelected()
	if ok {
		c.Set(cur)
	}
	c.Sel.Refresh()
}

// Checks used under the fields. They return Swedish messages for the user.

func CheckRequiredText(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_required", "Fältet måste fyllas i."))
	}
	return nil
}

// idMessage turns a parser's error into the short message under a field.
func IdMessage(err error) error {
	var ide *rules.IDError
	if errors.As(err, &ide) {
		return errors.New(Sentence(ide.Reason))
	}
	return err
}

// sentence starts s with a capital letter and ends it with a full stop.
func Sentence(s string) string {
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
func ParseOptionalDate(s string) (rules.Date, error) {
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

func CheckOptionalDate(s string) error { _, err := ParseOptionalDate(s); return err }

func CheckRequiredDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_date_missing", "Datum saknas (ÅÅÅÅ-MM-DD)."))
	}
	return CheckOptionalDate(s)
}

// checkPeriodEnd checks an optional end date against the start in from.
func CheckPeriodEnd(from *Field) func(string) error {
	return func(s string) error {
		to, err := ParseOptionalDate(s)
		if err != nil || to.IsZero() {
			return err
		}
		if f, ferr := ParseOptionalDate(from.Entry.Text); ferr == nil && !f.IsZero() && to.Before(f) {
			return errors.New(lang.X("reg.err_period", "Slutdatumet ligger före startdatumet ({{.From}}).",
				map[string]any{"From": f.String()}))
		}
		return nil
	}
}

// parseWeekHours reads hours per week such as "37,5" or "40" into hundredths of an hour.
func ParseWeekHours(s string) (int64, error) {
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
func FormatWeekHours(centi int64) string {
	s := fmt.Sprintf("%d,%02d", centi/100, centi%100)
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ",0")
}

// confirmDelete asks before deleting. When the store refuses because the
// record has shifts, it asks inactiveQuestion and may mark the record
// inactive instead; done runs after a deletion or a change to inactive.
func ConfirmDelete(win fyne.Window, title, question string, del func() error,
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
func PersonLabel(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return fmt.Sprintf("%s (%s)", name, rules.FormatPnr(id))
}
