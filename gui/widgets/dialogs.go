package widgets

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"assistans/data"
)

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
			ShowError(err, win)
		}
	}, win)
	d.SetConfirmText(lang.X("reg.delete", "Ta bort"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	ShowConfirm(d, win)
}

func offerInactive(win fyne.Window, question string, markInactive func() error, done func(deleted bool)) {
	d := dialog.NewConfirm(lang.X("reg.has_shifts_title", "Kan inte tas bort"), question,
		func(ok bool) {
			if !ok {
				return
			}
			if err := markInactive(); err != nil {
				ShowError(err, win)
				return
			}
			done(false)
		}, win)
	d.SetConfirmText(lang.X("reg.mark_inactive", "Markera som inaktiv"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	ShowConfirm(d, win)
}
