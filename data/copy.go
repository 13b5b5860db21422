package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"assistans/rules"
)

// copyTables are every table but migrations, parents before the tables that
// refer to them. Backups between the engines copy these, column by column;
// TestCopyTablesCoverTheSchema keeps the list whole.
var copyTables = []string{
	TableProviders, TableCustomers, TableDecisions, TableAssistants, TableAssignments, TableShifts, TableWorked,
	TableMonthInfo, TableHospital, TableCosts, TablePrinted, TableSettings,
	TableSchedules, TableAbsences, TableRates, "audit",
}

// identityTables number their rows themselves.
var identityTables = []string{TableShifts, TableHospital, "audit"}

// copyInto writes a consistent copy of the database into the empty file name:
// a file database with VACUUM INTO, a server database table by table from one
// snapshot into a new file database of the same schema (an older one too: the
// copy taken before the server's schema is upgraded).
func (s *Store) copyInto(ctx context.Context, name string) error {
	if v, ok := s.eng.(interface {
		VacuumInto(ctx context.Context, name string) error
	}); ok {
		// VACUUM INTO accepts an existing empty file, so it keeps our file mode.
		return v.VacuumInto(ctx, name)
	}
	var schema int
	if err := s.read(ctx, func(t *tx) (err error) { schema, err = schemaOf(ctx, t); return err }); err != nil {
		return err
	}
	dst, err := openUpTo(name, nil, false, schema)
	if err != nil {
		return err
	}
	err = s.read(ctx, func(from *tx) error {
		if err := sameSchema(ctx, from, dst); err != nil {
			return err
		}
		return dst.write(ctx, func(to *tx) error {
			// An older schema lacks the tables later migrations made.
			tables, err := fileTables(ctx, to)
			if err != nil {
				return err
			}
			return copyRows(ctx, from, to, tables)
		})
	})
	return errors.Join(err, dst.Close())
}

func schemaOf(ctx context.Context, t *tx) (int, error) {
	var n int
	err := t.queryRow(ctx, `SELECT COALESCE(MAX(number), 0) FROM migrations`).Scan(&n)
	return n, err
}

// sameSchema refuses to copy between databases of different schema versions,
// whose columns differ.
func sameSchema(ctx context.Context, from *tx, dst *Store) error {
	a, err := schemaOf(ctx, from)
	if err != nil {
		return err
	}
	var b int
	if err := dst.read(ctx, func(t *tx) (err error) { b, err = schemaOf(ctx, t); return err }); err != nil {
		return err
	}
	if a != b {
		return refuse(nil, rules.SchemasDiffer, a, b)
	}
	return nil
}

// fileTables are the copyTables a file database has, in copyTables' order.
func fileTables(ctx context.Context, t *tx) ([]string, error) {
	var out []string
	for _, table := range copyTables {
		var n int
		if err := t.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			out = append(out, table)
		}
	}
	return out, nil
}

// copyRows replaces every row of tables (copyTables, or those of them an older
// schema has) in to by the rows read in from, as they are: the audit chain's
// rows keep their ids and hashes. (A new database is not empty: its migrations
// seed the rate table.)
func copyRows(ctx context.Context, from, to *tx, tables []string) error {
	for i := len(tables) - 1; i >= 0; i-- {
		if _, err := to.exec(ctx, `DELETE FROM `+tables[i]); err != nil {
			return err
		}
	}
	for _, table := range tables {
		rows, err := from.QueryContext(ctx, `SELECT * FROM `+table+` ORDER BY 1`)
		if err != nil {
			return err
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return err
		}
		ins := `INSERT INTO ` + table + ` (` + strings.Join(cols, ", ") + `) VALUES (` +
			strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + `)`
		for rows.Next() {
			vals, err := scanRow(rows, len(cols))
			if err == nil {
				_, err = to.exec(ctx, ins, textVals(vals)...)
			}
			if err != nil {
				rows.Close()
				return fmt.Errorf("%s: %w", table, err)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	to.changed = map[string]bool{} // announce every table
	for _, table := range tables {
		to.changed[table] = true
	}
	for _, table := range identityTables {
		if !slices.Contains(tables, table) {
			continue
		}
		if q := to.s.eng.ResetIdentity(table); q != "" {
			if _, err := to.ExecContext(ctx, q); err != nil {
				return err
			}
		}
	}
	return nil
}

// textVals turns the []byte a driver may return for text into string, which
// every engine stores as text.
func textVals(vals []any) []any {
	for i, v := range vals {
		if b, ok := v.([]byte); ok {
			vals[i] = string(b)
		}
	}
	return vals
}

// restoreServer replaces the content of the server database at url with the
// backup file src in one transaction: other programs on the database see the
// old content until the new is whole. The backup is checked as for a file
// (checkedCopy: this program's, not newer, sound, its records proved by its
// audit trail) and brought up to date first. With keepAt, the server's current
// content is first saved in this PC's backups folder for it.
func restoreServer(ctx context.Context, src, url string, keepAt time.Time) (string, error) {
	if err := looksLikeDatabase(src); err != nil {
		return "", err
	}
	dir, err := os.MkdirTemp("", "assistans-restore-")
	if err != nil {
		return "", FileError(err)
	}
	defer os.RemoveAll(dir)
	work, _, err := checkedCopy(ctx, src, dir, nil)
	if err != nil {
		return "", err
	}
	from, err := open(work, nil, false)
	if err != nil {
		return "", because(rules.BackupCannotOpen, err, src)
	}
	defer from.Close()
	dst, err := Open(url)
	if err != nil {
		return "", err
	}
	defer dst.Close()
	saved := ""
	if !keepAt.IsZero() {
		if saved, err = dst.keepServer(ctx, keepAt); err != nil {
			return "", because(rules.RestoreSaveFirst, err)
		}
	}
	return saved, from.read(ctx, func(f *tx) error {
		if err := sameSchema(ctx, f, dst); err != nil {
			return err
		}
		return dst.write(ctx, func(t *tx) error { return copyRows(ctx, f, t, copyTables) })
	})
}

// keepServer saves the server database's content in its backups folder on
// this PC under the first free name from at on.
func (s *Store) keepServer(ctx context.Context, at time.Time) (string, error) {
	dir := BackupDir(s.path)
	if err := makeBackupDir(dir); err != nil {
		return "", err
	}
	for {
		dest := filepath.Join(dir, backupFileName(dbStem(s.path), at, 0))
		if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
			return dest, s.backupTo(ctx, dest)
		}
		at = at.Add(time.Second)
	}
}
