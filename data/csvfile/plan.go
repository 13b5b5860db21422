package csvfile

import (
	"strconv"

	"assistans/rules"
)

// The file kinds of planning: schedules (rullande schema) and absences.

type scheduleShift = rules.ScheduleShift

// scheduleCols names the column of each field a schedule row's Problem may name.
var scheduleCols = map[rules.ScheduleField]string{
	rules.SchedFrom: "from", rules.SchedWeeks: "weeks", rules.SchedWeek: "week", rules.SchedWeekday: "weekday",
	rules.SchedStart: "start", rules.SchedEnd: "end", rules.SchedKind: "kind", rules.SchedAssistant: "assistant_pnr",
}

var schedules = &spec[scheduleShift]{
	cols: []column[scheduleShift]{
		keyed(pnrCol("customer_pnr", func(r *scheduleShift) *string { return &r.Customer })),
		keyed(dateCol("from", func(r *scheduleShift) *rules.Date { return &r.From })),
		keyed(intCol("week", func(r *scheduleShift) *int { return &r.Week })),
		keyed(intCol("weekday", func(r *scheduleShift) *int { return &r.Weekday })),
		keyed(clockCol("start", func(r *scheduleShift) *rules.Clock { return &r.Start })),
		clockCol("end", func(r *scheduleShift) *rules.Clock { return &r.End }),
		kindCol("kind", func(r *scheduleShift) *rules.Kind { return &r.Kind }),
		identityCol("assistant_pnr", func(r *scheduleShift) *string { return &r.Assistant }),
		intCol("weeks", func(r *scheduleShift) *int { return &r.Weeks }),
	},
	key: func(p *parser, r *scheduleShift) rowKey {
		return rowKey{a: p.num(r.Customer), day: dayKey(r.From), n: int32((r.Week*8+r.Weekday)*24*60) + int32(r.Start)}
	},
	check: func(r *scheduleShift) (string, *rules.Reason) {
		return scheduleCols[r.Fault().Field()], rules.Because(rules.ScheduleRowBad, *r)
	},
	// One schedule is the rows of one customer and from; their weeks must agree.
	same: &sameRule[scheduleShift]{
		col:   "weeks",
		group: func(p *parser, r *scheduleShift) rowKey { return rowKey{a: p.num(r.Customer), day: dayKey(r.From)} },
		value: func(r *scheduleShift) int { return r.Weeks },
		reason: func(first, line int) *rules.Reason {
			return rules.Because(rules.WeeksDiffer, first, line)
		},
	},
	rows: func(b *rules.Batch) *[]scheduleShift { return &b.Schedules },
}

type absence = rules.Absence

var absences = &spec[absence]{
	cols: []column[absence]{
		keyed(identityCol("assistant_pnr", func(r *absence) *string { return &r.Assistant })),
		keyed(dateCol("date", func(r *absence) *rules.Date { return &r.Date })),
		enumField("reason", func(r *absence) *rules.AbsenceReason { return &r.Reason }, rules.AbsenceReasons...),
		identityCol("replacement_pnr", func(r *absence) *string { return &r.Replacement }),
	},
	key: func(p *parser, r *absence) rowKey { return rowKey{a: p.num(r.Assistant), day: dayKey(r.Date)} },
	check: func(r *absence) (string, *rules.Reason) {
		switch r.Fault().Field() {
		case rules.AbsReason:
			return "reason", rules.Because(rules.AbsenceRowBad, *r)
		case rules.AbsReplacement:
			return "replacement_pnr", rules.Because(rules.AbsenceRowBad, *r)
		}
		return "", nil
	},
	rows: func(b *rules.Batch) *[]absence { return &b.Absences },
}

// intCol reads a whole number; an empty cell is 0, which the kind's check refuses where it matters.
func intCol[T any](name string, f func(*T) *int) column[T] {
	return valueCol(name, f, 0, func(_ *parser, v string) (int, *rules.Reason) {
		n, err := strconv.Atoi(v)
		if err != nil || !allDigits(v) || len(v) > 4 {
			return 0, rules.Because(rules.BadInteger)
		}
		return n, nil
	}, strconv.Itoa)
}

// kindCol reads a kind of time as ParseKind does and refuses any other word:
// a schedule must make valid shifts. Empty stays empty, for the check to name.
func kindCol[T any](name string, f func(*T) *rules.Kind) column[T] {
	return valueCol(name, f, "", func(_ *parser, v string) (rules.Kind, *rules.Reason) {
		k, err := rules.ParseKind(v)
		if err != nil {
			return "", rules.Because(rules.BadKind)
		}
		return k, nil
	}, func(k rules.Kind) string { return string(k) })
}
