package gui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"assistans/rules"
)

// canShow says whether the screen offers the assignment k.
func (t *timesheet) canShow(k assignKey) bool { return t.optionOf(k) != "" }

// optionOf is the assignment choice that stands for k, "" if none does.
func (t *timesheet) optionOf(k assignKey) string {
	for o, v := range t.options {
		if v == k {
			return o
		}
	}
	return ""
}

// showShift shows assignment k's month and marks the row of shift id, or,
// without one, the first row of day d; the cursor goes to its day field.
// It reports whether the screen offers k.
func (t *timesheet) showShift(k assignKey, id int64, d rules.Date) bool {
	o := t.optionOf(k)
	if o == "" {
		return false
	}
	if k != t.chosen {
		t.assignment.SetSelected(o) // stores the rows typed for the other one, then loads k's
	}
	var r *tsRow
	if id != 0 {
		r = t.rowByID(id)
	}
	for _, x := range t.rows {
		if r == nil && !d.IsZero() && x.saved.ID != 0 && x.saved.Date == d {
			r = x
		}
	}
	t.mark(r)
	if r == nil {
		return true
	}
	// The rows may be new: lay them out, so that the row's place is known.
	t.scroll.Refresh()
	if !r.fixed && !t.locked {
		t.focusField(r, fieldDay)
	}
	t.scrollTo(r)
	return true
}

// mark draws row r highlighted (nil: no row), as the row a finding is about.
func (t *timesheet) mark(r *tsRow) {
	if old := t.marked; old != nil {
		paintMark(old.mark, false)
	}
	t.marked = r
	if r != nil {
		paintMark(r.mark, true)
	}
}

// beforeClose stores the rows typed but not yet stored as the window closes.
// A row that cannot be stored (not complete, refused by a rule or by the
// store) keeps the window open, with what was typed, unless the user chooses
// to close without it.
func (t *timesheet) beforeClose(next func()) {
	t.flush()
	for _, r := range t.rows {
		if r.removed() || !r.dirty() || r.blank() {
			continue
		}
		t.s.show(t.content)
		t.scrollTo(r)
		t.s.notSavedOnClose(t.unsavedText(r), next)
		return
	}
	next()
}

// unsavedText says which row is not stored and why.
func (t *timesheet) unsavedText(r *tsRow) string {
	var why []string
	if r.saveErr != "" {
		why = append(why, r.saveErr)
	} else {
		for _, e := range []string{r.dayErr, r.passErr} {
			if e != "" {
				why = append(why, e)
			}
		}
		why = append(why, r.blocking...)
	}
	return lang.X("close.row_not_saved", "Raden ”{{.Day}} {{.Pass}}” i tidrapporten {{.Who}} är inte sparad.",
		map[string]any{"Day": strings.TrimSpace(r.day.text), "Pass": strings.TrimSpace(r.pass.text), "Who": t.assignment.Selected}) +
		"\n" + strings.Join(why, "\n")
}
