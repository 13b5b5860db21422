package timesheet

// Rows typed but not stored (refused by the store, or not yet right) are
// never dropped unasked: they stay, marked, when the month or the assignment
// changes and come back when it is shown again, and taking one away asks first.

import (
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"assistans/gui/widgets"
	"assistans/rules"
)

// pendingKey is the assignment and month a pending row belongs to.
type pendingKey struct {
	assignKey
	month rules.Month
}

// pendingRow is a row as typed: the shift it edits (ID 0 for a new one), its
// two fields and why the store refused it.
type pendingRow struct {
	saved     rules.Shift
	day, pass string
	saveErr   string
}

// unsaved says whether r holds typing that is not stored.
func (r *tsRow) unsaved() bool { return !r.removed() && !r.fixed && r.dirty() && !r.blank() }

// keepPending puts the rows typed but not stored aside, under the assignment
// and month shown, before the screen shows another.
func (t *Screen) keepPending() {
	if t.Chosen == (assignKey{}) {
		return
	}
	key := pendingKey{t.Chosen, t.Month}
	var rows []pendingRow
	for _, r := range t.Rows {
		if r.unsaved() {
			rows = append(rows, pendingRow{saved: r.Saved, day: r.Day.text, pass: r.Pass.text, saveErr: r.saveErr})
		}
	}
	if len(rows) == 0 {
		return
	}
	if t.pending == nil {
		t.pending = map[pendingKey][]pendingRow{}
	}
	t.pending[key] = rows
}

// restorePending puts back the rows put aside for the assignment and month
// now shown: over the stored shift each edits, or as new rows. It returns how
// many came back.
func (t *Screen) restorePending() int {
	key := pendingKey{t.Chosen, t.Month}
	rows := t.pending[key]
	delete(t.pending, key)
	for _, p := range rows {
		var r *tsRow
		for _, o := range t.Rows {
			if p.saved.ID != 0 && o.Saved.ID == p.saved.ID {
				r = o
			}
		}
		if r == nil { // new, or its shift was removed meanwhile
			r = t.newRow(rules.Shift{}, false)
			t.Rows = append(t.Rows, r)
		}
		r.Day.text, r.Pass.text = p.day, p.pass
		r.edited, r.touched, r.saveErr = true, true, p.saveErr
	}
	return len(rows)
}

// pendingElsewhere is the first row put aside under another assignment or
// month, in words, for the question on closing; "" when there is none.
func (t *Screen) pendingElsewhere() string {
	for key, rows := range t.pending {
		for _, p := range rows {
			why := p.saveErr
			if why == "" {
				why = lang.X("timesheet.pending_not_ready", "Raden är inte färdig eller krockar med ett annat pass.")
			}
			return lang.X("close.row_not_saved_in", "Raden ”{{.Day}} {{.Pass}}” i tidrapporten {{.Who}} för {{.Month}} är inte sparad.",
				map[string]any{"Day": strings.TrimSpace(p.day), "Pass": strings.TrimSpace(p.pass),
					"Who": t.optionOf(key.assignKey), "Month": widgets.MonthLabel(key.month)}) + "\n" + why
		}
	}
	return ""
}

// askDrop asks before a row holding unsaved typing is taken away; drop runs on Släng.
func (t *Screen) askDrop(r *tsRow, drop func()) {
	q := lang.X("timesheet.drop_question", "Raden ”{{.Day}} {{.Pass}}” är inte sparad. Vill du slänga den?",
		map[string]any{"Day": strings.TrimSpace(r.Day.text), "Pass": strings.TrimSpace(r.Pass.text)})
	d := dialog.NewConfirm(lang.X("timesheet.drop_title", "Släng raden?"), q, func(ok bool) {
		if ok {
			drop()
		}
	}, t.s.Win)
	d.SetConfirmText(lang.X("reg.discard", "Släng"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	widgets.ShowConfirm(d, t.s.Win)
}
