package data

import (
	"context"
	"fmt"

	"assistans/data/record"
	"assistans/rules"
)

// The registers' tables are built from their record descriptions: the columns
// in the described order, each value stored by its kind. A register's table
// is one of these, and nothing else in data names its columns but queries
// that select on a key (count, removeWhere).

func describedTable[T any](d *record.Desc[T], refs ...ref) *table[T] {
	var keys, rest []string
	added := []bool{}
	for _, f := range d.Fields {
		if f.Key {
			keys = append(keys, f.Name)
		} else {
			rest = append(rest, f.Name)
		}
		added = append(added, f.Added)
	}
	if d.Version != nil {
		rest = append(rest, "version")
	}
	enc := func(x T) []any {
		vals := make([]any, 0, len(d.Fields)+1)
		for _, f := range d.Fields {
			vals = append(vals, storedValue(f, &x))
		}
		if d.Version != nil {
			vals = append(vals, *d.Version(&x))
		}
		return vals
	}
	dec := func(r *row) T {
		var x T
		for _, f := range d.Fields {
			readValue(f, &x, r)
		}
		if d.Version != nil {
			*d.Version(&x) = r.i64()
		}
		return x
	}
	tb := newTable(d.Table, keys, rest, refs, enc, dec)
	tb.validate = d.Validate
	tb.added = added
	auditedTables[len(auditedTables)-1].added = added
	describedAdds = append(describedAdds, d.Info())
	return tb
}

// storedValue is f's value in x as the store keeps it: string, int64 or nil.
func storedValue[T any](f record.Field[T], x *T) any {
	switch f.Kind {
	case record.Text, record.Pnr, record.Identity, record.OrgID, record.Enum:
		s := f.Text(x)
		if f.NullEmpty {
			return optV(s)
		}
		return s
	case record.Date:
		return dateV(*f.Ptr(x).(*rules.Date))
	case record.Flag:
		return flagV(*f.Ptr(x).(*rules.Flag))
	case record.Bool:
		return boolV(*f.Ptr(x).(*bool))
	case record.Ore:
		return int64(*f.Ptr(x).(*rules.Ore))
	case record.Centi:
		return *f.Ptr(x).(*int64)
	case record.Small:
		return intOptV(*f.Ptr(x).(*int))
	case record.Month:
		return f.Ptr(x).(*rules.Month).String()
	case record.Clock:
		return clockV(*f.Ptr(x).(*rules.Clock))
	}
	panic(fmt.Sprintf("record field %s: kind %d is not stored by a register", f.Name, f.Kind))
}

// readValue sets f in x from the next column of r.
func readValue[T any](f record.Field[T], x *T, r *row) {
	switch f.Kind {
	case record.Text, record.Pnr, record.Identity, record.OrgID, record.Enum:
		f.SetText(x, r.str())
	case record.Date:
		*f.Ptr(x).(*rules.Date) = r.date()
	case record.Flag:
		*f.Ptr(x).(*rules.Flag) = r.flag()
	case record.Bool:
		*f.Ptr(x).(*bool) = r.boolean()
	case record.Ore:
		*f.Ptr(x).(*rules.Ore) = rules.Ore(r.i64())
	case record.Centi:
		*f.Ptr(x).(*int64) = r.i64()
	case record.Small:
		*f.Ptr(x).(*int) = r.int()
	case record.Month:
		*f.Ptr(x).(*rules.Month) = r.month()
	case record.Clock:
		*f.Ptr(x).(*rules.Clock) = r.clock()
	}
}

// describedAdds are the described registers, whose fields added later the
// store creates when its database lacks them.
var describedAdds []record.Info

// addDescribedColumns creates, in t, the column of every field added to a
// register after its table was made (record.AddedLater) that the database
// lacks: the description is its schema, so adding a register field needs no
// migration file per engine. It runs after each migration's SQL, before that
// migration's Go step reads the records, and once more at every writable open.
// The column allows NULL, which is what such a field stores while empty.
func (t *tx) addDescribedColumns(ctx context.Context) error {
	for _, in := range describedAdds {
		for _, f := range in.Fields {
			if !f.Added {
				continue
			}
			tableCols, has, err := t.columnCount(ctx, in.Table, f.Name)
			if err != nil || tableCols == 0 || has {
				return err // no table yet: an earlier migration than the one making it
			}
			typ := "TEXT"
			if numericKind(f.Kind) {
				typ = "INTEGER"
				if t.s.OnServer() {
					typ = "BIGINT"
				}
			} else if t.s.OnServer() {
				typ = `TEXT COLLATE "C"`
			}
			if _, err := t.ExecContext(ctx, "ALTER TABLE "+in.Table+" ADD COLUMN "+f.Name+" "+typ); err != nil {
				return fmt.Errorf("kan inte lägga till kolumnen %s i %s: %w", f.Name, in.Table, err)
			}
		}
	}
	return nil
}

// columnCount is how many columns table has, and whether col is one of them;
// asked of the catalog, so that a missing column does not fail the transaction.
func (t *tx) columnCount(ctx context.Context, table, col string) (n int, has bool, err error) {
	q := `SELECT COUNT(*), COALESCE(SUM(CASE WHEN name = ? THEN 1 ELSE 0 END), 0) FROM pragma_table_info(?)`
	args := []any{col, table}
	if t.s.OnServer() {
		q = `SELECT COUNT(*), COALESCE(SUM(CASE WHEN column_name = ? THEN 1 ELSE 0 END), 0) FROM information_schema.columns
			WHERE table_schema = current_schema() AND table_name = ?`
	}
	var found int
	err = t.QueryRowContext(ctx, t.s.eng.Rebind(q), args...).Scan(&n, &found)
	return n, found > 0, err
}

func numericKind(k record.Kind) bool {
	switch k {
	case record.Flag, record.Bool, record.Ore, record.Centi, record.Small:
		return true
	}
	return false
}
