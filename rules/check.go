// Package rules is the domain of Assistans in pure Go: dates, shifts and their
// real length in Europe/Stockholm, the month's totals, money, identity numbers,
// the registers, and Check, the rule engine of RULES.md.
//
// # Readings of RULES.md
//
// Check implements these readings, beyond the text of the catalogue.
//
// Which shifts:
//   - "The month's shifts" for per-shift codes are the shifts whose Date (the day
//     they began) lies in the month. MonthData.Shifts also holds shifts of other
//     months (earlier months for calculation periods, neighbouring days for rest
//     windows); those are context only. A shift with a Fault() gets
//     SHIFT_INVALID and is ignored by every other rule. Totals-based rules use
//     MonthTotals (a night shift from the previous month counts its part after midnight).
//   - Per-shift codes (ASSISTANT_UNDER_18, NOT_REPORTED_3066, NO_DECISION,
//     SHIFT_INVALID, DST_NIGHT, MONTH_SPLIT, OVERLAP_ASSISTANT, OVERLAP_CUSTOMER):
//     one finding per offending shift, dated shift.Date, with customer, assistant and ShiftID.
//
// Per-shift codes:
//   - OVERLAP_ASSISTANT marks every shift of the month that overlaps another shift
//     of the same assistant (half-open intervals of real instants; a shift of another
//     month can be the other party).
//   - NOT_REPORTED_3066 fires when no assignment exists for (assistant, customer), or
//     its Reported3066 is zero, or shift.Date < Reported3066.
//   - NO_DECISION fires when no decision of the customer covers shift.Date.
//   - OVERLAP_CUSTOMER counts the distinct assistants whose valid shifts for the
//     customer cover the shift's start instant (start <= t < end); allowed 2 if a
//     decision covering that day has DoubleAssistance, else 1.
//   - ASSISTANT_UNDER_18 uses AgeOn; an assistant id that cannot be read is left to ID_INVALID.
//
// Month codes (dated the 1st of the month, customer only unless said):
//   - HOURS_OVER_DECISION: per customer with month minutes > 0; hours = aktiv +
//     väntetid × VantetidFactor + beredskap × BeredskapFactor, compared exactly by
//     cross-multiplying; granted = round-half-up(Σ over the month's days covered by a
//     decision of HoursPerWeekCenti × 60 / 700), summed as one numerator and divided
//     once. A day covered by two decisions counts once, with the one that starts latest.
//   - COSTS_MISSING / COSTS_HOURS: per customer with month minutes > 0 and a decision
//     with HigherAmount covering some day of the month. MISSING when no cost row for
//     (customer, month); HOURS once per customer when any row's HoursCenti differs from
//     round-half-up(month minutes, every kind in full, × 100 / 60); HOURS is not
//     judged when the report is missing.
//   - TOTALS_MISMATCH: each printed row of the month whose totals differ from the
//     customer's current MonthTotals (a customer without minutes has zero totals).
//   - DEADLINE_NEAR / DEADLINE_PASSED: per customer with month minutes > 0 whose
//     MonthInfo for the month is missing or has a zero Sent; days = DaysBetween(Today,
//     Month.Deadline()); PASSED when days < 0, NEAR when 0 <= days <= DeadlineNearDays.
//   - ASSISTANT_ABROAD, ASSISTANT_UNFIT: once per assistant and customer with valid
//     shifts of the month, with both set.
//
// Working time and rest (every kind counts in full, every customer):
//   - WORKTIME_AVERAGE: Settings.PeriodsFor gives the limit and the periods overlapping
//     the month (back to back from PeriodStart, or January 1st of the month's year when
//     it is zero; periods before the start are counted backwards from it). Minutes are
//     the real minutes of the assistant's valid shifts clipped to [first day 00:00, day
//     after the last 00:00) Stockholm; fires when minutes × 7 > limit × period days,
//     also for a period not yet over. Dated the period's first day, one finding per
//     customer the assistant has minutes with inside the period. A period ends the
//     day before the next one starts. An assistant missing from the register is
//     judged under the ATL from January 1st. The message rounds the average up, so
//     that an average just above the limit never reads as the limit.
//   - DAILY_REST: for each valid shift of the month, the 24 real hours from its start
//     must hold DailyRestMin minutes of continuous time covered by none of the
//     assistant's valid shifts. Dated the shift's day, with its ShiftID.
//   - WEEKLY_REST: per calendar week Monday–Sunday holding the Date of a valid shift of
//     the month, the longest continuous rest inside [Monday 00:00, next Monday 00:00)
//     must be at least WeeklyRestMin. Dated the Monday; one finding per customer with a
//     valid shift of the assistant dated in that week (any month).
//
// Provider:
//   - The provider of a shift is the one whose Orgnr equals the assignment's
//     ProviderOrgnr; if that is empty or unknown and exactly one provider exists, that one.
//   - PROVIDER_PERMIT (kind privat only): on the Date of a valid shift of the month the
//     IVO permit (IVOFrom..IVOTo inclusive, zero To = open, zero From = no permit) does
//     not cover the day, or FSkatt or EmployerRegistered is not Yes.
//   - PERMIT_SCOPE (kind privat only): the group is judged when the customer's
//     Personkrets is 1–3 and some PermitGroup is recorded, and fires when that group is
//     not Yes; the age category (AgeOn of the customer on the shift day) is judged only
//     where that permit flag is recorded.
//   - Both: judged on the Date of each valid shift of the month; once per customer
//     and month, dated the first such day, customer only. A shift whose provider
//     cannot be told (several providers, none named) is not judged.
//
// Planning (schedule.go, rates.go):
//   - HOURLY_AMOUNT: per decision covering some day of the month, of a customer not
//     marked inactive, whether or not the month has shifts (so a planned month shows
//     it). "Its year" is the year of the decision's From, looked up in
//     Settings.Schablon; a year without an amount gives no finding, nor does a
//     decision without a recorded amount (0, as MonthHourlyAmount reads it). Without
//     HigherAmount it fires when HourlyAmount differs from the schablon; with it,
//     when HourlyAmount × 100 > schablon × 112 (exact; a higher amount below the
//     schablon does not fire, as RULES.md names only the two cases). Customer only,
//     dated the first day of the month the decision covers.
//   - UNFILLED_SHIFT: computed at check time, so it shows before `schedule` is run:
//     LaySchedules on the month with MonthData's Schedules (not those of inactive
//     customers), Absences and Shifts; one finding per planned shift dated in the
//     month whose assistant is absent that day with no replacement, or with a
//     replacement absent too, and for which the customer has no shift with that date
//     and start (whoever works it: once the slot is covered the finding goes).
//     Customer and the absent assistant, dated the shift's day.
//   - SICK_DAY_15: per sick period whose 15th day lies in the month. A sick period is
//     a run of consecutive calendar days each with an absence of reason sjuk; a day
//     without one (a weekend day too) ends it, so every calendar day of a sickness is
//     to be recorded. The rule that a new sickness within five days continues the
//     old period (sjuklönelagen 7 §) is not applied. Assistant only (sick pay is the
//     employer's matter, not a customer's), dated the 15th day.
//
// ID_INVALID: every stored customer pnr, representative pnr, assistant id
// (personnummer or samordningsnummer) and provider orgnr (orgnr or personnummer)
// that its parser refuses; the assistant's value goes in Assistant, the others in
// Customer; no date.
//
// Settings: a Settings without any working-time limit (the zero value) is taken as
// DefaultSettings; an invalid factor or an empty severity falls back to its default.
package rules

import (
	"cmp"
	"slices"
	"time"
)

// MonthData is everything the checks of one month need, loaded by the store.
// Shifts holds every shift of the month and of the calculation periods and rest
// windows that overlap it (any customer), so that period rules see earlier
// months; or, for the months in Summed, their Worked sums instead (ReadsFor):
// then a shift's minutes inside a month of Summed count through the sums alone.
type MonthData struct {
	Month       Month
	Today       Date
	Providers   []Provider
	Customers   []Customer
	Decisions   []Decision
	Assistants  []Assistant
	Assignments []Assignment
	Shifts      []Shift
	MonthInfos  []MonthInfo
	Costs       []Cost
	Printed     []PrintedTotals
	// Schedules are every schedule row; Absences those dated from 15 days
	// before the month to its last day (SICK_DAY_15 looks back that far).
	Schedules []ScheduleShift
	Absences  []Absence
	Settings  Settings
	Summed    []Month
	Worked    []Worked // of the months in Summed
}

// Check runs every rule of RULES.md on the month and returns the findings sorted
// with SortFindings.
func Check(d MonthData) []Finding {
	c := newChecker(d)
	// The assistants' working time and rest on a goroutine of their own (a
	// large provider's month is a second core's worth of work): they share
	// only what newChecker made, which no check changes, and write their own
	// findings; workOf is theirs alone.
	times := *c
	times.out = nil
	done := make(chan struct{})
	go func() {
		defer close(done)
		times.checkOverlapAssistant()
		times.checkWorktime()
		times.checkDailyRest()
		times.checkWeeklyRest()
	}()
	c.workOf = nil
	c.checkShifts()
	c.checkOverlapCustomer()
	c.checkHours()
	c.checkCosts()
	c.checkTotals()
	c.checkDeadline()
	c.checkAssistantFlags()
	c.checkProvider()
	c.checkIdentities()
	c.checkHourlyAmount()
	c.checkUnfilled()
	c.checkSickDay15()
	<-done
	// Each code comes from one side, so findings that tie in SortFindings's
	// (stable) order keep the order their check gave them.
	out := append(c.out, times.out...)
	SortFindings(out)
	return out
}

// span is a valid shift with its real interval in minutes since the Unix epoch;
// Stockholm's offsets are whole hours, so the minutes are exact.
type span struct {
	sh         *Shift
	start, end int64
	inMonth    bool // the shift began in the checked month
}

type pair struct{ assistant, customer string }

type checker struct {
	d   MonthData
	set Settings
	m   Month

	invalid    []*Shift // the month's shifts with a Fault, in date order
	spans      []span   // every valid shift, sorted by start
	byAsst     map[string][]int
	asstOrder  []string // assistants with valid shifts, sorted
	byCust     map[string][]int
	custOrder  []string // customers with valid shifts, sorted
	customers  map[string]Customer
	assistants map[string]Assistant
	assign     map[pair]Assignment
	decisions  map[string][]Decision // sorted by From
	providers  map[string]Provider
	totals     map[string]Totals     // the month's minutes per customer (MonthTotals)
	worked     []string              // customers with month minutes > 0, sorted
	workOf     map[string][]interval // per assistant, the union of its valid shifts
	births     map[string]birth      // ageOn's birth dates, by identity number

	out []Finding
}

func newChecker(d MonthData) *checker {
	c := &checker{
		d: d, m: d.Month, set: normalSettings(d.Settings),
		customers: make(map[string]Customer, len(d.Customers)), assistants: make(map[string]Assistant, len(d.Assistants)),
		assign: make(map[pair]Assignment, len(d.Assignments)), decisions: map[string][]Decision{},
		providers: make(map[string]Provider, len(d.Providers)), totals: map[string]Totals{},
		workOf: map[string][]interval{},
	}
	for _, x := range d.Customers {
		c.customers[x.Pnr] = x
	}
	for _, x := range d.Assistants {
		c.assistants[x.Pnr] = x
	}
	for _, x := range d.Assignments {
		c.assign[pair{x.Assistant, x.Customer}] = x
	}
	for _, x := range d.Decisions {
		c.decisions[x.Customer] = append(c.decisions[x.Customer], x)
	}
	for _, ds := range c.decisions {
		slices.SortFunc(ds, func(a, b Decision) int { return a.From.Compare(b.From) })
	}
	for _, x := range d.Providers {
		c.providers[x.Orgnr] = x
	}

	// The month's totals on a goroutine of their own, beside the spans.
	totals := make(chan []CustomerTotals, 1)
	go func() { totals <- MonthTotals(d.Shifts, c.m) }()
	c.spans = make([]span, 0, len(d.Shifts))
	var days wallDays
	for i := range d.Shifts {
		s := &d.Shifts[i]
		inMonth := c.m.Contains(s.Date)
		var a, b int64
		if !s.Empty() {
			a, b = days.interval(s)
		}
		if s.Empty() || s.faultOf(int(b-a)) != ShiftOK {
			if inMonth {
				c.invalid = append(c.invalid, s)
			}
			continue
		}
		c.spans = append(c.spans, span{s, a, b, inMonth})
	}
	slices.SortFunc(c.invalid, func(a, b *Shift) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.Start, b.Start), cmp.Compare(a.ID, b.ID))
	})
	slices.SortFunc(c.spans, compareSpans)
	c.byAsst = groupSpans(c.spans, func(s *Shift) string { return s.Assistant })
	c.byCust = groupSpans(c.spans, func(s *Shift) string { return s.Customer })
	c.asstOrder = sortedKeys(c.byAsst)
	c.custOrder = sortedKeys(c.byCust)

	for _, ct := range <-totals {
		if ct.Sum() > 0 {
			c.totals[ct.Customer] = ct.Totals
			c.worked = append(c.worked, ct.Customer)
		}
	}
	return c
}

// compareSpans orders by start, end and ID; the strings, dearer to compare, only
// break the ties of shifts without an ID, so that the order never depends on the input's.
func compareSpans(a, b span) int {
	switch {
	case a.start != b.start:
		return cmp.Compare(a.start, b.start)
	case a.end != b.end:
		return cmp.Compare(a.end, b.end)
	case a.sh.ID != b.sh.ID:
		return cmp.Compare(a.sh.ID, b.sh.ID)
	case a.sh.Customer != b.sh.Customer:
		return cmp.Compare(a.sh.Customer, b.sh.Customer)
	}
	return cmp.Compare(a.sh.Assistant, b.sh.Assistant)
}

// normalSettings replaces what cannot be used by the defaults, so that a caller
// that passes no settings still gets the rules of RULES.md.
func normalSettings(s Settings) Settings {
	def := DefaultSettings()
	if s.Husligt == (WorkLimit{}) && s.ATL == (WorkLimit{}) && len(s.Agreements) == 0 {
		return def
	}
	if !s.VantetidFactor.Valid() {
		s.VantetidFactor = def.VantetidFactor
	}
	if !s.BeredskapFactor.Valid() {
		s.BeredskapFactor = def.BeredskapFactor
	}
	if s.DailyRestSeverity == "" {
		s.DailyRestSeverity = def.DailyRestSeverity
	}
	if s.WeeklyRestSeverity == "" {
		s.WeeklyRestSeverity = def.WeeklyRestSeverity
	}
	return s
}

func unixMin(t time.Time) int64 { return t.Unix() / 60 }

// wallMin is midnight (or clock c) of day d in Stockholm, in Unix minutes.
func wallMin(d Date, c Clock) int64 { return unixMin(wall(d, c)) }

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// groupSpans lists the indices of the spans per key, in the spans' order. Each
// span's key is hashed once and the groups share one backing array, so that a
// large month costs a few allocations, not thousands.
func groupSpans(spans []span, key func(*Shift) string) map[string][]int {
	ids := map[string]int{}
	of := make([]int, len(spans))
	var count []int
	for i, sp := range spans {
		k := key(sp.sh)
		id, ok := ids[k]
		if !ok {
			id = len(count)
			ids[k] = id
			count = append(count, 0)
		}
		of[i] = id
		count[id]++
	}
	backing := make([]int, len(spans))
	groups := make([][]int, len(count))
	off := 0
	for id, n := range count {
		groups[id] = backing[off : off : off+n]
		off += n
	}
	for i, id := range of {
		groups[id] = append(groups[id], i)
	}
	out := make(map[string][]int, len(ids))
	for k, id := range ids {
		out[k] = groups[id]
	}
	return out
}

func (c *checker) add(f Finding) { c.out = append(c.out, f) }

// shiftFinding is a finding about one shift, dated the day it began.
func (c *checker) shiftFinding(code Code, sev Severity, s *Shift, args FindingArgs) {
	c.add(Finding{Code: code, Severity: sev, Customer: s.Customer, Assistant: s.Assistant,
		Date: s.Date, ShiftID: s.ID, Args: args})
}

// monthFinding is a finding about a customer's month, dated the 1st.
func (c *checker) monthFinding(code Code, sev Severity, customer string, args FindingArgs) {
	c.add(Finding{Code: code, Severity: sev, Customer: customer, Date: c.m.First(), Args: args})
}

// covers says whether some decision of the customer covers day d, and whether
// one of those allows dubbelassistans.
func (c *checker) covers(customer string, d Date) (covered, double bool) {
	for _, dc := range c.decisions[customer] {
		if dc.Covers(d) {
			covered = true
			double = double || dc.DoubleAssistance
		}
	}
	return covered, double
}

// provider returns the provider of the assistant's work for the customer, and false if none is known.
func (c *checker) provider(assistant, customer string) (Provider, bool) {
	if a, ok := c.assign[pair{assistant, customer}]; ok && a.ProviderOrgnr != "" {
		if p, ok := c.providers[a.ProviderOrgnr]; ok {
			return p, true
		}
	}
	if len(c.d.Providers) == 1 {
		return c.d.Providers[0], true
	}
	return Provider{}, false
}

type birth struct {
	date Date
	err  error
}

// ageOn is AgeOn with each identity number's birth date read once: a month's
// shifts ask it of the same few hundred people thousands of times.
func (c *checker) ageOn(id string, d Date) (int, error) {
	b, ok := c.births[id]
	if !ok {
		if c.births == nil {
			c.births = map[string]birth{}
		}
		b.date, b.err = BirthDate(id)
		c.births[id] = b
	}
	if b.err != nil || d.Before(b.date) {
		return AgeOn(id, d) // for its error
	}
	return yearsFrom(b.date, d), nil
}

// interval is a stretch of time in Unix minutes.
type interval struct{ start, end int64 }

// working returns the union of the assistant's valid shifts as disjoint sorted
// intervals, computed once for both rest rules.
func (c *checker) working(assistant string) []interval {
	if w, ok := c.workOf[assistant]; ok {
		return w
	}
	idx := c.byAsst[assistant] // sorted by start
	out := make([]interval, 0, len(idx))
	for _, i := range idx {
		sp := c.spans[i]
		if n := len(out); n > 0 && sp.start <= out[n-1].end {
			out[n-1].end = max(out[n-1].end, sp.end)
			continue
		}
		out = append(out, interval{sp.start, sp.end})
	}
	c.workOf[assistant] = out
	return out
}

// longestRest is the longest stretch inside [lo, hi) covered by none of the
// intervals in busy (disjoint, sorted); from is an index at or before the first
// interval that ends after lo.
func longestRest(busy []interval, from int, lo, hi int64) int64 {
	best, cur := int64(0), lo
	for i := from; i < len(busy) && busy[i].start < hi; i++ {
		if busy[i].end <= cur {
			continue
		}
		best = max(best, busy[i].start-cur)
		cur = max(cur, busy[i].end)
	}
	return max(best, hi-cur)
}

// sortByEnd orders span indices by end instant.
func sortByEnd(spans []span, idx []int) {
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(spans[a].end, spans[b].end) })
}
