package timesheet

import (
	"cmp"
	"errors"
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Copying the previous month or a week into the month shown.

// shownShifts are the shifts the rows stand for: what is typed where it can
// be read, else what is stored.
func (t *Screen) shownShifts() []rules.Shift {
	out := make([]rules.Shift, 0, len(t.Rows))
	for _, r := range t.Rows {
		switch {
		case r.parsed:
			out = append(out, r.cur)
		case r.Saved.ID != 0:
			out = append(out, r.Saved)
		}
	}
	return out
}

// storedShifts are the month's stored shifts on the screen, as the copy buttons copy them.
func (t *Screen) storedShifts() []rules.Shift {
	var out []rules.Shift
	for _, r := range t.Rows {
		if r.Saved.ID != 0 && !r.fixed {
			out = append(out, r.Saved)
		}
	}
	return out
}

func (t *Screen) onCopyPrevMonth() {
	if t.locked || t.Chosen == (assignKey{}) {
		return
	}
	t.flush()
	prev, err := t.s.Store.ShiftsFor(t.s.Ctx, t.Chosen.assistant, t.Chosen.customer, t.Month.Prev())
	if err != nil {
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": language.Error(err)}), widget.DangerImportance)
		return
	}
	copies, missing := rules.CopyMonth(prev, t.Month)
	if len(copies)+missing == 0 {
		t.setPassing(lang.X("timesheet.prev_empty", "{{.Month}} har inga pass att kopiera.", map[string]any{"Month": widgets.MonthLabel(t.Month.Prev())}), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, missing)
}

func (t *Screen) onCopyWeek() {
	if t.locked || t.Chosen == (assignKey{}) {
		return
	}
	t.flush()
	stored := t.storedShifts()
	mon, ok := t.weekStarts[t.week.Selected]
	if !ok {
		mon, ok = rules.TemplateWeek(stored, t.Month)
	}
	copies := rules.CopyWeek(stored, mon, t.Month)
	if !ok || len(copies) == 0 {
		t.setPassing(lang.X("timesheet.week_empty", "Veckan har inga sparade pass att kopiera."), widget.MediumImportance)
		return
	}
	t.insertCopies(copies, 0)
}

// insertCopies stores copied shifts on the days that have no shift yet, where
// they overlap nothing, as one change that Ctrl+Z takes back at once.
func (t *Screen) insertCopies(copies []rules.Shift, skipped int) {
	busy := map[rules.Date]bool{}
	for _, sh := range t.shownShifts() {
		busy[sh.Date] = true
	}
	var g []tsChange
	var firstErr error
	for _, sh := range copies {
		sh.Assistant, sh.Customer = t.Chosen.assistant, t.Chosen.customer
		if busy[sh.Date] || len(t.blockingFor(sh, nil)) > 0 {
			skipped++
			continue
		}
		stored, err := t.s.Store.SaveShift(t.s.Ctx, sh)
		if err != nil {
			skipped++
			if firstErr == nil {
				firstErr = err
			}
			if errors.Is(err, data.ErrLocked) {
				break
			}
			continue
		}
		g = append(g, tsChange{after: stored})
		busy[sh.Date] = true
		t.insertRow(stored, len(t.Rows))
		t.revalidate() // the next copy is tested against this one
	}
	if len(g) > 0 {
		t.pushUndo(g)
		t.sortRows()
		t.afterStore()
	}
	msg := lang.X("timesheet.copied", "{{.N}} pass kopierades.", map[string]any{"N": len(g)})
	if skipped > 0 {
		msg += " " + lang.X("timesheet.copy_skipped", "{{.N}} pass kopierades inte: dagen hade redan pass, passet krockade med ett annat eller dagen finns inte i månaden.", map[string]any{"N": skipped})
	}
	imp := widget.MediumImportance
	if firstErr != nil {
		msg += " " + firstErr.Error()
		imp = widget.DangerImportance
		t.storeFailed(nil, firstErr)
	}
	switch {
	case t.locked:
	case imp == widget.DangerImportance:
		t.setStatus(msg, imp)
	default:
		t.setPassing(msg, imp)
	}
}

// sortRows orders the rows by day and start; the empty row stays last.
func (t *Screen) sortRows() {
	n := len(t.Rows)
	if !t.locked && n > 0 {
		n--
	}
	key := func(r *tsRow) rules.Shift {
		if r.parsed {
			return r.cur
		}
		return r.Saved
	}
	slices.SortStableFunc(t.Rows[:n], func(a, b *tsRow) int {
		x, y := key(a), key(b)
		return cmp.Or(x.Date.Compare(y.Date), cmp.Compare(x.Start, y.Start))
	})
	t.showRows()
}
