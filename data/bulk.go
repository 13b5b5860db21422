package data

import (
	"context"
	"strings"
)

// bulkMin is the smallest count of new shifts for which an Apply builds the
// shifts' and the audit trail's secondary indexes after inserting them rather
// than row by row: building an index from sorted rows once is several times
// cheaper than keeping it up to date through every insert.
const bulkMin = 20000

// deferIndexes drops the non-unique indexes of each table that holds fewer than
// a quarter as many rows as the n about to be inserted (an import of a year into
// an empty or nearly empty database) and returns what re-creates them, to be
// called in the same transaction before anything reads those tables through an
// index, and whether it dropped those of the first table. SQLite's unique
// indexes stay (they cannot be dropped); a server's unique and foreign keys
// wait too (dropConstraints). On a server DROP INDEX
// makes other programs' reads of the table wait until the commit: a year's
// import into a (nearly) empty database is work no one reads while it runs.
func deferIndexes(ctx context.Context, t *tx, n int, tables ...string) (restore func() error, deferred bool, err error) {
	restore = func() error { return nil }
	if n < bulkMin {
		return restore, false, nil
	}
	var creates, keys []string
	for _, table := range tables {
		var rows int
		if err := t.queryRow(ctx, `SELECT COUNT(*) FROM `+table).Scan(&rows); err != nil {
			return nil, false, err
		}
		if rows*4 > n {
			continue
		}
		names, sqls, err := plainIndexes(ctx, t, table)
		if err != nil {
			return nil, false, err
		}
		deferred = deferred || table == tables[0] && len(names) > 0
		if table == tables[0] && len(names) > 0 && t.s.OnServer() {
			t.settle = append(t.settle, table)
		}
		for i, name := range names {
			if _, err := t.ExecContext(ctx, `DROP INDEX `+name); err != nil {
				return nil, false, err
			}
			creates = append(creates, sqls[i])
		}
		adds, err := dropConstraints(ctx, t, table)
		if err != nil {
			return nil, false, err
		}
		keys = append(keys, adds...)
	}
	// After the indexes: adding a key checks every row at once.
	creates = append(creates, keys...)
	return func() error {
		if err := t.flush(ctx); err != nil {
			return err
		}
		for _, q := range creates {
			if _, err := t.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	}, deferred, nil
}

// dropConstraints drops table's unique and foreign keys on a server and
// returns what adds them again. PostgreSQL checks a foreign key with a trigger
// per inserted row that looks up and locks the referenced row (two per shift:
// most of the time of a year's COPY), and keeps a unique key's index up to
// date row by row (half of what was left); adding a key again checks every
// row at once (a join; an index built from sorted rows), in the same
// transaction, so the commit still holds only rows whose customer and
// assistant exist and no two shifts with one key. The import has named any
// missing record and matched every key before: a bulk import holds the keys of
// every stored shift (importer.storedFor). SQLite cannot drop either; its
// foreign key check is a plain lookup.
func dropConstraints(ctx context.Context, t *tx, table string) ([]string, error) {
	if !t.s.OnServer() {
		return nil, nil
	}
	// Unique keys first back, so that each is built before the foreign keys' joins.
	var names, adds []string
	err := t.eachRow(ctx, `SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
		WHERE conrelid = ?::regclass AND contype IN ('u', 'f') ORDER BY contype DESC, conname`, []any{table}, func(v []any) error {
		r := row{v: v}
		name, def := r.str(), r.str()
		names = append(names, name)
		adds = append(adds, `ALTER TABLE `+table+` ADD CONSTRAINT `+name+` `+def)
		return r.err
	})
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		if _, err := t.ExecContext(ctx, `ALTER TABLE `+table+` DROP CONSTRAINT `+name); err != nil {
			return nil, err
		}
	}
	return adds, nil
}

// plainIndexes are the names and CREATE statements of table's non-unique
// indexes (a UNIQUE constraint's index has no statement of its own).
func plainIndexes(ctx context.Context, t *tx, table string) (names, sqls []string, err error) {
	q := `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`
	if t.s.OnServer() {
		q = `SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
			WHERE i.indrelid = ?::regclass AND NOT i.indisunique ORDER BY 1`
	}
	rows, err := t.query(ctx, q, table)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var name, q string
		if err := rows.Scan(&name, &q); err != nil {
			return nil, nil, err
		}
		if strings.HasPrefix(strings.ToUpper(q), "CREATE UNIQUE") {
			continue
		}
		names, sqls = append(names, name), append(sqls, q)
	}
	return names, sqls, rows.Err()
}
