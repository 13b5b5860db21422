package timesheet

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/rules"
)

// Typing in the rows: moving between cells, and storing a row when it is left.

// onTyped follows every keystroke: the row is read again, every row's marks
// and the totals are brought up to date, and the last row being typed into
// makes a new empty row below it.
func (t *Screen) onTyped(r *tsRow) {
	if t.setting > 0 {
		return
	}
	r.saveErr, r.edited = "", true
	if !t.locked && len(t.Rows) > 0 && t.Rows[len(t.Rows)-1] == r && !r.blank() {
		nr := t.newRow(rules.Shift{}, false)
		t.Rows = append(t.Rows, nr)
		t.list.Add(nr.box)
	}
	t.revalidate()
}

// fieldLeft stores the row when a field is left, unless the day was just
// typed into a new row and the pass is still to come.
func (t *Screen) fieldLeft(f *tsField) {
	r := f.row
	if r.removed() || (f.field == FieldDay && strings.TrimSpace(r.Pass.text) == "") {
		return
	}
	t.commit(r)
}

// editCell moves the editor into field f, storing the row it leaves, and
// gives it the keyboard focus when focus is set.
func (t *Screen) editCell(f *tsField, focus bool) {
	c := t.s.Win.Canvas()
	if t.Marked != nil && t.Marked != f.row {
		t.mark(nil) // the user went on to another row
	}
	if old := t.Ed.Cell; old != f {
		t.Ed.Cell = f
		t.setting++
		t.Ed.SetText(f.text)
		t.setting--
		if old != nil {
			old.Refresh()
			t.fieldLeft(old)
		}
		f.Refresh()
		if c.Focused() == t.Ed {
			t.Ed.Entry.TypedShortcut(&fyne.ShortcutSelectAll{})
			t.scrollTo(f.row)
		}
	}
	if focus && c.Focused() != t.Ed && !f.row.removed() {
		c.Focus(t.Ed)
	}
}

// moveCell goes dir fields on (Tab, Enter) or back (Shift+Tab), past rows
// that cannot be edited; past the first or last field the focus leaves the rows.
func (t *Screen) moveCell(f *tsField, dir int) {
	i := slices.Index(t.Rows, f.row)
	field := f.field
	for {
		field += dir
		if field < FieldDay || field > fieldPass {
			i += dir
			field = (field + 2) % 2
		}
		if i < 0 || i >= len(t.Rows) {
			if dir > 0 {
				t.s.Win.Canvas().FocusNext()
			} else {
				t.s.Win.Canvas().FocusPrevious()
			}
			return
		}
		if !t.Rows[i].fixed {
			t.editCell(t.Rows[i].field(field), true)
			return
		}
	}
}

// moveRow goes to the same field dir rows up or down.
func (t *Screen) moveRow(f *tsField, dir int) {
	i := slices.Index(t.Rows, f.row) + dir
	if i >= 0 && i < len(t.Rows) && !t.Rows[i].fixed {
		t.editCell(t.Rows[i].field(f.field), true)
	}
}

// commit stores the row if it is complete, valid and changed; a stored row
// whose fields were both emptied is deleted.
func (t *Screen) commit(r *tsRow) {
	if t.locked || r.fixed || r.removed() || t.Chosen == (assignKey{}) {
		return
	}
	if !r.dirty() {
		if r.edited && r.Saved.ID != 0 {
			t.setFields(r, r.Saved) // 8-16 is shown as 08:00-16:00 once read
		}
		return
	}
	if r.blank() {
		t.deleteRow(r, -1)
		return
	}
	r.touched = true
	if !r.parsed || len(r.blocking) > 0 {
		t.showRow(r, t.typingIn())
		return
	}
	stored, err := t.s.Store.SaveShift(t.s.Ctx, r.cur)
	if err != nil {
		t.storeFailed(r, err)
		return
	}
	t.pushUndo([]tsChange{{before: r.Saved, after: stored}})
	t.setSaved(r, stored)
	t.afterStore()
}

// flush stores every row typed but not yet stored that can be.
func (t *Screen) flush() {
	for _, r := range slices.Clone(t.Rows) {
		if r.dirty() && !r.blank() {
			t.commit(r) // only rows typed in: a stored shift is never rewritten unasked
		}
	}
}

func (t *Screen) setSaved(r *tsRow, sh rules.Shift) {
	r.Saved, r.saveErr, r.touched = sh, "", false
	t.setFields(r, sh)
}

// setFields shows sh in the row's fields, as the screen's own change.
func (t *Screen) setFields(r *tsRow, sh rules.Shift) {
	r.edited = false
	t.setting++
	defer func() { t.setting-- }()
	if sh.ID == 0 {
		r.Day.SetText("")
		r.Pass.SetText("")
		return
	}
	r.Day.SetText(tsDayText(sh.Date, t.Month))
	r.Pass.SetText(tsPassText(sh))
}

// storeFailed shows why the store refused a change; a month locked meanwhile
// locks the screen, and is said in the window's language. A shift someone else
// changed or removed since it was read is shown in the conflict dialog, whose
// Ladda om drops the row's typing and shows the month as stored now.
func (t *Screen) storeFailed(r *tsRow, err error) {
	if ce := (*data.ConflictError)(nil); errors.As(err, &ce) {
		if r != nil {
			r.saveErr = lang.X("timesheet.not_saved_err", "Inte sparad: {{.Err}}", map[string]any{"Err": session.ConflictText(ce)})
		}
		t.revalidate()
		t.s.ShowConflict(err, r != nil && !r.blank(), func() { t.reloadAfterConflict(r) })
		return
	}
	why := language.Error(err)
	if errors.Is(err, data.ErrLocked) {
		why = t.lockedText()
	}
	if r != nil {
		r.saveErr = lang.X("timesheet.not_saved_err", "Inte sparad: {{.Err}}", map[string]any{"Err": why})
	}
	if errors.Is(err, data.ErrLocked) {
		t.setStatus(why, widget.DangerImportance)
		if mi, e := t.s.Store.MonthInfo(t.s.Ctx, t.Chosen.customer, t.Month); e == nil && !mi.Sent.IsZero() {
			t.lock()
		}
	}
	t.revalidate()
}

// afterStore follows a change in the store: marks, totals, the other screens
// and the month's checks.
func (t *Screen) afterStore() {
	t.revalidate()
	t.updateButtons()
	t.tellOthers()
	t.runCheck()
}

// reloadAfterConflict is Ladda om after a refused save: r (nil after an undo)
// goes back to the shift as read, so that it is not stored again on the way,
// and the month is read anew.
func (t *Screen) reloadAfterConflict(r *tsRow) {
	if r != nil {
		t.revert(r)
	}
	t.load()
}
