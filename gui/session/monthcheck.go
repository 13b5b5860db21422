package session

import (
	"errors"
	"fmt"
	"sync"

	"assistans/rules"
)

// The screens that show a month's findings (Översikt's status, Kontroll,
// Tidrapport's marks, Räkning's print) share the months last loaded and
// checked: on a large provider a load and check takes half a second or more.
// A change the time report makes to one assistant's shifts for one customer
// keeps the month: the next check reads that pair's shifts alone and
// rechecks what they can change (rules.Recheck). Any other change drops
// every month kept.

// keptMonths is how many checked months are kept: on the large provider a
// month's data is some 4 MB (the other months of its calculation periods
// come as sums), and the window is to stay under 200 MB.
const keptMonths = 1

type monthChecks struct {
	load sync.Mutex // one load or recheck at a time, so that screens asking together share it
	mu   sync.Mutex // guards the fields below; held only briefly, so never by a load
	gen  int        // raised by every change; a load begun before one is not kept
	kept []*checkedMonth
}

// checkedMonth is a month as loaded and checked, and the pairs whose shifts
// of the month changed since.
type checkedMonth struct {
	m       rules.Month
	today   rules.Date
	md      rules.MonthData
	fs      []rules.Finding
	pending []rules.ShiftChange
}

// Checked is month m loaded and checked as of today: kept from an earlier
// call, rechecked after the time report's changes, or loaded and checked in
// full. It runs off the UI thread; the
// caller must not change what it returns.
func (s *Session) Checked(m rules.Month, today rules.Date) (rules.MonthData, []rules.Finding, error) {
	c := &s.checks
	c.load.Lock()
	defer c.load.Unlock()
	c.mu.Lock()
	gen := c.gen
	var e *checkedMonth
	for _, k := range c.kept {
		if k.m == m && k.today == today {
			e = k
		}
	}
	var pending []rules.ShiftChange
	if e != nil {
		pending = e.pending
	}
	c.mu.Unlock()

	if e != nil && len(pending) == 0 {
		return e.md, e.fs, nil
	}
	if e != nil {
		if md, fs, err := s.recheck(e, pending); err == nil {
			c.keep(gen, &checkedMonth{m: m, today: today, md: md, fs: fs})
			return md, fs, nil
		}
	}
	md, fs, err := CheckMonth(s.Ctx, s.Store, m, today)
	if err == nil {
		c.keep(gen, &checkedMonth{m: m, today: today, md: md, fs: fs})
	}
	return md, fs, err
}

// errStaleSums is a recheck given up because a changed shift counts in the
// kept month's worked sums (a night into a summed month): the month is loaded again.
var errStaleSums = errors.New("a changed shift counts in the worked sums")

// recheck is e's month after the changes of pending: each pair's shifts of
// the month read again, and the findings they can reach checked again.
func (s *Session) recheck(e *checkedMonth, pending []rules.ShiftChange) (md rules.MonthData, fs []rules.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internt fel i kontrollen: %v", r)
		}
	}()
	type pair struct{ a, c string }
	pairs := map[pair]bool{}
	for _, ch := range pending {
		pairs[pair{ch.Assistant, ch.Customer}] = true
	}
	m := e.m
	// The time report's shifts of a month, as ShiftsFor reads them.
	ofMonth := func(sh rules.Shift) bool {
		return m.Contains(sh.Date) || sh.Date == m.Prev().Last() && sh.CrossesMonth()
	}
	md = e.md
	md.Shifts = make([]rules.Shift, 0, len(e.md.Shifts)+8)
	for _, sh := range e.md.Shifts {
		if !pairs[pair{sh.Assistant, sh.Customer}] || !ofMonth(sh) {
			md.Shifts = append(md.Shifts, sh)
		} else if md.InSums(sh) {
			return md, nil, errStaleSums
		}
	}
	for p := range pairs {
		fresh, err := s.Store.ShiftsFor(s.Ctx, p.a, p.c, m)
		if err != nil {
			return md, nil, err
		}
		for _, sh := range fresh {
			if md.InSums(sh) {
				return md, nil, errStaleSums
			}
		}
		md.Shifts = append(md.Shifts, fresh...)
	}
	return md, rules.Recheck(md, e.fs, pending), nil
}

// keep puts a month loaded or rechecked since gen among the kept ones,
// unless something changed meanwhile.
func (c *monthChecks) keep(gen int, e *checkedMonth) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	kept := []*checkedMonth{e}
	for _, k := range c.kept {
		if k.m != e.m && len(kept) < keptMonths {
			kept = append(kept, k)
		}
	}
	c.kept = kept
}

// DropChecks forgets the months kept, so that the next check reads the
// database again (Kontroll's Kontrollera igen: another program may have
// changed a database file without telling).
func (s *Session) DropChecks() { s.checks.dropAll() }

// dropAll forgets every checked month: the data changed in a way the time
// report's changes do not cover.
func (c *monthChecks) dropAll() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.kept = nil
}

// pairChanged notes that assistant a's shifts for customer cu in month m
// changed. Other months are dropped: their periods and rest windows may
// hold those shifts.
func (c *monthChecks) pairChanged(m rules.Month, a, cu string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	var kept []*checkedMonth
	for _, k := range c.kept {
		if k.m == m {
			k.pending = append(k.pending, rules.ShiftChange{Assistant: a, Customer: cu})
			kept = append(kept, k)
		}
	}
	c.kept = kept
}

// ShiftsChanged tells every screen that assistant a's shifts for customer cu
// in month m changed, and nothing else: the time report's save, after which
// the month's check is redone for that pair alone.
func (s *Session) ShiftsChanged(m rules.Month, a, cu string) {
	s.checks.pairChanged(m, a, cu)
	s.notify()
}
