package rules

import (
	"cmp"
	"slices"
)

// Which shifts the time report's copy buttons make: last month's shifts on the
// same weekdays, or one week's shifts on every other week of the month.

// NthWeekdayIn is the day of month m that falls on the same weekday as d and in
// the same place among those weekdays (the 2nd Tuesday goes to the 2nd
// Tuesday); ok is false when m has no such day (a 5th Monday).
func NthWeekdayIn(d Date, m Month) (Date, bool) {
	n := (d.Day - 1) / 7 // 0 for the first such weekday of its month
	first := m.First()
	shift := (int(d.Weekday()) - int(first.Weekday()) + 7) % 7
	t := first.AddDays(shift + 7*n)
	return t, m.Contains(t)
}

// CopyMonth maps the shifts of the month before m onto m by NthWeekdayIn, with
// ID 0, sorted by start; missing counts those whose day m lacks.
func CopyMonth(prev []Shift, m Month) (out []Shift, missing int) {
	for _, sh := range prev {
		if !m.Prev().Contains(sh.Date) {
			continue
		}
		d, ok := NthWeekdayIn(sh.Date, m)
		if !ok {
			missing++
			continue
		}
		sh.ID, sh.Date = 0, d
		out = append(out, sh)
	}
	sortByStart(out)
	return out, missing
}

// CopyWeek repeats the shifts dated in the week starting monday onto the same
// weekdays of every other week of month m, with ID 0, sorted by start.
func CopyWeek(shifts []Shift, monday Date, m Month) []Shift {
	var out []Shift
	for _, sh := range shifts {
		off := DaysBetween(monday, sh.Date)
		if off < 0 || off > 6 || !m.Contains(sh.Date) {
			continue
		}
		for k := -6; k <= 6; k++ {
			d := sh.Date.AddDays(7 * k)
			if k == 0 || !m.Contains(d) {
				continue
			}
			c := sh
			c.ID, c.Date = 0, d
			out = append(out, c)
		}
	}
	sortByStart(out)
	return out
}

func sortByStart(s []Shift) {
	slices.SortStableFunc(s, func(a, b Shift) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Start, b.Start))
	})
}

// Weeks are the Mondays of the weeks that have a day in month m.
func (m Month) Weeks() []Date {
	var out []Date
	for d := m.First().Monday(); !d.After(m.Last()); d = d.AddDays(7) {
		out = append(out, d)
	}
	return out
}

// TemplateWeek is the week CopyWeek repeats when the user chooses none: the
// first week wholly inside m with a shift, else the first week with a shift.
func TemplateWeek(shifts []Shift, m Month) (Date, bool) {
	var partial Date
	for _, mon := range m.Weeks() {
		has := slices.ContainsFunc(shifts, func(sh Shift) bool {
			off := DaysBetween(mon, sh.Date)
			return off >= 0 && off <= 6 && m.Contains(sh.Date)
		})
		if !has {
			continue
		}
		if m.Contains(mon) && m.Contains(mon.AddDays(6)) {
			return mon, true
		}
		if partial.IsZero() {
			partial = mon
		}
	}
	return partial, !partial.IsZero()
}
