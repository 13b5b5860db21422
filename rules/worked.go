package rules

import (
	"cmp"
	"slices"
)

// A month's check judges every calculation period that overlaps the month,
// and a period runs up to six months: read shift by shift, a large
// provider's check reads 120,000 shifts to use the 25,000 around the month.
// The store therefore keeps each assistant's working minutes per customer and
// calendar month (Worked, added up by WorkedSums as shifts are written), and a
// check takes those sums for every month that each assistant's periods
// contain wholly or not at all (ReadsFor).

// Worked is an assistant's working minutes for one customer inside one
// calendar month, every kind in full as the working-time rules count them; a
// shift into the next month counts its minutes after midnight there. A shift
// the checks leave out (no times, a bad kind, no length, over 24 hours)
// counts nothing.
type Worked struct {
	Assistant, Customer string
	Month               Month
	Minutes             int64
}

type workedKey struct {
	assistant, customer string
	month               Month
}

// WorkedSums adds up the Worked minutes of shifts added and taken away.
type WorkedSums struct {
	days wallDays
	sums map[workedKey]int64
}

// Add adds s's minutes (sign 1) or takes them away (sign -1).
func (w *WorkedSums) Add(s Shift, sign int64) {
	if s.Empty() {
		return
	}
	if w.sums == nil {
		w.sums = map[workedKey]int64{}
	}
	a, b := w.days.interval(&s)
	if s.faultOf(int(b-a)) != ShiftOK {
		return
	}
	m := s.Date.MonthOf()
	if split := w.days.at(m.Next().First(), 0); b > split {
		w.sums[workedKey{s.Assistant, s.Customer, m.Next()}] += sign * (b - split)
		b = split
	}
	w.sums[workedKey{s.Assistant, s.Customer, m}] += sign * (b - a)
}

// Rows are the sums that are not zero, ordered by assistant, customer and month.
func (w *WorkedSums) Rows() []Worked {
	out := make([]Worked, 0, len(w.sums))
	for k, n := range w.sums {
		if n != 0 {
			out = append(out, Worked{k.assistant, k.customer, k.month, n})
		}
	}
	slices.SortFunc(out, CompareWorked)
	return out
}

// CompareWorked orders sums by assistant, customer and month.
func CompareWorked(a, b Worked) int {
	return cmp.Or(cmp.Compare(a.Assistant, b.Assistant), cmp.Compare(a.Customer, b.Customer),
		a.Month.First().Compare(b.Month.First()))
}

// CheckReads is what a check of a month needs from the store: the shifts
// dated within Ranges, and the Worked rows of the months in Summed.
type CheckReads struct {
	Ranges []Period // ascending, apart
	Summed []Month  // ascending
}

// ReadsFor is what the check of month m reads, given the assistants: the
// calendar weeks and 24-hour rest windows around the month's days, and every
// calculation period of every assistant that overlaps m (a period may run
// past the month, and planned shifts in it count). A month other than m that
// lies inside some period, with no period of any assistant beginning or
// ending within it, comes as Worked sums; every other day as shifts, each
// range from one day earlier for a night shift running into it.
func (s Settings) ReadsFor(m Month, as []Assistant) CheckReads {
	set := normalSettings(s)
	near := nearDays(m)
	all, inPeriod := near, Period{}
	split := map[Month]bool{} // months a period begins or ends within
	seen := map[Period]bool{}
	for _, a := range as {
		_, ps := set.PeriodsFor(a, m)
		for _, p := range ps {
			if seen[p] {
				continue
			}
			seen[p] = true
			if p.First.Day != 1 {
				split[p.First.MonthOf()] = true
			}
			if p.Last.AddDays(1).Day != 1 {
				split[p.Last.MonthOf()] = true
			}
			if inPeriod.First.IsZero() || p.First.Before(inPeriod.First) {
				inPeriod.First = p.First
			}
			if inPeriod.Last.IsZero() || p.Last.After(inPeriod.Last) {
				inPeriod.Last = p.Last
			}
		}
	}
	var out CheckReads
	if !inPeriod.First.IsZero() {
		all.First, all.Last = minDate(all.First, inPeriod.First), maxDate(all.Last, inPeriod.Last)
		// The periods all overlap m, so together they are one stretch of days.
		for x := inPeriod.First.MonthOf(); !x.First().After(inPeriod.Last); x = x.Next() {
			if x != m && !split[x] {
				out.Summed = append(out.Summed, x)
			}
		}
	}
	// Which dates to read shifts of, one flag per day from the day before all.
	first := all.First.AddDays(-1)
	need := make([]bool, DaysBetween(first, all.Last)+1)
	for i := 1; i < len(need); i++ {
		d := first.AddDays(i)
		need[i] = !slices.Contains(out.Summed, d.MonthOf()) || !d.Before(near.First) && !d.After(near.Last)
	}
	for i := range len(need) - 1 {
		need[i] = need[i] || need[i+1] // the day before each range
	}
	for i := 0; i < len(need); i++ {
		if !need[i] {
			continue
		}
		j := i
		for j+1 < len(need) && need[j+1] {
			j++
		}
		out.Ranges = append(out.Ranges, Period{first.AddDays(i), first.AddDays(j)})
		i = j
	}
	return out
}

// nearDays are the calendar weeks and 24-hour rest windows around the days of month m.
func nearDays(m Month) Period { return Period{m.First().AddDays(-7), m.Last().AddDays(7)} }

// AlwaysRead are the days whose shifts ReadsFor reads for month m whatever the
// assistants: nearDays and the day before them, all within one of its Ranges.
// A store may begin reading them before it knows the assistants.
func AlwaysRead(m Month) Period {
	near := nearDays(m)
	return Period{near.First.AddDays(-1), near.Last}
}

func minDate(a, b Date) Date {
	if a.Before(b) {
		return a
	}
	return b
}

func maxDate(a, b Date) Date {
	if a.After(b) {
		return a
	}
	return b
}

// summedSpans are the months of MonthData.Summed as intervals of Unix minutes.
func summedSpans(ms []Month) []interval {
	out := make([]interval, len(ms))
	for i, m := range ms {
		out[i] = interval{wallMin(m.First(), 0), wallMin(m.Next().First(), 0)}
	}
	return out
}

// minutesOutside is how much of [a, b) lies outside every interval of spans.
func minutesOutside(a, b int64, spans []interval) int64 {
	n := b - a
	for _, s := range spans {
		if o := min(b, s.end) - max(a, s.start); o > 0 {
			n -= o
		}
	}
	return n
}

// InSums says whether s's minutes may count in d's Worked sums (it begins in
// a summed month or may run into one): a change to s leaves the sums stale.
func (d MonthData) InSums(s Shift) bool {
	return slices.Contains(d.Summed, s.Date.MonthOf()) || slices.Contains(d.Summed, s.Date.AddDays(1).MonthOf())
}
