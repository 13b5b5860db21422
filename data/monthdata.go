package data

import (
	"context"

	"assistans/rules"
)

// MonthData loads everything rules.Check needs for month m as one state of
// the database (one read transaction, on a held connection for eachRow; on a
// file the shifts come from a second that saw the same state, see
// monthshifts.go): every register, the shifts and worked minutes of
// rules.ReadsFor (the shifts sorted by date, start, assistant and customer),
// the month's facts, costs and printed totals, the schedules and absences
// (loadPlan), and the settings.
func (s *Store) MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error) {
	md := rules.MonthData{Month: m, Today: today}
	side := s.beside(ctx, m)
	defer side.wait()
	err := s.readConn(ctx, func(t *tx) (err error) {
		head, err := chainHead(ctx, t)
		if err != nil {
			return err
		}
		if md.Settings, err = loadSettings(ctx, t); err != nil {
			return err
		}
		if md.Assistants, err = assistants.all(ctx, t, ""); err != nil {
			return err
		}
		reads := md.Settings.ReadsFor(m, md.Assistants)
		side.read(reads.Ranges)
		if md.Providers, err = providers.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Customers, err = customers.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Decisions, err = decisions.all(ctx, t, ""); err != nil {
			return err
		}
		if md.Assignments, err = assignments.all(ctx, t, ""); err != nil {
			return err
		}
		md.Summed = reads.Summed
		if md.Worked, err = loadWorked(ctx, t, reads.Summed); err != nil {
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
		if err := loadPlan(ctx, t, m, &md); err != nil {
			return err
		}
		var same bool
		if md.Shifts, same = side.shifts(head); !same {
			md.Shifts, err = shiftsIn(ctx, t, reads.Ranges)
		}
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
		shifts, err = shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), byDate, "")
		return err
	})
	if err != nil {
		return nil, err
	}
	return rules.MonthTotals(shifts, m), nil
}
