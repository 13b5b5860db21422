package data

import (
	"fmt"
	"strconv"
	"time"

	"assistans/rules"
)

// The store's values in SQL: every encoder returns string, int64 or nil, the
// same types the driver scans back, so an old and a new row compare with ==.

func dateV(d rules.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func clockV(c rules.Clock) any {
	if c == rules.NoClock {
		return nil
	}
	return int64(c)
}

func flagV(f rules.Flag) any {
	switch f {
	case rules.Yes:
		return int64(1)
	case rules.No:
		return int64(0)
	}
	return nil
}

func boolV(b bool) any {
	if b {
		return int64(1)
	}
	return int64(0)
}

// optV stores an empty optional reference as NULL, which foreign keys accept.
func optV(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// intOptV stores 0 ("not recorded") as NULL.
func intOptV(n int) any {
	if n == 0 {
		return nil
	}
	return int64(n)
}

// row reads the columns of one scanned row in order, keeping the first error,
// so a decoder reads like the column list it mirrors.
type row struct {
	v   []any
	i   int
	err error
}

func (r *row) next() any {
	if r.i >= len(r.v) {
		r.fail(fmt.Errorf("för få kolumner"))
		return nil
	}
	v := r.v[r.i]
	r.i++
	return v
}

func (r *row) fail(err error) {
	if r.err == nil {
		r.err = fmt.Errorf("kolumn %d: %w", r.i, err)
	}
}

func (r *row) str() string {
	switch v := r.next().(type) {
	case nil:
		return ""
	case string:
		return v
	case []byte:
		return string(v)
	default:
		r.fail(fmt.Errorf("väntade text, fick %T", v))
		return ""
	}
}

func (r *row) i64() int64 {
	switch v := r.next().(type) {
	case nil:
		return 0
	case int64:
		return v
	default:
		r.fail(fmt.Errorf("väntade heltal, fick %T", v))
		return 0
	}
}

func (r *row) int() int { return int(r.i64()) }

func (r *row) boolean() bool { return r.i64() != 0 }

func (r *row) flag() rules.Flag {
	v := r.next()
	if v == nil {
		return rules.Unset
	}
	n, ok := v.(int64)
	if !ok {
		r.fail(fmt.Errorf("väntade ja/nej, fick %T", v))
	}
	return rules.FlagOf(n != 0)
}

func (r *row) clock() rules.Clock {
	v := r.next()
	if v == nil {
		return rules.NoClock
	}
	n, ok := v.(int64)
	if !ok {
		r.fail(fmt.Errorf("väntade klockslag, fick %T", v))
	}
	return rules.Clock(n)
}

func (r *row) date() rules.Date {
	s := r.str()
	if s == "" {
		return rules.Date{}
	}
	d, err := parseDate(s)
	if err != nil {
		r.fail(err)
	}
	return d
}

func (r *row) month() rules.Month {
	m, err := rules.ParseMonth(r.str())
	if err != nil {
		r.fail(err)
	}
	return m
}

func (r *row) time() time.Time {
	t, err := time.Parse(time.RFC3339, r.str())
	if err != nil {
		r.fail(err)
	}
	return t
}

// parseDate reads the store's own YYYY-MM-DD without time.Parse: loading a month
// reads tens of thousands of dates, and this is most of the cost of a shift row.
func parseDate(s string) (rules.Date, error) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, e1 := strconv.Atoi(s[:4])
		m, e2 := strconv.Atoi(s[5:7])
		d, e3 := strconv.Atoi(s[8:])
		if e1 == nil && e2 == nil && e3 == nil && y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			return rules.D(y, time.Month(m), d), nil
		}
	}
	return rules.ParseDate(s) // for its error message
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
