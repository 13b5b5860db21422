package say

import (
	"fmt"

	"assistans/rules"
)

// The reasons a schedule row or an absence cannot be stored. The Swedish is
// what the import has always said, word for word.

var weekdaysSv = [...]string{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"}
var weekdaysEn = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// ScheduleProblem is why schedule row s cannot be stored (its Fault), in
// language l as a clause; "" when it can be.
func ScheduleProblem(l Lang, s rules.ScheduleShift) string {
	en := l == English
	switch s.Fault() {
	case rules.SchedNoFrom:
		return pick(en, "schemat saknar startdatum", "the schedule has no start date")
	case rules.SchedNotMonday:
		wd := s.From.Weekday()
		if en {
			return fmt.Sprintf("a schedule starts on a Monday; %s is a %s", s.From, weekdaysEn[wd])
		}
		return fmt.Sprintf("ett schema börjar på en måndag; %s är en %s", s.From, weekdaysSv[wd])
	case rules.SchedBadWeeks:
		if en {
			return fmt.Sprintf("the schedule's length must be 1–%d weeks", rules.MaxScheduleWeeks)
		}
		return fmt.Sprintf("schemats längd ska vara 1–%d veckor", rules.MaxScheduleWeeks)
	case rules.SchedBadWeek:
		if en {
			return fmt.Sprintf("the week must be 1–%d (the schedule is %d weeks long)", s.Weeks, s.Weeks)
		}
		return fmt.Sprintf("veckan ska vara 1–%d (schemat är %d veckor långt)", s.Weeks, s.Weeks)
	case rules.SchedBadWeekday:
		return pick(en, "veckodagen ska vara 1 (måndag) till 7 (söndag)", "the weekday must be 1 (Monday) to 7 (Sunday)")
	case rules.SchedNoStart:
		return pick(en, "starttid saknas", "the start time is missing")
	case rules.SchedNoEnd:
		return pick(en, "sluttid saknas", "the end time is missing")
	case rules.SchedNoKind:
		return pick(en, "tidsslag saknas (aktiv, vantetid eller beredskap)", "the kind of time is missing (aktiv, vantetid or beredskap)")
	case rules.SchedBadKind:
		return pick(en, "okänt tidsslag (aktiv, vantetid eller beredskap)", "unknown kind of time (aktiv, vantetid or beredskap)")
	case rules.SchedNoAssistant:
		return pick(en, "assistent saknas", "the assistant is missing")
	}
	return ""
}

// AbsenceProblem is why absence a cannot be stored (its Fault), in language l
// as a clause; "" when it can be.
func AbsenceProblem(l Lang, a rules.Absence) string {
	en := l == English
	switch a.Fault() {
	case rules.AbsBadReason:
		return pick(en, "orsaken ska vara sjuk, semester, vab eller ledig", "the reason must be sjuk, semester, vab or ledig")
	case rules.AbsSelfReplacement:
		return pick(en, "ersättaren kan inte vara den frånvarande assistenten själv", "the replacement cannot be the absent assistant")
	}
	return ""
}
