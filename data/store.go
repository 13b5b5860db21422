// Package data is the service the window and the command line call: the
// registers, shifts and month facts, the audit trail, printing a month, payroll
// and backups, written once against the storage engines beneath it (data/sqlite
// for a file on this PC, data/postgres for a database on a server). It only
// stores and loads; every decision about what the data means is made in package rules.
package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"assistans/data/engine"
	"assistans/data/postgres"
	"assistans/data/sqlite"
)

// Sentinel errors; the errors the store returns wrap them with a message naming
// the record, so test with errors.Is and show err.Error().
var (
	ErrNewerSchema = errors.New("Databasen är skapad av en nyare version av Assistans; uppdatera programmet.")
	ErrNotFound    = errors.New("Uppgiften finns inte.")
	ErrHasShifts   = errors.New("Det finns pass registrerade; markera som inaktiv i stället för att ta bort.")
	ErrLocked      = errors.New("Månaden är markerad som skickad och låst; lås upp den först.")
	ErrInUse       = errors.New("Uppgiften används av andra uppgifter och kan inte tas bort.")
)

// storeError is a Swedish message for the user that still matches its sentinel.
type storeError struct {
	msg  string
	kind error
}

func (e *storeError) Error() string { return e.msg }
func (e *storeError) Unwrap() error { return e.kind }

func errorf(kind error, format string, args ...any) error {
	return &storeError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// Store is an open database, on either engine. Its methods are safe for concurrent use.
type Store struct {
	eng  engine.Engine
	path string // the file, or the server database's URL without its password
	// db takes the writes and rdb serves reads (the engine's; on a server the same pool).
	db, rdb *sql.DB

	// Now is the clock for audit rows and printed times; tests replace it.
	Now func() time.Time
	// User is the person recorded in the audit trail: the server's role, or
	// the operating-system user and the PC's name.
	User string

	lock *InstanceLock // held from OpenExclusive to Close; nil after Open

	shiftSelect string // in the engine's dialect
	origin      string // marks this store's change notices, so it skips its own
}

// DefaultPath is the database the window and the command line use without --db:
// assistans.db in the Assistans folder of the user's application-data folder.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("hittar ingen mapp för programdata: %w", err)
	}
	return filepath.Join(dir, "Assistans", "assistans.db"), nil
}

// IsServer says whether a --db value names a database on a PostgreSQL server
// (a postgres:// or postgresql:// URL) rather than a file.
func IsServer(db string) bool { return postgres.IsURL(db) }

// Open opens the database at path, a file (created with its folder if needed)
// or a server URL, and brings its schema up to date. Before it upgrades the
// schema of a file made by an earlier version it takes the instance lock for
// the time of the upgrade and saves a backup (see upgradeBackup).
func Open(path string) (*Store, error) { return open(path, nil, true) }

// open is Open for a caller that holds the database's instance lock, or not
// (nil). Without guardUpgrade a schema upgrade takes neither lock nor backup,
// for a private working copy.
func open(path string, lock *InstanceLock, guardUpgrade bool) (*Store, error) {
	var eng engine.Engine
	var err error
	if IsServer(path) {
		eng, err = postgres.Open(context.Background(), path)
	} else {
		eng, err = sqlite.Open(path)
	}
	if err != nil {
		return nil, err
	}
	s := newStore(eng, lock)
	if err := s.migrate(guardUpgrade && eng.Kind() == "sqlite"); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func newStore(eng engine.Engine, lock *InstanceLock) *Store {
	var origin [8]byte
	rand.Read(origin[:])
	sep := eng.Char(31)
	return &Store{eng: eng, path: eng.Where(), db: eng.Writer(), rdb: eng.Reader(), Now: time.Now, User: eng.User(), lock: lock,
		// The text columns packed into one, separated by the ASCII unit separator (see scanShifts).
		shiftSelect: `SELECT id, assistant || ` + sep + ` || customer || ` + sep + ` || date || ` + sep + ` || kind, start_min, end_min, version FROM shifts`,
		origin:      hex.EncodeToString(origin[:])}
}

// Close closes the database; on a file the last connection to close folds the
// WAL into it. Then it releases the instance lock, if the store holds it.
func (s *Store) Close() error {
	return errors.Join(s.eng.Close(), s.lock.Release())
}

// Path is the database file, or the server database's URL without its password.
func (s *Store) Path() string { return s.path }

// OnServer says whether the database is on a PostgreSQL server.
func (s *Store) OnServer() bool { return s.eng.Kind() == "postgres" }

type migration struct {
	number int
	name   string
}

// knownMigrations lists the engine's files NNNN_name.sql in number order.
func (s *Store) knownMigrations() ([]migration, error) {
	fsys := s.eng.Migrations()
	if schemaFS != nil {
		fsys = schemaFS
	}
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names { // Glob returns sorted names, and the numbers are zero-padded
		num, _, _ := strings.Cut(name, "_")
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s saknar nummer", name)
		}
		ms = append(ms, migration{n, name})
	}
	return ms, nil
}

// schemaFS, when not nil, replaces the engine's migrations; tests give it an extra one.
var schemaFS fs.FS

// migrate applies the migrations that the database lacks, each in its own
// transaction, and refuses a database made by a newer program. With
// guardUpgrade, upgrading a database an earlier version made waits for
// upgradeBackup. Each step holds the writer lock, so that two programs
// starting at once on an empty server database do not both create it.
func (s *Store) migrate(guardUpgrade bool) error {
	err := s.write(context.Background(), func(t *tx) error {
		_, err := t.ExecContext(context.Background(), s.eng.MigrationsTable())
		return err
	})
	if err != nil {
		return fmt.Errorf("kan inte läsa databasens schema: %w", err)
	}
	ms, err := s.knownMigrations()
	if err != nil {
		return err
	}
	var newest int
	if err := s.db.QueryRow(`SELECT COALESCE(MAX(number), 0) FROM migrations`).Scan(&newest); err != nil {
		return err
	}
	if newest > ms[len(ms)-1].number {
		return errorf(ErrNewerSchema, "Databasen är skapad av en nyare version av Assistans (schema %d); uppdatera programmet.", newest)
	}
	if guardUpgrade && newest > 0 && newest < ms[len(ms)-1].number {
		release, err := s.upgradeBackup(newest)
		if err != nil {
			return err
		}
		defer release()
	}
	for _, m := range ms {
		if err := s.migrateOne(m); err != nil {
			return fmt.Errorf("schemauppdatering %s misslyckades: %w", m.name, err)
		}
	}
	return nil
}

func (s *Store) migrateOne(m migration) error {
	ctx := context.Background()
	return s.write(ctx, func(t *tx) error {
		var n int
		// Checked inside the transaction, so a second program opening the same
		// database at the same moment waits and then skips the migration.
		if err := t.QueryRowContext(ctx, s.eng.Rebind(`SELECT COUNT(*) FROM migrations WHERE number = ?`), m.number).Scan(&n); err != nil || n > 0 {
			return err
		}
		fsys := s.eng.Migrations()
		if schemaFS != nil {
			fsys = schemaFS
		}
		body, err := fs.ReadFile(fsys, m.name)
		if err != nil {
			return err
		}
		if _, err := t.ExecContext(ctx, string(body)); err != nil {
			return err
		}
		_, err = t.ExecContext(ctx, s.eng.Rebind(`INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)`),
			m.number, m.name, s.Now().UTC().Format(time.RFC3339))
		return err
	})
}

// tx is one transaction with a fixed time for everything it records, a cache of
// prepared statements, and the state of the audit chain once it has been read.
type tx struct {
	*sql.Tx
	s     *Store
	now   time.Time
	stmts map[string]*sql.Stmt

	chainRead bool
	lastID    int64
	lastHash  string
	at        string // now as audit rows record it

	locks   map[lockKey]bool // month-lock lookups, cleared when month_info changes
	known   map[refKey]bool  // referenced records found to exist
	changed map[string]bool  // tables this transaction changed, for announce

	unversioned bool // an import: records replace the stored ones whatever their versions

	pending    []*pendingRows // rows to insert before the next statement (pending.go)
	pendingErr error          // a failure to insert them, where it could not be returned
	nextShift  int64          // the id an import gives its next new shift; 0 before the first
}

// write runs fn in a write transaction, which holds the engine's writer lock,
// and commits when fn succeeds; what fn changed is announced to other programs.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	t, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer t.Rollback()
	if err := s.eng.LockWriter(ctx, t); err != nil {
		return err
	}
	w := s.wrap(t)
	if err := fn(w); err != nil {
		return err
	}
	if err := errors.Join(w.pendingErr, w.flush(ctx)); err != nil {
		return err
	}
	if w.nextShift != 0 {
		// The import numbered its shifts itself; the engine's numbering goes on after them.
		if q := s.eng.ResetIdentity(TableShifts); q != "" {
			if _, err := t.ExecContext(ctx, q); err != nil {
				return err
			}
		}
	}
	if err := w.announce(ctx); err != nil {
		return err
	}
	return t.Commit()
}

// read runs fn in a read transaction, so that it sees one consistent state.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	t, err := s.rdb.BeginTx(ctx, s.eng.ReadOptions())
	if err != nil {
		return err
	}
	defer t.Rollback()
	return fn(s.wrap(t))
}

func (s *Store) wrap(t *sql.Tx) *tx {
	return &tx{Tx: t, s: s, now: s.Now().UTC().Truncate(time.Second), stmts: map[string]*sql.Stmt{}}
}

// stmt prepares q once per transaction; imports run the same statements thousands of times.
func (t *tx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	st, err := t.PrepareContext(ctx, t.s.eng.Rebind(q))
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func (t *tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	if err := t.flush(ctx); err != nil {
		return nil, err
	}
	return t.stmtExec(ctx, q, args...)
}

// stmtExec is exec without inserting the pending rows first.
func (t *tx) stmtExec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if err := t.flush(ctx); err != nil {
		return nil, err
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is QueryRowContext through the statement cache.
func (t *tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if err := t.flush(ctx); err != nil {
		t.pendingErr = err // sql.Row cannot carry it; the commit is refused
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		// sql.Row cannot be built with an error; run it unprepared so Scan reports it.
		return t.QueryRowContext(ctx, t.s.eng.Rebind(q), args...)
	}
	return st.QueryRowContext(ctx, args...)
}
