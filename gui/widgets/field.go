package widgets

// Package widgets holds what the screens share: entries that check what is
// typed and show a message underneath (field.go), forms with aligned captions
// (form.go), choices (choice.go), the checks and parsers of typed values
// (check.go), keys and shortcuts (keys.go), the ask-before-delete dialogs
// (dialogs.go) and the texts of months, enums and people (format.go).

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
)

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
		f.Msg.SetText(language.Error(err))
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
