package session

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/rules"
)

// ShowConflict shows a save the store refused because someone else changed
// (or removed) the record since the screen read it: who and when, and Ladda om,
// which runs reload. typed says the form holds the user's changes: reloading
// drops them, and the dialog says so. It reports whether err was such a refusal.
func (s *Session) ShowConflict(err error, typed bool, reload func()) bool {
	var ce *data.ConflictError
	if !errors.As(err, &ce) {
		return false
	}
	msg := ConflictText(ce)
	if typed {
		msg += "\n\n" + lang.X("conflict.typed_dropped",
			"Det du har skrivit i formuläret sparas inte. Ladda om visar det som är sparat nu; skriv sedan in din ändring igen.")
	}
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.X("conflict.title", "Någon annan har ändrat uppgiften"), label, s.Win)
	reloadBtn := widget.NewButton(lang.X("conflict.reload", "Ladda om"), func() {
		d.Hide()
		reload()
	})
	reloadBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.X("reg.cancel", "Avbryt"), d.Hide),
		reloadBtn,
	})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	return true
}

// ConflictText says in the window's language who changed the record and when.
func ConflictText(ce *data.ConflictError) string {
	args := map[string]any{"By": ce.By, "At": ce.At.In(rules.Stockholm).Format("2006-01-02 15:04")}
	switch {
	case ce.Removed && ce.By != "":
		return lang.X("conflict.removed_by", "Uppgiften har tagits bort av {{.By}} {{.At}} sedan du öppnade den.", args)
	case ce.Removed:
		return lang.X("conflict.removed", "Uppgiften har tagits bort sedan du öppnade den.")
	case ce.By != "":
		return lang.X("conflict.changed_by", "Uppgiften har ändrats av {{.By}} {{.At}} sedan du öppnade den.", args)
	}
	return lang.X("conflict.changed", "Uppgiften har ändrats av någon annan sedan du öppnade den.")
}
