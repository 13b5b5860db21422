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

	"assistans/gui/widgets"
	"assistans/rules"
)

// Hospital stays in the month (up to maxStays), as the 3057 asks for them.

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

// stayTouches says whether a stay has a day in month mo; such stays are printed on its 3057.
func stayTouches(h rules.HospitalStay, mo rules.Month) bool {
	return !h.FromDate.After(mo.Last()) && !h.ToDate.Before(mo.First())
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
	switch {
	case h.FromDate.IsZero() || h.ToDate.IsZero():
		return h, false, errors.New(lang.X("bill.err_stay_dates", "Ange både första och sista dagen (ÅÅÅÅ-MM-DD); tiderna får vara tomma."))
	case stayEnd(h) <= stayStart(h):
		return h, false, errors.New(lang.X("bill.err_stay_order", "Vistelsen måste sluta efter att den börjar."))
	case !stayTouches(h, mo):
		return h, false, errors.New(lang.X("bill.err_stay_month", "Vistelsen berör inte {{.Month}}; välj den månaden för att lägga in den.",
			map[string]any{"Month": widgets.MonthLabel(mo)}))
	case len(m.stays) >= maxStays:
		return h, false, errors.New(lang.X("bill.err_stay_full", "Blanketten har plats för högst tre sjukhusvistelser i en månad."))
	}
	for _, o := range m.allStays {
		if stayStart(h) < stayEnd(o) && stayStart(o) < stayEnd(h) {
			return h, false, errors.New(lang.X("bill.err_stay_overlap", "Vistelsen överlappar vistelsen {{.Other}}.",
				map[string]any{"Other": stayText(o)}))
		}
	}
	return h, true, nil
}

// stayStart and stayEnd order stays in minutes since the epoch day; a missing
// time counts as the start or the end of the day.
func stayStart(h rules.HospitalStay) int {
	return h.FromDate.DayNumber()*1440 + max(int(h.FromTime), 0)
}

func stayEnd(h rules.HospitalStay) int {
	if h.ToTime == rules.NoClock {
		return (h.ToDate.DayNumber() + 1) * 1440
	}
	return h.ToDate.DayNumber()*1440 + int(h.ToTime)
}

func (m *Screen) validateStay() {
	_, ok, err := m.newStay()
	msg := ""
	if err != nil {
		msg = err.Error()
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
		err = m.s.Store.SaveHospitalStay(m.s.Ctx, h)
	}
	if err != nil {
		widgets.ShowMessageLabel(m.stayMsg, err.Error())
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
			if err := m.s.Store.DeleteHospitalStay(m.s.Ctx, h.Customer, h.FromDate, h.FromTime); err != nil {
				m.setStatus(err.Error(), true)
				return
			}
			m.s.DataChanged()
		}, m.s.Win)
	d.SetConfirmText(lang.X("reg.delete", "Ta bort"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	d.Show()
}
