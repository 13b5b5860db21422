package data

import (
	"context"

	"assistans/rules"
)

// shiftWindow is the range of shift dates the checks of month m need: back to the
// earliest start of a calculation period that can overlap m (the longest period
// among the settings, at least six months), one day more for a night shift
// running into it, and forward a week for the rest rules' windows past the
// month's end.
func shiftWindow(m rules.Month, st rules.Settings) (from, to rules.Date) {
	first := m.First()
	from = first.AddMonths(-6)
	for _, w := range append([]rules.WorkLimit{st.Husligt, st.ATL}, st.Agreements...) {
		var start rules.Date
		if w.PeriodDays > 0 {
			start = first.AddDays(-w.PeriodDays)
		} else {
			start = first.AddMonths(-w.PeriodMonths)
		}
		if start.Before(from) {
			from = start
		}
	}
	return from.AddDays(-1), m.Last().AddDays(7)
}

// MonthData loads everything rules.Check needs for month m in one read
// transaction: every register, the shifts of shiftWindow, the month's facts,
// costs and printed totals, and the settings.
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
		from, to := shiftWindow(m, md.Settings)
		if md.Shifts, err = shiftsBetween(ctx, t, from, to, ""); err != nil {
			return err
		}
		if md.MonthInfos, err = monthInfos.all(ctx, t, "month = ?", m.String()); err != nil {
			return err
		}
		if md.Costs, err = costs.all(ctx, t, "month = ?", m.String()); err != nil {
			return err
		}
		rows, err := printed.all(ctx, t, "month = ?", m.String())
		md.Printed = printedTotals(rows)
		return err
	})
	return md, err
}

// Totals are month m's minutes per customer and assistant, by kind, as
// rules.MonthTotals counts them (a night shift from the month before counts its
// part after midnight).
func (s *Store) Totals(ctx context.Context, m rules.Month) ([]rules.CustomerTotals, error) {
	var shifts []rules.Shift
	err := s.read(ctx, func(t *tx) (err error) {
		shifts, err = shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), "")
		return err
	})
	if err != nil {
		return nil, err
	}
	return rules.MonthTotals(shifts, m), nil
}
