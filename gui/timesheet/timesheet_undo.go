package timesheet

import (
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/rules"
)

// Deleting rows and undoing (Ctrl+Z): each change is a group of row states to go back to.

// tsChange is one stored change, kept so that Ctrl+Z can take it back.
// before.ID 0 means the shift was inserted, after.ID 0 that it was deleted.
type tsChange struct {
	before, after rules.Shift
	index         int // the row a deleted shift stood on
}

// deleteRow deletes the row's shift and removes the row; the empty last row
// is only emptied. The focus goes to the same field of the next row when
// field is a field (the row was deleted from the keyboard).
func (t *Screen) deleteRow(r *tsRow, field int) {
	if t.locked || r.fixed || r.removed() {
		return
	}
	if r.Saved.ID == 0 && !r.blank() && (r.touched || r.saveErr != "") {
		t.askDrop(r, func() { t.removeRow(r, field) })
		return
	}
	t.removeRow(r, field)
}

// removeRow deletes r's stored shift, if it has one, and takes the row away.
func (t *Screen) removeRow(r *tsRow, field int) {
	if r.removed() {
		return
	}
	i := slices.Index(t.Rows, r)
	stored := r.Saved.ID != 0
	if stored {
		if err := t.s.Store.DeleteShift(t.s.Ctx, r.Saved.ID, r.Saved.Version); err != nil {
			t.storeFailed(r, err)
			return
		}
		t.pushUndo([]tsChange{{before: r.Saved, index: i}})
	}
	if i == len(t.Rows)-1 {
		r.Saved, r.touched, r.saveErr = rules.Shift{}, false, ""
		t.setFields(r, rules.Shift{})
	} else {
		t.dropRow(r, field)
	}
	if stored {
		t.afterStore()
	} else {
		t.revalidate()
	}
}

// dropRow takes the row off the screen, first moving the editor it holds to
// the next row (to field, or the pass field when field is -1).
func (t *Screen) dropRow(r *tsRow, field int) {
	i := slices.Index(t.Rows, r)
	if i < 0 {
		return
	}
	r.gone = true // leaving it must not store it
	if t.Ed.Cell != nil && t.Ed.Cell.row == r {
		if field < 0 {
			field = fieldPass
		}
		next := i + 1
		if next >= len(t.Rows) {
			next = i - 1
		}
		if next >= 0 {
			t.editCell(t.Rows[next].field(field), t.s.Win.Canvas().Focused() == t.Ed)
		} else {
			t.Ed.Cell = nil
		}
	}
	t.list.Remove(r.box)
	t.Rows = slices.Delete(t.Rows, i, i+1)
}

// insertRow shows a stored shift again at row index i (before the empty row).
func (t *Screen) insertRow(sh rules.Shift, i int) *tsRow {
	r := t.newRow(sh, false)
	i = min(max(i, 0), len(t.Rows))
	if !t.locked && i == len(t.Rows) && i > 0 {
		i-- // the empty row stays last
	}
	t.Rows = slices.Insert(t.Rows, i, r)
	t.showRows()
	return r
}

func (t *Screen) rowByID(id int64) *tsRow {
	for _, r := range t.Rows {
		if r.Saved.ID == id {
			return r
		}
	}
	return nil
}

func (t *Screen) pushUndo(g []tsChange) {
	t.undoStack = append(t.undoStack, g)
	t.updateButtons()
}

// undo takes back the last stored change (a row saved, deleted, or a copy).
// Pressed in a row with unsaved typing, it first takes back that typing.
// Undo undoes the screen's last stored change (Ctrl+Z outside a row).
func (t *Screen) Undo() { t.undo(nil) }

func (t *Screen) undo(from *tsRow) {
	if from != nil && !from.removed() && from.dirty() {
		t.revert(from)
		return
	}
	if t.locked {
		return
	}
	if len(t.undoStack) == 0 {
		t.setPassing(lang.X("timesheet.nothing_to_undo", "Det finns inget att ångra."), widget.MediumImportance)
		return
	}
	g := t.undoStack[len(t.undoStack)-1]
	t.undoStack = t.undoStack[:len(t.undoStack)-1]
	var focus *tsRow
	for i := len(g) - 1; i >= 0; i-- {
		ch := g[i]
		var err error
		switch {
		case ch.before.ID == 0: // inserted: delete it
			if err = t.s.Store.DeleteShift(t.s.Ctx, ch.after.ID, ch.after.Version); err == nil {
				if r := t.rowByID(ch.after.ID); r != nil {
					t.dropRow(r, -1)
				}
			}
		case ch.after.ID == 0: // deleted: insert it again, under a new ID
			b := ch.before
			b.ID = 0
			var stored rules.Shift
			if stored, err = t.s.Store.SaveShift(t.s.Ctx, b); err == nil {
				t.renumber(ch.before.ID, stored.ID)
				focus = t.insertRow(stored, ch.index)
			}
		default:
			// Our change is taken back only if nobody has changed the shift since
			// (the store refuses another version, naming who changed it).
			b := ch.before
			b.Version = ch.after.Version
			var stored rules.Shift
			if stored, err = t.s.Store.SaveShift(t.s.Ctx, b); err == nil {
				t.reversion(stored)
				if r := t.rowByID(ch.before.ID); r != nil {
					t.setSaved(r, stored)
					focus = r
				}
			}
		}
		if err != nil {
			t.undoStack = append(t.undoStack, g[:i+1])
			t.storeFailed(nil, err)
			t.setStatus(lang.X("timesheet.undo_failed", "Kunde inte ångra: {{.Err}}", map[string]any{"Err": language.Error(err)}), widget.DangerImportance)
			break
		}
	}
	t.afterStore()
	if from != nil { // from the keyboard: stay where the change is
		switch {
		case focus != nil && !focus.removed():
			t.FocusField(focus, fieldPass)
		case len(t.Rows) > 0: // a row taken away: on to the empty row, to type the next
			t.FocusField(t.Rows[len(t.Rows)-1], FieldDay)
		}
	}
}

// reversion gives the undo stack's changes of a shift the version it has now.
func (t *Screen) reversion(sh rules.Shift) {
	for _, g := range t.undoStack {
		for i := range g {
			if g[i].after.ID == sh.ID {
				g[i].after.Version = sh.Version
			}
		}
	}
}

// renumber follows a shift stored again under a new ID through the undo stack.
func (t *Screen) renumber(old, id int64) {
	for _, g := range t.undoStack {
		for i := range g {
			if g[i].before.ID == old {
				g[i].before.ID = id
			}
			if g[i].after.ID == old {
				g[i].after.ID = id
			}
		}
	}
}

// revert puts back in the row what is stored for it.
func (t *Screen) revert(r *tsRow) {
	if r.fixed || r.removed() {
		return
	}
	r.touched, r.saveErr = false, ""
	t.setFields(r, r.Saved)
	t.revalidate()
}
