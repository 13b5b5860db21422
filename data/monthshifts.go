package data

import (
	"context"
	"database/sql"
	"errors"
	"slices"

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
// chain's head and the shifts every check of month m reads (rules.AlwaysRead),
// and then the rest of the ranges it is given; nil on a server, or without a
// connection. It takes the connection at once: the pool's idle one, so that
// the longer read starts first and the first connection is the one opened.
func (s *Store) beside(ctx context.Context, m rules.Month) *shiftsBeside {
	if s.OnServer() {
		return nil
	}
	c, err := s.rdb.Conn(ctx)
	if err != nil {
		return nil
	}
	b := &shiftsBeside{ranges: make(chan []rules.Period, 1), done: make(chan besideShifts, 1)}
	go func() {
		var r besideShifts
		r.err = s.readOn(ctx, c, func(t *tx) (err error) {
			if r.head, err = chainHead(ctx, t); err != nil {
				return err
			}
			core := rules.AlwaysRead(m)
			got, err := shiftsBetween(ctx, t, core.First, core.Last, byDate, "")
			if err != nil {
				return err
			}
			ranges, ok := <-b.ranges
			if !ok {
				return nil
			}
			r.shifts, err = shiftsAround(ctx, t, ranges, core, got)
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
	return shiftsAround(ctx, t, ranges, rules.Period{}, nil)
}

// shiftsAround is shiftsIn given the shifts of the days in core, already read
// (date-ordered): only the days of ranges outside core are read.
func shiftsAround(ctx context.Context, t *tx, ranges []rules.Period, core rules.Period, inCore []rules.Shift) ([]rules.Shift, error) {
	var parts [][]rules.Shift
	read := func(first, last rules.Date) error {
		shifts, err := shiftsBetween(ctx, t, first, last, byDate, "")
		parts = append(parts, shifts)
		return err
	}
	for _, r := range ranges {
		if core.First.IsZero() || r.Last.Before(core.First) || r.First.After(core.Last) {
			if err := read(r.First, r.Last); err != nil {
				return nil, err
			}
			continue
		}
		// A date-ordered range is its days before core, core's, and those after.
		if r.First.Before(core.First) {
			if err := read(r.First, core.First.AddDays(-1)); err != nil {
				return nil, err
			}
		}
		lo, _ := slices.BinarySearchFunc(inCore, r.First, byDay)
		hi, _ := slices.BinarySearchFunc(inCore, r.Last.AddDays(1), byDay)
		parts = append(parts, inCore[lo:hi])
		if r.Last.After(core.Last) {
			if err := read(core.Last.AddDays(1), r.Last); err != nil {
				return nil, err
			}
		}
	}
	var full [][]rules.Shift
	for _, p := range parts {
		if len(p) > 0 {
			full = append(full, p)
		}
	}
	if len(full) == 1 {
		return full[0], nil // most months read one range: no copy of ~25,000 shifts
	}
	return slices.Concat(full...), nil
}

func byDay(s rules.Shift, d rules.Date) int { return s.Date.Compare(d) }
