// Package data is the SQLite store: schema migrations, the registers, shifts and
// month facts, the audit trail and backups. It only stores and loads; every
// decision about what the data means is made in package rules.
package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3"
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

//go:embed migrations/*.sql
var migrationFS embed.FS

// schemaFS holds the migrations that Open applies; tests give it an extra one.
var schemaFS fs.FS = migrationFS

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	path string
	// db takes the writes: one connection whose transactions begin IMMEDIATE,
	// so two writers queue on the busy timeout instead of failing half-way.
	db *sql.DB
	// rdb serves reads, which in WAL mode never wait for the writer.
	rdb *sql.DB

	// Now is the clock for audit rows and printed times; tests replace it.
	Now func() time.Time
	// User is the operating-system user recorded in the audit trail.
	User string

	lock *InstanceLock // held from OpenExclusive to Close; nil after Open
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

// Open opens the database at path, creating it (and its folder) if needed,
// and brings its schema up to date. Before it upgrades the schema of a database
// made by an earlier version it takes the instance lock for the time of the
// upgrade and saves a backup (see upgradeBackup).
func Open(path string) (*Store, error) { return open(path, nil, true) }

// open is Open for a caller that holds the database's instance lock, or not
// (nil). Without guardUpgrade a schema upgrade takes neither lock nor backup,
// for a private working copy.
func open(path string, lock *InstanceLock, guardUpgrade bool) (*Store, error) {
	if path == "" {
		return nil, errors.New("ingen databasfil angiven")
	}
	// The driver cuts the file name at '?' to read its options.
	if strings.Contains(path, "?") {
		return nil, fmt.Errorf("sökvägen %q till databasen får inte innehålla '?'", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("kan inte skapa mappen för databasen: %w", err)
	}
	// Create the file ourselves: SQLite would make it readable by everyone, and
	// it holds personal data. Its -wal and -shm files copy this mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("kan inte öppna databasen %s: %w", path, err)
	}
	f.Close()

	const common = "_foreign_keys=1&_busy_timeout=5000"
	s := &Store{path: path, Now: time.Now, User: osUser(), lock: lock}
	// The writer's page cache is 16 MiB rather than SQLite's 2 MB: an import of a
	// year of shifts inserts into four indexes at scattered places, and with the
	// small cache it spent most of its time writing out and reading back pages.
	if s.db, err = sql.Open("sqlite3", path+"?"+common+"&_txlock=immediate&_cache_size=-16384&_journal_mode=WAL&_synchronous=NORMAL"); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1)
	if s.rdb, err = sql.Open("sqlite3", path+"?"+common+"&_query_only=1"); err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.db.Ping(); err != nil {
		s.Close()
		return nil, fmt.Errorf("kan inte öppna databasen %s (är det en Assistans-databas?): %w", path, err)
	}
	if err := s.migrate(guardUpgrade); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database; the last connection to close folds the WAL into the
// file. Then it releases the instance lock, if the store holds it.
func (s *Store) Close() error {
	return errors.Join(s.rdb.Close(), s.db.Close(), s.lock.Release())
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

func osUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "okänd"
}

type migration struct {
	number int
	name   string
}

// knownMigrations lists the embedded files NNNN_name.sql in number order.
func knownMigrations() ([]migration, error) {
	names, err := fs.Glob(schemaFS, "migrations/*.sql")
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
// upgradeBackup.
func (s *Store) migrate(guardUpgrade bool) error {
	if _, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS migrations (
		number     INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`); err != nil {
		return fmt.Errorf("kan inte läsa databasens schema: %w", err)
	}
	ms, err := knownMigrations()
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
			return fmt.Errorf("schemauppdatering %s misslyckades: %w", path.Base(m.name), err)
		}
	}
	return nil
}

func (s *Store) migrateOne(m migration) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	// Checked inside the transaction, so a second program opening the same file
	// at the same moment waits and then skips the migration.
	if err := tx.QueryRow(`SELECT COUNT(*) FROM migrations WHERE number = ?`, m.number).Scan(&n); err != nil || n > 0 {
		return err
	}
	body, err := fs.ReadFile(schemaFS, m.name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(string(body)); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)`,
		m.number, path.Base(m.name), s.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
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

	locks map[lockKey]bool // month-lock lookups, cleared when month_info changes
}

// write runs fn in a write transaction and commits when fn succeeds.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	t, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer t.Rollback()
	if err := fn(s.wrap(t)); err != nil {
		return err
	}
	return t.Commit()
}

// read runs fn in a read transaction, so that it sees one consistent state.
func (s *Store) read(ctx context.Context, fn func(*tx) error) error {
	t, err := s.rdb.BeginTx(ctx, nil)
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
	st, err := t.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	t.stmts[q] = st
	return st, nil
}

func (t *tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is QueryRowContext through the statement cache.
func (t *tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, q)
	if err != nil {
		// sql.Row cannot be built with an error; run it unprepared so Scan reports it.
		return t.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
