package plan

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// DayDialog shows one day of the calendar: its shifts (laid, planned and
// unfilled) and absences, with a new shift typed in the short form and, per
// assistant, an absence picked with one keystroke.
type DayDialog struct {
	c      *Calendar
	Date   rules.Date
	Dialog dialog.Dialog
	Absent *AbsencePicker // the absence being entered, for tests

	NewText *widgets.KeyEntry
	NewWho  *widgets.Picker
	Msg     *widget.Label
}

// longDate is "Tisdag 10 november 2026".
func longDate(d rules.Date) string {
	return lang.X("plan.long_date", "{{.Weekday}} {{.Day}} {{.Month}}",
		map[string]any{"Weekday": weekdayShort(int((d.Weekday()+6)%7) + 1), "Day": d.Day, "Month": widgets.MonthLabel(d.MonthOf())})
}

// OpenDay opens the day dialog of d.
func (c *Calendar) OpenDay(d rules.Date) {
	if c.p.chosen == "" {
		return
	}
	dd := &DayDialog{c: c, Date: d, Msg: widgets.NewMessageLabel(widget.DangerImportance)}
	box := container.NewVBox()
	// row is a line of the day; a planned shift is in italics, as in the calendar.
	row := func(text string, imp widget.Importance, italic bool, buttons ...fyne.CanvasObject) {
		l := widget.NewLabel(text)
		l.Importance, l.TextStyle.Italic = imp, italic
		box.Add(container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), l))
	}
	box.Add(widgets.Heading(lang.X("plan.day_shifts", "Pass")))
	some := false
	for _, s := range c.Shifts {
		if s.Date != d {
			continue
		}
		some = true
		s := s
		row(shortText(s.Start, s.End, s.Kind)+"  "+c.p.name(s.Assistant), widget.MediumImportance, false,
			widget.NewButton(lang.X("plan.open_timesheet", "Tidrapport"), func() { dd.close(); c.openShift(s) }),
			widget.NewButton(lang.X("plan.absence", "Frånvaro…"), func() { dd.openAbsence(s.Assistant) }),
			widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { dd.deleteShift(s) }))
	}
	for _, s := range c.Planned {
		if s.Date == d {
			some = true
			s := s
			row(shortText(s.Start, s.End, s.Kind)+"  "+c.p.name(s.Assistant)+"  "+lang.X("plan.planned", "(planerat, inte lagt)"),
				widget.MediumImportance, true, widget.NewButton(lang.X("plan.absence", "Frånvaro…"), func() { dd.openAbsence(s.Assistant) }))
		}
	}
	for _, u := range c.Unfilled {
		if u.Shift.Date == d {
			some = true
			row(shortText(u.Shift.Start, u.Shift.End, u.Shift.Kind)+"  "+lang.X("plan.unfilled", "obemannat: {{.Who}} {{.Reason}}, ingen ersättare",
				map[string]any{"Who": c.p.name(u.Shift.Assistant), "Reason": reasonText(u.Absence.Reason)}), widget.DangerImportance, false)
		}
	}
	if !some {
		box.Add(widget.NewLabel(lang.X("plan.day_empty", "Inga pass den dagen.")))
	}
	var absent []rules.Absence
	for _, a := range c.Absences {
		if a.Date == d && (slices.Contains(c.p.helpers(), a.Assistant) || slices.Contains(c.p.helpers(), a.Replacement)) {
			absent = append(absent, a)
		}
	}
	if len(absent) > 0 {
		box.Add(widgets.Heading(lang.X("plan.day_absences", "Frånvaro")))
		for _, a := range absent {
			a := a
			row(c.absenceLine(a), widget.WarningImportance, false,
				widget.NewButton(lang.X("plan.replacement", "Ersättare…"), func() { dd.openAbsence(a.Assistant) }),
				widget.NewButtonWithIcon(lang.X("plan.delete_absence", "Ta bort"), theme.DeleteIcon(), func() { dd.deleteAbsence(a) }))
		}
	}
	var found []rules.Finding
	for _, x := range c.Findings {
		if x.Date == d {
			found = append(found, x)
		}
	}
	if len(found) > 0 {
		box.Add(widgets.Heading(lang.X("plan.day_findings", "Fynd med schemat lagt")))
		for _, x := range found {
			l := widget.NewLabel(widgets.SeverityText(x.Severity) + " · " + widgets.CodeLabel(x.Code) + ": " + language.Finding(x))
			l.Wrapping = fyne.TextWrapWord
			box.Add(l)
		}
	}
	box.Add(widgets.Heading(lang.X("plan.day_new", "Nytt pass")))
	dd.NewText = widgets.NewKeyEntry(nil)
	dd.NewText.SetPlaceHolder("8-16")
	dd.NewText.OnSubmitted = func(string) { dd.addShift() }
	dd.NewWho = widgets.NewPicker(c.p.assistantOptions(), nil)
	dd.NewWho.PlaceHolder = lang.X("plan.assistant", "Assistent")
	add := widget.NewButtonWithIcon(lang.X("plan.add_shift", "Lägg till"), theme.ContentAddIcon(), dd.addShift)
	box.Add(container.NewHBox(container.NewGridWrap(fyne.NewSize(120, dd.NewText.MinSize().Height), dd.NewText),
		container.NewGridWrap(fyne.NewSize(180, dd.NewText.MinSize().Height), dd.NewWho), add))
	box.Add(dd.Msg)
	title := lang.X("plan.day_title", "{{.Day}} – {{.Customer}}", map[string]any{"Day": longDate(d), "Customer": c.p.Customer.Selected})
	dd.Dialog = dialog.NewCustom(title, lang.X("timesheet.close", "Stäng"), box, c.p.s.Win)
	dd.Dialog.Resize(fyne.NewSize(640, 0))
	c.Day = dd
	widgets.ShowDialog(c.p.s.Win, dd.Dialog, widgets.DialogKeys{})
	c.p.s.Win.Canvas().Focus(dd.NewText)
}

func (dd *DayDialog) close() {
	dd.Dialog.Hide()
	if dd.c.Day == dd {
		dd.c.Day = nil
	}
}

// changed reloads the screens and shows the day again with what it holds now.
func (dd *DayDialog) changed() {
	dd.close()
	dd.c.p.s.DataChanged()
	dd.c.OpenDay(dd.Date)
}

func (c *Calendar) openShift(s rules.Shift) {
	if c.p.OpenShift != nil && !c.p.OpenShift(s) {
		widgets.ShowInformation(lang.X("plan.open_timesheet", "Tidrapport"),
			lang.X("plan.no_timesheet", "Tidrapporten visar inte det uppdraget (assistenten saknar uppdrag hos kunden)."), c.p.s.Win)
	}
}

// assistantOptions are the customer's assistants as options, with the identity number mapped back by who.
func (p *Screen) assistantOptions() []string {
	var out []string
	for _, a := range p.helpers() {
		out = append(out, widgets.PersonLabel(p.name(a), a))
	}
	return out
}

func (p *Screen) who(option string) string {
	for _, a := range p.helpers() {
		if widgets.PersonLabel(p.name(a), a) == option {
			return a
		}
	}
	return ""
}

func (dd *DayDialog) addShift() {
	start, end, kind, err := rules.ParseShiftShort(dd.NewText.Text)
	if err != nil {
		widgets.ShowMessageLabel(dd.Msg, widgets.Sentence(language.Error(err)))
		return
	}
	asst := dd.c.p.who(dd.NewWho.Selected)
	if asst == "" {
		widgets.ShowMessageLabel(dd.Msg, lang.X("plan.err_no_assistant", "Välj vem som arbetar passet."))
		return
	}
	sh := rules.Shift{Assistant: asst, Customer: dd.c.p.chosen, Date: dd.Date, Start: start, End: end, Kind: kind}
	if _, err := dd.c.p.s.Store.SaveShift(dd.c.p.s.Ctx, sh); err != nil {
		widgets.ShowMessageLabel(dd.Msg, language.Error(err))
		return
	}
	dd.changed()
}

func (dd *DayDialog) deleteShift(s rules.Shift) {
	if err := dd.c.p.s.Store.DeleteShift(dd.c.p.s.Ctx, s.ID, s.Version); err != nil {
		widgets.ShowMessageLabel(dd.Msg, language.Error(err))
		return
	}
	dd.changed()
}

func (dd *DayDialog) deleteAbsence(a rules.Absence) {
	if err := dd.c.p.s.Store.DeleteAbsence(dd.c.p.s.Ctx, a.Assistant, a.Date); err != nil {
		widgets.ShowMessageLabel(dd.Msg, language.Error(err))
		return
	}
	dd.changed()
}
