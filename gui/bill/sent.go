package bill

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The month's state: printed, marked as sent to FK (which locks it), and unlocked with a reason.

// showState is the line about the month's progress: sent, printed or neither, and the deadline.
func (m *Screen) showState(printed []data.PrintRecord) {
	mo := m.Key.month
	if m.locked {
		m.state.Importance = widget.WarningImportance
		m.state.SetText(lang.X("bill.state_sent", "Skickad till Försäkringskassan {{.Date}}. Månaden är låst och kan inte ändras förrän den låses upp.",
			map[string]any{"Date": m.info.Sent.String()}))
		return
	}
	m.state.Importance = widget.MediumImportance
	deadline := lang.X("bill.state_deadline", "Ska vara hos Försäkringskassan senast {{.Date}} ({{.Left}}).",
		map[string]any{"Date": mo.Deadline().String(), "Left": widgets.DaysLeftText(rules.DaysBetween(m.s.Today(), mo.Deadline()))})
	i := slices.IndexFunc(printed, func(p data.PrintRecord) bool { return p.Customer == m.Key.Customer })
	switch {
	case i < 0:
		m.state.SetText(lang.X("bill.state_not_printed", "Inte utskriven ännu.") + " " + deadline)
	case printed[i].Totals != m.minutes:
		m.state.Importance = widget.DangerImportance
		m.state.SetText(lang.X("bill.state_changed", "Utskriven {{.At}}, men tiderna har ändrats sedan dess: skriv ut igen.",
			map[string]any{"At": printedAt(printed[i])}) + " " + deadline)
	default:
		m.state.SetText(lang.X("bill.state_printed", "Utskriven {{.At}}.", map[string]any{"At": printedAt(printed[i])}) + " " + deadline)
	}
}

// printedAt is when a month was printed, in Swedish time, with the override reason if one was given.
func printedAt(p data.PrintRecord) string {
	at := p.At.In(rules.Stockholm).Format("2006-01-02 15:04")
	if p.OverrideReason != "" {
		return lang.X("bill.printed_override", "{{.At}} trots fel (skäl: {{.Reason}})", map[string]any{"At": at, "Reason": p.OverrideReason})
	}
	return at
}

func (m *Screen) onMarkSent() {
	if m.locked || m.Key.Customer == "" {
		return
	}
	if m.dirty {
		if err := m.save(); err != nil {
			m.setStatus(language.Error(err), true)
			return
		}
	}
	today := m.s.Today()
	d := dialog.NewConfirm(lang.X("bill.mark_sent_title", "Markera som skickad"),
		lang.X("bill.mark_sent_q", "Markera att räkningen och tidsredovisningarna för {{.Who}} i {{.Month}} skickades till Försäkringskassan i dag, {{.Date}}?\nMånaden låses då mot ändringar.",
			map[string]any{"Who": widgets.PersonLabel(m.cust.Name, m.cust.Pnr), "Month": widgets.MonthLabel(m.Key.month), "Date": today.String()}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := m.s.Store.MarkSent(m.s.Ctx, m.Key.Customer, m.Key.month, today); err != nil {
				m.setStatus(language.Error(err), true)
				return
			}
			m.s.DataChanged()
		}, m.s.Win)
	d.SetConfirmText(lang.X("bill.mark_sent_ok", "Markera som skickad"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	widgets.ShowConfirm(d, m.s.Win)
}

// onUnlock asks why the month is unlocked; the reason is kept in the audit log.
func (m *Screen) onUnlock() {
	if !m.locked {
		return
	}
	reason := widgets.NewReasonEntry()
	reason.SetPlaceHolder(lang.X("bill.unlock_placeholder", "t.ex. FK begärde komplettering av tiderna"))
	reason.SetMinRowsVisible(3)
	msg := widgets.NewMessageLabel(widget.DangerImportance)
	var d *dialog.CustomDialog
	cancel := widget.NewButton(lang.X("reg.cancel", "Avbryt"), func() { d.Hide() })
	ok := widget.NewButtonWithIcon(lang.X("bill.unlock_ok", "Lås upp"), theme.VisibilityIcon(), func() {
		if err := m.s.Store.Unlock(m.s.Ctx, m.Key.Customer, m.Key.month, reason.Text); err != nil {
			widgets.ShowMessageLabel(msg, language.Error(err))
			return
		}
		d.Hide()
		m.s.DataChanged()
	})
	ok.Importance = widget.HighImportance
	ok.Disable()
	reason.OnChanged = func(s string) {
		if strings.TrimSpace(s) == "" {
			ok.Disable()
		} else {
			ok.Enable()
		}
	}
	body := container.NewVBox(
		widget.NewLabel(lang.X("bill.unlock_q", "Varför ska {{.Month}} för {{.Who}} låsas upp? Skälet sparas i loggen.",
			map[string]any{"Month": widgets.MonthLabel(m.Key.month), "Who": widgets.PersonLabel(m.cust.Name, m.cust.Pnr)})),
		reason, msg)
	d = dialog.NewCustomWithoutButtons(lang.X("bill.unlock_title", "Lås upp månaden"), body, m.s.Win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	d.Resize(fyne.NewSize(520, 0))
	widgets.ShowDialog(m.s.Win, d, widgets.DialogKeys{Enter: widgets.Press(ok), Escape: widgets.Press(cancel)})
	m.s.Win.Canvas().Focus(reason)
	m.UnlockDialog = unlockParts{d, reason, ok}
}

// unlockParts are the open unlock dialog's widgets, kept for the tests.
type unlockParts struct {
	D      *dialog.CustomDialog
	Reason *widgets.KeyEntry
	ok     *widget.Button
}

// lockFields shows a sent month read-only.
func (m *Screen) lockFields() {
	for _, a := range m.answers {
		a.Lock(m.locked)
	}
	m.PrevLeft.Lock(m.locked)
	if m.locked {
		m.stayForm.Hide()
		m.sentBtn.Hide()
		m.UnlockBtn.Show()
	} else {
		m.stayForm.Show()
		m.sentBtn.Show()
		m.UnlockBtn.Hide()
	}
}
