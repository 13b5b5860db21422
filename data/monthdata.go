package data

import (
	"context"

	"assistans/rules"
)

// shiftWindow is the range of shift dates the checks of month m need: every
// calculation period of every assistant that overlaps m (rules.PeriodsFor, the
// checks' own definition, so the two cannot disagree; a period may run past the
// month, and planned shifts in it count), the calendar weeks and 24-hour rest
// windows around the month's days, and one day before all that for a night
// shift running into it.
func shiftWindow(m rules.Month, st rules.Settings, as []rules.Assistant) (from, to rules.Date) {
	// rules.Check uses the defaults when no limit is set at all; so must the window.
	if st.Husligt == (rules.WorkLimit{}) && st.ATL == (rules.WorkLimit{}) && len(st.Agreements) == 0 {
		st = rules.DefaultSettings()
	}
	from, to = m.First().AddDays(-7), m.Last().AddDays(7)
	for _, a := range as {
		_, periods := st.PeriodsFor(a, m)
		for _, p := range periods {
			if p.First.Before(from) {
				from = p.First
			}
			if p.Last.After(to) {
				to = p.Last
			}
		}
	}
	return from.AddDays(-1), to
}

// MonthData loads everything rules.Check needs for month m in one read
// transaction: every register, the shifts of shiftWindow (sorted by date, start,
// assistant and customer), the month's facts, costs and printed totals, the
// schedules and absences (loadPlan), and the settings.
func (s *Store) MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error) {
	md := rules.MonthData{Month: m, Today: today}
	err := s.read(ctx, func(t *tx) (err error) {
		if md.Settings, err = loadSettings(ctx, t); err != nil {
			return err
		}
		if md.Providers, err = providers.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Customers, err = customers.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Decisions, err = decisions.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Assistants, err = assistants.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Assignments, err = assignments.all(ctx, t, ""); err != nil {
			return err
		}
		from, to := shiftWindow(m, md.Settings, md.Assistants)
		if md.Shifts, err = shiftsBetween(ctx, t, from, to, byDate, ""); err != nil {
			return err
		}
		if md.MonthInfos, err = monthInfos.all(ctx, t, "month = ?", m.String()); err != nil {
			return err
		}
		if md.Costs, err = costs.all(ctx, t, "month = ?", m.String()); err != nil {
			return err
		}
		rows, err := printed.all(ctx, t, "month = ?", m.String())
		if err != nil {
			return err
		}
		md.Printed = printedTotals(rows)
		return loadPlan(ctx, t, m, &md)
	})
	return md, err
}

// Totals are month m's minutes per customer and assistant, by kind, as
// rules.MonthTotals counts them (a night shift from the month before counts its
// part after midnight).
func (s *Store) Totals(ctx context.Context, m rules.Month) ([]rules.CustomerTotals, error) {
	var shifts []rules.Shift
	err := s.read(ctx, func(t *tx) (err error) {
		shifts, err = shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), byDate, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	return rules.MonthTotals(shifts, m), nil
}
