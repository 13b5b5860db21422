package data

import (
	"context"
	"database/sql"
	"errors"

	"assistans/rules"
)

// Reading a large month's shifts takes as long as reading everything else
// MonthData needs, so on a file they are read on a second connection while
// the first reads the rest. The two read transactions must see the same
// state, and SQLite cannot hand one's snapshot to the other; but every write
// appends to the audit chain in its own transaction, so two transactions whose
// chains end in the same row (id and hash) see the same database. When they
// do not (a write was committed between the two first reads), the shifts are
// read again on the first connection.
//
// On a server each MonthData would hold two of the pool's few connections at
// once, and enough of them at the same time could wait on each other for
// ever: there the shifts are read on the one connection.

// shiftsBeside is the shifts' read on a second connection.
type shiftsBeside struct {
	ranges chan []rules.Period // closed once the ranges are sent, or unsent when MonthData gives up
	done   chan besideShifts
	closed bool
	got    *besideShifts
}

type besideShifts struct {
	head   anchor
	read   bool // the ranges came, and the shifts were read
	shifts []rules.Shift
	err    error
}

// beside begins a read transaction on a second connection, which reads the
// chain's head and then waits for the ranges of the shifts; nil on a server.
func (s *Store) beside(ctx context.Context) *shiftsBeside {
	if s.OnServer() {
		return nil
	}
	b := &shiftsBeside{ranges: make(chan []rules.Period, 1), done: make(chan besideShifts, 1)}
	go func() {
		var r besideShifts
		r.err = s.readConn(ctx, func(t *tx) (err error) {
			if r.head, err = chainHead(ctx, t); err != nil {
				return err
			}
			ranges, ok := <-b.ranges
			if !ok {
				return nil
			}
			r.shifts, err = shiftsIn(ctx, t, ranges)
			r.read = err == nil
			return err
		})
		b.done <- r
	}()
	return b
}

// read hands the ranges to the second connection.
func (b *shiftsBeside) read(ranges []rules.Period) {
	if b != nil {
		b.ranges <- ranges
		b.close()
	}
}

func (b *shiftsBeside) close() {
	if !b.closed {
		close(b.ranges)
		b.closed = true
	}
}

// wait ends the second connection's transaction, at once if it has no ranges.
func (b *shiftsBeside) wait() besideShifts {
	if b == nil {
		return besideShifts{}
	}
	b.close()
	if b.got == nil {
		r := <-b.done
		b.got = &r
	}
	return *b.got
}

// shifts are those the second connection read, if it saw the state whose
// chain ends in head; false otherwise.
func (b *shiftsBeside) shifts(head anchor) ([]rules.Shift, bool) {
	r := b.wait()
	return r.shifts, r.read && r.head == head
}

// chainHead is the last row of the audit chain; zero when it is empty.
func chainHead(ctx context.Context, t *tx) (anchor, error) {
	var a anchor
	err := t.queryRow(ctx, `SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1`).Scan(&a.ID, &a.Hash)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return a, err
}

// shiftsIn reads the shifts dated in ranges, by date within each range.
func shiftsIn(ctx context.Context, t *tx, ranges []rules.Period) ([]rules.Shift, error) {
	var out []rules.Shift
	for _, r := range ranges {
		shifts, err := shiftsBetween(ctx, t, r.First, r.Last, byDate, "")
		if err != nil {
			return nil, err
		}
		if out == nil {
			out = shifts // most months read one range: no copy of ~25,000 shifts
		} else {
			out = append(out, shifts...)
		}
	}
	return out, nil
}
