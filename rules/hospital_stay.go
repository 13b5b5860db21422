package rules

// MaxStaysPerMonth is how many hospital stays the 3057 has room for in a month.
const MaxStaysPerMonth = 3

// StayProblem is why a hospital stay cannot be added to a month's 3057.
type StayProblem int

const (
	StayOK              StayProblem = iota
	StayNoDates                     // the first or the last day is missing
	StayEndsBeforeStart             // it ends at or before its start
	StayOutsideMonth                // it covers no day of the month
	StayTooMany                     // the month has MaxStaysPerMonth stays already
	StayOverlaps                    // it overlaps another stay of the customer
)

// start and end are the stay's ends in minutes from day 0 of DayNumber: a stay
// without a first time starts at midnight, one without a last time ends at the
// end of its last day.
func (h HospitalStay) start() int { return h.FromDate.DayNumber()*1440 + max(int(h.FromTime), 0) }

func (h HospitalStay) end() int {
	if h.ToTime == NoClock {
		return (h.ToDate.DayNumber() + 1) * 1440
	}
	return h.ToDate.DayNumber()*1440 + int(h.ToTime)
}

// Overlaps says whether the two stays share a minute.
func (h HospitalStay) Overlaps(o HospitalStay) bool {
	return h.start() < o.end() && o.start() < h.end()
}

// CheckStay says whether stay h can be added to month m, where inMonth stays
// of the month are already given and all are every stay of the customer. For
// StayOverlaps, other is the stay it overlaps.
func CheckStay(h HospitalStay, m Month, inMonth int, all []HospitalStay) (p StayProblem, other HospitalStay) {
	switch {
	case h.FromDate.IsZero() || h.ToDate.IsZero():
		return StayNoDates, other
	case h.end() <= h.start():
		return StayEndsBeforeStart, other
	case !h.Touches(m):
		return StayOutsideMonth, other
	case inMonth >= MaxStaysPerMonth:
		return StayTooMany, other
	}
	for _, o := range all {
		if h.Overlaps(o) {
			return StayOverlaps, o
		}
	}
	return StayOK, other
}
