package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/mattn/go-sqlite3"

	"assistans/data/sqlite"
	"assistans/rules"
)

// What is particular to a database in an SQLite file: its connection options,
// file modes, read-only opening and the check at open.

// The writer's page cache is 16 MiB rather than SQLite's 2 MB: an import of a
// year of shifts inserts into four indexes at scattered places, and with the
// small cache it spent most of its time writing out and reading back pages.
// synchronous=FULL syncs the WAL at every commit, so that a change the user was
// told is saved survives a power cut (NORMAL may lose the last commits; the
// cost is in README, Performance).
const (
	sqliteBusyTimeout  = "5000"
	sqliteCommon       = "_foreign_keys=1&_busy_timeout=" + sqliteBusyTimeout
	sqliteWriteOptions = sqliteCommon + "&_txlock=immediate&_cache_size=-16384&_journal_mode=WAL&_synchronous=FULL"
	sqliteReadOptions  = sqliteCommon + "&_query_only=1"
)

// writable says whether this user may write the file and create files beside
// it (SQLite needs its -wal and -shm there).
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	probe, err := createTemp(filepath.Dir(path), "probe")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

// openReadOnly opens a database the user may only read. SQLite opens it
// read-only when it can keep its shared-memory file beside it, and otherwise
// as immutable (the file is read as it is), but not beside a hot journal: a
// write killed midway (the command line's import writes through the rollback
// journal, Store.Bulk) left pages in the file that only a writer can put back,
// and read as it is the file would be half a transaction. Its schema is not
// upgraded: an older one is refused.
func openReadOnly(path string) (*Store, error) {
	s := &Store{path: path, Now: time.Now, readOnly: true}
	var err error
	for i, opts := range []string{"?mode=ro&", "?mode=ro&immutable=1&"} {
		if i > 0 && hotJournal(path) {
			break // the first attempt's error: SQLite's own, that the journal needs a writer
		}
		if s.rdb, err = sql.Open("sqlite3", sqliteURI(path)+opts+sqliteCommon); err != nil {
			return nil, err
		}
		if err = s.rdb.Ping(); err == nil {
			var n int
			if err = s.rdb.QueryRow(`SELECT COUNT(*) FROM sqlite_schema`).Scan(&n); err == nil {
				break
			}
		}
		s.rdb.Close()
	}
	if err != nil {
		return nil, because(rules.DBCannotRead, FileError(err), path)
	}
	s.setEngine(sqlite.Wrap(path, nil, s.rdb))
	s.db = s.rdb // reads only: every write is refused (readOnly)
	protect(path)
	newest, latest, err := s.schema()
	if err == nil && newest < latest {
		err = refuse(nil, rules.DBOldReadOnly, path, newest)
	}
	if err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// hotJournal says whether a rollback journal with content lies beside the
// file at path (one emptied by its commit is not hot).
func hotJournal(path string) bool {
	fi, err := os.Stat(path + "-journal")
	return err == nil && fi.Size() > 0
}

// openCurrent opens the file at path for reading alone if its schema is this
// program's; nil otherwise. Every write to it is refused (readOnly).
func openCurrent(path string) *Store {
	rdb, err := sql.Open("sqlite3", path+"?"+sqliteReadOptions)
	if err != nil {
		return nil
	}
	s := &Store{path: path, Now: time.Now, readOnly: true, rdb: rdb, db: rdb}
	s.setEngine(sqlite.Wrap(path, nil, rdb))
	protect(path)
	if newest, latest, err := s.schema(); err != nil || newest != latest {
		s.Close()
		return nil
	}
	return s
}

// mapFile has connection c read the file's pages through a memory map rather
// than copy them into its page cache: reading a large month touches thousands
// of pages, and the kernel maps many to a fault where the cache's memory would
// fault page by page (a tenth off a large check). unmap ends it before c goes
// back to the pool, so that no idle connection holds the file mapped (on
// Windows a map would keep another program from truncating it).
func mapFile(ctx context.Context, c *sql.Conn) (unmap func(), err error) {
	if _, err := c.ExecContext(ctx, `PRAGMA mmap_size = 1073741824`); err != nil {
		return nil, err
	}
	return func() { _, _ = c.ExecContext(context.Background(), `PRAGMA mmap_size = 0`) }, nil
}

// tidyFiles runs before a database is opened for writing: it takes away other
// users' access to the database, its companions and its backups (a file copied
// in from elsewhere may have been open to all), and removes temporary files a
// killed program left in its folder and its backups folder. With the instance
// lock held (no other window or writing command runs) it also removes those
// of earlier versions, whose names carry no process id.
func tidyFiles(db string, locked bool) {
	for _, p := range ownFiles(db) {
		restrict(p)
	}
	backups, _ := Backups(BackupDir(db))
	for _, b := range backups {
		restrict(b.Path)
	}
	if fi, err := os.Stat(BackupDir(db)); err == nil && fi.IsDir() {
		os.Chmod(BackupDir(db), fi.Mode().Perm()&0o700)
	}
	removeStaleTemps(filepath.Dir(db))
	removeStaleTemps(BackupDir(db))
	if locked {
		for _, dir := range []string{filepath.Dir(db), BackupDir(db)} {
			for _, pattern := range []string{".assistans-backup-*", ".assistans-restore-*"} {
				old, _ := filepath.Glob(filepath.Join(dir, pattern))
				for _, f := range old {
					os.Remove(f)
				}
			}
		}
	}
}

// restrict clears the group and other bits of a file's mode; a file the user
// made read-only for himself stays so.
func restrict(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		os.Chmod(path, fi.Mode().Perm()&0o700)
	}
}

// quickCheck runs SQLite's quick_check; nil when the file is sound.
func (s *Store) quickCheck() error {
	var msg string
	if err := s.rdb.QueryRow(`PRAGMA quick_check(1)`).Scan(&msg); err != nil {
		return because(rules.DBDamagedNoSave, err, s.path)
	}
	if msg != "ok" {
		return refuse(nil, rules.DBDamagedNoSave, s.path, msg)
	}
	return nil
}

// ErrReadOnly is returned by a write to a store opened read-only.
var ErrReadOnly = errors.New("Databasen är öppnad för att bara läsas.")

// damage runs quick_check once, before the store's first write: reading
// commands that never write do not pay for it (0.4 s for 100,000 shifts).
func (s *Store) damage() error {
	if s.OnServer() {
		return nil // the server checks its pages itself
	}
	s.checkOnce.Do(func() { s.damaged = s.quickCheck() })
	return s.damaged
}

// writable refuses a write to a damaged or read-only store.
func (s *Store) writable() error {
	if err := s.damage(); err != nil {
		return err
	}
	if s.readOnly {
		return refuse(ErrReadOnly, rules.DBReadOnly, s.path)
	}
	return nil
}

// openAnchor starts keeping the anchor: a new database, and one just upgraded
// from a version without anchors (from < sealSchema), gets one with its current head;
// otherwise the anchor file must be there. A missing one is not made anew, so
// that removing it cannot hide a removal of rows; verify reports it. A database
// created by this open (from 0) replaces the anchor of an earlier database
// that had the same path and was removed: that anchor proves nothing about it.
func (s *Store) openAnchor(from int) error {
	a, found, err := readAnchor(s.path)
	if err != nil && from > 0 {
		return nil // left as it is for verify to report
	}
	s.anchored, s.anchorOn = a, found
	if from > 0 && (found || from >= sealSchema) {
		return nil
	}
	var head anchor
	err = s.rdb.QueryRow(`SELECT COALESCE((SELECT id FROM audit ORDER BY id DESC LIMIT 1), 0),
		COALESCE((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '')`).Scan(&head.ID, &head.Hash)
	if err != nil {
		return err
	}
	if err := writeAnchor(s.path, head); err != nil {
		return because(rules.AnchorCannotSave, err)
	}
	s.anchored, s.anchorOn = head, true
	return nil
}

// sqliteError says in Swedish what SQLite reports about the disk or the file;
// other errors pass as they are.
func sqliteError(err error) error {
	var se sqlite3.Error
	if err == nil || !errors.As(err, &se) {
		return FileError(err)
	}
	switch se.Code {
	case sqlite3.ErrFull:
		return refuse(err, rules.DBDiskFull, err)
	case sqlite3.ErrReadonly:
		return refuse(err, rules.DBReadOnlyFile, err)
	case sqlite3.ErrPerm, sqlite3.ErrCantOpen:
		return refuse(err, rules.DBNoPermission, err)
	case sqlite3.ErrIoErr:
		return refuse(err, rules.DBIOError, err)
	case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return refuse(err, rules.DBCorrupt, err)
	}
	return err
}

// Bulk runs fn, which writes much into the database at once (the command
// line's import), with SQLite's rollback journal instead of its WAL if no other
// connection has the file open. Through the WAL every page is written twice,
// into the WAL and at the commit's checkpoint into the file; with the rollback
// journal a page the transaction adds is written once and only pages that
// existed are copied to the journal first (a year's import 0.3 s faster; as
// safe against a crash, the journal synced before the file is changed). Another
// program that opens the file meanwhile waits for the commit rather than
// reading beside it, as it would with the WAL. The WAL is restored after fn;
// if another program holds the file then, the next open for writing restores
// it (sqliteWriteOptions). On a server, or with the WAL kept, fn runs as is.
func (s *Store) Bulk(ctx context.Context, fn func() error) error {
	if s.OnServer() || s.readOnly {
		return fn()
	}
	// Idle connections of this program's own would keep the file in WAL mode.
	s.rdb.SetMaxIdleConns(0)
	defer s.rdb.SetMaxIdleConns(defaultIdleConns)
	if !s.journalMode(ctx, "truncate") {
		return fn()
	}
	err := fn()
	s.journalMode(ctx, "wal")
	return err
}

// defaultIdleConns is database/sql's count of idle connections kept.
const defaultIdleConns = 2

// journalMode sets the file's journal mode; SQLite leaves it as it was when
// another connection keeps it from changing. It does not wait for one to
// close, as statements do (busy_timeout): the change only saves time.
func (s *Store) journalMode(ctx context.Context, mode string) bool {
	c, err := s.db.Conn(ctx)
	if err != nil {
		return false
	}
	defer c.Close()
	var got string
	_, err = c.ExecContext(ctx, `PRAGMA busy_timeout = 0`)
	if err == nil {
		err = c.QueryRowContext(ctx, `PRAGMA journal_mode = `+mode).Scan(&got)
	}
	if _, err := c.ExecContext(ctx, `PRAGMA busy_timeout = `+sqliteBusyTimeout); err != nil {
		c.Raw(func(any) error { return driver.ErrBadConn }) // not kept in the pool without its timeout
	}
	return err == nil && got == mode
}
