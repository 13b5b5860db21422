package data

import (
	"context"
	"errors"

	"assistans/rules"
)

// maxMissing caps how many different missing records Apply lists.
const maxMissing = 20

// RecordError is an import record the store refused: the Index-th of its Kind
// in the batch (the kinds of csvfile: "shifts", "hospital", …), and the field
// at fault (a store column such as "customer" or "date"; "" when none is) with
// its value. Its message is the store's; a caller that knows the record's line
// in a file can name file, line and column.
type RecordError struct {
	Kind  string
	Index int
	Field string
	Value string
	Err   error
}

func (e *RecordError) Error() string { return e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// lockField is the field that puts a record of each kind in its month.
var lockField = map[string]string{"shifts": "date", "hospital": "from_date", "costs": "month", "months": "month"}

// recordErr wraps a store error with the record it came from; other errors
// (the database's own) pass as they are. when is the record's value of its
// lockField, for a refusal by the month lock.
func recordErr(kind string, i int, err error, when ...string) error {
	var se *storeError
	if err == nil || !errors.As(err, &se) {
		return err
	}
	field, value := se.field, se.value
	if errors.Is(err, ErrLocked) && len(when) > 0 {
		field, value = lockField[kind], when[0]
	}
	return &RecordError{Kind: kind, Index: i, Field: field, Value: value, Err: err}
}

// missingRefs collects the records a batch refers to but nobody has registered,
// so that one failed import names all of them, not only the first, each with
// the first record that refers to it.
type missingRefs struct {
	order []*RecordError
	count map[string]int
}

// note swallows a missing-record error (counting it) and passes any other on.
func (m *missingRefs) note(kind string, i int, err error) error {
	var se *storeError
	if err == nil || !errors.Is(err, ErrNotFound) || !errors.As(err, &se) {
		return recordErr(kind, i, err)
	}
	if m.count == nil {
		m.count = map[string]int{}
	}
	if m.count[se.msg] == 0 {
		m.order = append(m.order, recordErr(kind, i, err).(*RecordError))
	}
	m.count[se.msg]++
	return nil
}

// and is err after the missing records found before it, which a file lists first.
func (m *missingRefs) and(err error) error {
	if len(m.order) == 0 {
		return err
	}
	return errors.Join(m.err(), err)
}

func (m *missingRefs) err() error {
	var errs []error
	for i, re := range m.order {
		if i == maxMissing {
			errs = append(errs, refuse(nil, rules.MoreMissing, len(m.order)-maxMissing))
			break
		}
		msg := re.Err.Error()
		if n := m.count[msg]; n > 1 {
			counted := refuse(ErrNotFound, rules.MissingRows, re.Err, n)
			if se, ok := re.Err.(*storeError); ok {
				counted.field, counted.value = se.field, se.value
			}
			re.Err = counted
		}
		errs = append(errs, re)
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

// applyBatch stores b, as one part of an import.
func applyBatch(ctx context.Context, t *tx, b rules.Batch) error {
	var im importer
	if err := im.part(ctx, t, b); err != nil {
		return err
	}
	return im.finish()
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
		rows, err := t.query(ctx, t.s.shiftSelect+` ORDER BY assistant, customer, date, start_min NULLS FIRST`)
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
