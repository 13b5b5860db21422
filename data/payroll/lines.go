package payroll

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"assistans/rules"
)

// Line is one assistant's minutes of one pay code for one customer on one calendar day.
type Line struct {
	Assistant, Customer string
	Date                rules.Date
	Kind                rules.Kind
	OB                  string              // the OB period's name; "" on the line of the kind itself
	Absence             rules.AbsenceReason // set on an absence line (AbsenceLines), which has no Kind
	Code                string
	Minutes             int
	order               int // kinds first, then OB periods in the mapping's order
}

// Lines are month m's payroll lines. A shift counts on the calendar days its
// real minutes fall on (DST included), so a night shift is split at midnight
// and the month's lines add up to rules.MonthTotals for every assistant.
// Shifts with a SHIFT_INVALID problem count nothing, as on the forms.
// Aktiv minutes inside an OB period also give a line with the period's code.
func Lines(shifts []rules.Shift, m rules.Month, mp Mapping) ([]Line, error) {
	c, err := mp.compile()
	if err != nil {
		return nil, err
	}
	type key struct {
		a, cust string
		day     int // rules.Date.DayNumber
		order   int
	}
	per := map[key]int{}
	lo := wall(m.First(), 0)
	hi := wall(m.Next().First(), 0)
	for _, s := range shifts {
		if s.Fault() != rules.ShiftOK {
			continue
		}
		kindOrder := slices.Index(rules.Kinds, s.Kind)
		a, b := s.Interval()
		a, b = later(a, lo), earlier(b, hi)
		if !b.After(a) {
			continue
		}
		for _, seg := range segments(a, b, c.edges) {
			t := seg.from.In(rules.Stockholm)
			day := rules.DateOf(t)
			min := int(seg.to.Sub(seg.from) / time.Minute)
			per[key{s.Assistant, s.Customer, day.DayNumber(), kindOrder}] += min
			if s.Kind != rules.Aktiv {
				continue
			}
			clock := rules.Clock(t.Hour()*60 + t.Minute())
			for i, p := range c.ob {
				if p.covers(int(t.Weekday()), clock) {
					per[key{s.Assistant, s.Customer, day.DayNumber(), len(rules.Kinds) + i}] += min
					break
				}
			}
		}
	}
	out := make([]Line, 0, len(per))
	for k, min := range per {
		l := Line{Assistant: k.a, Customer: k.cust, Date: rules.DateFromDayNumber(k.day), Minutes: min, order: k.order}
		if k.order < len(rules.Kinds) {
			l.Kind, l.Code = rules.Kinds[k.order], c.codes[k.order]
		} else {
			p := c.ob[k.order-len(rules.Kinds)]
			l.Kind, l.OB, l.Code = rules.Aktiv, p.name, p.code
		}
		out = append(out, l)
	}
	sortLines(out)
	return out, nil
}

// sortLines orders lines by assistant, customer, date, then kinds, OB periods and absence.
func sortLines(out []Line) {
	slices.SortFunc(out, func(x, y Line) int {
		return cmp.Or(cmp.Compare(x.Assistant, y.Assistant), cmp.Compare(x.Customer, y.Customer),
			x.Date.Compare(y.Date), cmp.Compare(x.order, y.order))
	})
}

type segment struct{ from, to time.Time }

// segments cuts [a, b) at every midnight and every OB edge in between, so that
// each piece lies on one day and inside or outside each OB period as a whole.
func segments(a, b time.Time, edges []rules.Clock) []segment {
	var cuts []time.Time
	first := rules.DateOf(a.In(rules.Stockholm))
	last := rules.DateOf(b.In(rules.Stockholm))
	for d := first; !d.After(last); d = d.AddDays(1) {
		for _, e := range edges {
			if t := wall(d, e); t.After(a) && t.Before(b) {
				cuts = append(cuts, t)
			}
		}
	}
	slices.SortFunc(cuts, func(x, y time.Time) int { return x.Compare(y) })
	cuts = slices.CompactFunc(cuts, func(x, y time.Time) bool { return x.Equal(y) })
	out := make([]segment, 0, len(cuts)+1)
	for _, t := range cuts {
		out = append(out, segment{a, t})
		a = t
	}
	return append(out, segment{a, b})
}

// wall is a day's clock time in Stockholm, as rules.Shift.Interval reads it.
func wall(d rules.Date, c rules.Clock) time.Time {
	return time.Date(d.Year, d.Month, d.Day, int(c)/60, int(c)%60, 0, 0, rules.Stockholm)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func earlier(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// Hours prints minutes as decimal hours with two decimals and sep as the decimal
// mark, rounded half up to the hundredth (7 h 20 min is 7.33).
func Hours(min int, sep byte) string {
	centi := rules.RoundDiv(int64(min)*100, 60)
	return fmt.Sprintf("%d%c%02d", centi/100, sep, centi%100)
}

// OwnShifts keeps the shifts the provider pays: it drops those whose assignment
// names another employer (annan, egenföretagare or the customer as employer),
// whose wages another payroll pays. A shift without an assignment is kept: the
// checks already report it. other counts the shifts dropped.
func OwnShifts(shifts []rules.Shift, as []rules.Assignment) (own []rules.Shift, other int) {
	type pair struct{ a, c string }
	elsewhere := map[pair]bool{}
	for _, x := range as {
		if x.Employer != rules.EmployerProvider && x.Employer != "" {
			elsewhere[pair{x.Assistant, x.Customer}] = true
		}
	}
	own = make([]rules.Shift, 0, len(shifts))
	for _, s := range shifts {
		if elsewhere[pair{s.Assistant, s.Customer}] {
			other++
			continue
		}
		own = append(own, s)
	}
	return own, other
}
