package plan

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// AbsencePicker enters an assistant's absence on a day with one keystroke: a
// digit picks the replacement among the customer's other assistants (0 is
// nobody) and saves; s, e, v or l first changes the reason (sjuk is chosen).
// When the assistant already has a shift laid that day, the user is asked to
// move it to the replacement, or to delete it when nobody replaces: the
// shift would otherwise reach the 3059 of someone who did not work.
type AbsencePicker struct {
	widget.BaseWidget
	dd        *DayDialog
	Assistant string
	Reason    *widget.RadioGroup
	choices   []string // the replacements the digits 1… pick
	Dialog    dialog.Dialog
	label     *widget.Label
}

var reasonKeys = map[rune]rules.AbsenceReason{'s': rules.Sjuk, 'e': rules.Semester, 'v': rules.VAB, 'l': rules.Ledig}

func reasonOption(r rules.AbsenceReason) string {
	key := map[rules.AbsenceReason]string{rules.Sjuk: "S", rules.Semester: "E", rules.VAB: "V", rules.Ledig: "L"}[r]
	return reasonText(r) + " (" + key + ")"
}

func (dd *DayDialog) openAbsence(asst string) {
	p := dd.c.p
	ap := &AbsencePicker{dd: dd, Assistant: asst}
	ap.ExtendBaseWidget(ap)
	var opts []string
	for _, r := range rules.AbsenceReasons {
		opts = append(opts, reasonOption(r))
	}
	ap.Reason = widget.NewRadioGroup(opts, nil)
	ap.Reason.Horizontal = true
	ap.Reason.Required = true
	ap.Reason.SetSelected(opts[0])
	for _, x := range dd.c.Absences { // a replacement named later keeps the reason given
		if x.Assistant == asst && x.Date == dd.Date {
			ap.Reason.SetSelected(reasonOption(x.Reason))
		}
	}
	box := container.NewVBox(
		widget.NewLabel(lang.X("plan.absence_for", "Frånvaro för {{.Who}}, {{.Day}}. Orsak:", map[string]any{"Who": p.name(asst), "Day": longDate(dd.Date)})),
		ap.Reason,
		widgets.Heading(lang.X("plan.absence_pick", "Vem ersätter? Tryck siffran")),
	)
	n := 0
	for _, a := range p.helpers() {
		// Nobody away that day replaces: laying the schedule would leave the shift unfilled.
		away := slices.ContainsFunc(dd.c.Absences, func(x rules.Absence) bool { return x.Assistant == a && x.Date == dd.Date })
		if a == asst || away || n == 9 {
			continue
		}
		n++
		ap.choices = append(ap.choices, a)
		a := a
		box.Add(widget.NewButton(strconv.Itoa(n)+"  "+p.name(a), func() { ap.Pick(a) }))
	}
	box.Add(widget.NewButton("0  "+lang.X("plan.nobody", "Ingen ersättare"), func() { ap.Pick("") }))
	ap.label = widget.NewLabel(lang.X("plan.absence_keys", "Tangenter: 1–9 ersättare, 0 ingen, S/E/V/L orsak, Esc avbryter."))
	ap.label.Importance = widget.LowImportance
	box.Add(ap)
	ap.Dialog = dialog.NewCustom(lang.X("plan.absence_title", "Frånvaro"), lang.X("plan.cancel", "Avbryt"), box, p.s.Win)
	dd.Absent = ap
	widgets.ShowDialog(p.s.Win, ap.Dialog, widgets.DialogKeys{})
	p.s.Win.Canvas().Focus(ap)
}

func (ap *AbsencePicker) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(ap.label)
}

func (ap *AbsencePicker) FocusGained() {}
func (ap *AbsencePicker) FocusLost()   {}

// TypedRune picks: a digit the replacement, a letter the reason.
func (ap *AbsencePicker) TypedRune(r rune) {
	if r == '0' {
		ap.Pick("")
		return
	}
	if r >= '1' && r <= '9' {
		if i := int(r - '1'); i < len(ap.choices) {
			ap.Pick(ap.choices[i])
		}
		return
	}
	if reason, ok := reasonKeys[[]rune(strings.ToLower(string(r)))[0]]; ok {
		ap.Reason.SetSelected(reasonOption(reason))
	}
}

func (ap *AbsencePicker) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		ap.Dialog.Hide()
	}
}

func (ap *AbsencePicker) reason() rules.AbsenceReason {
	for _, r := range rules.AbsenceReasons {
		if ap.Reason.Selected == reasonOption(r) {
			return r
		}
	}
	return rules.Sjuk
}

// Pick saves the absence with replacement (or none) and then offers to move
// the assistant's shifts already laid that day.
func (ap *AbsencePicker) Pick(replacement string) {
	dd, p := ap.dd, ap.dd.c.p
	ap.Dialog.Hide()
	a := rules.Absence{Assistant: ap.Assistant, Date: dd.Date, Reason: ap.reason(), Replacement: replacement}
	if err := p.s.Store.SaveAbsence(p.s.Ctx, a); err != nil {
		widgets.ShowMessageLabel(dd.Msg, language.Error(err))
		return
	}
	day, err := p.s.Store.Shifts(p.s.Ctx, dd.Date, dd.Date)
	if err != nil {
		widgets.ShowMessageLabel(dd.Msg, language.Error(err))
		return
	}
	var laid []rules.Shift
	var texts []string
	for _, s := range day {
		if a.Covers(s) {
			laid = append(laid, s)
			texts = append(texts, shortText(s.Start, s.End, s.Kind))
		}
	}
	if len(laid) == 0 {
		dd.changed()
		return
	}
	vars := map[string]any{"Who": p.name(a.Assistant), "Shifts": strings.Join(texts, ", "), "Other": p.name(replacement)}
	question, yes := lang.X("plan.move_question", "{{.Who}} har redan pass den dagen ({{.Shifts}}). Flytta passen till {{.Other}}?", vars),
		lang.X("plan.move", "Flytta")
	if replacement == "" {
		question, yes = lang.X("plan.delete_shift_question", "{{.Who}} har redan pass den dagen ({{.Shifts}}) och ingen ersätter. Ta bort passen, så att de inte kommer med på blankett 3059?", vars),
			lang.X("plan.delete_shifts", "Ta bort passen")
	}
	msg := widget.NewLabel(question)
	msg.Wrapping = fyne.TextWrapWord
	confirm := dialog.NewCustomConfirm(lang.X("plan.absence_title", "Frånvaro"), yes, lang.X("plan.keep", "Låt passen stå"),
		msg, func(ok bool) {
			if ok {
				ap.moveShifts(laid, replacement)
			}
			dd.changed()
		}, p.s.Win)
	confirm.Resize(fyne.NewSize(480, 0))
	widgets.ShowConfirm(confirm, p.s.Win)
}

// moveShifts gives the shifts to replacement, or deletes them when it is "",
// through the store's shift services (the time report's).
func (ap *AbsencePicker) moveShifts(laid []rules.Shift, replacement string) {
	st, ctx := ap.dd.c.p.s.Store, ap.dd.c.p.s.Ctx
	for _, s := range laid {
		var err error
		if replacement == "" {
			err = st.DeleteShift(ctx, s.ID, s.Version)
		} else {
			s.Assistant = replacement
			_, err = st.SaveShift(ctx, s)
		}
		if err != nil {
			widgets.ShowError(err, ap.dd.c.p.s.Win)
			return
		}
	}
}
