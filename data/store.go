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
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"sync"
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
	// field and value name the column at fault and its value, where one is.
	field, value string
}

func (e *storeError) Error() string { return e.msg }
func (e *storeError) Unwrap() error { return e.kind }

func errorf(kind error, format string, args ...any) error {
	return &storeError{msg: fmt.Sprintf(format, args...), kind: kind}
}

// missingErr is ErrNotFound for the record that column col points to with val.
func missingErr(r ref, val any) error {
	return &storeError{msg: fmt.Sprintf("%s %v finns inte i registret.", r.noun, val), kind: ErrNotFound,
		field: r.col, value: fmt.Sprint(val)}
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

	// readOnly is set when the file may only be read: every write is refused.
	readOnly bool
	// damaged is quick_check's complaint, checked once before the first write
	// (see damage): writes are refused, reads allowed.
	damaged   error
	checkOnce sync.Once

	anchorMu  sync.Mutex
	anchorOn  bool   // the store keeps the anchor file (see openAnchor)
	anchored  anchor // the head the anchor file holds
	anchorErr error  // the last failure to write it
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

// OpenExisting opens the database at path for a command that only reads: a
// missing file is an error naming it and is never created. A file the user may
// only read is opened read-only, without upgrading its schema; an older schema
// is then refused with a message.
func OpenExisting(path string) (*Store, error) {
	path, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("databasen %s finns inte (kontrollera sökvägen; kommandon som bara läser skapar ingen databas)", path)
	}
	if err != nil {
		return nil, FileError(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s är ingen databasfil", path)
	}
	if writable(path) {
		return open(path, nil, true)
	}
	return openReadOnly(path)
}

// dbPath checks a database path; a SQLite URI "file:NAME" is taken as NAME,
// and one carrying options is refused, so that no second file named
// "file:…" is ever made.
func dbPath(path string) (string, error) {
	if path == "" {
		return "", errors.New("ingen databasfil angiven")
	}
	if rest, ok := strings.CutPrefix(path, "file:"); ok {
		u, err := url.Parse(path)
		if err != nil || u.RawQuery != "" || u.Fragment != "" || u.Host != "" && u.Host != "localhost" {
			return "", fmt.Errorf("--db %q: ange databasen som en sökväg, utan \"file:\" och inställningar", path)
		}
		if u.Opaque != "" {
			rest = u.Opaque
		} else {
			rest = filepath.FromSlash(u.Path)
		}
		path = rest
	}
	// The driver cuts the file name at '?' to read its options.
	if strings.Contains(path, "?") {
		return "", fmt.Errorf("sökvägen %q till databasen får inte innehålla '?'", path)
	}
	return path, nil
}

// open is Open for a caller that holds the database's instance lock, or not
// (nil). Without guardUpgrade a schema upgrade takes neither lock nor backup,
// for a private working copy.
func open(path string, lock *InstanceLock, guardUpgrade bool) (*Store, error) {
	path, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("kan inte skapa mappen för databasen: %w", FileError(err))
	}
	// Create the file ourselves: SQLite would make it readable by everyone, and
	// it holds personal data. Its -wal and -shm files copy this mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("kan inte öppna databasen %s: %w", path, FileError(err))
	}
	f.Close()
	tidyFiles(path, lock != nil)

	s := &Store{path: path, Now: time.Now, User: osUser(), lock: lock}
	if s.db, err = sql.Open("sqlite3", path+"?"+sqliteWriteOptions); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1)
	if s.rdb, err = sql.Open("sqlite3", path+"?"+sqliteReadOptions); err != nil {
		s.db.Close()
		return nil, err
	}
	protect(path)
	if err := s.db.Ping(); err != nil {
		s.Close()
		return nil, fmt.Errorf("kan inte öppna databasen %s (är det en Assistans-databas?): %w", path, err)
	}
	if lock != nil && s.damage() != nil {
		return s, nil // the window: readable as far as it goes; writes are refused
	}
	migrated, err := s.migrate(guardUpgrade)
	if err != nil {
		s.Close()
		return nil, err
	}
	if !guardUpgrade || s.damaged != nil {
		return s, nil // a private working copy has no anchor of its own; a damaged file gets none
	}
	if err := s.openAnchor(migrated); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database; the last connection to close folds the WAL into the
// file. Then it releases the instance lock, if the store holds it.
func (s *Store) Close() error {
	unprotect(s.path)
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
// After the commit it moves the anchor to the chain's new head.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	if err := s.writable(); err != nil {
		return err
	}
	t, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return sqliteError(err)
	}
	defer t.Rollback()
	w := s.wrap(t)
	if err := fn(w); err != nil {
		return sqliteError(err)
	}
	if err := t.Commit(); err != nil {
		return sqliteError(err)
	}
	if w.chainRead {
		s.advanceAnchor(anchor{w.lastID, w.lastHash})
	}
	return nil
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
