package widgets

// Every dialog in the window is shown through ShowDialog, so that the keyboard
// answers it: Esc does what its cancel button does, Enter what its default
// button does. Fyne's dialogs take no keys themselves, and their buttons are not
// focused when they open, so the keys reach the canvas's typed-key handler,
// which WindowKeys owns; a focused KeyEntry passes Esc and Enter on to it too.

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
)

// DialogKeys are what Enter and Esc do in a dialog.
type DialogKeys struct {
	Enter  func() // nil: Enter does what Esc does
	Escape func() // nil: the dialog is closed
}

type openDialog struct {
	d    dialog.Dialog
	keys DialogKeys
}

// ShowDialog shows d and answers Esc and Enter with keys while it is the
// topmost dialog of win.
func ShowDialog(win fyne.Window, d dialog.Dialog, keys DialogKeys) {
	wk := windowKeysOf(win)
	od := &openDialog{d: d, keys: keys}
	wk.dialogs = append(wk.dialogs, od)
	d.SetOnClosed(func() {
		for i, o := range wk.dialogs {
			if o == od {
				wk.dialogs = append(wk.dialogs[:i], wk.dialogs[i+1:]...)
				break
			}
		}
	})
	d.Show()
	if _, ok := d.(*dialog.FileDialog); ok {
		// Fyne's save dialog focuses its file-name field, which swallows Esc;
		// without the focus Esc closes it, and Tab still reaches the field.
		win.Canvas().Unfocus()
	}
}

// ShowError shows err in an error dialog that Esc and Enter close.
func ShowError(err error, win fyne.Window) {
	ShowDialog(win, dialog.NewError(errors.New(language.Error(err)), win), DialogKeys{})
}

// ShowErrorText shows a message made in the user's language as an error.
func ShowErrorText(msg string, win fyne.Window) { ShowError(errors.New(msg), win) }

// ShowInformation shows a message that Esc and Enter close.
func ShowInformation(title, msg string, win fyne.Window) {
	ShowDialog(win, dialog.NewInformation(title, msg, win), DialogKeys{})
}

// ShowConfirm shows a confirm dialog: Enter confirms, Esc cancels.
func ShowConfirm(d *dialog.ConfirmDialog, win fyne.Window) {
	ShowDialog(win, d, DialogKeys{Enter: d.Confirm})
}

// ShowForm shows a form dialog: Enter submits it (when its fields are valid), Esc cancels.
func ShowForm(d *dialog.FormDialog, win fyne.Window) {
	ShowDialog(win, d, DialogKeys{Enter: d.Submit})
}

// ShowClosable shows a dialog with only a close button: Enter and Esc close it.
func ShowClosable(title string, content fyne.CanvasObject, win fyne.Window, size fyne.Size) *dialog.CustomDialog {
	d := dialog.NewCustom(title, lang.X("timesheet.close", "Stäng"), content, win)
	if !size.IsZero() {
		d.Resize(size)
	}
	ShowDialog(win, d, DialogKeys{})
	return d
}

// dialogKey answers a key for the topmost dialog; false when no dialog is
// open or the key is not Esc or Enter.
func (wk *windowKeys) dialogKey(ev *fyne.KeyEvent) bool {
	if len(wk.dialogs) == 0 {
		return false
	}
	top := wk.dialogs[len(wk.dialogs)-1]
	esc := top.keys.Escape
	if esc == nil {
		esc = top.d.Hide
	}
	switch ev.Name {
	case fyne.KeyEscape:
		esc()
	case fyne.KeyReturn, fyne.KeyEnter:
		if top.keys.Enter != nil {
			top.keys.Enter()
		} else {
			esc()
		}
	default:
		return false
	}
	return true
}

// DialogOpen tells whether win shows a dialog made by ShowDialog.
func DialogOpen(win fyne.Window) bool { return len(windowKeysOf(win).dialogs) > 0 }

// Press is a key's action that taps b when it is enabled, as a click would.
func Press(b *widget.Button) func() {
	return func() {
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	}
}

// NewReasonEntry is a multi-line field for a dialog that Esc still closes.
func NewReasonEntry() *KeyEntry {
	e := NewKeyEntry(nil)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}
