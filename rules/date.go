package rules

import (
	"fmt"
	"time"
)

// Date is a civil date without time zone. The zero value means "no date".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// D builds a Date; it is short because tests use it on every line.
func D(y int, m time.Month, d int) Date { return Date{y, m, d} }

// ParseDate reads YYYY-MM-DD and rejects dates that do not exist.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("ogiltigt datum %q (skriv ÅÅÅÅ-MM-DD)", s)
	}
	return DateOf(t), nil
}

// DateOf takes the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

func (d Date) IsZero() bool { return d == Date{} }

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 0 || d.Day > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	// Written directly: an import formats hundreds of thousands of dates.
	y, m := d.Year, int(d.Month)
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d.Day/10), byte('0' + d.Day%10)}
	return string(b[:])
}

// utc is used only for calendar arithmetic, where every day has 24 hours.
func (d Date) utc() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// DayNumber counts days since 1970-01-01, for differences and ordering.
func (d Date) DayNumber() int { return int(d.utc().Unix() / 86400) }

func DateFromDayNumber(n int) Date { return DateOf(time.Unix(int64(n)*86400, 0).UTC()) }

func (d Date) AddDays(n int) Date { return DateOf(d.utc().AddDate(0, 0, n)) }

// AddMonths adds calendar months; a day that does not exist in the target month rolls over as in time.AddDate.
func (d Date) AddMonths(n int) Date { return DateOf(d.utc().AddDate(0, n, 0)) }

func (d Date) Weekday() time.Weekday { return d.utc().Weekday() }

func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }
func (d Date) After(o Date) bool  { return d.Compare(o) > 0 }

func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	default:
		return cmpInt(d.Day, o.Day)
	}
}

func (d Date) MonthOf() Month { return Month{d.Year, d.Month} }

// Monday returns the Monday of d's ISO week.
func (d Date) Monday() Date {
	wd := (int(d.Weekday()) + 6) % 7 // Monday=0
	return d.AddDays(-wd)
}

// DaysBetween returns b - a in days.
func DaysBetween(a, b Date) int { return b.DayNumber() - a.DayNumber() }

// Month is a calendar month.
type Month struct {
	Year  int
	Month time.Month
}

// ParseMonth reads YYYY-MM.
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return Month{}, fmt.Errorf("ogiltig månad %q (skriv ÅÅÅÅ-MM)", s)
	}
	return Month{t.Year(), t.Month()}, nil
}

func (m Month) String() string       { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }
func (m Month) IsZero() bool         { return m == Month{} }
func (m Month) First() Date          { return Date{m.Year, m.Month, 1} }
func (m Month) Last() Date           { return m.Next().First().AddDays(-1) }
func (m Month) Days() int            { return m.Last().Day }
func (m Month) Next() Month          { return m.First().AddMonths(1).MonthOf() }
func (m Month) Prev() Month          { return m.First().AddMonths(-1).MonthOf() }
func (m Month) Contains(d Date) bool { return d.Year == m.Year && d.Month == m.Month }

// Deadline is the 5th of the second month after m, when FK must have the month's forms.
func (m Month) Deadline() Date { return m.Next().Next().First().AddDays(4) }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
