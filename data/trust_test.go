package data

import (
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"

	"assistans/rules"
	"assistans/rules/say"
)

// A restore takes only a sound backup of this program; each refusal says why,
// and leaves the live database as it was.
func TestRestoreRefusesWhatIsNoBackupOfOurs(t *testing.T) {
	s := verifiedStore(t)
	live := s.Path()
	dir := t.TempDir()
	good := filepath.Join(dir, "kopia.db")
	must(t, s.Backup(ctx, good))
	must(t, s.Close())

	file := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		must(t, os.WriteFile(p, b, 0o600))
		return p
	}
	sqliteFile := func(name string, stmts ...string) string {
		p := filepath.Join(dir, name)
		c, err := sql.Open("sqlite3", p)
		must(t, err)
		for _, q := range stmts {
			_, err := c.Exec(q)
			must(t, err)
		}
		must(t, c.Close())
		return p
	}
	copyOf := func(name string, stmts ...string) string {
		b, err := os.ReadFile(good)
		must(t, err)
		p := file(name, b)
		c, err := sql.Open("sqlite3", p)
		must(t, err)
		for _, q := range stmts {
			_, err := c.Exec(q)
			must(t, err)
		}
		must(t, c.Close())
		return p
	}
	for _, c := range []struct {
		src, want string
	}{
		{file("tom.db", nil), "är tom (0 byte)"},
		{file("text.db", []byte(strings.Repeat("inte en databas\n", 300))), "är ingen databas"},
		{sqliteFile("annan.db", `CREATE TABLE notes (x TEXT)`), "är inte en säkerhetskopia av Assistans (tabellen migrations saknas)"},
		{sqliteFile("nästan.db", `CREATE TABLE migrations (number INTEGER)`, `CREATE TABLE audit (id INTEGER)`), "är inte en säkerhetskopia av Assistans (tabellen"},
		{copyOf("nyare.db", `INSERT INTO migrations VALUES (99, '0099_x.sql', '2030-01-01T00:00:00Z')`), "nyare version"},
		{copyOf("bruten.db", `UPDATE audit SET os_user = 'x' WHERE id = 1`), "Ändringsloggen är bruten vid rad 1"},
		{copyOf("ändrad.db", `UPDATE shifts SET kind = 'beredskap' WHERE id = 1`), "Tabellen pass (shifts), nyckel 1: raden har ändrats utanför programmet"},
	} {
		_, err := RestoreKeeping(ctx, c.src, live, fixedNow)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("restore of %s: %v, want %q", filepath.Base(c.src), err, c.want)
		}
	}
	// Its own copies: a server's share this PC's folder with other server databases'.
	if list, _ := (&Store{path: live}).ownBackups(); len(list) != 0 {
		t.Errorf("a refused restore saved copies: %v", list)
	}
	r, err := Open(live)
	must(t, err)
	if found, err := r.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("live database after refused restores: %v %v", found, err)
	}
	must(t, r.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Efter kopian"}))
	must(t, r.Close())

	// A good backup is taken, after the current state is saved under a new name.
	saved, err := RestoreKeeping(ctx, good, live, fixedNow)
	must(t, err)
	if filepath.Dir(saved) != BackupDir(live) {
		t.Errorf("current state saved at %q", saved)
	}
	for path, want := range map[string]string{live: "Karl", saved: "Efter kopian"} {
		st, err := Open(path)
		must(t, err)
		cs, err := st.Customers(ctx)
		must(t, err)
		if len(cs) != 1 || cs[0].Name != want {
			t.Errorf("%s holds %+v, want %s", filepath.Base(path), cs, want)
		}
		if path == live {
			// The anchor now holds the restored chain's head.
			if found, err := st.Verify(ctx); err != nil || len(found) != 0 {
				t.Errorf("restored database: %v %v", found, err)
			}
		}
		must(t, st.Close())
	}
}

// Hospital stays are printed on the 3057 of every month they touch: a stay in
// a sent month cannot be added, changed or removed, through the store or an import.
func TestHospitalStaysFollowTheMonthLock(t *testing.T) {
	s := openTest(t)
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl"}))
	oct := rules.Month{Year: 2026, Month: time.October}
	sept := rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 9, 28), FromTime: 600, ToDate: rules.D(2026, 10, 2), ToTime: 900}
	nov := rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 11, 5), FromTime: rules.NoClock, ToDate: rules.D(2026, 11, 6), ToTime: rules.NoClock}
	must(t, s.SaveHospitalStay(ctx, sept))
	must(t, s.SaveHospitalStay(ctx, nov))
	must(t, s.MarkSent(ctx, cust1, oct, rules.D(2026, 11, 3)))

	locked := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "2026-10") {
			t.Errorf("%s: %v, want ErrLocked naming 2026-10", what, err)
		}
	}
	longer := sept
	longer.ToDate = rules.D(2026, 10, 9)
	locked("changing a stay reaching into October", s.SaveHospitalStay(ctx, longer))
	locked("removing it", s.DeleteHospitalStay(ctx, sept))
	locked("adding one in October", s.SaveHospitalStay(ctx, rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 10, 20), FromTime: 480, ToDate: rules.D(2026, 10, 21), ToTime: 480}))
	locked("adding an ongoing one from September", s.SaveHospitalStay(ctx, rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 9, 1), FromTime: 480, ToTime: rules.NoClock}))
	locked("importing a stay in October", s.Apply(ctx, rules.Batch{Hospital: []rules.HospitalStay{longer}}))
	// November is not sent: its stay may change.
	nov.ToDate = rules.D(2026, 11, 8)
	must(t, s.SaveHospitalStay(ctx, nov))
	must(t, s.DeleteHospitalStay(ctx, nov))
	hs, err := s.HospitalStays(ctx, cust1)
	must(t, err)
	if len(hs) != 1 || unversioned(hs[0]) != sept {
		t.Errorf("stays = %+v, want only September's, unchanged", hs)
	}
}

// A file the user may only read is read; nothing is written to it, and an
// older schema is refused rather than upgraded.
func TestReadOnlyOpen(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	path := s.Path()
	must(t, s.Close())
	ro, err := openReadOnly(path)
	must(t, err)
	cs, err := ro.Customers(ctx)
	must(t, err)
	if len(cs) != 1 {
		t.Errorf("customers read-only: %+v", cs)
	}
	if err := ro.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "X"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write to a read-only store: %v", err)
	}
	if found, err := ro.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify read-only: %v %v", found, err)
	}
	// backup is a reading command too.
	copyPath := filepath.Join(t.TempDir(), "kopia.db")
	must(t, ro.Backup(ctx, copyPath))
	must(t, ro.Close())
	c, err := Open(copyPath)
	must(t, err)
	if cs, err := c.Customers(ctx); err != nil || len(cs) != 1 {
		t.Errorf("backup of a read-only database: %v %v", cs, err)
	}
	must(t, c.Close())

	tamper(t, &Store{path: path}, `DELETE FROM migrations WHERE number = (SELECT MAX(number) FROM migrations)`)
	if _, err := openReadOnly(path); err == nil || !strings.Contains(err.Error(), "äldre schema") {
		t.Errorf("read-only open of an older schema: %v", err)
	}
	if _, err := OpenExisting(filepath.Join(filepath.Dir(path), "tpyo.db")); err == nil || !strings.Contains(err.Error(), "tpyo.db finns inte") {
		t.Errorf("OpenExisting of a missing file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(path), "tpyo.db")); !errors.Is(err, os.ErrNotExist) {
		t.Error("OpenExisting made the missing file")
	}
}

// A database that fails quick_check is readable, and refuses writes pointing to restore.
func TestDamagedDatabaseRefusesWrites(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	path := s.Path()
	must(t, s.Close())
	// Overwrite the middle of the file (page 3 onwards, past the schema) with garbage.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	must(t, err)
	fi, _ := f.Stat()
	if fi.Size() < 4*4096 {
		t.Fatalf("database only %d bytes", fi.Size())
	}
	_, err = f.WriteAt([]byte(strings.Repeat("\xff", 4096)), 3*4096)
	must(t, err)
	must(t, f.Close())
	d, err := Open(path)
	must(t, err)
	defer d.Close()
	err = d.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Y"})
	if err == nil || !strings.Contains(err.Error(), "skadad") || !strings.Contains(err.Error(), "Återställ") {
		t.Errorf("write to a damaged database: %v", err)
	}
}

// Temporary files of a killed program are removed at the next start; the
// database, its companions and backups lose other users' access.
func TestOpenTidiesUp(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	path := s.Path()
	auto, err := s.AutoBackup(ctx, fixedNow)
	must(t, err)
	must(t, s.Close())
	dead := deadPid(t)
	stale := filepath.Join(filepath.Dir(path), tmpPrefix+strconv.Itoa(dead)+"-restore.123")
	staleBackup := filepath.Join(BackupDir(path), tmpPrefix+strconv.Itoa(dead)+"-backup.456")
	ours := filepath.Join(filepath.Dir(path), tmpPrefix+strconv.Itoa(os.Getpid())+"-x.789")
	for _, p := range []string{stale, staleBackup, ours} {
		must(t, os.WriteFile(p, []byte("x"), 0o600))
	}
	if runtime.GOOS != "windows" {
		must(t, os.Chmod(path, 0o644))
		must(t, os.Chmod(auto, 0o644))
	}
	legacy := filepath.Join(filepath.Dir(path), ".assistans-restore-123456")
	must(t, os.WriteFile(legacy, []byte("x"), 0o600))
	s2, err := OpenExclusive(path)
	must(t, err)
	defer s2.Close()
	for _, p := range []string{stale, staleBackup, legacy} {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s left: %v", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(ours); err != nil {
		t.Errorf("a temporary file of a running process was removed: %v", err)
	}
	if runtime.GOOS != "windows" {
		for _, p := range []string{path, auto} {
			if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: %v %v, want mode 600", filepath.Base(p), fi, err)
			}
		}
	}
}

// deadPid is the id of a process that has ended.
func deadPid(t *testing.T) int {
	t.Helper()
	for pid := 999999; pid > 900000; pid-- {
		if !processAlive(pid) {
			return pid
		}
	}
	t.Fatal("no free process id")
	return 0
}

// A full disk and a missing permission are said in Swedish, whoever reports them.
func TestDiskErrorsInSwedish(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "write", Path: "/x/pass.csv", Err: syscall.ENOSPC}, "/x/pass.csv: disken är full"},
		{&os.PathError{Op: "open", Path: "/x/pass.csv", Err: os.ErrPermission}, "/x/pass.csv: behörighet saknas"},
		{sqlite3.Error{Code: sqlite3.ErrFull}, "disken är full; ingenting sparades"},
		{sqlite3.Error{Code: sqlite3.ErrReadonly}, "databasen är skrivskyddad"},
		{sqlite3.Error{Code: sqlite3.ErrIoErr}, "disken kunde inte läsas eller skrivas"},
	} {
		if got := sqliteError(c.err); !strings.HasPrefix(got.Error(), c.want) {
			t.Errorf("%v: %q, want %q…", c.err, got, c.want)
		}
	}
}

// The window words a file the system refused in its own language, from the refusal's code.
func TestDiskErrorsInEnglish(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "write", Path: "/x/pass.csv", Err: syscall.ENOSPC}, "/x/pass.csv: the disk is full; free some space and try again ("},
		{&os.PathError{Op: "open", Path: "/x/pass.csv", Err: os.ErrPermission}, "/x/pass.csv: permission denied; check that you may"},
	} {
		got := FileError(c.err)
		if en := say.Error(say.English, got); !strings.HasPrefix(en, c.want) {
			t.Errorf("%v: %q, want %q…", c.err, en, c.want)
		}
		if !errors.Is(got, c.err) {
			t.Errorf("%v: the system's error is not wrapped", c.err)
		}
	}
}

// A backup cut short after it was saved (its newest change and audit row
// removed together, so that it agrees with itself) is refused: the anchor file
// recorded its head when it was made.
func TestRestoreRefusesABackupCutShort(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	live := s.Path()
	p, err := s.AutoBackup(ctx, fixedNow)
	must(t, err)
	must(t, s.Close())
	tamper(t, &Store{path: p}, `DELETE FROM shifts WHERE id = 2`, `DELETE FROM audit WHERE id = (SELECT MAX(id) FROM audit)`,
		`UPDATE worked_minutes SET minutes = minutes - 60`) // shift 2 was one hour
	_, err = RestoreKeeping(ctx, p, live, fixedNow)
	if err == nil || !strings.Contains(err.Error(), "när den sparades, och den raden saknas eller har ändrats sedan") {
		t.Errorf("restore of a backup cut short: %v", err)
	}
	// The same file outside the backups folder has no record, and proves only itself.
	other := filepath.Join(t.TempDir(), "kopia.db")
	b, err := os.ReadFile(p)
	must(t, err)
	must(t, os.WriteFile(other, b, 0o600))
	if _, err := RestoreKeeping(ctx, other, live, fixedNow); err != nil {
		t.Errorf("restore of a consistent backup from elsewhere: %v", err)
	}
}

// A reading command's open of a current database reads it and writes nothing;
// a missing file is still refused with its name, not created.
func TestOpenForReading(t *testing.T) {
	fileOnly(t) // a server database is opened as OpenExisting opens it
	s := verifiedStore(t)
	path := s.Path()
	must(t, s.Close())
	r, err := OpenForReading(path)
	must(t, err)
	if cs, err := r.Customers(ctx); err != nil || len(cs) != 1 {
		t.Errorf("customers read for reading: %+v %v", cs, err)
	}
	if err := r.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "X"}); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write through a reading open: %v", err)
	}
	must(t, r.Close())
	missing := filepath.Join(t.TempDir(), "saknas.db")
	if _, err := OpenForReading(missing); err == nil || !strings.Contains(err.Error(), "saknas.db finns inte") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a reading open created %s: %v", missing, err)
	}
}
