package data

import (
	"context"
	"errors"
	"maps"
	"slices"

	"assistans/rules"
)

// Planning: rotating schedules, absences, and laying the schedules on a month.

// Table names of planning, as Audit takes them.
const (
	TableSchedules = "schedules"
	TableAbsences  = "absences"
	TableRates     = "rates"
)

var refReplacement = ref{"replacement", "assistants", "pnr", rules.ReplacementMissing}

var schedules = newTable(TableSchedules,
	[]string{"customer", "from_date", "week", "weekday", "start_min"},
	[]string{"end_min", "kind", "assistant", "weeks"},
	[]ref{refCustomer, refAssistant},
	func(s rules.ScheduleShift) []any {
		return []any{s.Customer, dateV(s.From), int64(s.Week), int64(s.Weekday), clockV(s.Start),
			clockV(s.End), string(s.Kind), s.Assistant, int64(s.Weeks)}
	},
	func(r *row) rules.ScheduleShift {
		return rules.ScheduleShift{Customer: r.str(), From: r.date(), Week: r.int(), Weekday: r.int(), Start: r.clock(),
			End: r.clock(), Kind: rules.Kind(r.str()), Assistant: r.str(), Weeks: r.int()}
	})

var absences = newTable(TableAbsences,
	[]string{"assistant", "date"},
	[]string{"reason", "replacement"},
	[]ref{refAssistant, refReplacement},
	func(a rules.Absence) []any {
		return []any{a.Assistant, dateV(a.Date), string(a.Reason), optV(a.Replacement)}
	},
	func(r *row) rules.Absence {
		return rules.Absence{Assistant: r.str(), Date: r.date(), Reason: rules.AbsenceReason(r.str()), Replacement: r.str()}
	})

// scheduleKey names one schedule: a customer's rows with one from date.
type scheduleKey struct {
	customer string
	from     rules.Date
}

// putSchedules stores schedule rows, refusing a row rules refuses, and then
// checks that every schedule it touched still has one length on all its rows
// (a row stored earlier may disagree with the new ones).
func putSchedules(ctx context.Context, t *tx, rows []rules.ScheduleShift, miss *missingRefs) error {
	touched := map[scheduleKey]bool{}
	for i, s := range rows {
		if s.Fault() != rules.SchedOK {
			return refuse(nil, rules.ScheduleRowRefused, s.Customer, s.From, s.Week, s.Weekday, s.Start, s)
		}
		if _, err := schedules.put(ctx, t, s, "", nil); miss.note("schedules", i, err) != nil {
			return miss.and(recordErr("schedules", i, err))
		}
		touched[scheduleKey{s.Customer, s.From}] = true
	}
	for k := range touched {
		stored, err := schedules.all(ctx, t, "customer = ? AND from_date = ?", k.customer, dateV(k.from))
		if err != nil {
			return err
		}
		for _, s := range stored {
			if s.Weeks != stored[0].Weeks || s.Week > s.Weeks {
				return refuse(nil, rules.ScheduleLengths, k.customer, k.from, stored[0].Weeks, s.Weeks)
			}
		}
	}
	return nil
}

func putAbsences(ctx context.Context, t *tx, rows []rules.Absence, miss *missingRefs) error {
	for i, a := range rows {
		if a.Fault() != rules.AbsOK {
			return refuse(nil, rules.AbsenceRefused, a.Assistant, a.Date, a)
		}
		if _, err := absences.put(ctx, t, a, "", nil); miss.note("absences", i, err) != nil {
			return miss.and(recordErr("absences", i, err))
		}
	}
	return nil
}

// applyPlan is Apply's part for schedules and absences: schedule rows matched
// on customer, from, week, weekday and start, absences on assistant and date.
func applyPlan(ctx context.Context, t *tx, b rules.Batch, miss *missingRefs) error {
	if err := putSchedules(ctx, t, b.Schedules, miss); err != nil {
		return err
	}
	return putAbsences(ctx, t, b.Absences, miss)
}

// snapshotPlan is Snapshot's part for schedules and absences.
func snapshotPlan(ctx context.Context, t *tx, b *rules.Batch) (err error) {
	if b.Schedules, err = schedules.all(ctx, t, ""); err != nil {
		return err
	}
	b.Absences, err = absences.all(ctx, t, "")
	return err
}

// Schedules lists one customer's schedule rows, or every customer's when customer is "".
func (s *Store) Schedules(ctx context.Context, customer string) ([]rules.ScheduleShift, error) {
	if customer == "" {
		return list(ctx, s, schedules, "")
	}
	return list(ctx, s, schedules, "customer = ?", customer)
}

// SaveSchedule stores the rows of one schedule as Apply does: each row
// inserted or updated by its key, all rows of the schedule with one length.
func (s *Store) SaveSchedule(ctx context.Context, rows []rules.ScheduleShift) error {
	return s.write(ctx, func(t *tx) error {
		var miss missingRefs
		if err := putSchedules(ctx, t, rows, &miss); err != nil {
			return err
		}
		return miss.err()
	})
}

// ReplaceSchedule makes the customer's schedule that starts on from hold
// exactly rows, in one transaction: the rows stored before are removed (a row
// the window no longer shows, or whose start changed, would otherwise stay),
// then rows are stored as SaveSchedule stores them. Every row must be of that
// customer and from; none removes the schedule. Laid shifts stay as they are.
func (s *Store) ReplaceSchedule(ctx context.Context, customer string, from rules.Date, rows []rules.ScheduleShift) error {
	for _, r := range rows {
		if r.Customer != customer || r.From != from {
			return refuse(nil, rules.ScheduleRowOther, r.Customer, r.From, customer, from)
		}
	}
	return s.write(ctx, func(t *tx) error {
		old, err := schedules.all(ctx, t, "customer = ? AND from_date = ?", customer, dateV(from))
		if err != nil {
			return err
		}
		for _, r := range old {
			if _, err := schedules.remove(ctx, t, "", r.Customer, dateV(r.From), int64(r.Week), int64(r.Weekday), clockV(r.Start)); err != nil {
				return err
			}
		}
		var miss missingRefs
		if err := putSchedules(ctx, t, rows, &miss); err != nil {
			return err
		}
		return miss.err()
	})
}

// DeleteSchedule removes every row of the customer's schedule that starts on from.
// The shifts laid from it stay: they are ordinary shifts.
func (s *Store) DeleteSchedule(ctx context.Context, customer string, from rules.Date) error {
	return s.write(ctx, func(t *tx) error {
		rows, err := schedules.all(ctx, t, "customer = ? AND from_date = ?", customer, dateV(from))
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return refuse(ErrNotFound, rules.ScheduleNotFound, customer, from)
		}
		for _, r := range rows {
			if _, err := schedules.remove(ctx, t, "", r.Customer, dateV(r.From), int64(r.Week), int64(r.Weekday), clockV(r.Start)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Absences lists the absences dated from..to (inclusive), by assistant and date.
func (s *Store) Absences(ctx context.Context, from, to rules.Date) ([]rules.Absence, error) {
	return list(ctx, s, absences, "date BETWEEN ? AND ?", from.String(), to.String())
}

func (s *Store) SaveAbsence(ctx context.Context, a rules.Absence) error {
	return s.write(ctx, func(t *tx) error {
		var miss missingRefs
		if err := putAbsences(ctx, t, []rules.Absence{a}, &miss); err != nil {
			return err
		}
		return miss.err()
	})
}

func (s *Store) DeleteAbsence(ctx context.Context, assistant string, date rules.Date) error {
	return s.write(ctx, func(t *tx) error {
		found, err := absences.remove(ctx, t, "", assistant, dateV(date))
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.AbsenceNotFound, assistant, date)
		}
		return err
	})
}

// loadPlan reads what the checks of month m need of planning: every schedule
// row, and the absences from 15 days before the month (SICK_DAY_15 looks back
// to a sick period's first day) to its last day.
func loadPlan(ctx context.Context, t *tx, m rules.Month, md *rules.MonthData) (err error) {
	if md.Schedules, err = schedules.all(ctx, t, ""); err != nil {
		return err
	}
	md.Absences, err = absences.all(ctx, t, "date BETWEEN ? AND ?", m.First().AddDays(-15).String(), m.Last().String())
	return err
}

// LayResult is what LaySchedule did.
type LayResult struct {
	Created  int              // shifts created
	Unfilled []rules.Unfilled // scheduled shifts left without an assistant (UNFILLED_SHIFT)
}

// layNote is the audit trail's note on a shift the schedule created.
const layNote = "lagt från schema"

// LaySchedule lays the schedules on month m (rules.LaySchedules) and creates
// their shifts in one transaction: for the customer named, or for every
// customer not marked inactive when customer is "". It never changes or removes
// a shift, and a second run creates nothing. It refuses, with ErrLocked and
// creating nothing, when the month is sent for the customer named or for any
// customer with a schedule that it lays.
func (s *Store) LaySchedule(ctx context.Context, m rules.Month, customer string) (LayResult, error) {
	var res LayResult
	err := s.write(ctx, func(t *tx) error {
		where, args := "", []any{}
		if customer != "" {
			if _, found, err := customers.get(ctx, t, customer); err != nil || !found {
				if err == nil {
					err = refuse(ErrNotFound, rules.CustomerNotFound, customer)
				}
				return err
			}
			where, args = "customer = ?", []any{customer}
		}
		rows, err := schedules.all(ctx, t, where, args...)
		if err != nil {
			return err
		}
		if customer == "" {
			all, err := customers.all(ctx, t, "")
			if err != nil {
				return err
			}
			rows = rules.ActiveSchedules(rows, all)
		}
		locks := map[string]bool{customer: customer != ""}
		for _, r := range rows {
			locks[r.Customer] = true
		}
		for _, cust := range slices.Sorted(maps.Keys(locks)) {
			if !locks[cust] {
				continue
			}
			if err := t.checkUnlocked(ctx, cust, m); errors.Is(err, ErrLocked) {
				return refuse(ErrLocked, rules.ScheduleLocked, m, cust)
			} else if err != nil {
				return err
			}
		}
		abs, err := absences.all(ctx, t, "date BETWEEN ? AND ?", m.First().String(), m.Last().String())
		if err != nil {
			return err
		}
		existing, err := shiftsBetween(ctx, t, m.First(), m.Last(), byDate, where, args...)
		if err != nil {
			return err
		}
		lay := rules.LaySchedules(m, rows, abs, existing)
		for _, sh := range lay.Create {
			if _, err := saveShiftNote(ctx, t, sh, layNote); err != nil {
				return err
			}
		}
		res = LayResult{Created: len(lay.Create), Unfilled: lay.Unfilled}
		return nil
	})
	if err != nil {
		return LayResult{}, err
	}
	return res, nil
}

// assistantUnplanned refuses (ErrInUse) to let an assistant go who is in a
// schedule or named as someone's replacement.
func assistantUnplanned(ctx context.Context, t *tx, pnr string) error {
	n, err := count(ctx, t, TableSchedules, "assistant", pnr)
	if err != nil {
		return err
	}
	if n > 0 {
		return refuse(ErrInUse, rules.AssistantScheduled, pnr, n)
	}
	if n, err = count(ctx, t, TableAbsences, "replacement", pnr); err != nil {
		return err
	}
	if n > 0 {
		return refuse(ErrInUse, rules.AssistantReplaces, pnr, n)
	}
	return nil
}
