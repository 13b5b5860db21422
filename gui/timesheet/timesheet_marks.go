package timesheet

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
	"assistans/rules/say"
)

// The marks of the month screen: what each row's fields read as, why a row
// is not stored or should be looked at again, and the month's totals. They
// are all worked out again after every keystroke; for a month of 60 shifts
// that is well under a millisecond of arithmetic.

// parseRow reads the row's fields into r.cur.
func (t *Screen) parseRow(r *tsRow) {
	r.dayErr, r.passErr = "", ""
	if r.fixed {
		r.cur, r.parsed, r.dayOK, r.passOK = r.Saved, true, true, true
		return
	}
	cur := rules.Shift{ID: r.Saved.ID, Version: r.Saved.Version, Assistant: t.Chosen.assistant, Customer: t.Chosen.customer,
		Start: rules.NoClock, End: rules.NoClock}
	d, msg := tsParseDay(r.Day.text, t.Month)
	r.dayOK = msg == ""
	if r.dayOK {
		cur.Date = d
	} else {
		r.dayErr = msg
	}
	start, end, kind, err := rules.ParseShiftShort(r.Pass.text)
	r.passOK = err == nil
	if r.passOK {
		cur.Start, cur.End, cur.Kind = start, end, kind
	} else {
		r.passErr = widgets.Sentence(language.Error(err))
	}
	r.cur, r.parsed = cur, r.dayOK && r.passOK
}

// shown is the shift the row stands for: what is typed where it can be read,
// else what is stored; ok is false for a row with neither.
func (r *tsRow) shown() (rules.Shift, bool) {
	switch {
	case r.parsed:
		return r.cur, true
	case r.Saved.ID != 0:
		return r.Saved, true
	}
	return rules.Shift{}, false
}

// revalidate reads every row, marks every row and shows the totals.
func (t *Screen) revalidate() {
	n := len(t.Rows)
	shifts := make([]rules.Shift, n)
	usable := make([]bool, n)
	for i, r := range t.Rows {
		t.parseRow(r)
		if sh, ok := r.shown(); ok && sh.Fault() == rules.ShiftOK {
			shifts[i], usable[i] = sh, true
		}
	}
	// A row is checked as it is typed; a row not typed in is checked against as shown.
	checked := slices.Clone(shifts)
	for i, r := range t.Rows {
		if r.parsed {
			checked[i] = r.cur
		}
	}
	marks := t.live.Check(checked, usable)
	typing := t.typingIn()
	for i, r := range t.Rows {
		r.blocking, r.warnings = nil, nil
		if r.parsed && !r.fixed {
			if msg := tsTooLong(r.cur); msg != "" {
				r.blocking = append(r.blocking, msg)
			} else {
				for _, o := range marks[i].Overlaps {
					r.blocking = append(r.blocking, t.overlapText(o))
				}
			}
			if marks[i].NoDecision {
				r.warnings = append(r.warnings, lang.X("timesheet.no_decision",
					"Inget beslut för {{.Customer}} gäller den {{.Date}}; FK betalar inte för passet.",
					map[string]any{"Customer": t.customerName(t.Chosen.customer), "Date": tsLongDate(r.cur.Date)}))
			}
		}
		t.showRow(r, typing)
	}
	t.showTotals()
}

// tsTooLong explains a shift that cannot be reported: longer than 24 hours (an
// 8-8 on the night the clocks go back is 25), or without length.
func tsTooLong(sh rules.Shift) string {
	switch {
	case sh.Fault() == rules.ShiftOK:
		return ""
	case sh.Minutes() > 24*60:
		return lang.X("timesheet.too_long", "Passet är {{.Len}} långt, mer än 24 timmar.", map[string]any{"Len": widgets.FormatMinutes(sh.Minutes())})
	}
	return widgets.Sentence(say.ShiftProblem(language.Say(), sh))
}

// blockingFor is what keeps sh from being stored beside the rows (except
// self) and the assistant's other shifts.
func (t *Screen) blockingFor(sh rules.Shift, self *tsRow) []string {
	if msg := tsTooLong(sh); msg != "" {
		return []string{msg}
	}
	var rows []rules.Shift
	for _, r := range t.Rows {
		if o, ok := r.shown(); ok && r != self && o.Fault() == rules.ShiftOK {
			rows = append(rows, o)
		}
	}
	if o, ok := t.live.Overlap(sh, rows); ok {
		return []string{t.overlapText(o)}
	}
	return nil
}

func (t *Screen) overlapText(o rules.Shift) string {
	args := map[string]any{"Date": tsLongDate(o.Date), "Time": o.Start.String() + "–" + o.End.String(),
		"Customer": t.customerName(o.Customer)}
	if o.Customer == t.Chosen.customer {
		return lang.X("timesheet.overlap", "Krockar med passet den {{.Date}} kl. {{.Time}}.", args)
	}
	return lang.X("timesheet.overlap_other", "Krockar med assistentens pass hos {{.Customer}} den {{.Date}} kl. {{.Time}}.", args)
}

func (t *Screen) customerName(pnr string) string {
	if n := t.customers[pnr]; n != "" {
		return n
	}
	return rules.FormatPnr(pnr)
}

// tsLongDate is "6 oktober".
func tsLongDate(d rules.Date) string {
	return lang.X("timesheet.date", "{{.Day}} {{.Month}}", map[string]any{"Day": d.Day, "Month": widgets.MonthName(d.Month)})
}

// showRow puts what the row reads as in its cells, and the reasons under it.
func (t *Screen) showRow(r *tsRow, typing *tsField) {
	wd, start, end, kind, length := "", "", "", "", ""
	if r.dayOK {
		wd = t.words.weekday[r.cur.Date.Weekday()]
	}
	if r.passOK {
		start, end, kind = r.cur.Start.String(), r.cur.End.String(), t.words.kind[r.cur.Kind]
	}
	if r.parsed {
		length = t.words.minutes(r.cur.Minutes())
	}
	r.weekday.SetText(wd)
	r.start.SetText(start)
	r.end.SetText(end)
	r.kind.SetText(kind)
	r.length.SetText(length)

	var lines []string
	imp := widget.MediumImportance
	day, pass := strings.TrimSpace(r.Day.text) != "", strings.TrimSpace(r.Pass.text) != ""
	// A field being typed is not marked as unreadable until it is left.
	if r.dayErr != "" && (day && (r.touched || typing != r.Day) || !day && pass && r.touched) {
		lines = append(lines, r.dayErr)
	}
	if r.passErr != "" && (pass && (r.touched || typing != r.Pass) || !pass && day && r.touched) {
		lines = append(lines, r.passErr)
	}
	lines = append(lines, r.blocking...)
	if len(lines) > 0 {
		imp = widget.DangerImportance
		if r.touched && r.saveErr == "" {
			lines = append([]string{lang.X("timesheet.not_saved", "Inte sparad:")}, lines...)
		}
	}
	if r.saveErr != "" {
		lines = append(lines, r.saveErr)
		imp = widget.DangerImportance
	}
	if r.fixed {
		lines = append(lines, lang.X("timesheet.from_prev", "Passet började i {{.Month}} och räknas här med tiden efter midnatt. Ändra det under {{.Month}}.",
			map[string]any{"Month": widgets.MonthLabel(r.Saved.Date.MonthOf())}))
	}
	lines = append(lines, r.warnings...)
	if len(r.warnings) > 0 && imp == widget.MediumImportance {
		imp = widget.WarningImportance
	}
	if r.Saved.ID != 0 && !r.dirty() {
		for _, f := range t.findings[r.Saved.ID] {
			lines = append(lines, language.Finding(f))
			imp = findingImportance(imp, f.Severity)
		}
	}
	text := strings.Join(lines, "\n")
	if r.note.Importance != imp {
		r.note.Importance = imp
		r.note.Refresh()
	}
	tsSetLabel(r.note, text)
	if text == "" {
		r.note.Hide()
	} else {
		r.note.Show()
	}
}

// findingImportance is the row note's colour once a finding of severity sev
// is among its lines: a blocking one (under 18, no 3066) red as in Kontroll, a
// warning amber unless something is red already.
func findingImportance(cur widget.Importance, sev rules.Severity) widget.Importance {
	switch {
	case sev == rules.Block:
		return widget.DangerImportance
	case sev == rules.Warn && cur == widget.MediumImportance:
		return widget.WarningImportance
	}
	return cur
}

// showTotals shows the month's minutes per kind as rules.MonthTotals counts
// them: a night shift into the next month counts until midnight, one from the
// month before from midnight, and every shift its real length.
func (t *Screen) showTotals() {
	var in []rules.Shift // what is stored: a row typed but not stored does not count
	for _, r := range t.Rows {
		if r.Saved.ID != 0 && !r.removed() {
			in = append(in, r.Saved)
		}
	}
	var sum rules.Totals
	for _, ct := range rules.MonthTotals(in, t.Month) {
		sum = sum.Plus(ct.Totals)
	}
	if t.sumShown && sum == t.shownSum {
		return
	}
	t.shownSum, t.sumShown = sum, true
	tsSetLabel(t.totals[0], lang.X("timesheet.total_aktiv", "aktiv tid {{.T}}", map[string]any{"T": widgets.FormatMinutes(sum.Aktiv)}))
	tsSetLabel(t.totals[1], lang.X("timesheet.total_vantetid", "väntetid {{.T}}", map[string]any{"T": widgets.FormatMinutes(sum.Vantetid)}))
	tsSetLabel(t.totals[2], lang.X("timesheet.total_beredskap", "beredskap {{.T}}", map[string]any{"T": widgets.FormatMinutes(sum.Beredskap)}))
	tsSetLabel(t.totals[3], lang.X("timesheet.total_sum", "totalt {{.T}}", map[string]any{"T": widgets.FormatMinutes(sum.Sum())}))
}

// tsSetLabel changes a label only when its text changes: the screen sets
// every row's marks after each keystroke.
func tsSetLabel(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}
