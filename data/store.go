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
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"assistans/data/engine"
	"assistans/data/postgres"
	"assistans/data/sqlite"
	"assistans/rules"
	"assistans/rules/say"
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

// storeError is a Swedish message for the user that still matches its
// sentinel, and its refusal's code for the window to word in its language.
type storeError struct {
	msg  string
	kind error
	ref  *rules.Refusal // nil for a message without a code
	// field and value name the column at fault and its value, where one is.
	field, value string
}

func (e *storeError) Error() string { return e.msg }

func (e *storeError) Unwrap() error { return e.kind }

// As lets errors.As find the refusal's code. (Not a second Unwrap: an error
// that unwraps to a list reads as errors.Join's, and the import lists each.)
func (e *storeError) As(target any) bool {
	if p, ok := target.(**rules.Refusal); ok && e.ref != nil {
		*p = e.ref
		return true
	}
	return false
}

// refuse is the store's refusal code with its args, matching the sentinel kind
// (nil for none); its message is say's Swedish words.
func refuse(kind error, code rules.RefusalCode, args ...any) *storeError {
	ref := &rules.Refusal{Code: code, Args: args}
	return &storeError{msg: say.Refusal(say.Swedish, ref), kind: kind, ref: ref}
}

// missingErr is ErrNotFound for the record that column col points to with val.
func missingErr(r ref, val any) error {
	e := refuse(ErrNotFound, r.missing, val)
	e.field, e.value = r.col, fmt.Sprint(val)
	return e
}

// Store is an open database, on either engine. Its methods are safe for concurrent use.
type Store struct {
	eng  engine.Engine
	path string
	// db takes the writes: one connection whose transactions begin IMMEDIATE,
	// so two writers queue on the busy timeout instead of failing half-way.
	db *sql.DB
	// rdb serves reads, which in WAL mode never wait for the writer.
	rdb *sql.DB

	// Now is the clock for audit rows and printed times; tests replace it.
	Now func() time.Time
	// User is the person recorded in the audit trail: the server's role, or
	// the operating-system user and the PC's name.
	User string

	shiftSelect string // in the engine's dialect
	origin      string // marks this store's change notices, so it skips its own

	lock *InstanceLock // held from OpenExclusive to Close; nil after Open
	upTo int           // the newest migration to apply; 0: all (see openUpTo)

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
		return "", because(rules.NoDataDir, err)
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
	if IsServer(path) {
		return Open(path) // an empty server database gets the schema on first use
	}
	path, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, refuse(nil, rules.DBNotExists, path)
	}
	if err != nil {
		return nil, FileError(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, refuse(nil, rules.DBNotFile, path)
	}
	if writable(path) {
		return open(path, nil, true)
	}
	return openReadOnly(path)
}

// OpenForReading is OpenExisting for a command that never writes (check): a
// database whose schema is current is opened for reading alone, without the
// work that only guards writes (SQLite's quick_check before the first write,
// the migrations table, the anchor file), which on a large file costs more than
// the reading itself. Anything else (an older schema, a file that is not an
// Assistans database, a server) is opened as OpenExisting opens it.
func OpenForReading(path string) (*Store, error) {
	if IsServer(path) {
		return OpenExisting(path)
	}
	p, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && writable(p) {
		if s := openCurrent(p); s != nil {
			return s, nil
		}
	}
	return OpenExisting(path)
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
	return openUpTo(path, lock, guardUpgrade, 0)
}

// openUpTo is open that gives a file no migration past schema upTo (0: all),
// for a copy of a server database of an older schema (copyInto).
func openUpTo(path string, lock *InstanceLock, guardUpgrade bool, upTo int) (*Store, error) {
	if IsServer(path) {
		return openServer(path)
	}
	path, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, because(rules.DBDirCannotMake, FileError(err))
	}
	// Create the file ourselves: SQLite would make it readable by everyone, and
	// it holds personal data. Its -wal and -shm files copy this mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, because(rules.DBCannotOpen, FileError(err), path)
	}
	f.Close()
	tidyFiles(path, lock != nil)

	s := &Store{path: path, Now: time.Now, lock: lock, upTo: upTo}
	if s.db, err = sql.Open("sqlite3", path+"?"+sqliteWriteOptions); err != nil {
		return nil, err
	}
	s.db.SetMaxOpenConns(1)
	if s.rdb, err = sql.Open("sqlite3", path+"?"+sqliteReadOptions); err != nil {
		s.db.Close()
		return nil, err
	}
	s.setEngine(sqlite.Wrap(path, s.db, s.rdb))
	protect(path)
	if err := s.db.Ping(); err != nil {
		s.Close()
		return nil, because(rules.DBNotAssistans, err, path)
	}
	migrated, err := s.migrate(guardUpgrade)
	if err != nil && lock != nil && s.damage() != nil {
		return s, nil // the window: readable as far as it goes; writes are refused
	}
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

// Close closes the database; on a file the last connection to close folds the
// WAL into it. Then it releases the instance lock, if the store holds it.
func (s *Store) Close() error {
	if !s.OnServer() {
		unprotect(s.path)
	}
	return errors.Join(s.eng.Close(), s.lock.Release())
}

// Path is the database file, or the server database's URL without its password.
func (s *Store) Path() string { return s.path }

// OnServer says whether the database is on a PostgreSQL server.
func (s *Store) OnServer() bool { return s.eng.Kind() == "postgres" }

// IsServer says whether a --db value names a database on a PostgreSQL server
// (a postgres:// or postgresql:// URL) rather than a file.
func IsServer(db string) bool { return postgres.IsURL(db) }

// openServer connects to a server database and brings its schema up to date;
// an empty database gets the schema. Several programs use it at once: there is
// no instance lock and no anchor file (the chain lives on the server, which
// other PCs extend). Before it upgrades a database of an earlier version it
// saves a backup file on this PC, as for a file (upgradeBackup).
func openServer(url string) (*Store, error) {
	eng, err := postgres.Open(context.Background(), url)
	if err != nil {
		return nil, err
	}
	s := &Store{Now: time.Now}
	s.setEngine(eng)
	if _, err := s.migrate(true); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// setEngine makes eng the store's engine.
func (s *Store) setEngine(eng engine.Engine) {
	var origin [8]byte
	rand.Read(origin[:])
	sep := eng.Char(31)
	s.eng, s.path, s.db, s.rdb, s.User = eng, eng.Where(), eng.Writer(), eng.Reader(), eng.User()
	// The text columns packed into one, separated by the ASCII unit separator (see scanShifts).
	s.shiftSelect = `SELECT id, assistant || ` + sep + ` || customer || ` + sep + ` || date || ` + sep + ` || kind, start_min, end_min, version FROM shifts`
	s.origin = hex.EncodeToString(origin[:])
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

	pending    []*pendingRows    // rows to insert before the next statement (pending.go)
	conn       *sql.Conn         // the write transaction's connection, for copier
	copier     engine.Copier     // the engine's COPY, or nil
	settle     []string          // tables a bulk import filled on a server, to vacuum after the commit
	pendingErr error             // a failure to insert them, where it could not be returned
	nextShift  int64             // the id an import gives its next new shift; 0 before the first
	worked     *rules.WorkedSums // the minutes of the shifts written, for worked_minutes (worked.go)
	part       *importPart       // the audit of the shifts the current import part inserted (importaudit.go)
	inserting  chan error        // the end of the insert running in the background, or nil (pending.go)
	partSize   int               // the length of the last import part's JSON
	locksAll   bool              // locks holds every month lock (preloadLocks)
}

// write runs fn in a write transaction, which holds the engine's writer lock,
// and commits when fn succeeds; what fn changed is announced to other programs.
// After the commit it moves the anchor to the chain's new head.
func (s *Store) write(ctx context.Context, fn func(*tx) error) error {
	if err := s.writable(); err != nil {
		return err
	}
	var conn *sql.Conn
	copier, _ := s.eng.(engine.Copier)
	if copier != nil {
		// COPY needs the driver's connection, which database/sql only gives on a
		// sql.Conn: the transaction begins on one held until it ends.
		c, err := s.db.Conn(ctx)
		if err != nil {
			return err
		}
		defer c.Close()
		conn = c
	}
	var t *sql.Tx
	var err error
	if conn != nil {
		t, err = conn.BeginTx(ctx, nil)
	} else {
		t, err = s.db.BeginTx(ctx, nil)
	}
	if err != nil {
		return sqliteError(err)
	}
	defer t.Rollback()
	if err := s.eng.LockWriter(ctx, t); err != nil {
		return err
	}
	w := s.wrap(t)
	w.conn, w.copier = conn, copier
	if err := fn(w); err != nil {
		return sqliteError(err)
	}
	if err := errors.Join(w.pendingErr, w.flushWorked(ctx), w.flush(ctx)); err != nil {
		return sqliteError(err)
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
	if err := t.Commit(); err != nil {
		return sqliteError(err)
	}
	if w.chainRead {
		s.advanceAnchor(anchor{w.lastID, w.lastHash})
	}
	for _, table := range w.settle {
		// A table just filled has no statistics and no visibility map, so every
		// read of a month visits the rows themselves (totals 0.14 s instead of
		// 0.08) until autovacuum comes by, minutes later. VACUUM cannot run in
		// the transaction; the import is committed whatever it says, and
		// autovacuum does the same later if it fails.
		_, _ = s.db.ExecContext(ctx, `VACUUM (ANALYZE) `+table)
	}
	return nil
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
	if err := t.await(); err != nil {
		return nil, err
	}
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
	if err := t.flushFor(ctx, q); err != nil {
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
	if err := t.flushFor(ctx, q); err != nil {
		t.pendingErr = err // sql.Row cannot carry it; the commit is refused
	}
	st, err := t.stmt(ctx, q)
	if err != nil {
		// sql.Row cannot be built with an error; run it unprepared so Scan reports it.
		return t.QueryRowContext(ctx, t.s.eng.Rebind(q), args...)
	}
	return st.QueryRowContext(ctx, args...)
}
