package data

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"assistans/data/sqlite"
	"assistans/rules"
)

func sthlm(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, rules.Stockholm)
}

// backupNames lists the file names in a database's backups folder.
func backupNames(t *testing.T, s *Store) []string {
	t.Helper()
	entries, err := os.ReadDir(BackupDir(s.Path()))
	must(t, err)
	var names []string
	for _, e := range entries {
		if e.Name() == filepath.Base(anchorPath(s.Path())) {
			continue
		}
		names = append(names, e.Name())
	}
	return names
}

func TestAutoBackup(t *testing.T) {
	fileOnly(t)
	s := openTest(t) // …/Assistans/assistans.db
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Första"}))

	now := sthlm(2026, 11, 25, 14, 30)
	p, err := s.AutoBackup(ctx, now)
	must(t, err)
	want := filepath.Join(filepath.Dir(s.Path()), "backups", "assistans-2026-11-25T143000.db")
	if p != want {
		t.Fatalf("path %s, want %s", p, want)
	}
	if last, err := s.LastBackup(); err != nil || !last.Equal(now) {
		t.Errorf("LastBackup = %v, %v; want %v", last, err, now)
	}

	// Nothing changed: the copy is renamed to the new time, not written again.
	later := now.Add(2 * time.Hour)
	p2, err := s.AutoBackup(ctx, later)
	must(t, err)
	if got := backupNames(t, s); !reflect.DeepEqual(got, []string{"assistans-2026-11-25T163000.db"}) || p2 != filepath.Join(BackupDir(s.Path()), got[0]) {
		t.Errorf("after an unchanged run: %v, returned %s", got, p2)
	}

	// A change makes a new copy, which holds it; the older copy of the same day
	// gives way (rules.KeepBackups keeps one a day at most).
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Andra"}))
	p3, err := s.AutoBackup(ctx, later.Add(time.Minute))
	must(t, err)
	if got := backupNames(t, s); !reflect.DeepEqual(got, []string{"assistans-2026-11-25T163100.db"}) {
		t.Errorf("after a change: %v", got)
	}
	b, err := Open(p3)
	must(t, err)
	cs, err := b.Customers(ctx)
	must(t, err)
	must(t, b.Close())
	if len(cs) != 1 || cs[0].Name != "Andra" {
		t.Errorf("newest copy holds %+v", cs)
	}
}

func TestAutoBackupPrunes(t *testing.T) {
	fileOnly(t)
	s := openTest(t)
	dir := BackupDir(s.Path())
	must(t, os.MkdirAll(dir, 0o700))
	put := func(name string) {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600))
	}
	// rules.KeepBackups at 25 Nov 14:30: each copy kept is at least twice as old
	// as the one kept before it, and a day.
	put("assistans-2024-01-01T120000.db")         // almost two years old: kept
	put("assistans-2026-11-02T120000.db")         // 23 days old, less than twice 6 Nov's 19: deleted
	put("assistans-2026-11-06T120000.db")         // 19 days old, more than twice 24 Nov's: kept
	put("assistans-2026-11-24T120000.db")         // a day old: kept
	put("assistans-2023-05-01T120000-schema1.db") // before an upgrade: never pruned
	put("annan-2024-01-01T120000.db")             // another database's: not ours to prune
	put("anteckningar.txt")                       // not a backup
	_, err := s.AutoBackup(ctx, sthlm(2026, 11, 25, 14, 30))
	must(t, err)
	want := []string{"annan-2024-01-01T120000.db", "anteckningar.txt",
		"assistans-2023-05-01T120000-schema1.db", "assistans-2024-01-01T120000.db", "assistans-2026-11-06T120000.db",
		"assistans-2026-11-24T120000.db", "assistans-2026-11-25T143000.db"}
	if got := backupNames(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("left\n%v\nwant\n%v", got, want)
	}

	// Listing: every backup of every database in the folder, newest first.
	list, err := Backups(dir)
	must(t, err)
	var names []string
	for _, b := range list {
		names = append(names, filepath.Base(b.Path))
	}
	wantList := []string{"assistans-2026-11-25T143000.db", "assistans-2026-11-24T120000.db",
		"assistans-2026-11-06T120000.db", "annan-2024-01-01T120000.db", "assistans-2024-01-01T120000.db",
		"assistans-2023-05-01T120000-schema1.db"}
	if !reflect.DeepEqual(names, wantList) {
		t.Errorf("Backups = %v\nwant %v", names, wantList)
	}
	if b := list[2]; b.Size != 1 || !b.Time.Equal(sthlm(2026, 11, 6, 12, 0)) || b.BeforeUpgrade {
		t.Errorf("listed %+v", b)
	}
	if !list[5].BeforeUpgrade {
		t.Errorf("%s not marked as made before an upgrade", list[5].Path)
	}
	// The copy written here is a whole database, far more than the 1-byte stand-ins.
	if list[0].Size < 4096 {
		t.Errorf("new copy is %d bytes", list[0].Size)
	}
}

func TestBackupsOfAMissingFolder(t *testing.T) {
	list, err := Backups(filepath.Join(t.TempDir(), "finns-inte"))
	if err != nil || list != nil {
		t.Errorf("got %v, %v", list, err)
	}
	s := openTest(t)
	if last, err := s.LastBackup(); err != nil || !last.IsZero() {
		t.Errorf("LastBackup = %v, %v; want zero", last, err)
	}
}

func TestBackupFileModes(t *testing.T) {
	fileOnly(t)
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
	s := openTest(t)
	dir := BackupDir(s.Path())
	// A folder made by hand, open to everyone, is closed by the first backup.
	must(t, os.MkdirAll(dir, 0o755))
	must(t, os.Chmod(dir, 0o755))
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Kund"}))
	p, err := s.AutoBackup(ctx, sthlm(2026, 11, 25, 14, 30))
	must(t, err)
	for name, want := range map[string]os.FileMode{dir: 0o700, p: 0o600, s.Path(): 0o600, s.Path() + "-wal": 0o600} {
		fi, err := os.Stat(name)
		must(t, err)
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", filepath.Base(name), got, want)
		}
	}
}

// withMigration makes Open see one more migration than the program has, and
// returns the program's newest schema number.
func withMigration(t *testing.T) int {
	t.Helper()
	names, err := fs.Glob(sqlite.Migrations(), "*.sql")
	must(t, err)
	fsys := fstest.MapFS{}
	for _, name := range names {
		b, err := fs.ReadFile(sqlite.Migrations(), name)
		must(t, err)
		fsys[name] = &fstest.MapFile{Data: b}
	}
	newest := len(names) // numbered 1…n
	fsys[fmt.Sprintf("%04d_extra.sql", newest+1)] = &fstest.MapFile{Data: []byte(`CREATE TABLE extra (x INTEGER) STRICT;`)}
	schemaFS = fsys
	t.Cleanup(func() { schemaFS = nil })
	return newest
}

func TestUpgradeMakesABackupFirst(t *testing.T) {
	fileOnly(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "assistans.db")
	s, err := Open(path)
	must(t, err)
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Före uppdateringen"}))
	must(t, s.Close())

	// A new database gets no copy: there is nothing to keep.
	fresh := filepath.Join(t.TempDir(), "ny.db")
	program := withMigration(t)
	n, err := Open(fresh)
	must(t, err)
	must(t, n.Close())
	if list, err := Backups(BackupDir(fresh)); err != nil || len(list) != 0 {
		t.Errorf("a new database got backups: %v %v", list, err)
	}

	u, err := Open(path)
	must(t, err)
	defer u.Close()
	list, err := Backups(BackupDir(path))
	must(t, err)
	if len(list) != 1 || !list[0].BeforeUpgrade || !strings.HasSuffix(list[0].Path, fmt.Sprintf("-schema%d.db", program)) {
		t.Fatalf("backups after the upgrade: %+v", list)
	}
	if runtime.GOOS != "windows" {
		if fi, err := os.Stat(list[0].Path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("upgrade backup mode: %v %v", fi, err)
		}
	}
	// The copy is the database as the program's schema left it (read without upgrading it).
	b, err := sql.Open("sqlite3", sqliteURI(list[0].Path)+"?mode=ro&immutable=1")
	must(t, err)
	var schema int
	var name string
	must(t, b.QueryRow(`SELECT (SELECT MAX(number) FROM migrations), (SELECT name FROM customers)`).Scan(&schema, &name))
	must(t, b.Close())
	if schema != program || name != "Före uppdateringen" {
		t.Errorf("upgrade backup: schema %d, customer %q", schema, name)
	}
	// The live database is upgraded, and the lock taken for the upgrade is gone.
	must(t, u.db.QueryRow(`SELECT MAX(number) FROM migrations`).Scan(&schema))
	if schema != program+1 {
		t.Errorf("live schema %d after the upgrade, want %d", schema, program+1)
	}
	if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file left after the upgrade: %v", err)
	}
	// Opening again upgrades nothing and copies nothing.
	again, err := Open(path)
	must(t, err)
	must(t, again.Close())
	if list, _ := Backups(BackupDir(path)); len(list) != 1 {
		t.Errorf("%d backups after a second open, want 1", len(list))
	}
}

func TestUpgradeWaitsForTheOtherWindow(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "assistans.db")
	s, err := Open(path)
	must(t, err)
	must(t, s.Close())
	// An older program's window has the file open (it holds the lock, schema 1).
	l, err := LockDatabase(path)
	must(t, err)
	defer l.Release()

	withMigration(t)
	_, err = Open(path)
	if !errors.Is(err, ErrAlreadyOpen) || !strings.Contains(err.Error(), "behöver uppdateras") {
		t.Fatalf("Open = %v, want ErrAlreadyOpen saying the database needs an upgrade", err)
	}
	if list, _ := Backups(BackupDir(path)); len(list) != 0 {
		t.Errorf("backups made although nothing was upgraded: %+v", list)
	}
}

func TestRestoreOfAnOlderBackupMakesNoUpgradeCopy(t *testing.T) {
	fileOnly(t)
	old := filepath.Join(t.TempDir(), "gammal.db")
	s, err := Open(old)
	must(t, err)
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Gammal"}))
	must(t, s.Close())

	program := withMigration(t)
	live := filepath.Join(t.TempDir(), "assistans.db")
	must(t, Restore(ctx, old, live))
	// The backup restored from is itself the copy from before the upgrade.
	if entries, err := os.ReadDir(filepath.Dir(live)); err != nil || len(entries) != 2 || entries[1].Name() != "backups" {
		t.Errorf("beside the restored database: %v %v, want it and its backups folder", entries, err)
	}
	if list, err := Backups(BackupDir(live)); err != nil || len(list) != 0 {
		t.Errorf("backups made by the restore: %v %v", list, err)
	}
	r, err := Open(live)
	must(t, err)
	defer r.Close()
	var schema int
	must(t, r.db.QueryRow(`SELECT MAX(number) FROM migrations`).Scan(&schema))
	if schema != program+1 {
		t.Errorf("restored schema %d, want %d", schema, program+1)
	}
}
