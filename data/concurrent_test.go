package data

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"assistans/data/postgres/pgtest"
	"assistans/rules"
)

// yearOfShifts is one assistant's shifts at one customer, every day from
// 2026-01-01, in blocks of two hours from start.
func yearOfShifts(assistant, customer string, days int, start rules.Clock) []rules.Shift {
	var out []rules.Shift
	for d := range days {
		out = append(out, shift(assistant, customer, rules.D(2026, 1, 1).AddDays(d), start, start+120, rules.Aktiv))
	}
	return out
}

func countShifts(t *testing.T, s *Store) int {
	t.Helper()
	got, err := s.Shifts(ctx, rules.D(2000, 1, 1), rules.D(2100, 1, 1))
	must(t, err)
	return len(got)
}

func verifyWhole(t *testing.T, s *Store) {
	t.Helper()
	broken, err := s.VerifyAudit(ctx)
	must(t, err)
	if broken != 0 {
		t.Fatalf("audit chain broken at row %d", broken)
	}
	var n, maxID int64
	must(t, s.db.QueryRow(`SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit`).Scan(&n, &maxID))
	if n != maxID {
		t.Fatalf("audit has %d rows but ids up to %d", n, maxID)
	}
}

// Two programs import at the same moment: both imports land whole, one after the other.
func TestTwoImportsAtOnce(t *testing.T) {
	a, b := openTwo(t)
	register(t, a)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []*Store{a, b} {
		wg.Go(func() {
			// The same registers in both (an office importing the same register
			// file twice), and each its own assistant's year of shifts.
			errs[i] = s.Apply(ctx, rules.Batch{
				Customers: []rules.Customer{customer1, customer2},
				Shifts:    yearOfShifts([]string{asst1, asst2}[i], cust1, 300, 8*60),
			})
		})
	}
	wg.Wait()
	must(t, errs[0])
	must(t, errs[1])
	if n := countShifts(t, b); n != 600 {
		t.Fatalf("%d shifts after two imports of 300, want 600", n)
	}
	verifyWhole(t, a)
}

// Many small saves from two connections interleave; the chain stays whole.
func TestChainFromTwoConnections(t *testing.T) {
	a, b := openTwo(t)
	register(t, a)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, s := range []*Store{a, b} {
		wg.Go(func() {
			for k, sh := range yearOfShifts([]string{asst1, asst2}[i], cust2, 60, rules.Clock(i*180)) {
				if _, err := s.SaveShift(ctx, sh); err != nil {
					errs[i] = fmt.Errorf("save %d: %w", k, err)
					return
				}
			}
		})
	}
	wg.Wait()
	must(t, errs[0])
	must(t, errs[1])
	if n := countShifts(t, a); n != 120 {
		t.Fatalf("%d shifts, want 120", n)
	}
	verifyWhole(t, b)
}

// A month marked as sent by one program is locked for the other's next write,
// also when that program read the month as open.
func TestMonthLockSeenByTheOtherProgram(t *testing.T) {
	a, b := openTwo(t)
	register(t, a)
	must(t, a.MarkSent(ctx, cust1, oct, rules.D(2026, 11, 5)))
	if _, err := b.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 9), 8*60, 9*60, rules.Aktiv)); err == nil {
		t.Fatal("a shift in the month the other program locked was saved")
	}
}

// killImportEnv makes TestKillImportChild import into the database it names.
const killImportEnv = "ASSISTANS_TEST_KILL_IMPORT_DB"

// TestKillImportChild is the client TestKillMidImport kills: it says when it
// starts a large import, then imports.
func TestKillImportChild(t *testing.T) {
	db := os.Getenv(killImportEnv)
	if db == "" {
		t.Skip("the client TestKillMidImport starts and kills")
	}
	s, err := Open(db)
	must(t, err)
	var shifts []rules.Shift
	for h := range 6 {
		shifts = append(shifts, yearOfShifts(asst1, cust1, 3000, rules.Clock(h*120))...)
	}
	fmt.Println("importerar")
	must(t, s.Apply(context.Background(), rules.Batch{Shifts: shifts}))
	fmt.Println("klar")
}

// A client killed with SIGKILL in the middle of an import leaves nothing of it,
// the chain whole, and the writer lock free for the next writer.
func TestKillMidImport(t *testing.T) {
	if !pgtest.OnServer() {
		t.Skip("the file engine's kill test is cmd/assistans TestKillDuringImport")
	}
	db := testDB(t)
	s, err := Open(db)
	must(t, err)
	defer s.Close()
	register(t, s)
	before, err := s.Audit(ctx, "", "")
	must(t, err)

	cmd := exec.Command(os.Args[0], "-test.run=^TestKillImportChild$", "-test.v")
	cmd.Env = append(os.Environ(), killImportEnv+"="+db)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	lines := bufio.NewScanner(out)
	started := false
	for lines.Scan() {
		if lines.Text() == "importerar" {
			started = true
			break
		}
	}
	if !started {
		cmd.Wait()
		t.Fatal("the client never started its import")
	}
	// 18,000 shifts take seconds; wait until the server is inside the
	// transaction (it holds the writer lock) before killing the client.
	deadline := time.Now().Add(30 * time.Second)
	for {
		var writing bool
		must(t, s.db.QueryRow(`SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid())`).Scan(&writing))
		if writing {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the client's import never took the writer lock")
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // well into the import
	must(t, cmd.Process.Signal(syscall.SIGKILL))
	for lines.Scan() {
		if lines.Text() == "klar" {
			t.Fatal("the import finished before the kill; make it larger")
		}
	}
	cmd.Wait()

	if n := countShifts(t, s); n != 0 {
		t.Errorf("%d shifts of the killed import are stored", n)
	}
	after, err := s.Audit(ctx, "", "")
	must(t, err)
	if len(after) != len(before) {
		t.Errorf("audit rows %d after the kill, %d before", len(after), len(before))
	}
	// The server ends the dead client's transaction and its lock with it.
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	must(t, s.SaveCustomer(wctx, rules.Customer{Pnr: "194001011236", Name: "Efter"}))
	verifyWhole(t, s)
}

// On a server, a program hears what another commits.
func TestChangesFromAnotherProgram(t *testing.T) {
	if !pgtest.OnServer() {
		t.Skip("a file has no other writers (the instance lock)")
	}
	a, b := openTwo(t)
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	changes := a.Changes(lctx)
	// Changes listens once its own connection is up; saves until a notice comes
	// are each announced, so the first one heard is b's.
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	timeout := time.After(20 * time.Second)
	must(t, a.SaveCustomer(ctx, customer1)) // a's own change is not delivered to a
	for i := 0; ; i++ {
		select {
		case ch := <-changes:
			if len(ch.Tables) != 1 || ch.Tables[0] != TableCustomers || ch.By != "bo@kontor2" {
				t.Fatalf("change %+v", ch)
			}
			return
		case <-tick.C:
			c := customer2
			c.Name = fmt.Sprintf("Lisa %d", i)
			must(t, b.SaveCustomer(ctx, c))
		case <-timeout:
			t.Fatal("no change heard")
		}
	}
}

// A server's backup is a database file like a PC's: restored into a file it
// gives the same records and a whole audit chain, and restore --db URL loads it
// back into a server database in one transaction.
func TestBackupBetweenEngines(t *testing.T) {
	s := printable(t)
	must(t, s.MarkSent(ctx, cust1, oct, rules.D(2026, 11, 5)))
	want, err := s.Snapshot(ctx)
	must(t, err)
	wantAudit, err := s.Audit(ctx, "", "")
	must(t, err)

	backup := filepath.Join(t.TempDir(), "kopia.db")
	must(t, s.Backup(ctx, backup))
	file := filepath.Join(t.TempDir(), "pc.db")
	must(t, Restore(ctx, backup, file))
	f, err := Open(file)
	must(t, err)
	defer f.Close()
	for _, r := range []*Store{f} {
		got, err := r.Snapshot(ctx)
		must(t, err)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("restored into a file:\n got %+v\nwant %+v", got, want)
		}
		audit, err := r.Audit(ctx, "", "")
		must(t, err)
		if !reflect.DeepEqual(audit, wantAudit) {
			t.Errorf("restored audit differs: %d rows, want %d", len(audit), len(wantAudit))
		}
		verifyWhole(t, r)
	}
	// A new shift in the restored file takes the next id, after the copied ones.
	sh, err := f.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 12, 1), 8*60, 9*60, rules.Aktiv))
	must(t, err)
	if max := want.Shifts[len(want.Shifts)-1].ID; sh.ID <= max {
		t.Errorf("new shift id %d, not after the restored %d", sh.ID, max)
	}

	if !pgtest.OnServer() {
		return
	}
	// Into another server database: its earlier content is replaced.
	other := pgtest.NewDatabase(t)
	o, err := Open(other)
	must(t, err)
	defer o.Close()
	must(t, o.SaveCustomer(ctx, rules.Customer{Pnr: "194001011236", Name: "Ska bort"}))
	must(t, Restore(ctx, backup, other))
	got, err := o.Snapshot(ctx)
	must(t, err)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("restored into a server:\n got %+v\nwant %+v", got, want)
	}
	verifyWhole(t, o)
	sh, err = o.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 12, 1), 8*60, 9*60, rules.Aktiv))
	must(t, err)
	if max := want.Shifts[len(want.Shifts)-1].ID; sh.ID <= max {
		t.Errorf("new shift id %d on the server, not after the restored %d", sh.ID, max)
	}
}

// Backups copy every table of the schema but migrations.
func TestCopyTablesCoverTheSchema(t *testing.T) {
	s := openTest(t)
	q := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
	if s.OnServer() {
		q = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`
	}
	rows, err := s.db.Query(q)
	must(t, err)
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var n string
		must(t, rows.Scan(&n))
		if n != "migrations" {
			tables = append(tables, n)
		}
	}
	want := slices.Clone(copyTables)
	slices.Sort(want)
	if !slices.Equal(tables, want) {
		t.Errorf("tables %v\ncopied %v", tables, want)
	}
}
