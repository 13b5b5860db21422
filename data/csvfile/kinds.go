package csvfile

import (
	"io"

	"assistans/data/record"
	"assistans/rules"
)

// rowKey is a row's key in a small comparable form, so that a large file's
// duplicate check holds 16 bytes per row: up to two identity numbers (as the
// parser numbers them), a day and a number (a clock time or a category).
type rowKey struct {
	a, b int32
	day  int32
	n    int32
}

func dayKey(d rules.Date) int32 { return int32(d.DayNumber()) }

// spec is everything about one file kind.
type spec[T any] struct {
	cols []column[T]
	key  func(p *parser, r *T) rowKey
	// check looks at a row whose cells all parsed and names a column that does
	// not fit with the others, or returns "".
	check func(*T) (column string, reason *rules.Reason)
	// same, when set, makes the rows of one group agree on one column.
	same *sameRule[T]
	rows func(*rules.Batch) *[]T
}

// sameRule is a check across rows: every row of a group must have the first
// row's value; reason gets that value and its line.
type sameRule[T any] struct {
	col    string
	group  func(p *parser, r *T) rowKey
	value  func(r *T) int
	reason func(first, line int) *rules.Reason
}

// table is a spec with its record type hidden, so that the kinds can sit in one map.
type table interface {
	columnNames() []string
	read(rd *reader, r io.Reader, b *rules.Batch) error
	write(x *ExcelWriter, b *rules.Batch) error
}

func (s *spec[T]) columnNames() []string {
	names := make([]string, len(s.cols))
	for i, c := range s.cols {
		names[i] = c.name
	}
	return names
}

var tables = map[string]table{
	"providers":   providers,
	"customers":   customers,
	"decisions":   decisions,
	"assistants":  assistants,
	"assignments": assignments,
	"shifts":      shifts,
	"months":      months,
	"hospital":    hospital,
	"costs":       costs,
	"schedules":   schedules,
	"absences":    absences,
}

// keyed marks a column as part of the key.
func keyed[T any](c column[T]) column[T] {
	c.key = true
	return c
}

// endBefore names the column "to" when a period ends before it starts.
func endBefore(from, to rules.Date, col string) (string, *rules.Reason) {
	if !to.IsZero() && to.Before(from) {
		return col, rules.Because(rules.EndBeforeStart)
	}
	return "", nil
}

type provider = rules.Provider

var providers = &spec[provider]{
	cols: describedCols(record.Provider),

	key: func(p *parser, r *provider) rowKey { return rowKey{a: p.num(r.Orgnr)} },
	check: func(r *provider) (string, *rules.Reason) {
		if r.IVOFrom.IsZero() {
			return "", nil
		}
		return endBefore(r.IVOFrom, r.IVOTo, "ivo_permit_to")
	},
	rows: func(b *rules.Batch) *[]provider { return &b.Providers },
}

type customer = rules.Customer

var customers = &spec[customer]{
	cols: describedCols(record.Customer),

	key:  func(p *parser, r *customer) rowKey { return rowKey{a: p.num(r.Pnr)} },
	rows: func(b *rules.Batch) *[]customer { return &b.Customers },
}

type decision = rules.Decision

var decisions = &spec[decision]{
	cols: describedCols(record.Decision),

	key:   func(p *parser, r *decision) rowKey { return rowKey{a: p.num(r.Customer), day: dayKey(r.From)} },
	check: func(r *decision) (string, *rules.Reason) { return endBefore(r.From, r.To, "to") },
	rows:  func(b *rules.Batch) *[]decision { return &b.Decisions },
}

type assistant = rules.Assistant

var assistants = &spec[assistant]{
	cols: describedCols(record.Assistant),

	key:  func(p *parser, r *assistant) rowKey { return rowKey{a: p.num(r.Pnr)} },
	rows: func(b *rules.Batch) *[]assistant { return &b.Assistants },
}

type assignment = rules.Assignment

var assignments = &spec[assignment]{
	cols: describedCols(record.Assignment),

	key:  func(p *parser, r *assignment) rowKey { return rowKey{a: p.num(r.Assistant), b: p.num(r.Customer)} },
	rows: func(b *rules.Batch) *[]assignment { return &b.Assignments },
}

type shift = rules.Shift

var shifts = &spec[shift]{
	cols: []column[shift]{
		keyed(identityCol("assistant_pnr", func(r *shift) *string { return &r.Assistant })),
		keyed(pnrCol("customer_pnr", func(r *shift) *string { return &r.Customer })),
		keyed(dateCol("date", func(r *shift) *rules.Date { return &r.Date })),
		keyed(clockCol("start", func(r *shift) *rules.Clock { return &r.Start })),
		clockCol("end", func(r *shift) *rules.Clock { return &r.End }),
		shiftKindCol(),
	},
	key: func(p *parser, r *shift) rowKey {
		return rowKey{a: p.num(r.Assistant), b: p.num(r.Customer), day: dayKey(r.Date), n: int32(r.Start)}
	},
	rows: func(b *rules.Batch) *[]shift { return &b.Shifts },
}

type monthInfo = rules.MonthInfo

var months = &spec[monthInfo]{
	cols: describedCols(record.MonthInfo),

	key: func(p *parser, r *monthInfo) rowKey {
		return rowKey{a: p.num(r.Customer), day: dayKey(r.Month.First())}
	},
	rows: func(b *rules.Batch) *[]monthInfo { return &b.MonthInfos },
}

type hospitalStay = rules.HospitalStay

var hospital = &spec[hospitalStay]{
	cols: describedCols(record.HospitalStay),

	key: func(p *parser, r *hospitalStay) rowKey {
		return rowKey{a: p.num(r.Customer), day: dayKey(r.FromDate), n: int32(r.FromTime)}
	},
	check: func(r *hospitalStay) (string, *rules.Reason) {
		if r.ToDate == r.FromDate && r.ToTime != rules.NoClock && r.ToTime < r.FromTime {
			return "to_time", rules.Because(rules.EndTimeBeforeStart)
		}
		return endBefore(r.FromDate, r.ToDate, "to_date")
	},
	rows: func(b *rules.Batch) *[]hospitalStay { return &b.Hospital },
}

type cost = rules.Cost

var costs = &spec[cost]{
	cols: []column[cost]{
		keyed(pnrCol("customer_pnr", func(r *cost) *string { return &r.Customer })),
		keyed(monthCol("month", func(r *cost) *rules.Month { return &r.Month })),
		keyed(categoryCol()),
		oreCol("amount", func(r *cost) *rules.Ore { return &r.Amount }),
		centiCol("hours", func(r *cost) *int64 { return &r.HoursCenti }),
	},
	key: func(p *parser, r *cost) rowKey {
		return rowKey{a: p.num(r.Customer), day: dayKey(r.Month.First()), n: int32(r.Category)}
	},
	rows: func(b *rules.Batch) *[]cost { return &b.Costs },
}
