package timesheet

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"assistans/gui/widgets"
	"assistans/rules"
)

// canShow says whether the screen offers the assignment k.
func (t *Screen) CanShow(assistant, customer string) bool {
	return t.optionOf(assignKey{assistant, customer}) != ""
}

// optionOf is the assignment choice that stands for k, "" if none does.
func (t *Screen) optionOf(k assignKey) string {
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
func (t *Screen) ShowShift(assistant, customer string, id int64, d rules.Date) bool {
	k := assignKey{assistant, customer}
	o := t.optionOf(k)
	if o == "" {
		return false
	}
	if k != t.Chosen {
		t.Assignment.SetSelected(o) // stores the rows typed for the other one, then loads k's
	}
	var r *tsRow
	if id != 0 {
		r = t.rowByID(id)
	}
	for _, x := range t.Rows {
		if r == nil && !d.IsZero() && x.Saved.ID != 0 && x.Saved.Date == d {
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
		t.FocusField(r, FieldDay)
	}
	t.scrollTo(r)
	return true
}

// mark draws row r highlighted (nil: no row), as the row a finding is about.
func (t *Screen) mark(r *tsRow) {
	if old := t.Marked; old != nil {
		widgets.PaintMark(old.Mark, false)
	}
	t.Marked = r
	if r != nil {
		widgets.PaintMark(r.Mark, true)
	}
}

// beforeClose stores the rows typed but not yet stored as the window closes.
// A row that cannot be stored (not complete, refused by a rule or by the
// store) keeps the window open, with what was typed, unless the user chooses
// to close without it.
func (t *Screen) beforeClose(next func()) {
	t.flush()
	for _, r := range t.Rows {
		if r.removed() || !r.dirty() || r.blank() {
			continue
		}
		t.s.Show(t.Content)
		t.scrollTo(r)
		t.s.NotSavedOnClose(t.unsavedText(r), next)
		return
	}
	if why := t.pendingElsewhere(); why != "" {
		t.s.Show(t.Content)
		t.s.NotSavedOnClose(why, next)
		return
	}
	next()
}

// unsavedText says which row is not stored and why.
func (t *Screen) unsavedText(r *tsRow) string {
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
		map[string]any{"Day": strings.TrimSpace(r.Day.text), "Pass": strings.TrimSpace(r.Pass.text), "Who": t.Assignment.Selected}) +
		"\n" + strings.Join(why, "\n")
}

// Shows says whether the screen shows the assignment of assistant with customer.
func (t *Screen) Shows(assistant, customer string) bool {
	return t.Chosen == assignKey{assistant, customer}
}
