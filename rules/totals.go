package rules

import (
	"cmp"
	"slices"
)

// AssistantTotals are one assistant's minutes for one customer in a month: one 3059.
type AssistantTotals struct {
	Assistant string
	Totals
}

// CustomerTotals are one customer's minutes in a month: the 3057, and the 3059s it sums.
type CustomerTotals struct {
	Customer   string
	Totals     // always the sum of Assistants, so 3057 and 3059s agree by construction
	Assistants []AssistantTotals
}

// MonthTotals sums the part of every shift that lies in month m, per customer and
// assistant and kind, sorted by personnummer. Shifts with a SHIFT_INVALID problem
// count nothing; a shift that began the month before counts its part after midnight.
func MonthTotals(shifts []Shift, m Month) []CustomerTotals {
	// Shift.Fault and Shift.MinutesIn's instants, without time.Date per shift.
	var days wallDays
	type key struct{ c, a string }
	per := map[key]*Totals{}
	// A valid shift is at most 24 hours long: only one that began on the day
	// before the month or later can reach into it.
	dayBefore, last := m.First().AddDays(-1), m.Last()
	lo, hi := wallMin(m.First(), 0), wallMin(m.Next().First(), 0)
	for i := range shifts {
		s := &shifts[i]
		if s.Empty() || s.Date.Before(dayBefore) || s.Date.After(last) {
			continue
		}
		a, b := days.interval(s)
		if s.faultOf(int(b-a)) != ShiftOK {
			continue
		}
		n := int(min(b, hi) - max(a, lo))
		if n <= 0 {
			continue
		}
		k := key{s.Customer, s.Assistant}
		t := per[k]
		if t == nil {
			t = &Totals{}
			per[k] = t
		}
		t.Add(s.Kind, n)
	}
	byCustomer := map[string]*CustomerTotals{}
	for k, t := range per {
		ct := byCustomer[k.c]
		if ct == nil {
			ct = &CustomerTotals{Customer: k.c}
			byCustomer[k.c] = ct
		}
		ct.Assistants = append(ct.Assistants, AssistantTotals{k.a, *t})
		ct.Totals = ct.Totals.Plus(*t)
	}
	out := make([]CustomerTotals, 0, len(byCustomer))
	for _, ct := range byCustomer {
		slices.SortFunc(ct.Assistants, func(a, b AssistantTotals) int { return cmp.Compare(a.Assistant, b.Assistant) })
		out = append(out, *ct)
	}
	slices.SortFunc(out, func(a, b CustomerTotals) int { return cmp.Compare(a.Customer, b.Customer) })
	return out
}
