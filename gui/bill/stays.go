package bill

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Hospital stays in the month (up to rules.MaxStaysPerMonth), as the 3057 asks for them.

// buildStays builds the list of hospital stays and the line to add one on.
func (m *Screen) buildStays(short func(fyne.Shortcut) bool) {
	datePh, timePh := lang.X("reg.date_placeholder", "ÅÅÅÅ-MM-DD"), lang.X("bill.time_placeholder", "TT:MM")
	changed := m.validateStay
	m.StayFrom = widgets.NewField(short, datePh, checkStayDate, changed)
	m.stayFromT = widgets.NewField(short, timePh, checkStayClock, changed)
	m.StayTo = widgets.NewField(short, datePh, checkStayDate, changed)
	m.stayToT = widgets.NewField(short, timePh, checkStayClock, changed)
	m.stayMsg = widgets.NewMessageLabel(widget.DangerImportance)
	m.stayAdd = widget.NewButtonWithIcon(lang.X("bill.stay_add", "Lägg till"), theme.ContentAddIcon(), m.onAddStay)
	m.stayList = container.NewVBox()
	dateW, timeW := float32(150), float32(100)
	g := &widgets.FormGroup{}
	m.stayForm = container.NewVBox(
		g.Form(
			widgets.Row(lang.X("bill.stay_from", "Från"), container.NewHBox(fieldOnlyW(m.StayFrom, dateW), fieldOnlyW(m.stayFromT, timeW))),
			widgets.Row(lang.X("bill.stay_to", "Till"), container.NewHBox(fieldOnlyW(m.StayTo, dateW), fieldOnlyW(m.stayToT, timeW), m.stayAdd)),
		),
		m.StayFrom.Msg, m.stayFromT.Msg, m.StayTo.Msg, m.stayToT.Msg, m.stayMsg)
}

func (m *Screen) showStays() {
	m.stayList.RemoveAll()
	if len(m.stays) == 0 {
		m.stayList.Add(hint(lang.X("bill.no_stays", "Inga sjukhusvistelser i månaden.")))
	}
	for _, h := range m.stays {
		h := h
		del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { m.onDeleteStay(h) })
		if m.locked {
			del.Hide()
		}
		m.stayList.Add(container.NewHBox(widget.NewLabel(stayText(h)), layout.NewSpacer(), del))
	}
	m.stayList.Refresh()
	m.validateStay()
}

// stayText is "2026-10-03 08:00 – 2026-10-07 14:30"; a missing time is left out.
func stayText(h rules.HospitalStay) string {
	end := func(d rules.Date, c rules.Clock) string { return strings.TrimSpace(d.String() + " " + c.String()) }
	return end(h.FromDate, h.FromTime) + " – " + end(h.ToDate, h.ToTime)
}

func checkStayDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil // the whole line is checked by validateStay
	}
	return widgets.CheckOptionalDate(s)
}

// parseStayClock reads a time of a hospital stay; empty means not known.
func parseStayClock(s string) (rules.Clock, error) {
	if strings.TrimSpace(s) == "" {
		return rules.NoClock, nil
	}
	c, err := rules.ParseClock(s)
	if err != nil {
		return rules.NoClock, errors.New(lang.X("bill.err_time", "Skriv tiden som TT:MM, t.ex. 08:30."))
	}
	return c, nil
}

func checkStayClock(s string) error { _, err := parseStayClock(s); return err }

// newStay reads the line of a new stay. It returns a zero error and ok false while the line is empty.
func (m *Screen) newStay() (h rules.HospitalStay, ok bool, err error) {
	fields := []*widgets.Field{m.StayFrom, m.stayFromT, m.StayTo, m.stayToT}
	blank := true
	for _, f := range fields {
		if !f.Validate() {
			return h, false, nil // the field's own message says what is wrong
		}
		blank = blank && f.Text() == ""
	}
	if blank {
		return h, false, nil
	}
	h.Customer = m.Key.Customer
	h.FromDate, _ = widgets.ParseOptionalDate(m.StayFrom.Text())
	h.ToDate, _ = widgets.ParseOptionalDate(m.StayTo.Text())
	h.FromTime, _ = parseStayClock(m.stayFromT.Text())
	h.ToTime, _ = parseStayClock(m.stayToT.Text())
	mo := m.Key.month
	switch p, other := rules.CheckStay(h, mo, len(m.stays), m.allStays); p {
	case rules.StayNoDates:
		return h, false, errors.New(lang.X("bill.err_stay_dates", "Ange både första och sista dagen (ÅÅÅÅ-MM-DD); tiderna får vara tomma."))
	case rules.StayEndsBeforeStart:
		return h, false, errors.New(lang.X("bill.err_stay_order", "Vistelsen måste sluta efter att den börjar."))
	case rules.StayOutsideMonth:
		return h, false, errors.New(lang.X("bill.err_stay_month", "Vistelsen berör inte {{.Month}}; välj den månaden för att lägga in den.",
			map[string]any{"Month": widgets.MonthLabel(mo)}))
	case rules.StayTooMany:
		return h, false, errors.New(lang.X("bill.err_stay_full", "Blanketten har plats för högst tre sjukhusvistelser i en månad."))
	case rules.StayOverlaps:
		return h, false, errors.New(lang.X("bill.err_stay_overlap", "Vistelsen överlappar vistelsen {{.Other}}.",
			map[string]any{"Other": stayText(other)}))
	}
	return h, true, nil
}

func (m *Screen) validateStay() {
	_, ok, err := m.newStay()
	msg := ""
	if err != nil {
		msg = language.Error(err)
	}
	widgets.ShowMessageLabel(m.stayMsg, msg)
	if ok && !m.locked {
		m.stayAdd.Enable()
	} else {
		m.stayAdd.Disable()
	}
}

func (m *Screen) onAddStay() {
	h, ok, err := m.newStay()
	if !ok || m.locked {
		return
	}
	if err == nil {
		err = m.s.Store.AddHospitalStay(m.s.Ctx, h)
	}
	if m.s.ShowConflict(err, true, m.s.DataChanged) { // someone else added a stay from the same time
		return
	}
	if err != nil {
		widgets.ShowMessageLabel(m.stayMsg, language.Error(err))
		return
	}
	for _, f := range []*widgets.Field{m.StayFrom, m.stayFromT, m.StayTo, m.stayToT} {
		f.Set("")
	}
	m.setStatus(lang.X("bill.stay_added", "Sjukhusvistelsen {{.Stay}} är sparad.", map[string]any{"Stay": stayText(h)}), false)
	m.s.DataChanged()
}

func (m *Screen) onDeleteStay(h rules.HospitalStay) {
	d := dialog.NewConfirm(lang.X("bill.stay_delete_title", "Ta bort sjukhusvistelse"),
		lang.X("bill.stay_delete_q", "Ta bort vistelsen {{.Stay}}?", map[string]any{"Stay": stayText(h)}),
		func(ok bool) {
			if !ok {
				return
			}
			if err := m.s.Store.DeleteHospitalStay(m.s.Ctx, h); err != nil {
				if !m.s.ShowConflict(err, false, m.s.DataChanged) {
					m.setStatus(language.Error(err), true)
				}
				return
			}
			m.s.DataChanged()
		}, m.s.Win)
	d.SetConfirmText(lang.X("reg.delete", "Ta bort"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	widgets.ShowConfirm(d, m.s.Win)
}
