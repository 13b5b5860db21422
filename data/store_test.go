package data

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"assistans/data/postgres"
	"assistans/data/postgres/pgtest"
	"assistans/data/sqlite"
	"assistans/rules"
)

var ctx = context.Background()

// fixedNow is the clock of every test store, so audit rows and printed times are known.
var fixedNow = time.Date(2026, 11, 3, 9, 30, 0, 0, time.UTC)

// testDB is a new database for one test: a file in a folder that does not
// exist yet, or in the PostgreSQL run an empty database on the test server.
func testDB(tb testing.TB) string {
	if pgtest.OnServer() {
		return pgtest.NewDatabase(tb)
	}
	return filepath.Join(tb.TempDir(), "Assistans", "assistans.db")
}

// engineMigrations are the migrations of the run's engine.
func engineMigrations() fs.FS {
	if pgtest.OnServer() {
		return postgres.Migrations()
	}
	return sqlite.Migrations()
}

// fileOnly marks a test of what only a database file has (its instance lock,
// its folder, SQLite itself); the SQLite run has run it.
func fileOnly(tb testing.TB) {
	if pgtest.OnServer() {
		tb.Skip("gäller bara en databasfil; kördes i SQLite-körningen")
	}
}

// openTest opens a new, empty database on the run's engine.
func openTest(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(testDB(tb))
	if err != nil {
		tb.Fatal(err)
	}
	s.Now = func() time.Time { return fixedNow }
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

func TestMigrationsAppliedOnceAndRecorded(t *testing.T) {
	path := testDB(t)
	for range 2 {
		s, err := Open(path)
		must(t, err)
		var n, number int
		var name string
		must(t, s.db.QueryRow(`SELECT COUNT(*), MAX(number), MAX(name) FROM migrations`).Scan(&n, &number, &name))
		if n != 6 || number != 6 || name != "0006_worked_minutes.sql" {
			t.Fatalf("migrations = %d rows, newest %d %q; want 6 rows, 6, 0006_worked_minutes.sql", n, number, name)
		}
		must(t, s.Close())
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := testDB(t)
	s, err := Open(path)
	must(t, err)
	_, err = s.db.Exec(`INSERT INTO migrations (number, name, applied_at) VALUES (7, '0007_future.sql', '2030-01-01T00:00:00Z')`)
	must(t, err)
	must(t, s.Close())

	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open = %v, want ErrNewerSchema", err)
	}
	want := "Databasen är skapad av en nyare version av Assistans (schema 7); uppdatera programmet."
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
}

func TestNotADatabaseRefused(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "a.db")
	must(t, os.WriteFile(path, []byte(strings.Repeat("inte en databas\n", 100)), 0o600))
	if s, err := Open(path); err == nil {
		s.Close()
		t.Fatal("Open of a text file succeeded")
	}
}

func TestFileModes(t *testing.T) {
	fileOnly(t)
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
	dir := filepath.Join(t.TempDir(), "Assistans")
	path := filepath.Join(dir, "assistans.db")
	s, err := Open(path)
	must(t, err)
	defer s.Close()
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Kund"})) // makes the WAL file
	for name, want := range map[string]os.FileMode{dir: 0o700, path: 0o600, path + "-wal": 0o600} {
		fi, err := os.Stat(name)
		must(t, err)
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", filepath.Base(name), got, want)
		}
	}
	var mode string
	must(t, s.db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	var fk int
	must(t, s.rdb.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	if fk != 1 {
		t.Errorf("foreign_keys = %d on a read connection, want 1", fk)
	}
}

func TestDefaultPath(t *testing.T) {
	p, err := DefaultPath()
	must(t, err)
	if filepath.Base(p) != "assistans.db" || filepath.Base(filepath.Dir(p)) != "Assistans" {
		t.Errorf("DefaultPath = %q, want …/Assistans/assistans.db", p)
	}
}

func TestIntegrityCheck(t *testing.T) {
	s := openTest(t)
	must(t, s.IntegrityCheck(ctx))
}

func TestBackupAndRestore(t *testing.T) {
	s := openTest(t)
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Före"}))
	dest := filepath.Join(t.TempDir(), "kopia.db")
	must(t, s.Backup(ctx, dest))
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(dest)
		must(t, err)
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("backup mode %o, want 600", fi.Mode().Perm())
		}
	}
	// A later change is not in the backup; restoring brings back the earlier state.
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Efter"}))
	live := s.Path()
	must(t, s.Close())
	must(t, Restore(ctx, dest, live))

	r, err := Open(live)
	must(t, err)
	defer r.Close()
	cs, err := r.Customers(ctx)
	must(t, err)
	if len(cs) != 1 || cs[0].Name != "Före" {
		t.Errorf("restored customers = %+v, want one named Före", cs)
	}
	if err := r.Backup(ctx, live); err == nil {
		t.Error("Backup over the live database succeeded")
	}
	// A backup is never written over another, and a refused one leaves no temporary files.
	before, _ := os.ReadFile(dest)
	if err := r.Backup(ctx, dest); !errors.Is(err, ErrProtected) {
		t.Errorf("Backup over an existing backup: %v, want ErrProtected", err)
	}
	if after, _ := os.ReadFile(dest); !bytes.Equal(before, after) {
		t.Error("the existing backup changed")
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".assistans-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestRestoreRefusesGarbage(t *testing.T) {
	s := openTest(t)
	live := s.Path()
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239"}))
	must(t, s.Close())
	bad := filepath.Join(t.TempDir(), "bad.db")
	must(t, os.WriteFile(bad, []byte(strings.Repeat("x", 4096)), 0o600))
	if err := Restore(ctx, bad, live); err == nil {
		t.Fatal("Restore of garbage succeeded")
	}
	r, err := Open(live)
	must(t, err)
	defer r.Close()
	cs, err := r.Customers(ctx)
	must(t, err)
	if len(cs) != 1 {
		t.Errorf("live database changed by a failed restore: %+v", cs)
	}
}
