package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"assistans/rules"
)

// Shifts have their own code rather than a table: they are identified by id
// (the window edits a shift's date and start), matched on their natural key
// only when importing, and read by the tens of thousands.

// shiftCols are the columns the audit trail records, in order.
var shiftCols = []string{"assistant", "customer", "date", "start_min", "end_min", "kind"}

// Store.shiftSelect packs a shift's text columns into one, separated by the
// ASCII unit separator: the driver allocates every text value it returns, and
// reading one string instead of four takes about a third off loading a month.
// Kind is last, so that whatever an imported kind holds cannot shift the other fields.

func init() {
	auditedTables = append(auditedTables, audited{name: TableShifts,
		query: "SELECT id, " + strings.Join(shiftCols, ", ") + " FROM shifts", keys: 1, skip: 1, cols: shiftCols})
}

func shiftVals(s rules.Shift) []any {
	return []any{s.Assistant, s.Customer, dateV(s.Date), clockV(s.Start), clockV(s.End), string(s.Kind)}
}

// scanShifts reads rows of Store.shiftSelect into out.
func scanShifts(rows *sql.Rows, out []rules.Shift) ([]rules.Shift, error) {
	defer rows.Close()
	vals := make([]any, 5)
	ptrs := []any{&vals[0], &vals[1], &vals[2], &vals[3], &vals[4]}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		s, err := decodeShift(vals)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// decodeShift reads one row of Store.shiftSelect: id, the packed text
// columns, start, end and version.
func decodeShift(v []any) (rules.Shift, error) {
	r := row{v: v}
	s := rules.Shift{ID: r.i64()}
	// The fields are substrings of the packed column and share its memory.
	a, rest, ok1 := strings.Cut(r.str(), "\x1f")
	c, rest, ok2 := strings.Cut(rest, "\x1f")
	date, kind, ok3 := strings.Cut(rest, "\x1f")
	d, err := parseDate(date)
	s.Start, s.End, s.Version = r.clock(), r.clock(), r.i64()
	if !ok1 || !ok2 || !ok3 || err != nil || r.err != nil {
		return s, fmt.Errorf("trasigt pass %d i databasen", s.ID)
	}
	s.Assistant, s.Customer, s.Date, s.Kind = a, c, d, rules.Kind(kind)
	return s, nil
}

// auditedShift reads a row of the shifts' audited query: the id, then shiftCols.
func auditedShift(v []any) (rules.Shift, error) {
	r := row{v: v}
	var s rules.Shift
	s.ID = r.i64()
	s.Assistant, s.Customer = r.str(), r.str()
	s.Date = r.date()
	s.Start, s.End = r.clock(), r.clock()
	s.Kind = rules.Kind(r.str())
	if r.err != nil {
		return s, fmt.Errorf("trasigt pass %d i databasen", s.ID)
	}
	return s, nil
}

// Orders of shift lists. byDate is the order of the index shifts_by_date, so
// the engine streams the rows without sorting them: the checks sort for
// themselves, and sorting 100,000 rows would cost more than reading them. A
// missing start sorts first on both engines.
const (
	byAssistant = ` ORDER BY assistant, date, start_min NULLS FIRST, customer`
	byDate      = ` ORDER BY date, start_min NULLS FIRST, assistant, customer`
)

// shiftsBetween reads the shifts dated from..to (inclusive) that also satisfy
// where ("" for all), in the given order.
func shiftsBetween(ctx context.Context, t *tx, from, to rules.Date, order, where string, args ...any) ([]rules.Shift, error) {
	cond := ` WHERE date BETWEEN ? AND ?`
	if where != "" {
		cond += " AND " + where
	}
	args = append([]any{from.String(), to.String()}, args...)
	// Counting first lets the slice be allocated once; the count reads only the index.
	var n int
	if err := t.queryRow(ctx, `SELECT COUNT(*) FROM shifts`+cond, args...).Scan(&n); err != nil {
		return nil, err
	}
	out := make([]rules.Shift, 0, n)
	err := t.eachRow(ctx, t.s.shiftSelect+cond+order, args, func(v []any) error {
		s, err := decodeShift(v)
		out = append(out, s)
		return err
	})
	return out, err
}

func getShift(ctx context.Context, t *tx, id int64) (rules.Shift, bool, error) {
	rows, err := t.query(ctx, t.s.shiftSelect+` WHERE id = ?`, id)
	if err != nil {
		return rules.Shift{}, false, err
	}
	got, err := scanShifts(rows, nil)
	if err != nil || len(got) == 0 {
		return rules.Shift{}, false, err
	}
	return got[0], true, nil
}

// shiftMonths are the months whose reports a shift counts in: the month of its
// day, and the next when it runs past midnight into it.
func shiftMonths(s rules.Shift) []rules.Month {
	m := s.Date.MonthOf()
	if s.CrossesMonth() {
		return []rules.Month{m, m.Next()}
	}
	return []rules.Month{m}
}

func (t *tx) checkShiftUnlocked(ctx context.Context, s rules.Shift) error {
	for _, m := range shiftMonths(s) {
		if err := t.checkUnlocked(ctx, s.Customer, m); err != nil {
			return err
		}
	}
	return nil
}

func validShift(s rules.Shift) error {
	switch {
	case s.Assistant == "":
		return refuse(nil, rules.ShiftNoAssistant)
	case s.Customer == "":
		return refuse(nil, rules.ShiftNoCustomer)
	case s.Date.IsZero():
		return refuse(nil, rules.ShiftNoDate)
	}
	for _, c := range []rules.Clock{s.Start, s.End} {
		if c != rules.NoClock && (c < 0 || c >= 24*60) {
			return refuse(nil, rules.ShiftBadClock, s.Date)
		}
	}
	return nil
}

// saveShift inserts s (ID 0) or updates the shift with s.ID, and returns it as stored.
func saveShift(ctx context.Context, t *tx, s rules.Shift) (rules.Shift, error) {
	return saveShiftNote(ctx, t, s, "")
}

// saveShiftNote is saveShift with a note for the audit row of an inserted shift.
func saveShiftNote(ctx context.Context, t *tx, s rules.Shift, note string) (rules.Shift, error) {
	if err := validShift(s); err != nil {
		return s, err
	}
	vals := shiftVals(s)
	if s.ID == 0 {
		if err := t.checkShiftUnlocked(ctx, s); err != nil {
			return s, err
		}
		if err := t.checkRefs(ctx, shiftRefs, shiftCols, vals); err != nil {
			return s, err
		}
		if t.unversioned {
			// An import numbers its new shifts itself and inserts them many at a
			// time (pending.go); writes are serialised, so the numbers are free.
			if t.nextShift == 0 {
				if err := t.queryRow(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM shifts`).Scan(&t.nextShift); err != nil {
					return s, err
				}
			}
			s.ID = t.nextShift
			t.nextShift++
		} else {
			err := t.queryRow(ctx, `INSERT INTO shifts (assistant, customer, date, start_min, end_min, kind) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`, vals...).Scan(&s.ID)
			if err != nil {
				return s, shiftError(t, s, err)
			}
		}
		s.Version = 1
		t.addWorked(s, 1)
		if t.unversioned {
			// Inserted with the part's audit row, which records it (importaudit.go);
			// an import gives no note.
			if err := t.auditImported(ctx, s.ID, vals); err != nil {
				return s, shiftError(t, s, err)
			}
			return s, nil
		}
		return s, t.audit(ctx, TableShifts, strconv.FormatInt(s.ID, 10), "", rowJSON(shiftCols, vals), note)
	}
	old, found, err := getShift(ctx, t, s.ID)
	if err != nil {
		return s, err
	}
	key := strconv.FormatInt(s.ID, 10)
	var stored []any
	if found {
		stored = []any{old.Version}
	}
	if err := t.checkVersion(ctx, TableShifts, key, s.Version, stored, 0); err != nil {
		return s, err
	}
	if !found {
		return s, refuse(ErrNotFound, rules.ShiftNotFound, s.ID)
	}
	oldVals := shiftVals(old)
	if equalVals(oldVals, vals) {
		s.Version = old.Version
		return s, nil
	}
	if err := t.checkShiftUnlocked(ctx, old); err != nil {
		return s, err
	}
	if err := t.checkShiftUnlocked(ctx, s); err != nil {
		return s, err
	}
	if err := t.checkRefs(ctx, shiftRefs, shiftCols, vals); err != nil {
		return s, err
	}
	_, err = t.exec(ctx, `UPDATE shifts SET assistant = ?, customer = ?, date = ?, start_min = ?, end_min = ?, kind = ?, version = version + 1 WHERE id = ?`,
		append(vals, s.ID)...)
	if err != nil {
		return s, shiftError(t, s, err)
	}
	s.Version = old.Version + 1
	t.addWorked(old, -1)
	t.addWorked(s, 1)
	return s, t.audit(ctx, TableShifts, key, rowJSON(shiftCols, oldVals), rowJSON(shiftCols, vals), "")
}

// shiftKey is a shift's natural key, on which an import matches stored shifts,
// and shiftRest the rest of it: with its key, all of it. An import keeps one
// pair per shift of the dates it touches, so each is 16 bytes, the texts
// numbered by shiftTexts.
type shiftKey struct{ assistant, customer, day, start int32 }

type shiftRest struct {
	id        int64
	end, kind int32
}

// shiftTexts numbers the identity numbers and kinds of an import's shifts.
type shiftTexts map[string]int32

func (n shiftTexts) of(s string) int32 {
	id, ok := n[s]
	if !ok {
		id = int32(len(n))
		n[strings.Clone(s)] = id // not a substring holding a whole line of the file
	}
	return id
}

func (n shiftTexts) split(s rules.Shift) (shiftKey, shiftRest) {
	return shiftKey{n.of(s.Assistant), n.of(s.Customer), int32(s.Date.DayNumber()), int32(s.Start)},
		shiftRest{s.ID, int32(s.End), n.of(string(s.Kind))}
}

// dateRange is the first and last date of shifts (zero dates aside); zero when none has one.
func dateRange(shifts []rules.Shift) (from, to rules.Date) {
	for _, s := range shifts {
		if s.Date.IsZero() {
			continue
		}
		if from.IsZero() || s.Date.Before(from) {
			from = s.Date
		}
		if s.Date.After(to) {
			to = s.Date
		}
	}
	return from, to
}

// loadStored adds the stored shifts dated from..to (all of them when from is
// zero) to stored, by key, for importShift. A lookup by key and a read of the
// matched row for every imported shift were most of an import's time. Of stored
// shifts with the same key (a missing start is NULL, and NULLs never clash in
// SQLite's UNIQUE) it keeps the one with the lowest id, which a lookup through
// the unique index finds first.
func loadStored(ctx context.Context, t *tx, from, to rules.Date, stored map[shiftKey]shiftRest, texts shiftTexts) error {
	var old []rules.Shift
	if from.IsZero() {
		rows, err := t.query(ctx, t.s.shiftSelect)
		if err != nil {
			return err
		}
		if old, err = scanShifts(rows, nil); err != nil {
			return err
		}
	} else {
		var err error
		if old, err = shiftsBetween(ctx, t, from, to, "", ""); err != nil {
			return err
		}
	}
	for _, s := range old {
		k, r := texts.split(s)
		if o, dup := stored[k]; !dup || r.id < o.id {
			stored[k] = r
		}
	}
	return nil
}

// importShift stores s matched on (assistant, customer, date, start), as an
// import does: a shift equal to the stored one is left alone (an invalid shift
// never is: none is stored), a changed one updated and a new one inserted by
// saveShift. stored is what loadStored read; with keep, importShift keeps it up
// to date for a later shift of the import with the same key.
func importShift(ctx context.Context, t *tx, stored map[shiftKey]shiftRest, texts shiftTexts, s rules.Shift, keep bool) error {
	k, r := texts.split(s)
	s.ID = 0 // an import's shifts are matched on their key, whatever id they carry
	if old, found := stored[k]; found {
		if old.end == r.end && old.kind == r.kind {
			return nil // the key is the same, so this is shiftVals being equal
		}
		s.ID = old.id
	}
	s, err := saveShift(ctx, t, s)
	if err == nil && keep {
		r.id = s.ID
		stored[k] = r
	}
	return err
}

var shiftRefs = []ref{refAssistant, refCustomer}

var shiftInsertCols = append([]string{"id"}, shiftCols...)

// shiftError explains a failed insert or update: another shift with the same
// assistant, customer, date and start (checkRefs has named a missing assistant
// or customer before).
func shiftError(t *tx, s rules.Shift, err error) error {
	if t.s.eng.IsUnique(err) {
		return refuse(nil, rules.ShiftDuplicate, s.Assistant, s.Customer, s.Date, s.Start)
	}
	return err
}

// Shifts lists the shifts dated from..to (inclusive), sorted by assistant, date and start.
func (s *Store) Shifts(ctx context.Context, from, to rules.Date) ([]rules.Shift, error) {
	var out []rules.Shift
	err := s.read(ctx, func(t *tx) (err error) {
		out, err = shiftsBetween(ctx, t, from, to, byAssistant, "")
		return err
	})
	return out, err
}

// ShiftsFor lists one assistant's shifts for one customer that count in month m:
// those dated in m, and one dated the day before that runs past midnight into m.
func (s *Store) ShiftsFor(ctx context.Context, assistant, customer string, m rules.Month) ([]rules.Shift, error) {
	var out []rules.Shift
	err := s.read(ctx, func(t *tx) error {
		all, err := shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), byAssistant, "assistant = ? AND customer = ?", assistant, customer)
		for _, sh := range all {
			if m.Contains(sh.Date) || sh.CrossesMonth() {
				out = append(out, sh)
			}
		}
		return err
	})
	return out, err
}

// SaveShift inserts s when s.ID is 0 and otherwise updates that shift; it returns
// the shift as stored, with its ID. ErrLocked if the shift's month is sent.
func (s *Store) SaveShift(ctx context.Context, sh rules.Shift) (rules.Shift, error) {
	err := s.write(ctx, func(t *tx) (err error) {
		sh, err = saveShift(ctx, t, sh)
		return err
	})
	return sh, err
}

// DeleteShift removes a shift; ErrLocked if its month is sent. version is the
// one the caller read: a shift changed or removed since is refused with a
// ConflictError naming who did it (0 removes it unchecked).
func (s *Store) DeleteShift(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *tx) error {
		old, found, err := getShift(ctx, t, id)
		if err != nil {
			return err
		}
		var stored []any
		if found {
			stored = []any{old.Version}
		}
		if err := t.checkVersion(ctx, TableShifts, strconv.FormatInt(id, 10), version, stored, 0); err != nil {
			return err
		}
		if !found {
			return refuse(ErrNotFound, rules.ShiftNotFound, id)
		}
		if err := t.checkShiftUnlocked(ctx, old); err != nil {
			return err
		}
		if _, err := t.exec(ctx, `DELETE FROM shifts WHERE id = ?`, id); err != nil {
			return err
		}
		t.addWorked(old, -1)
		return t.audit(ctx, TableShifts, strconv.FormatInt(id, 10), rowJSON(shiftCols, shiftVals(old)), "", "")
	})
}
