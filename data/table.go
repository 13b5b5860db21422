package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"assistans/rules"
)

// ref is a foreign key, named so that a failure can say which record is missing.
type ref struct {
	col     string            // column in this table
	table   string            // referenced table
	key     string            // referenced column
	missing rules.RefusalCode // when the referenced record is not there
}

// table maps one record type to a table whose key columns identify a record.
// Every write goes through put or remove, which record the change in the audit
// trail in the same transaction. A versioned table's last column is "version".
type table[T any] struct {
	name string
	keys int      // the first keys columns are the key
	cols []string // all columns, key first
	ver  int      // the index of the version column; len(cols) if none
	refs []ref
	enc  func(T) []any // values in cols order
	dec  func(*row) T  // reads cols in order
	// validate, when set, refuses a record that cannot be stored (a described register's).
	validate func(T) error
	added    []bool // per recorded column: added later, left out of audit rows while NULL

	sel, ins, upd, del, list, order string
}

// nullableKeys are the key columns that may be NULL: a hospital stay's from_time.
var nullableKeys = map[string]bool{"from_time": true}

func newTable[T any](name string, keys, rest []string, refs []ref, enc func(T) []any, dec func(*row) T) *table[T] {
	cols := append(append([]string{}, keys...), rest...)
	ver := len(cols)
	if len(rest) > 0 && rest[len(rest)-1] == "version" {
		ver--
	}
	var where, order []string
	for _, k := range keys {
		if nullableKeys[k] {
			// A NULL key column (a missing time) matches itself, and sorts first on both engines.
			where = append(where, k+" IS NOT DISTINCT FROM ?")
			order = append(order, k+" NULLS FIRST")
		} else {
			where = append(where, k+" = ?")
			order = append(order, k)
		}
	}
	w := strings.Join(where, " AND ")
	var set []string
	for _, c := range rest {
		set = append(set, c+" = ?")
	}
	if ver < len(cols) {
		set[len(set)-1] = "version = version + 1"
	}
	all := strings.Join(cols, ", ")
	// The audit trail records a record's content, not its version.
	recorded := cols[:ver]
	auditedTables = append(auditedTables, audited{name: name, query: "SELECT " + strings.Join(recorded, ", ") + " FROM " + name,
		keys: len(keys), cols: recorded})
	return &table[T]{
		name: name, keys: len(keys), cols: cols, ver: ver, refs: refs, enc: enc, dec: dec, order: strings.Join(order, ", "),
		sel:  "SELECT " + all + " FROM " + name + " WHERE " + w,
		ins:  "INSERT INTO " + name + " (" + all + ") VALUES (" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")",
		upd:  "UPDATE " + name + " SET " + strings.Join(set, ", ") + " WHERE " + w,
		del:  "DELETE FROM " + name + " WHERE " + w,
		list: "SELECT " + all + " FROM " + name,
	}
}

// auditKey joins key values with "/".
func auditKey(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		switch v := v.(type) {
		case string:
			parts[i] = v
		case int64:
			parts[i] = strconv.FormatInt(v, 10)
		}
	}
	return strings.Join(parts, "/")
}

func scanRow(rows *sql.Rows, n int) ([]any, error) {
	vals := make([]any, n)
	ptrs := make([]any, n)
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	return vals, rows.Scan(ptrs...)
}

func (tb *table[T]) decode(vals []any) (T, error) {
	r := &row{v: vals}
	v := tb.dec(r)
	if r.err != nil {
		return v, fmt.Errorf("trasig rad i %s (%s): %w", tb.name, auditKey(vals[:tb.keys]), r.err)
	}
	return v, nil
}

// raw reads the stored values of the record with the given key, nil if none.
func (tb *table[T]) raw(ctx context.Context, t *tx, key []any) ([]any, error) {
	rows, err := t.query(ctx, tb.sel, key...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, rows.Err()
	}
	return scanRow(rows, len(tb.cols))
}

// get reads one record; found is false when there is none.
func (tb *table[T]) get(ctx context.Context, t *tx, key ...any) (v T, found bool, err error) {
	vals, err := tb.raw(ctx, t, key)
	if err != nil || vals == nil {
		return v, false, err
	}
	v, err = tb.decode(vals)
	return v, err == nil, err
}

// all lists the records matching where (SQL, may be ""), ordered by key.
func (tb *table[T]) all(ctx context.Context, t *tx, where string, args ...any) ([]T, error) {
	q := tb.list
	if where != "" {
		q += " WHERE " + where
	}
	q += " ORDER BY " + tb.order
	var out []T
	err := t.eachRow(ctx, q, args, func(vals []any) error {
		v, err := tb.decode(vals)
		out = append(out, v)
		return err
	})
	return out, err
}

// put inserts or updates v by its key. A record equal to the stored one is left
// alone, unaudited and unchecked, so that importing an exported file again
// changes nothing, locked months included. A versioned record whose Version is
// not 0 must still have that version in the store (else a ConflictError). guard,
// when not nil, runs before a real change and may refuse it; note goes into the
// audit row.
func (tb *table[T]) put(ctx context.Context, t *tx, v T, note string, guard func(old []any) error) (changed bool, err error) {
	vals := tb.enc(v)
	key := vals[:tb.keys]
	for i, k := range key {
		if label, required := keyLabels[tb.cols[i]]; required && (k == nil || k == "") {
			return false, fmt.Errorf("Uppgiften saknar %s.", label)
		}
	}
	old, err := tb.raw(ctx, t, key)
	if err != nil {
		return false, err
	}
	if tb.ver < len(tb.cols) {
		if err := t.checkVersion(ctx, tb.name, auditKey(key), vals[tb.ver], old, tb.ver); err != nil {
			return false, err
		}
	}
	if old != nil && equalVals(old[:tb.ver], vals[:tb.ver]) {
		return false, nil
	}
	if tb.validate != nil {
		if err := worded(tb.validate(v)); err != nil {
			return false, err
		}
	}
	if guard != nil {
		if err := guard(old); err != nil {
			return false, err
		}
	}
	if err := t.checkRefs(ctx, tb.refs, tb.cols, vals); err != nil {
		return false, err
	}
	if old == nil {
		if tb.ver < len(tb.cols) {
			vals[tb.ver] = int64(1)
		}
		_, err = t.exec(ctx, tb.ins, vals...)
	} else {
		set := vals[tb.keys:tb.ver] // the version column is raised by the statement
		_, err = t.exec(ctx, tb.upd, append(append([]any{}, set...), key...)...)
	}
	if err != nil {
		return false, err
	}
	var oldJSON string
	if old != nil {
		oldJSON = recordJSON(tb.cols[:tb.ver], old[:tb.ver], tb.added)
	}
	return true, t.audit(ctx, tb.name, auditKey(key), oldJSON, recordJSON(tb.cols[:tb.ver], vals[:tb.ver], tb.added), note)
}

// remove deletes the record with the given key; found is false when there was none.
func (tb *table[T]) remove(ctx context.Context, t *tx, note string, key ...any) (found bool, err error) {
	old, err := tb.raw(ctx, t, key)
	if err != nil || old == nil {
		return false, err
	}
	if _, err := t.exec(ctx, tb.del, key...); err != nil {
		return false, err
	}
	t.known = nil // it may have been one of them
	return true, t.audit(ctx, tb.name, auditKey(key), recordJSON(tb.cols[:tb.ver], old[:tb.ver], tb.added), "", note)
}

// removeWhere deletes, one audited row at a time, every record whose column col is val.
func (tb *table[T]) removeWhere(ctx context.Context, t *tx, col string, val any, note string) error {
	rows, err := t.query(ctx, tb.list+" WHERE "+col+" = ?", val)
	if err != nil {
		return err
	}
	var keys [][]any
	for rows.Next() {
		vals, err := scanRow(rows, len(tb.cols))
		if err != nil {
			rows.Close()
			return err
		}
		keys = append(keys, vals[:tb.keys])
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := tb.remove(ctx, t, note, k...); err != nil {
			return err
		}
	}
	return nil
}

// keyLabels names the key columns that must not be empty; a hospital stay's
// from_time may be missing and is not here.
var keyLabels = map[string]string{
	"orgnr": "organisationsnummer", "pnr": "personnummer", "customer": "kundens personnummer",
	"assistant": "assistentens personnummer", "from_date": "från-datum", "month": "månad",
	"date": "datum", "key": "nyckel",
}

// recordJSON is rowJSON without the columns added later (added[i]) that are
// NULL: a record stored before such a column existed keeps the JSON its audit
// row has, so verify still finds them equal.
func recordJSON(cols []string, vals []any, added []bool) string {
	if vals == nil || !slices.Contains(added, true) {
		return rowJSON(cols, vals)
	}
	var c []string
	var v []any
	for i := range cols {
		if i < len(added) && added[i] && vals[i] == nil {
			continue
		}
		c, v = append(c, cols[i]), append(v, vals[i])
	}
	return rowJSON(c, v)
}

func equalVals(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// refKey is a record a foreign key points to.
type refKey struct {
	table string
	val   any
}

// checkRefs makes sure the records vals refer to exist before they are
// written, so that a missing one is named (ErrNotFound) and the transaction
// stays usable: PostgreSQL aborts a transaction at a failed constraint, and an
// import goes on to list every missing record. Found records are remembered for
// the transaction; writes are serialised, so none can vanish meanwhile.
func (t *tx) checkRefs(ctx context.Context, refs []ref, cols []string, vals []any) error {
	for _, r := range refs {
		for i, c := range cols {
			if c != r.col || vals[i] == nil {
				continue
			}
			k := refKey{r.table, vals[i]}
			if t.known[k] {
				continue
			}
			found, err := exists(ctx, t, r, vals[i])
			if err != nil {
				return err
			}
			if !found {
				return missingErr(r, vals[i])
			}
			if t.known == nil {
				t.known = map[refKey]bool{}
			}
			t.known[k] = true
		}
	}
	return nil
}

// preloadRefs marks every record refs point to as known, for an import of many
// rows that would otherwise look each one up between inserting them.
func (t *tx) preloadRefs(ctx context.Context, refs []ref) error {
	if t.known == nil {
		t.known = map[refKey]bool{}
	}
	for _, r := range refs {
		err := t.eachRow(ctx, "SELECT "+r.key+" FROM "+r.table, nil, func(v []any) error {
			key := row{v: v}
			t.known[refKey{r.table, key.str()}] = true
			return key.err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// exists says whether the record r points to with val is stored.
func exists(ctx context.Context, t *tx, r ref, val any) (bool, error) {
	var one int
	err := t.queryRow(ctx, "SELECT 1 FROM "+r.table+" WHERE "+r.key+" = ?", val).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

var (
	refCustomer  = ref{"customer", "customers", "pnr", rules.CustomerMissing}
	refAssistant = ref{"assistant", "assistants", "pnr", rules.AssistantMissing}
	refProvider  = ref{"provider_orgnr", "providers", "orgnr", rules.ProviderMissing}
)
