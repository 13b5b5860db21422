package rules

import (
	"cmp"
	"slices"
)

// MaxScheduleWeeks is the longest rotation a schedule may have.
const MaxScheduleWeeks = 12

// ScheduleShift is one shift of a customer's rotating schedule (rullande schema).
// The rows with the same Customer and From make up one schedule: a rotation of
// Weeks weeks that starts on the Monday From and repeats from then on, until a
// schedule of the customer with a later From takes over on its first day.
// End not after Start means the shift ends the next day, as for a Shift.
type ScheduleShift struct {
	Customer   string
	From       Date
	Week       int // 1..Weeks
	Weekday    int // 1 Monday … 7 Sunday
	Start, End Clock
	Kind       Kind
	Assistant  string
	Weeks      int // the rotation's length, 1..MaxScheduleWeeks, the same on every row of the schedule
}

// ScheduleField names the field a schedule row's problem is about.
type ScheduleField int

const (
	SchedFrom ScheduleField = iota + 1
	SchedWeeks
	SchedWeek
	SchedWeekday
	SchedStart
	SchedEnd
	SchedKind
	SchedAssistant
)

// ScheduleFault is what makes a schedule row unusable; package say words it.
type ScheduleFault int

const (
	SchedOK          ScheduleFault = iota
	SchedNoFrom                    // no start date
	SchedNotMonday                 // From is not a Monday
	SchedBadWeeks                  // Weeks outside 1..MaxScheduleWeeks
	SchedBadWeek                   // Week outside 1..Weeks
	SchedBadWeekday                // Weekday outside 1..7
	SchedNoStart                   // no start time
	SchedNoEnd                     // no end time
	SchedNoKind                    // no kind of time
	SchedBadKind                   // Kind is not a kind of time
	SchedNoAssistant               // no assistant
)

// Fault says what makes the row unusable, SchedOK when it is fine. A schedule
// must make valid shifts, so unlike a shift an empty end or an unknown kind is
// refused here.
func (s ScheduleShift) Fault() ScheduleFault {
	switch {
	case s.From.IsZero():
		return SchedNoFrom
	case isoWeekday(s.From) != 1:
		return SchedNotMonday
	case s.Weeks < 1 || s.Weeks > MaxScheduleWeeks:
		return SchedBadWeeks
	case s.Week < 1 || s.Week > s.Weeks:
		return SchedBadWeek
	case s.Weekday < 1 || s.Weekday > 7:
		return SchedBadWeekday
	case s.Start == NoClock || s.Start < 0 || s.Start >= 24*60:
		return SchedNoStart
	case s.End == NoClock || s.End < 0 || s.End >= 24*60:
		return SchedNoEnd
	case s.Kind == "":
		return SchedNoKind
	case !s.Kind.Valid():
		return SchedBadKind
	case s.Assistant == "":
		return SchedNoAssistant
	}
	return SchedOK
}

// Field is the field fault f is about; 0 for SchedOK.
func (f ScheduleFault) Field() ScheduleField {
	return [...]ScheduleField{0, SchedFrom, SchedFrom, SchedWeeks, SchedWeek, SchedWeekday,
		SchedStart, SchedEnd, SchedKind, SchedKind, SchedAssistant}[f]
}

// isoWeekday is 1 for Monday … 7 for Sunday.
func isoWeekday(d Date) int { return (int(d.Weekday())+6)%7 + 1 }

// AbsenceReason is why an assistant is away for a day.
type AbsenceReason string

const (
	Sjuk     AbsenceReason = "sjuk"
	Semester AbsenceReason = "semester"
	VAB      AbsenceReason = "vab"
	Ledig    AbsenceReason = "ledig"
)

// AbsenceReasons lists the reasons in the order of INTERFACE.md.
var AbsenceReasons = []AbsenceReason{Sjuk, Semester, VAB, Ledig}

// Absence is a day an assistant does not work. Replacement is the assistant
// who works that day's scheduled shifts instead, for every customer; "" is nobody.
type Absence struct {
	Assistant   string
	Date        Date
	Reason      AbsenceReason
	Replacement string
}

// AbsenceField names the field an absence's problem is about.
type AbsenceField int

const (
	AbsReason AbsenceField = iota + 1
	AbsReplacement
)

// AbsenceFault is what makes an absence unusable; package say words it.
type AbsenceFault int

const (
	AbsOK              AbsenceFault = iota
	AbsBadReason                    // not one of AbsenceReasons
	AbsSelfReplacement              // the replacement is the absent assistant
)

// Fault says what makes the absence unusable, AbsOK when it is fine.
func (a Absence) Fault() AbsenceFault {
	if !slices.Contains(AbsenceReasons, a.Reason) {
		return AbsBadReason
	}
	if a.Replacement != "" && a.Replacement == a.Assistant {
		return AbsSelfReplacement
	}
	return AbsOK
}

// Field is the field fault f is about; 0 for AbsOK.
func (f AbsenceFault) Field() AbsenceField {
	return [...]AbsenceField{0, AbsReason, AbsReplacement}[f]
}

// Planned lists the shifts the schedules plan for the days from..to (both
// inclusive), for the scheduled assistants, sorted by customer, date, start and
// assistant. On each day a customer follows the schedule with the latest From
// not after the day; the day is in week (days since From ÷ 7) mod Weeks + 1 of it.
func Planned(schedules []ScheduleShift, from, to Date) []Shift {
	byCust := map[string][]ScheduleShift{}
	for _, s := range schedules {
		if s.Fault() == SchedOK {
			byCust[s.Customer] = append(byCust[s.Customer], s)
		}
	}
	var out []Shift
	for _, cust := range sortedKeys(byCust) {
		rows := byCust[cust]
		// Latest From first, so the first row not starting after a day names the schedule of that day.
		slices.SortFunc(rows, func(a, b ScheduleShift) int { return b.From.Compare(a.From) })
		for d := from; !d.After(to); d = d.AddDays(1) {
			i := slices.IndexFunc(rows, func(s ScheduleShift) bool { return !s.From.After(d) })
			if i < 0 {
				continue
			}
			current, wd, weeks := rows[i].From, isoWeekday(d), DaysBetween(rows[i].From, d)/7
			for _, s := range rows[i:] {
				if s.From != current {
					break
				}
				if s.Weekday == wd && weeks%s.Weeks+1 == s.Week {
					out = append(out, Shift{Assistant: s.Assistant, Customer: cust, Date: d, Start: s.Start, End: s.End, Kind: s.Kind})
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b Shift) int {
		return cmp.Or(cmp.Compare(a.Customer, b.Customer), a.Date.Compare(b.Date), cmp.Compare(a.Start, b.Start),
			cmp.Compare(a.Assistant, b.Assistant))
	})
	return out
}

// Unfilled is a scheduled shift that nobody works: its assistant is absent and
// no replacement who is present was named.
type Unfilled struct {
	Shift   Shift // as scheduled, with the absent assistant
	Absence Absence
}

// Layout is what laying schedules on a month gives.
type Layout struct {
	Create   []Shift // the shifts to create, in Planned's order
	Unfilled []Unfilled
}

// LaySchedules lays the schedules on month m. For each shift the schedules plan
// on a day of m, unless the customer already has a shift (any assistant, any
// kind) with that date and start, it creates one for the scheduled assistant;
// when that assistant is absent that day, for the replacement instead; when
// there is no replacement, or the replacement is absent too, none, and the
// shift is Unfilled. Nothing is ever created for an absent assistant.
// existing may hold shifts of any dates and customers.
func LaySchedules(m Month, schedules []ScheduleShift, absences []Absence, existing []Shift) Layout {
	type slot struct {
		customer string
		date     Date
		start    Clock
	}
	taken := map[slot]bool{}
	for _, s := range existing {
		if m.Contains(s.Date) {
			taken[slot{s.Customer, s.Date, s.Start}] = true
		}
	}
	type away struct {
		assistant string
		date      Date
	}
	absent := map[away]Absence{}
	for _, a := range absences {
		absent[away{a.Assistant, a.Date}] = a
	}
	var out Layout
	for _, s := range Planned(schedules, m.First(), m.Last()) {
		k := slot{s.Customer, s.Date, s.Start}
		if taken[k] {
			continue
		}
		if a, ok := absent[away{s.Assistant, s.Date}]; ok {
			_, replacementAway := absent[away{a.Replacement, s.Date}]
			if a.Replacement == "" || replacementAway {
				out.Unfilled = append(out.Unfilled, Unfilled{Shift: s, Absence: a})
				continue
			}
			s.Assistant = a.Replacement
		}
		taken[k] = true
		out.Create = append(out.Create, s)
	}
	return out
}

// ActiveSchedules drops the schedules of customers marked inactive: their
// schedules are neither laid nor checked.
func ActiveSchedules(schedules []ScheduleShift, customers []Customer) []ScheduleShift {
	inactive := map[string]bool{}
	for _, c := range customers {
		if c.Inactive {
			inactive[c.Pnr] = true
		}
	}
	out := make([]ScheduleShift, 0, len(schedules))
	for _, s := range schedules {
		if !inactive[s.Customer] {
			out = append(out, s)
		}
	}
	return out
}

// SickPeriod is a sick period that reaches its 15th day: from that day FK pays
// sjukpenning, and the employer must report the sickness (lag (1991:1047) om sjuklön, 12 §).
type SickPeriod struct {
	Assistant string
	First     Date // the sick period's first day
	Day15     Date
}

// SickPeriodsAt15 lists the sick periods whose 15th day falls in month m. A sick
// period is a run of consecutive calendar days each recorded as an absence with
// reason sjuk; a day without such a record ends it. absences must reach back
// to 15 days before the month for a period that began in the month before.
func SickPeriodsAt15(absences []Absence, m Month) []SickPeriod {
	sick := map[string][]int{}
	for _, a := range absences {
		if a.Reason == Sjuk {
			sick[a.Assistant] = append(sick[a.Assistant], a.Date.DayNumber())
		}
	}
	var out []SickPeriod
	for _, asst := range sortedKeys(sick) {
		days := sick[asst]
		slices.Sort(days)
		days = slices.Compact(days)
		first := 0 // index of the current run's first day
		for i := range days {
			if i > 0 && days[i] != days[i-1]+1 {
				first = i
			}
			if i-first == 14 {
				if d := DateFromDayNumber(days[i]); m.Contains(d) {
					out = append(out, SickPeriod{Assistant: asst, First: DateFromDayNumber(days[first]), Day15: d})
				}
			}
		}
	}
	return out
}
