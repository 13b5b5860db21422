package session

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/widgets"
)

// show brings the tab that holds content to the front; it reports whether a tab holds it.
func (s *Session) Show(content fyne.CanvasObject) bool {
	if s.Tabs == nil {
		return false
	}
	for _, it := range s.Tabs.Items {
		if ScreenOf(it) == content {
			s.Tabs.Select(it)
			return true
		}
	}
	return false
}

// tabTitle is the title of the tab that holds content, "" if none does.
func (s *Session) TabTitle(content fyne.CanvasObject) string {
	if s.Tabs != nil {
		for _, it := range s.Tabs.Items {
			if ScreenOf(it) == content {
				return it.Text
			}
		}
	}
	return ""
}

// onClose registers a screen's part of closing the window: step stores what
// the user typed, or asks about it, and then calls next to go on closing;
// a step that does not call next keeps the window open.
func (s *Session) OnClose(step func(next func())) {
	s.closeSteps = append(s.closeSteps, step)
}

// closeWindow is the window's close intercept (the window's close button and
// Arkiv → Avsluta): every screen's close step, then the window closes.
func (s *Session) CloseWindow() { s.SettleTyping(s.Win.Close) }

// SettleTyping runs every screen's close step, which stores what the user
// typed or asks about it, and then done; a step the user stops (Tillbaka,
// Avbryt) ends it without done. Before the window closes, or leaves its database.
func (s *Session) SettleTyping(done func()) {
	var step func(i int)
	step = func(i int) {
		if i == len(s.closeSteps) {
			done()
			return
		}
		s.closeSteps[i](func() { step(i + 1) })
	}
	step(0)
}

// AskSave asks question about unsaved changes with Spara, Släng and Avbryt;
// Avbryt does nothing, and leaves the changes where they are.
func (s *Session) AskSave(title, question string, save, discard func()) {
	msg := widget.NewLabel(question)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(title, msg, s.Win)
	answer := func(f func()) func() {
		return func() {
			d.Hide()
			if f != nil {
				f()
			}
		}
	}
	saveBtn := widget.NewButton(lang.X("reg.save", "Spara"), answer(save))
	saveBtn.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.X("reg.cancel", "Avbryt"), answer(nil)),
		widget.NewButton(lang.X("reg.discard", "Släng"), answer(discard)),
		saveBtn,
	})
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	widgets.ShowDialog(s.Win, d, widgets.DialogKeys{Enter: widgets.Press(saveBtn), Escape: answer(nil)})
}

// notSavedOnClose says why something typed could not be stored as the window
// closes. Tillbaka keeps the window open with the input as it is; Stäng utan
// att spara calls next, closing without it.
func (s *Session) NotSavedOnClose(why string, next func()) {
	msg := widget.NewLabel(why + "\n\n" + lang.X("close.not_saved_hint",
		"Välj Tillbaka för att rätta det, eller stäng utan att spara det."))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomWithoutButtons(lang.X("close.not_saved_title", "Allt är inte sparat"), msg, s.Win)
	back := widget.NewButton(lang.X("close.back", "Tillbaka"), func() { d.Hide() })
	back.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{
		widget.NewButton(lang.X("close.discard", "Stäng utan att spara"), func() {
			d.Hide()
			next()
		}),
		back,
	})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	widgets.ShowDialog(s.Win, d, widgets.DialogKeys{Enter: widgets.Press(back), Escape: widgets.Press(back)})
}
