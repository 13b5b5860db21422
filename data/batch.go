package data

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"assistans/rules"
)

// maxMissing caps how many different missing records Apply lists.
const maxMissing = 20

// missingRefs collects the records a batch refers to but nobody has registered,
// so that one failed import names all of them, not only the first.
type missingRefs struct {
	order []string
	count map[string]int
}

// note swallows a missing-record error (counting it) and passes any other on.
func (m *missingRefs) note(err error) error {
	var se *storeError
	if err == nil || !errors.Is(err, ErrNotFound) || !errors.As(err, &se) {
		return err
	}
	if m.count == nil {
		m.count = map[string]int{}
	}
	if m.count[se.msg] == 0 {
		m.order = append(m.order, se.msg)
	}
	m.count[se.msg]++
	return nil
}

func (m *missingRefs) err() error {
	var errs []error
	for i, msg := range m.order {
		if i == maxMissing {
			errs = append(errs, fmt.Errorf("… och %d saknade uppgifter till.", len(m.order)-maxMissing))
			break
		}
		if n := m.count[msg]; n > 1 {
			msg = fmt.Sprintf("%s (%d rader)", strings.TrimSuffix(msg, "."), n)
		}
		errs = append(errs, &storeError{msg: msg, kind: ErrNotFound})
	}
	return errors.Join(errs...)
}

// Apply stores every record of b in one transaction, all or nothing: each record
// is inserted, or updates the stored one with the same key (providers by orgnr,
// customers and assistants by pnr, decisions by customer and from, assignments by
// assistant and customer, shifts by assistant, customer, date and start, month
// facts by customer and month, hospital stays by customer, from date and time,
// costs by customer, month and category; schedules and absences as applyPlan
// says). Records equal to the stored ones are
// skipped. A stored inactive flag is kept, as import files do not carry it.
// References to customers, assistants or providers that do not exist fail the
// whole batch with one ErrNotFound per missing record; a change to a sent month
// fails with ErrLocked. Month facts are stored last, so a batch that marks a
// month as sent records the totals of the shifts in the same batch.
func (s *Store) Apply(ctx context.Context, b rules.Batch) error {
	return s.write(ctx, func(t *tx) error { return applyBatch(ctx, t, b) })
}

func applyBatch(ctx context.Context, t *tx, b rules.Batch) error {
	var miss missingRefs
	for _, p := range b.Providers {
		if _, err := providers.put(ctx, t, p, "", nil); err != nil {
			return err
		}
	}
	for _, c := range b.Customers {
		old, found, err := customers.get(ctx, t, c.Pnr)
		if err != nil {
			return err
		}
		c.Inactive = c.Inactive || found && old.Inactive
		if _, err := customers.put(ctx, t, c, "", nil); err != nil {
			return err
		}
	}
	for _, a := range b.Assistants {
		old, found, err := assistants.get(ctx, t, a.Pnr)
		if err != nil {
			return err
		}
		a.Inactive = a.Inactive || found && old.Inactive
		if _, err := assistants.put(ctx, t, a, "", nil); err != nil {
			return err
		}
	}
	for _, d := range b.Decisions {
		if _, err := decisions.put(ctx, t, d, "", nil); miss.note(err) != nil {
			return err
		}
	}
	for _, a := range b.Assignments {
		if _, err := assignments.put(ctx, t, a, "", nil); miss.note(err) != nil {
			return err
		}
	}
	if len(b.Shifts) > 0 {
		stored, err := storedShifts(ctx, t, b.Shifts)
		if err != nil {
			return err
		}
		for _, sh := range b.Shifts {
			if err := importShift(ctx, t, stored, sh); miss.note(err) != nil {
				return err
			}
		}
	}
	for _, h := range b.Hospital {
		if _, err := hospitalStays.put(ctx, t, h, "", nil); miss.note(err) != nil {
			return err
		}
	}
	for _, c := range b.Costs {
		if err := saveCost(ctx, t, c); miss.note(err) != nil {
			return err
		}
	}
	if err := applyPlan(ctx, t, b, &miss); err != nil {
		return err
	}
	for _, mi := range b.MonthInfos {
		if err := saveMonthInfo(ctx, t, mi, ""); miss.note(err) != nil {
			return err
		}
	}
	return miss.err()
}

// Snapshot reads every register, shift, month fact, hospital stay, cost,
// schedule row and absence, each sorted by its key, for export.
func (s *Store) Snapshot(ctx context.Context) (rules.Batch, error) {
	var b rules.Batch
	err := s.read(ctx, func(t *tx) (err error) {
		if b.Providers, err = providers.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Customers, err = customers.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Decisions, err = decisions.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Assistants, err = assistants.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Assignments, err = assignments.all(ctx, t, ""); err != nil {
			return err
		}
		rows, err := t.query(ctx, shiftSelect+` ORDER BY assistant, customer, date, start_min`)
		if err != nil {
			return err
		}
		if b.Shifts, err = scanShifts(rows, nil); err != nil {
			return err
		}
		if b.MonthInfos, err = monthInfos.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Hospital, err = hospitalStays.all(ctx, t, ""); err != nil {
			return err
		}
		if b.Costs, err = costs.all(ctx, t, ""); err != nil {
			return err
		}
		return snapshotPlan(ctx, t, &b)
	})
	return b, err
}
