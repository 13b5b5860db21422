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
// index, and whether it dropped those of the first table. Unique indexes
// stay, so a duplicate is still refused at its row. On a server DROP INDEX
// makes other programs' reads of the table wait until the commit: a year's
// import into a (nearly) empty database is work no one reads while it runs.
func deferIndexes(ctx context.Context, t *tx, n int, tables ...string) (restore func() error, deferred bool, err error) {
	restore = func() error { return nil }
	if n < bulkMin {
		return restore, false, nil
	}
	var creates []string
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
	}
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
