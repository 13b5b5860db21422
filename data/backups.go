package data

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"assistans/rules"
)

// Automatic backups live in a folder "backups" beside the database, one file per
// copy, named after the database and the time it was made in Swedish time:
// assistans-2026-11-25T143000.db. A copy made before a schema upgrade has the
// old schema number added (assistans-2026-11-25T143000-schema1.db) and is never
// pruned, since it is the only way back to the earlier program version.

const backupTimeLayout = "2006-01-02T150405"

var backupName = regexp.MustCompile(`^(.+)-(\d{4}-\d\d-\d\dT\d{6})(?:-schema(\d+))?\.db$`)

// BackupFile is one copy in a backups folder.
type BackupFile struct {
	Path string
	Time time.Time // when it was made, from its name
	Size int64     // bytes
	// BeforeUpgrade marks a copy made before the schema was upgraded; it holds the
	// data as the earlier program version left it.
	BeforeUpgrade bool

	stem string // the database's file name without its extension
}

// BackupDir is the folder of a database's automatic backups: "backups" beside
// a database file; for a server database, the backups folder of this PC's
// default database, as the server's own folders are not the program's to write.
func BackupDir(dbPath string) string {
	return filepath.Join(localFolder(dbPath), "backups")
}

// localFolder is where this PC keeps what belongs with a database: the
// database file's folder, or for a server database the default database's.
func localFolder(dbPath string) string {
	if IsServer(dbPath) {
		if def, err := DefaultPath(); err == nil {
			dbPath = def
		}
	}
	return filepath.Dir(dbPath)
}

// dbStem names a database's backups: the file's name without its extension, or
// "server-HOST-PORT-DATABASE" for a server database.
func dbStem(dbPath string) string {
	if IsServer(dbPath) {
		u, err := url.Parse(dbPath)
		if err != nil {
			return "server"
		}
		name := "server-" + u.Hostname() + "-" + cmp.Or(u.Port(), "5432") + "-" + strings.TrimPrefix(u.Path, "/")
		return strings.Map(func(r rune) rune {
			if r == '-' || r == '.' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				return r
			}
			return '_'
		}, name)
	}
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func backupFileName(stem string, at time.Time, schema int) string {
	name := stem + "-" + at.In(rules.Stockholm).Format(backupTimeLayout)
	if schema > 0 {
		name += "-schema" + strconv.Itoa(schema)
	}
	return name + ".db"
}

// Backups lists the backups in dir, newest first; an absent folder has none.
// Files whose names do not follow the pattern are left out.
func Backups(dir string) ([]BackupFile, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, because(rules.BackupDirUnreadable, err)
	}
	var out []BackupFile
	for _, e := range entries {
		m := backupName.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		at, err := time.ParseInLocation(backupTimeLayout, m[2], rules.Stockholm)
		if err != nil {
			continue // a name like 2026-13-45T…, not ours
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed meanwhile
		}
		out = append(out, BackupFile{Path: filepath.Join(dir, e.Name()), Time: at, Size: fi.Size(),
			BeforeUpgrade: m[3] != "", stem: m[1]})
	}
	slices.SortStableFunc(out, func(a, b BackupFile) int { return b.Time.Compare(a.Time) })
	return out, nil
}

// ownBackups are the backups of this database, newest first.
func (s *Store) ownBackups() ([]BackupFile, error) {
	all, err := Backups(BackupDir(s.path))
	stem := dbStem(s.path)
	return slices.DeleteFunc(all, func(b BackupFile) bool { return b.stem != stem }), err
}

// LastBackup is when the newest backup of this database was made; the zero
// time when there is none.
func (s *Store) LastBackup() (time.Time, error) {
	own, err := s.ownBackups()
	if err != nil || len(own) == 0 {
		return time.Time{}, err
	}
	return own[0].Time, nil
}

func makeBackupDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return because(rules.BackupDirCannotMake, err)
	}
	// The copies hold personal data; a folder made by hand may have been open to others.
	if err := os.Chmod(dir, 0o700); err != nil {
		return because(rules.BackupDirProtect, err)
	}
	return nil
}

// AutoBackup saves a copy of the database in its backups folder, named with
// now, and then deletes the copies that rules.KeepBackups no longer keeps. It returns
// the copy's path. When nothing has changed since the newest copy, that copy is
// renamed to now instead of being written again, so starting the program many
// times a day does not fill the disk with equal files. A failure to prune is
// returned with the path of the copy, which was made.
func (s *Store) AutoBackup(ctx context.Context, now time.Time) (string, error) {
	dir := BackupDir(s.path)
	if err := makeBackupDir(dir); err != nil {
		return "", err
	}
	own, err := s.ownBackups()
	if err != nil {
		return "", err
	}
	dest := filepath.Join(dir, backupFileName(dbStem(s.path), now, 0))
	regular := slices.DeleteFunc(own, func(b BackupFile) bool { return b.BeforeUpgrade })
	if len(regular) > 0 && s.sameState(ctx, regular[0].Path) {
		if err := renameSynced(regular[0].Path, dest); err != nil && regular[0].Path != dest {
			return "", because(rules.BackupCannotRename, err)
		}
		if head, err := backupHead(ctx, dest); err == nil {
			s.noteOwnBackup(dest, head)
		}
		regular[0].Path, regular[0].Time = dest, now
	} else {
		if err := s.Backup(ctx, dest); err != nil {
			return "", err
		}
		size := int64(0)
		if fi, err := os.Stat(dest); err == nil {
			size = fi.Size()
		}
		regular = append(regular, BackupFile{Path: dest, Time: now, Size: size})
	}
	copies := make([]rules.BackupCopy, len(regular))
	for i, b := range regular {
		copies[i] = rules.BackupCopy{Time: b.Time, Size: b.Size}
	}
	var errs []error
	for i, keep := range rules.KeepBackups(copies, now) {
		if !keep {
			if err := os.Remove(regular[i].Path); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return dest, because(rules.BackupPruneFailed, err)
	}
	return dest, nil
}

// stateMark names a database's content: every change is recorded in the audit
// trail in the same transaction, and each audit row's hash covers all before
// it, so the schema number and the last audit row differ whenever the content does.
type stateMark struct {
	schema  int
	auditID int64
	hash    string
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func readStateMark(ctx context.Context, q queryRower) (stateMark, error) {
	var m stateMark
	err := q.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(number), 0) FROM migrations),
		COALESCE((SELECT id FROM audit ORDER BY id DESC LIMIT 1), 0),
		COALESCE((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '')`).Scan(&m.schema, &m.auditID, &m.hash)
	return m, err
}

// Empty says whether the registers hold nothing: no provider, customer,
// assistant or shift. (A new database's migrations seed the rate table.)
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var n int
	err := s.read(ctx, func(t *tx) error {
		return t.queryRow(ctx, `SELECT (SELECT COUNT(*) FROM providers) + (SELECT COUNT(*) FROM customers)
			+ (SELECT COUNT(*) FROM assistants) + (SELECT COUNT(*) FROM shifts)`).Scan(&n)
	})
	return n == 0, err
}

// sameState reports whether the backup at path holds what the database holds
// now. Any doubt (a backup that cannot be read) counts as a difference.
func (s *Store) sameState(ctx context.Context, path string) bool {
	var live stateMark
	if err := s.read(ctx, func(t *tx) (err error) { live, err = readStateMark(ctx, t); return err }); err != nil {
		return false
	}
	// immutable: read the file as it is, creating no -wal, -shm or journal beside it.
	b, err := sql.Open("sqlite3", sqliteURI(path)+"?mode=ro&immutable=1")
	if err != nil {
		return false
	}
	defer b.Close()
	copied, err := readStateMark(ctx, b)
	return err == nil && copied == live
}

// sqliteURI is path as a file: URI, which SQLite needs to take options such as
// immutable (a plain file name cannot carry them).
func sqliteURI(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/… on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// upgradeBackup runs before Open upgrades the schema of an existing database: it
// takes the instance lock unless the store holds it already, so that no other
// window uses the file while it changes, and saves a copy of the database as the
// earlier version left it. The returned function releases a lock taken here. A
// server database has no instance lock (the migrations wait on the writer
// lock); its copy goes into this PC's backups folder for it.
func (s *Store) upgradeBackup(schema int) (release func(), err error) {
	release = func() {}
	if s.lock == nil && !s.OnServer() {
		l, err := LockDatabase(s.path)
		if errors.Is(err, ErrAlreadyOpen) {
			return nil, refuse(ErrAlreadyOpen, rules.DBUpgradeInUse, s.path)
		}
		if err != nil {
			return nil, err
		}
		release = func() { l.Release() }
	}
	dir := BackupDir(s.path)
	err = makeBackupDir(dir)
	if err == nil {
		err = s.Backup(context.Background(), filepath.Join(dir, backupFileName(dbStem(s.path), s.Now(), schema)))
	}
	if err != nil {
		release()
		return nil, because(rules.UpgradeBackupFailed, err)
	}
	return release, nil
}
