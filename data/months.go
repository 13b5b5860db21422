package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"assistans/data/record"
	"assistans/rules"
)

var monthInfos = describedTable(record.MonthInfo, refCustomer)

// monthInfoSent is the index of the sent column in monthInfos.cols.
const monthInfoSent = 6

var hospitalStays = describedTable(record.HospitalStay, refCustomer)

var costs = newTable(TableCosts,
	[]string{"customer", "month", "category"},
	[]string{"amount_ore", "hours_centi", "version"},
	[]ref{refCustomer},
	func(c rules.Cost) []any {
		return []any{c.Customer, c.Month.String(), int64(c.Category), int64(c.Amount), c.HoursCenti, c.Version}
	},
	func(r *row) rules.Cost {
		return rules.Cost{Customer: r.str(), Month: r.month(), Category: r.int(), Amount: rules.Ore(r.i64()), HoursCenti: r.i64(), Version: r.i64()}
	})

// printedRow is a PrintedTotals with when it was recorded and the reason given
// for printing despite blocking findings.
type printedRow struct {
	rules.PrintedTotals
	At     time.Time
	Reason string
}

var printed = newTable(TablePrinted,
	[]string{"customer", "month"},
	[]string{"aktiv_min", "vantetid_min", "beredskap_min", "printed_at", "override_reason"},
	[]ref{refCustomer},
	func(p printedRow) []any {
		return []any{p.Customer, p.Month.String(), int64(p.Totals.Aktiv), int64(p.Totals.Vantetid), int64(p.Totals.Beredskap),
			p.At.UTC().Format(time.RFC3339), p.Reason}
	},
	func(r *row) printedRow {
		return printedRow{PrintedTotals: rules.PrintedTotals{Customer: r.str(), Month: r.month(),
			Totals: rules.Totals{Aktiv: r.int(), Vantetid: r.int(), Beredskap: r.int()}}, At: r.time(), Reason: r.str()}
	})

type lockKey struct {
	customer string
	month    rules.Month
}

func lockedErr(m rules.Month) error {
	return refuse(ErrLocked, rules.MonthLocked, m)
}

// checkUnlocked refuses a change to a customer's month that is marked as sent.
func (t *tx) checkUnlocked(ctx context.Context, customer string, m rules.Month) error {
	k := lockKey{customer, m}
	locked, ok := t.locks[k]
	if !ok && !t.locksAll {
		var sent sql.NullString
		err := t.queryRow(ctx, `SELECT sent FROM month_info WHERE customer = ? AND month = ?`, customer, m.String()).Scan(&sent)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		locked = sent.Valid
		if t.locks == nil {
			t.locks = map[lockKey]bool{}
		}
		t.locks[k] = locked
	}
	if locked {
		return lockedErr(m)
	}
	return nil
}

// preloadLocks reads every customer's month locks at once, for an import of
// many shifts whose parts would otherwise look them up one (customer, month)
// at a time between inserting their shifts (importaudit.go).
func (t *tx) preloadLocks(ctx context.Context) error {
	locks := map[lockKey]bool{}
	err := t.eachRow(ctx, `SELECT customer, month, sent FROM month_info`, nil, func(v []any) error {
		r := row{v: v}
		k := lockKey{r.str(), r.month()}
		locks[k] = r.next() != nil // sent
		return r.err
	})
	if err != nil {
		return err
	}
	t.locks, t.locksAll = locks, true
	return nil
}

// forgetLock drops what is known of a month's lock after its month_info changed.
func (t *tx) forgetLock(k lockKey) {
	delete(t.locks, k)
	t.locksAll = false
}

// saveMonthInfo stores a month's facts. A sent month's facts cannot change (use
// unlock); marking a month as sent records its current totals as printed, so
// that a later change to its shifts shows as TOTALS_MISMATCH.
func saveMonthInfo(ctx context.Context, t *tx, mi rules.MonthInfo, note string) error {
	changed, err := monthInfos.put(ctx, t, mi, note, func(old []any) error {
		if old != nil && old[monthInfoSent] != nil {
			return lockedErr(mi.Month)
		}
		return nil
	})
	if err != nil || !changed {
		return err
	}
	t.forgetLock(lockKey{mi.Customer, mi.Month})
	if mi.Sent.IsZero() {
		return nil
	}
	totals, err := customerTotals(ctx, t, mi.Customer, mi.Month)
	if err != nil {
		return err
	}
	_, err = printed.put(ctx, t, printedRow{PrintedTotals: rules.PrintedTotals{Customer: mi.Customer, Month: mi.Month, Totals: totals}, At: t.now},
		"låst som skickad", nil)
	return err
}

// customerTotals is one customer's month as rules.MonthTotals counts it.
func customerTotals(ctx context.Context, t *tx, customer string, m rules.Month) (rules.Totals, error) {
	shifts, err := shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), byDate, "customer = ?", customer)
	if err != nil {
		return rules.Totals{}, err
	}
	for _, ct := range rules.MonthTotals(shifts, m) {
		if ct.Customer == customer {
			return ct.Totals, nil
		}
	}
	return rules.Totals{}, nil
}

// MonthInfo returns a customer's facts for a month; a month with nothing recorded
// comes back with only Customer and Month set.
func (s *Store) MonthInfo(ctx context.Context, customer string, m rules.Month) (rules.MonthInfo, error) {
	mi := rules.MonthInfo{Customer: customer, Month: m}
	err := s.read(ctx, func(t *tx) error {
		v, found, err := monthInfos.get(ctx, t, customer, m.String())
		if found {
			mi = v
		}
		return err
	})
	return mi, err
}

// MonthInfos lists the recorded facts of every customer for month m.
func (s *Store) MonthInfos(ctx context.Context, m rules.Month) ([]rules.MonthInfo, error) {
	return list(ctx, s, monthInfos, "month = ?", m.String())
}

// SaveMonthInfo stores a month's facts; it fails with ErrLocked if the stored
// month is marked as sent and mi differs from it. Setting Sent locks the month
// as MarkSent does.
func (s *Store) SaveMonthInfo(ctx context.Context, mi rules.MonthInfo) error {
	return s.write(ctx, func(t *tx) error { return saveMonthInfo(ctx, t, mi, "") })
}

// MarkSent records the day the month's forms were sent to FK, which locks the
// month, and records its current totals.
func (s *Store) MarkSent(ctx context.Context, customer string, m rules.Month, sent rules.Date) error {
	if sent.IsZero() {
		return refuse(nil, rules.SentDateMissing)
	}
	return s.write(ctx, func(t *tx) error {
		mi, found, err := monthInfos.get(ctx, t, customer, m.String())
		if err != nil {
			return err
		}
		if !found {
			mi = rules.MonthInfo{Customer: customer, Month: m}
		}
		if !mi.Sent.IsZero() {
			return lockedErr(m)
		}
		mi.Sent = sent
		return saveMonthInfo(ctx, t, mi, "markerad som skickad")
	})
}

// Unlock clears a month's sent date so that it can be changed again; reason is
// required and kept in the audit trail. A month that is not locked is left alone.
func (s *Store) Unlock(ctx context.Context, customer string, m rules.Month, reason string) error {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return refuse(nil, rules.UnlockReasonNeeded)
	}
	return s.write(ctx, func(t *tx) error {
		mi, found, err := monthInfos.get(ctx, t, customer, m.String())
		if err != nil || !found || mi.Sent.IsZero() {
			return err
		}
		mi.Sent = rules.Date{}
		t.forgetLock(lockKey{customer, m})
		_, err = monthInfos.put(ctx, t, mi, reason, nil)
		return err
	})
}

// RecordPrinted stores what each 3057 carried when printed; overrideReason is
// the reason given for printing despite blocking findings ("" if none).
// A store opened read-only records nothing: the forms are printed all the same.
func (s *Store) RecordPrinted(ctx context.Context, totals []rules.PrintedTotals, overrideReason string) error {
	if s.readOnly {
		return nil
	}
	return s.write(ctx, func(t *tx) error {
		for _, p := range totals {
			if _, err := printed.put(ctx, t, printedRow{PrintedTotals: p, At: t.now, Reason: overrideReason}, overrideReason, nil); err != nil {
				return err
			}
		}
		return nil
	})
}

// Printed lists the totals last printed or locked for month m, by customer.
func (s *Store) Printed(ctx context.Context, m rules.Month) ([]rules.PrintedTotals, error) {
	rows, err := list(ctx, s, printed, "month = ?", m.String())
	return printedTotals(rows), err
}

func printedTotals(rows []printedRow) []rules.PrintedTotals {
	out := make([]rules.PrintedTotals, len(rows))
	for i, r := range rows {
		out[i] = r.PrintedTotals
	}
	return out
}

// HospitalStays lists one customer's hospital stays, or everyone's when customer is "".
func (s *Store) HospitalStays(ctx context.Context, customer string) ([]rules.HospitalStay, error) {
	if customer == "" {
		return list(ctx, s, hospitalStays, "")
	}
	return list(ctx, s, hospitalStays, "customer = ?", customer)
}

// SaveHospitalStay stores a hospital stay; ErrLocked if the stay, as it was or
// as it becomes, touches a month marked as sent (it is printed on that 3057).
func (s *Store) SaveHospitalStay(ctx context.Context, h rules.HospitalStay) error {
	return s.write(ctx, func(t *tx) error { return saveHospitalStay(ctx, t, h) })
}

// AddHospitalStay stores a new hospital stay. One with the same start (customer,
// day and time) that someone else stored meanwhile is refused with a
// ConflictError naming who, instead of being overwritten.
func (s *Store) AddHospitalStay(ctx context.Context, h rules.HospitalStay) error {
	return s.write(ctx, func(t *tx) error {
		key := []any{h.Customer, dateV(h.FromDate), clockV(h.FromTime)}
		old, err := hospitalStays.raw(ctx, t, key)
		if err != nil {
			return err
		}
		if old != nil {
			return t.conflict(ctx, TableHospital, auditKey(key), false)
		}
		h.Version = 0
		return saveHospitalStay(ctx, t, h)
	})
}

func saveHospitalStay(ctx context.Context, t *tx, h rules.HospitalStay) error {
	_, err := hospitalStays.put(ctx, t, h, "", func(old []any) error {
		if old != nil {
			if err := t.checkStayUnlocked(ctx, old); err != nil {
				return err
			}
		}
		return t.checkStayUnlocked(ctx, hospitalStays.enc(h))
	})
	return err
}

// checkStayUnlocked refuses a change to a stay (its stored values) that touches
// a sent month: every month from its start to its end, or on from its start
// while it has no end.
func (t *tx) checkStayUnlocked(ctx context.Context, vals []any) error {
	customer, _ := vals[0].(string)
	from, _ := vals[1].(string)
	to, _ := vals[3].(string)
	last := "9999-12"
	if len(to) >= 7 {
		last = to[:7]
	}
	if len(from) < 7 {
		return nil
	}
	var month string
	err := t.queryRow(ctx, `SELECT month FROM month_info WHERE customer = ? AND month BETWEEN ? AND ?
		AND sent IS NOT NULL ORDER BY month LIMIT 1`, customer, from[:7], last).Scan(&month)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	m, err := rules.ParseMonth(month)
	if err != nil {
		return err
	}
	return refuse(ErrLocked, rules.StayLocked, from, m)
}

// DeleteHospitalStay removes the hospital stay with h's key; ErrLocked if it
// touches a sent month. h.Version is the version the caller read: a stay changed
// or removed since is refused with a ConflictError (0 removes it unchecked).
func (s *Store) DeleteHospitalStay(ctx context.Context, h rules.HospitalStay) error {
	customer, fromDate, fromTime := h.Customer, h.FromDate, h.FromTime
	return s.write(ctx, func(t *tx) error {
		key := []any{customer, dateV(fromDate), clockV(fromTime)}
		old, err := hospitalStays.raw(ctx, t, key)
		if err != nil {
			return err
		}
		if err := t.checkVersion(ctx, TableHospital, auditKey(key), h.Version, old, hospitalStays.ver); err != nil {
			return err
		}
		if old != nil {
			if err := t.checkStayUnlocked(ctx, old); err != nil {
				return err
			}
		}
		found, err := hospitalStays.remove(ctx, t, "", customer, dateV(fromDate), clockV(fromTime))
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.StayNotFound, customer, fromDate, fromTime)
		}
		return err
	})
}

// Costs lists every customer's cost report rows for month m.
func (s *Store) Costs(ctx context.Context, m rules.Month) ([]rules.Cost, error) {
	return list(ctx, s, costs, "month = ?", m.String())
}

func saveCost(ctx context.Context, t *tx, c rules.Cost) error {
	if c.Category < 1 || c.Category > len(rules.CostCategories) {
		return refuse(nil, rules.CostCategory, c.Category, len(rules.CostCategories))
	}
	// Costs are often known only after the month was sent (salary costs come in
	// arrears), so a sent month takes a new category; what is there stays fixed.
	_, err := costs.put(ctx, t, c, "", func(old []any) error {
		if old == nil {
			return nil
		}
		return t.checkUnlocked(ctx, c.Customer, c.Month)
	})
	return err
}

// SaveCost stores one category of a cost report; ErrLocked if the month is sent.
func (s *Store) SaveCost(ctx context.Context, c rules.Cost) error {
	return s.write(ctx, func(t *tx) error { return saveCost(ctx, t, c) })
}

func (s *Store) DeleteCost(ctx context.Context, customer string, m rules.Month, category int) error {
	return s.write(ctx, func(t *tx) error {
		if err := t.checkUnlocked(ctx, customer, m); err != nil {
			return err
		}
		found, err := costs.remove(ctx, t, "", customer, m.String(), int64(category))
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.CostNotFound, customer, category, m)
		}
		return err
	})
}
