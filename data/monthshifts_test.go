package data

import (
	"testing"

	"assistans/rules"
)

var nov = rules.Month{Year: 2026, Month: 11}

// shiftsBetweenAll reads each range on its own, as the one connection does.
func shiftsBetweenAll(t *testing.T, tx *tx, ranges []rules.Period) []rules.Shift {
	var out []rules.Shift
	for _, r := range ranges {
		shifts, err := shiftsBetween(ctx, tx, r.First, r.Last, byDate, "")
		must(t, err)
		out = append(out, shifts...)
	}
	return out
}

// shiftsAround, given the shifts of rules.AlwaysRead, gives what reading each
// range gives: for ranges that begin before those days, end after them, lie
// within them or apart from them.
func TestShiftsAroundEqualsEachRange(t *testing.T) {
	s := openTest(t)
	register(t, s)
	var b rules.Batch
	for d := rules.D(2026, 8, 1); d.Before(rules.D(2027, 2, 1)); d = d.AddDays(1) {
		b.Shifts = append(b.Shifts, shift(asst1, cust1, d, 8*60, 16*60, rules.Aktiv))
		if d.Day%3 == 0 {
			b.Shifts = append(b.Shifts, shift(asst2, cust2, d, 22*60, 6*60, rules.Vantetid),
				shift(asst2, cust1, d, 8*60, 9*60, rules.Beredskap))
		}
	}
	must(t, s.Apply(ctx, b))
	core := rules.AlwaysRead(nov)
	for _, ranges := range [][]rules.Period{
		{core},
		{{First: rules.D(2026, 10, 7), Last: core.Last}},
		{{First: rules.D(2026, 8, 31), Last: rules.D(2026, 9, 30)}, core, {First: rules.D(2026, 12, 31), Last: rules.D(2027, 1, 14)}},
		{{First: core.First.AddDays(3), Last: core.Last.AddDays(10)}},
		{{First: rules.D(2026, 8, 1), Last: rules.D(2027, 1, 31)}},
		{{First: rules.D(2026, 8, 1), Last: rules.D(2026, 8, 5)}},
	} {
		must(t, s.readConn(ctx, func(tx *tx) error {
			want := shiftsBetweenAll(t, tx, ranges)
			inCore, err := shiftsBetween(ctx, tx, core.First, core.Last, byDate, "")
			must(t, err)
			got, err := shiftsAround(ctx, tx, ranges, core, inCore)
			must(t, err)
			if len(want) == 0 {
				t.Fatalf("%+v: no shifts to compare", ranges)
			}
			equal(t, "shifts around the core", got, want)
			return nil
		}))
	}
}

// The shifts read on the second connection count only when its transaction
// saw the state of the first: the audit chain of both ends in the same row.
func TestShiftsBesideNeedTheSameState(t *testing.T) {
	s := openTest(t)
	register(t, s)
	side := s.beside(ctx, nov)
	if s.OnServer() {
		if side != nil {
			t.Fatal("on a server the shifts are read on the one connection")
		}
		return
	}
	head := func() (a anchor) {
		must(t, s.readConn(ctx, func(tx *tx) (err error) {
			a, err = chainHead(ctx, tx)
			return err
		}))
		return a
	}
	side.read([]rules.Period{rules.AlwaysRead(nov)})
	got := side.wait()
	if got.err != nil || !got.read {
		t.Fatalf("the second connection: %+v", got)
	}
	if shifts, same := side.shifts(head()); !same || len(shifts) != 0 {
		t.Errorf("unchanged state: %d shifts, same %v; want 0 and true", len(shifts), same)
	}
	_, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 11, 2), 8*60, 16*60, rules.Aktiv))
	must(t, err)
	if _, same := side.shifts(head()); same {
		t.Error("a shift saved after the second connection read: taken as the same state")
	}
	md, err := s.MonthData(ctx, nov, rules.D(2026, 12, 3))
	must(t, err)
	if len(md.Shifts) != 1 {
		t.Errorf("MonthData has %d shifts, want 1", len(md.Shifts))
	}
}

// MonthData maps the file only while it reads: no connection it hands back to
// the pool keeps the map.
func TestMonthDataLeavesNoMap(t *testing.T) {
	fileOnly(t)
	s := openTest(t)
	register(t, s)
	_, err := s.MonthData(ctx, nov, rules.D(2026, 12, 3))
	must(t, err)
	for range 2 { // both connections MonthData used, held at once
		c, err := s.rdb.Conn(ctx)
		must(t, err)
		defer c.Close()
		var size int64
		must(t, c.QueryRowContext(ctx, `PRAGMA mmap_size`).Scan(&size))
		if size != 0 {
			t.Errorf("a pooled connection keeps mmap_size %d", size)
		}
	}
}
