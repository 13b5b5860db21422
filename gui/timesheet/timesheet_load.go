package timesheet

import (
	"slices"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Loading the assignments, the weeks and the rows of the month shown.

// load shows the chosen month: the assignments to choose from, then the rows.
// Rows typed but not yet stored are stored first, in the month they were typed for.
func (t *Screen) load() {
	t.flush()
	t.keepPending()
	t.Month = t.s.Month()
	t.setStatus("", widget.MediumImportance)
	if err := t.loadAssignments(); err != nil {
		t.Chosen = assignKey{}
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": language.Error(err)}), widget.DangerImportance)
	}
	t.updateWeeks()
	t.loadRows()
}

// loadAssignments offers every assignment as "assistant – customer", sorted,
// and keeps the chosen one; with none chosen, the first is.
func (t *Screen) loadAssignments() error {
	ctx := t.s.Ctx
	as, err := t.s.Store.Assignments(ctx)
	if err != nil {
		return err
	}
	assistants, err := t.s.Store.Assistants(ctx)
	if err != nil {
		return err
	}
	customers, err := t.s.Store.Customers(ctx)
	if err != nil {
		return err
	}
	t.customers = map[string]string{}
	for _, c := range customers {
		t.customers[c.Pnr] = c.Name
	}
	anames := map[string]string{}
	for _, a := range assistants {
		anames[a.Pnr] = a.Name
	}
	name := func(names map[string]string, pnr string) string {
		if n := names[pnr]; n != "" {
			return n
		}
		return rules.FormatPnr(pnr)
	}
	t.options = map[string]assignKey{}
	var opts []string
	for _, a := range as {
		o := name(anames, a.Assistant) + " – " + name(t.customers, a.Customer)
		if _, dup := t.options[o]; dup {
			o += " (" + rules.FormatPnr(a.Assistant) + ", " + rules.FormatPnr(a.Customer) + ")"
		}
		t.options[o] = assignKey{a.Assistant, a.Customer}
		opts = append(opts, o)
	}
	slices.Sort(opts)
	selected := ""
	for _, o := range opts {
		if t.options[o] == t.Chosen {
			selected = o
		}
	}
	if selected == "" && len(opts) > 0 {
		selected = opts[0]
	}
	t.Chosen = t.options[selected]
	t.setting++
	defer func() { t.setting-- }()
	t.Assignment.SetOptions(opts)
	t.Assignment.SetSelected(selected)
	return nil
}

func (t *Screen) onAssignmentChanged(opt string) {
	k, ok := t.options[opt]
	if t.setting > 0 || !ok || k == t.Chosen {
		return
	}
	t.flush()
	t.keepPending()
	t.Chosen = k
	t.loadRows()
}

// updateWeeks offers the weeks of the month for the copy button.
func (t *Screen) updateWeeks() {
	auto := lang.X("timesheet.week_auto", "Första hela veckan med pass")
	opts := []string{auto}
	t.weekStarts = map[string]rules.Date{}
	for _, mon := range t.Month.Weeks() {
		from, to := mon, mon.AddDays(6)
		if !t.Month.Contains(from) {
			from = t.Month.First()
		}
		if !t.Month.Contains(to) {
			to = t.Month.Last()
		}
		o := lang.X("timesheet.week_option", "vecka {{.W}} ({{.From}}–{{.To}} {{.Month}})",
			map[string]any{"W": tsISOWeek(mon), "From": from.Day, "To": to.Day, "Month": widgets.MonthName(t.Month.Month)})
		t.weekStarts[o] = mon
		opts = append(opts, o)
	}
	t.week.SetOptions(opts)
	t.week.SetSelected(auto)
}

// loadRows reads the chosen assignment's month and builds its rows.
func (t *Screen) loadRows() {
	t.Ed.Cell = nil // its field goes with the old rows
	t.Marked = nil
	defer t.placeEditor()
	t.Rows, t.live = nil, rules.NewLiveChecker(nil, nil)
	t.undoStack, t.findings, t.locked = nil, nil, false
	t.checkGen++ // a check still running is for what was shown before
	defer t.updateButtons()
	k := t.Chosen
	if k == (assignKey{}) {
		t.showRows()
		t.revalidate()
		if !t.status.Visible() {
			t.setStatus(lang.X("timesheet.no_assignments", "Det finns inga uppdrag. Lägg först upp assistenten, kunden och uppdraget som kopplar ihop dem."), widget.MediumImportance)
		}
		return
	}
	shifts, around, decisions, err := t.readMonth(k)
	if err != nil {
		t.showRows()
		t.revalidate()
		t.setStatus(lang.X("timesheet.load_error", "Kunde inte läsa passen: {{.Err}}", map[string]any{"Err": language.Error(err)}), widget.DangerImportance)
		return
	}
	if t.locked {
		t.setStatus(t.lockedText(), widget.DangerImportance)
	}
	shown := map[int64]bool{}
	for _, sh := range shifts {
		t.Rows = append(t.Rows, t.newRow(sh, !t.Month.Contains(sh.Date)))
		shown[sh.ID] = true
	}
	var others []rules.Shift // the assistant's shifts around the month that are not rows here
	for _, sh := range around {
		if sh.Assistant == k.assistant && !shown[sh.ID] && sh.Fault() == rules.ShiftOK {
			others = append(others, sh)
		}
	}
	t.live = rules.NewLiveChecker(others, decisions)
	restored := t.restorePending()
	if !t.locked {
		t.Rows = append(t.Rows, t.newRow(rules.Shift{}, false))
	}
	if restored > 0 {
		t.setStatus(lang.X("timesheet.pending_back", "Rader som inte är sparade finns kvar ({{.N}}), markerade: rätta dem eller ta bort dem.",
			map[string]any{"N": restored}), widget.WarningImportance)
	}
	t.showRows()
	t.revalidate()
	t.scroll.ScrollToTop()
	t.runCheck()
}

// readMonth reads the rows' shifts, the assistant's shifts around the month
// (any customer, for the overlap test), the customer's decisions and the lock.
func (t *Screen) readMonth(k assignKey) (shifts, around []rules.Shift, decisions []rules.Decision, err error) {
	ctx, st := t.s.Ctx, t.s.Store
	if shifts, err = st.ShiftsFor(ctx, k.assistant, k.customer, t.Month); err != nil {
		return nil, nil, nil, err
	}
	// A shift lasts at most 25 real hours, so only the days next to the month can reach into it.
	if around, err = st.Shifts(ctx, t.Month.Prev().Last(), t.Month.Next().First()); err != nil {
		return nil, nil, nil, err
	}
	if decisions, err = st.Decisions(ctx, k.customer); err != nil {
		return nil, nil, nil, err
	}
	mi, err := st.MonthInfo(ctx, k.customer, t.Month)
	if err != nil {
		return nil, nil, nil, err
	}
	t.locked = !mi.Sent.IsZero()
	return shifts, around, decisions, nil
}
