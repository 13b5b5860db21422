package demo

import (
	"time"

	"assistans/rules"
)

// The demo's planning: Ingrid Näslund's two-week schedule from Monday
// 2026-11-02, so that November is planned but not yet worked, and two absences
// in November. `assistans check --month 2026-11` shows the unfilled shift at
// once; `assistans schedule --month 2026-11` lays the month.
//
//	Week 1 (Nov 2–8, 16–22, 30): 09–15 aktiv Maja Mon–Thu, Fatima Fri;
//	  22–07 beredskap Oskar, nights starting Mon and Tue.
//	Week 2 (Nov 9–15, 23–29): 09–15 aktiv Maja Mon–Wed, Fatima Thu–Fri;
//	  22–07 beredskap Oskar, the night starting Mon.
//	Maja is sick on Tue 2026-11-10; Fatima works her shift.
//	Fatima is on holiday on Fri 2026-11-20, with nobody in her place: UNFILLED_SHIFT.
//
// Laid on November this gives 27 shifts: Maja 14 (9 in week 1, 6 in week 2,
// less the sick day), Fatima 6 (2 Fridays in week 1 less the holiday, 4 days in
// week 2, and Maja's Tuesday), Oskar 7 nights (the one of Nov 30 runs into December).
var nov = rules.Month{Year: 2026, Month: time.November}

func schedules() []rules.ScheduleShift {
	from := rules.D(2026, 11, 2)
	var out []rules.ScheduleShift
	add := func(week, weekday int, t [2]rules.Clock, k rules.Kind, asst string) {
		out = append(out, rules.ScheduleShift{Customer: ingrid, From: from, Weeks: 2, Week: week, Weekday: weekday,
			Start: t[0], End: t[1], Kind: k, Assistant: asst})
	}
	dayShift := [2]rules.Clock{hm(9, 0), hm(15, 0)}
	for wd := 1; wd <= 5; wd++ {
		w1, w2 := maja, maja
		if wd == 5 {
			w1 = fatima
		}
		if wd >= 4 {
			w2 = fatima
		}
		add(1, wd, dayShift, rules.Aktiv, w1)
		add(2, wd, dayShift, rules.Aktiv, w2)
	}
	add(1, 1, night, rules.Beredskap, oskar)
	add(1, 2, night, rules.Beredskap, oskar)
	add(2, 1, night, rules.Beredskap, oskar)
	return out
}

func absences() []rules.Absence {
	return []rules.Absence{
		{Assistant: maja, Date: rules.D(2026, 11, 10), Reason: rules.Sjuk, Replacement: fatima},
		{Assistant: fatima, Date: rules.D(2026, 11, 20), Reason: rules.Semester},
	}
}
