package rules

// What the month calendar shows of a day: whose shifts an absence takes, and
// whether two assistants work for the customer at the same time.

// Covers says whether the absence takes shift s: the absent assistant's shift
// that starts on the absence's day (a night begun the day before is worked).
func (a Absence) Covers(s Shift) bool { return s.Assistant == a.Assistant && s.Date == a.Date }

// DoubleCover says whether two of the shifts, of different assistants, overlap
// in time (dubbelassistans, or one too many). Shifts without a time are left out.
func DoubleCover(shifts []Shift) bool {
	for i, a := range shifts {
		if a.Empty() {
			continue
		}
		as, ae := a.Interval()
		for _, b := range shifts[i+1:] {
			if b.Empty() || b.Assistant == a.Assistant {
				continue
			}
			if bs, be := b.Interval(); as.Before(be) && bs.Before(ae) {
				return true
			}
		}
	}
	return false
}

// WithPlanned is the month as it will be once its schedules are laid: md with
// the shifts LaySchedules would create added (after the shifts already there),
// so that Check shows what the plan would break before the month starts.
func WithPlanned(md MonthData) MonthData {
	lay := LaySchedules(md.Month, ActiveSchedules(md.Schedules, md.Customers), md.Absences, md.Shifts)
	md.Shifts = append(md.Shifts[:len(md.Shifts):len(md.Shifts)], lay.Create...)
	return md
}
