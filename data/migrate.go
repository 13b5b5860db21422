package data

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"

	"assistans/rules"
)

type migration struct {
	number int
	name   string
}

// schemaFS, when not nil, replaces the migrations of the engine schemaKind
// names (any engine when ""); tests give it an extra one, or fewer.
var (
	schemaFS   fs.FS
	schemaKind string
)

// migrations are the engine's files NNNN_name.sql (one numbered list, each
// engine in its own dialect), or schemaFS.
func (s *Store) migrations() fs.FS {
	if schemaFS != nil && (schemaKind == "" || schemaKind == s.eng.Kind()) {
		return schemaFS
	}
	return s.eng.Migrations()
}

// knownMigrations lists the migrations in number order.
func (s *Store) knownMigrations() ([]migration, error) {
	names, err := fs.Glob(s.migrations(), "*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names { // Glob returns sorted names, and the numbers are zero-padded
		base := path.Base(name)
		num, _, _ := strings.Cut(base, "_")
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s saknar nummer", base)
		}
		ms = append(ms, migration{n, name})
	}
	return ms, nil
}

// migrate applies the embedded migrations that the database lacks, each in its
// own transaction, and refuses a database made by a newer program. With
// guardUpgrade, upgrading a database an earlier version made waits for
// upgradeBackup. It returns the schema the database had (0 when new).
func (s *Store) migrate(guardUpgrade bool) (from int, err error) {
	// A database at the newest schema needs nothing written, so opening it
	// reads the schema alone: SQLite's quick_check, which reads the whole file
	// (a second on a large provider), waits for the first write, and the
	// window's first frame does not wait for it.
	if newest, latest, err := s.schema(); err == nil && newest == latest {
		return newest, nil
	}
	// Under the writer lock, so that two programs starting at once on an empty
	// server database do not both create it.
	if s.writable() == nil { // a damaged file only reads: it gets nothing new
		err = s.write(context.Background(), func(t *tx) error {
			_, err := t.ExecContext(context.Background(), s.eng.MigrationsTable())
			return err
		})
		if err != nil {
			return 0, because(rules.SchemaUnreadable, err)
		}
	}
	newest, latest, err := s.schema()
	if err != nil {
		return 0, err
	}
	if newest < latest && s.damage() != nil {
		return newest, nil // a damaged file is not upgraded; it only reads
	}
	if guardUpgrade && newest > 0 && newest < latest {
		release, err := s.upgradeBackup(newest)
		if err != nil {
			return 0, err
		}
		defer release()
	}
	ms, err := s.knownMigrations()
	if err != nil {
		return 0, err
	}
	for _, m := range ms {
		if s.upTo > 0 && m.number > s.upTo {
			break
		}
		if err := s.migrateOne(m); err != nil {
			return 0, because(rules.UpgradeFailed, err, path.Base(m.name))
		}
	}
	if s.writable() == nil {
		err := s.write(context.Background(), func(t *tx) error { return t.addDescribedColumns(context.Background()) })
		if err != nil {
			return 0, err
		}
	}
	return newest, nil
}

// schema is the newest migration the database has and the newest this program
// knows; a database of a newer program is refused (ErrNewerSchema).
func (s *Store) schema() (newest, latest int, err error) {
	ms, err := s.knownMigrations()
	if err != nil {
		return 0, 0, err
	}
	latest = ms[len(ms)-1].number
	if err := s.rdb.QueryRow(`SELECT COALESCE(MAX(number), 0) FROM migrations`).Scan(&newest); err != nil {
		return 0, 0, because(rules.NoMigrations, err, s.path)
	}
	if newest > latest {
		return newest, latest, refuse(ErrNewerSchema, rules.DBNewer, newest)
	}
	return newest, latest, nil
}

// migrationSteps are the parts of migrations that are Go code, run in the
// migration's transaction after its SQL.
var migrationSteps = map[int]func(context.Context, *tx) error{sealSchema: sealRecords, workedSchema: fillWorked}

// sealSchema is the migration from which every record is proved and the chain anchored.
const sealSchema = 3

func (s *Store) migrateOne(m migration) error {
	sqlTx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer sqlTx.Rollback()
	if err := s.eng.LockWriter(context.Background(), sqlTx); err != nil {
		return err
	}
	var n int
	// Checked inside the transaction, so a second program opening the same file
	// at the same moment waits and then skips the migration.
	if err := sqlTx.QueryRow(s.eng.Rebind(`SELECT COUNT(*) FROM migrations WHERE number = ?`), m.number).Scan(&n); err != nil || n > 0 {
		return err
	}
	body, err := fs.ReadFile(s.migrations(), m.name)
	if err != nil {
		return err
	}
	if _, err := sqlTx.Exec(string(body)); err != nil {
		return err
	}
	t := s.wrap(sqlTx)
	if err := t.addDescribedColumns(context.Background()); err != nil {
		return err
	}
	if step := migrationSteps[m.number]; step != nil {
		if err := step(context.Background(), t); err != nil {
			return err
		}
	}
	if err := errors.Join(t.pendingErr, t.flush(context.Background())); err != nil {
		return err
	}
	if _, err := sqlTx.Exec(s.eng.Rebind(`INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)`),
		m.number, path.Base(m.name), s.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return err
	}
	if t.chainRead {
		s.advanceAnchor(anchor{t.lastID, t.lastHash})
	}
	return nil
}

// sealNote marks the audit rows of sealRecords.
const sealNote = "förseglad vid schema 3: raden saknades i ändringsloggen eller skilde sig från den"

// sealRecords is schema 3 (sealSchema): from it on, verify checks every record against the
// audit trail. A record that an earlier version or another tool left different
// from its newest audit row gets one audit row from what was recorded to what
// is stored, with sealNote, so that the difference stays visible in the
// history instead of failing every verify from now on.
func sealRecords(ctx context.Context, t *tx) error {
	state, _, broken, err := walkChain(ctx, t)
	if err != nil || broken != 0 {
		return err // a broken chain is left for verify to report
	}
	var diffs []rowDiff
	if err := rowDiffs(ctx, t, state, func(d rowDiff) error { diffs = append(diffs, d); return nil }, nil); err != nil {
		return err
	}
	for _, d := range diffs {
		if err := t.audit(ctx, d.table, d.key, d.recorded, d.current, sealNote); err != nil {
			return err
		}
	}
	return nil
}
