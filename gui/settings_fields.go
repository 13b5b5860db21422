package gui

import (
	"errors"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The settings screen's fields and rows, and how their messages are shown.

// field is an entry with its error message underneath.
type field struct {
	entry *widgets.KeyEntry // passes F10 and Alt+letter to the window
	msg   *widget.Label
	check func(string) error
	err   error
}

func (st *settingsScreen) newField(check func(string) error) *field {
	f := &field{entry: widgets.NewKeyEntry(nil), msg: widget.NewLabel(""), check: check}
	f.entry.Validator = check
	f.entry.OnChanged = func(string) { st.onFieldChanged() }
	f.msg.Importance = widget.DangerImportance
	f.msg.Hide()
	return f
}

// sized gives the entry a fixed width, so that short numbers get short fields.
func (f *field) sized(width float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(width, f.entry.MinSize().Height), f.entry)
}

// withMsg is the entry (and what follows it on the line) with the message below.
func (f *field) withMsg(line ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(container.NewHBox(line...), f.msg)
}

// validate checks the text and shows or hides the message; it reports whether the field is valid.
func (f *field) validate() bool {
	f.err = f.check(f.entry.Text)
	if f.err != nil {
		f.msg.SetText(f.err.Error())
		f.msg.Show()
	} else {
		f.msg.Hide()
	}
	return f.err == nil
}

// limitFields edit one working-time limit.
type limitFields struct {
	hours, length *field
	unit          *widgets.Picker
}

// agreementRow is one collective-agreement preset.
type agreementRow struct {
	name  *field
	limit *limitFields
	msg   *widget.Label
	box   fyne.CanvasObject
	shown string // the name as the Avtal list shows it, to follow a rename
}

// schablonRow is one year's schablonbelopp.
type schablonRow struct {
	year, amount *field
	msg          *widget.Label
	box          fyne.CanvasObject
}

// form lays out captions and widgets in two columns.
func form(items ...*widget.FormItem) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(items))
	for _, it := range items {
		objs = append(objs, widget.NewLabelWithStyle(it.Text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), it.Widget)
	}
	return container.New(layout.NewFormLayout(), objs...)
}

func fixedLabel(text string, width float32) fyne.CanvasObject {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewGridWrap(fyne.NewSize(width, l.MinSize().Height), l)
}

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Hide()
	return l
}

func showError(l *widget.Label, errs []error) {
	if err := errors.Join(errs...); err != nil {
		l.SetText(language.Error(err))
		l.Show()
		return
	}
	l.Hide()
}

func (st *settingsScreen) newLimit() *limitFields {
	l := &limitFields{hours: st.newField(checkWeekHours)}
	l.unit = widgets.NewSelect([]string{unitDays(), unitMonths()}, nil)
	l.unit.SetSelectedIndex(0)
	l.length = st.newField(func(s string) error { return checkPeriod(s, l.unit.Selected == unitMonths()) })
	l.unit.OnChanged = func(string) { st.onFieldChanged() }
	return l
}

func unitDays() string { return lang.X("settings.days", "dagar") }

func unitMonths() string { return lang.X("settings.months", "månader") }

func (st *settingsScreen) newSeveritySelect() *widgets.Picker {
	sel := widgets.NewSelect([]string{widgets.SeverityText(rules.Warn), widgets.SeverityText(rules.Block)}, nil)
	sel.SetSelectedIndex(0)
	sel.OnChanged = func(string) { st.onFieldChanged() }
	return sel
}

func (st *settingsScreen) newAgreementRow(w rules.WorkLimit) *agreementRow {
	r := &agreementRow{name: st.newField(checkName), limit: st.newLimit(), msg: errorLabel(), shown: w.Name}
	r.name.entry.OnChanged = func(string) { st.onAgreementRenamed(r) }
	fillLimit(r.limit, w)
	r.name.entry.SetText(w.Name)
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { st.onRemoveAgreement(r) })
	r.box = container.NewVBox(container.NewHBox(r.name.sized(wName), r.limit.hours.sized(wShort),
		r.limit.length.sized(wShort), r.limit.unit, remove), r.msg)
	return r
}

func (st *settingsScreen) newSchablonRow(year int, amount rules.Ore) *schablonRow {
	r := &schablonRow{year: st.newField(checkYear), amount: st.newField(checkAmount), msg: errorLabel()}
	if year != 0 {
		r.year.entry.SetText(strconv.Itoa(year))
		r.amount.entry.SetText(rules.FormatKr(amount))
	}
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { st.onRemoveSchablon(r) })
	r.box = container.NewVBox(container.NewHBox(r.year.sized(wShort), r.amount.sized(wMid), remove), r.msg)
	return r
}
