package data

import (
	"errors"
	"os"
	"os/user"
	"strconv"
	"testing"
	"time"

	"assistans/rules"
)

// openTwo opens one new database twice, as two programs (two people) would.
func openTwo(t *testing.T) (*Store, *Store) {
	t.Helper()
	db := testDB(t)
	var stores [2]*Store
	for i, user := range []string{"anna@kontor1", "bo@kontor2"} {
		s, err := Open(db)
		must(t, err)
		s.Now = func() time.Time { return fixedNow.Add(time.Duration(i) * time.Hour) }
		s.User = user
		t.Cleanup(func() { s.Close() })
		stores[i] = s
	}
	return stores[0], stores[1]
}

// Two people open the same customer; the second to save is told who saved first, and when.
func TestSecondWriterOnOneRecordIsRefused(t *testing.T) {
	anna, bo := openTwo(t)
	register(t, anna)
	cs, err := anna.Customers(ctx)
	must(t, err)
	annas, bos := cs[0], cs[0] // both opened Karl Kund, version 1
	if annas.Version != 1 {
		t.Fatalf("a new record's version %d, want 1", annas.Version)
	}
	annas.Name = "Karl Kund-Berg"
	must(t, anna.SaveCustomer(ctx, annas))

	bos.RepresentativeName = "Gun Godman"
	err = bo.SaveCustomer(ctx, bos)
	var ce *ConflictError
	if !errors.Is(err, ErrConflict) || !errors.As(err, &ce) {
		t.Fatalf("second save = %v, want a ConflictError", err)
	}
	// anna's clock is fixedNow (09:30 UTC), 10:30 in Stockholm in November.
	want := "Kunden 194512121239 har ändrats av anna@kontor1 2026-11-03 10:30 sedan du öppnade den; läs in den igen och gör din ändring på nytt."
	if ce.By != "anna@kontor1" || !ce.At.Equal(fixedNow) || err.Error() != want {
		t.Errorf("conflict %+v\n%q\nwant %q", ce, err, want)
	}
	// Nothing of Bo's save was stored, and reloading lets him save.
	cs, err = bo.Customers(ctx)
	must(t, err)
	if cs[0].Name != "Karl Kund-Berg" || cs[0].RepresentativeName != "Gun God" || cs[0].Version != 2 {
		t.Fatalf("after the refused save: %+v", cs[0])
	}
	reloaded := cs[0]
	reloaded.RepresentativeName = "Gun Godman"
	must(t, bo.SaveCustomer(ctx, reloaded))
	rows, err := bo.Audit(ctx, TableCustomers, cust1)
	must(t, err)
	if last := rows[len(rows)-1]; last.User != "bo@kontor2" || len(rows) != 3 {
		t.Errorf("audit of the customer: %d rows, last by %q", len(rows), last.User)
	}
}

// The same for a shift, and a shift deleted meanwhile is named as removed.
func TestStaleShiftRefused(t *testing.T) {
	anna, bo := openTwo(t)
	register(t, anna)
	sh, err := anna.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv))
	must(t, err)
	if sh.Version != 1 {
		t.Fatalf("new shift version %d", sh.Version)
	}
	moved := sh
	moved.End = 17 * 60
	moved, err = anna.SaveShift(ctx, moved)
	must(t, err)
	if moved.Version != 2 {
		t.Fatalf("changed shift version %d, want 2", moved.Version)
	}
	stale := sh
	stale.Kind = rules.Vantetid
	if _, err := bo.SaveShift(ctx, stale); !errors.Is(err, ErrConflict) {
		t.Fatalf("stale shift save = %v, want ErrConflict", err)
	}
	must(t, anna.DeleteShift(ctx, sh.ID, 0))
	moved.Kind = rules.Beredskap
	_, err = bo.SaveShift(ctx, moved)
	var ce *ConflictError
	if !errors.As(err, &ce) || !ce.Removed || ce.Key != strconv.FormatInt(sh.ID, 10) {
		t.Fatalf("save of a removed shift = %v", err)
	}
	// A version of 0 saves without the check (an import, or a caller that keeps none).
	unchecked := shift(asst1, cust1, rules.D(2026, 10, 3), 8*60, 9*60, rules.Aktiv)
	unchecked, err = bo.SaveShift(ctx, unchecked)
	must(t, err)
	unchecked.End, unchecked.Version = 10*60, 0
	got, err := anna.SaveShift(ctx, unchecked)
	must(t, err)
	if got.Version != 2 {
		t.Errorf("unchecked save: version %d, want 2", got.Version)
	}
}

// Deleting a shift from the version one read: refused once another changed it,
// naming who; the shift is still there, and deleting the current version works.
func TestStaleShiftDeleteRefused(t *testing.T) {
	anna, bo := openTwo(t)
	register(t, anna)
	sh, err := anna.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv))
	must(t, err)
	bosCopy := sh
	sh.End = 15 * 60
	sh, err = anna.SaveShift(ctx, sh)
	must(t, err)
	err = bo.DeleteShift(ctx, bosCopy.ID, bosCopy.Version)
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Removed || ce.By != "anna@kontor1" || ce.Key != strconv.FormatInt(sh.ID, 10) {
		t.Fatalf("delete of a stale shift = %v, want a conflict by anna@kontor1", err)
	}
	left, err := bo.Shifts(ctx, rules.D(2026, 10, 1), rules.D(2026, 10, 31))
	must(t, err)
	if len(left) != 1 || left[0].End != 15*60 || left[0].Version != 2 {
		t.Fatalf("after the refused delete: %+v", left)
	}
	must(t, bo.DeleteShift(ctx, sh.ID, sh.Version))
	// Deleting again, from the version one had: removed, and by whom.
	err = anna.DeleteShift(ctx, sh.ID, sh.Version)
	if !errors.As(err, &ce) || !ce.Removed || ce.By != "bo@kontor2" {
		t.Fatalf("delete of a removed shift = %v, want removed by bo@kontor2", err)
	}
}

// A hospital stay saved or removed from a stale version is refused the same way.
func TestStaleHospitalStayRefused(t *testing.T) {
	anna, bo := openTwo(t)
	register(t, anna)
	h := rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 10, 3), FromTime: 14 * 60, ToDate: rules.D(2026, 10, 9), ToTime: 10 * 60}
	must(t, anna.SaveHospitalStay(ctx, h))
	hs, err := bo.HospitalStays(ctx, cust1)
	must(t, err)
	bos := hs[0]
	if bos.Version != 1 {
		t.Fatalf("new stay version %d, want 1", bos.Version)
	}
	annas := bos
	annas.ToDate = rules.D(2026, 10, 10)
	must(t, anna.SaveHospitalStay(ctx, annas))
	bos.ToTime = 12 * 60
	var ce *ConflictError
	if err := bo.SaveHospitalStay(ctx, bos); !errors.As(err, &ce) || ce.By != "anna@kontor1" || ce.Table != TableHospital {
		t.Fatalf("stale stay save = %v, want a conflict by anna@kontor1", err)
	}
	if err := bo.DeleteHospitalStay(ctx, bos); !errors.As(err, &ce) || ce.Removed {
		t.Fatalf("stale stay delete = %v, want a conflict", err)
	}
	hs, err = bo.HospitalStays(ctx, cust1)
	must(t, err)
	if len(hs) != 1 || hs[0].ToDate != rules.D(2026, 10, 10) || hs[0].ToTime != 10*60 || hs[0].Version != 2 {
		t.Fatalf("after the refused changes: %+v", hs)
	}
	// Adding a stay from the same time as one stored meanwhile is refused, not an overwrite.
	again := hs[0]
	again.ToDate = rules.D(2026, 10, 20)
	if err := bo.AddHospitalStay(ctx, again); !errors.As(err, &ce) || ce.Removed || ce.By != "anna@kontor1" {
		t.Fatalf("adding over a stored stay = %v, want a conflict by anna@kontor1", err)
	}
	must(t, bo.DeleteHospitalStay(ctx, hs[0]))
	if err := anna.SaveHospitalStay(ctx, annas); !errors.As(err, &ce) || !ce.Removed || ce.By != "bo@kontor2" {
		t.Fatalf("save of a removed stay = %v, want removed by bo@kontor2", err)
	}
	must(t, anna.AddHospitalStay(ctx, h))
	if hs, _ := bo.HospitalStays(ctx, cust1); len(hs) != 1 || hs[0] != (rules.HospitalStay{Customer: cust1, FromDate: h.FromDate, FromTime: h.FromTime, ToDate: h.ToDate, ToTime: h.ToTime, Version: 1}) {
		t.Errorf("the stay added again: %+v", hs)
	}
}

// The audit trail records who made a change: the server's role, or user@host.
func TestAuditRecordsThePerson(t *testing.T) {
	s := openTest(t)
	if s.User == "" {
		t.Fatal("no user")
	}
	var want string
	if s.OnServer() {
		must(t, s.db.QueryRow(`SELECT session_user`).Scan(&want))
	} else if want = osUserAtHost(t); want == "" {
		t.Fatal("no OS user")
	}
	if s.User != want {
		t.Errorf("User = %q, want %q", s.User, want)
	}
	must(t, s.SaveCustomer(ctx, customer1))
	rows, err := s.Audit(ctx, TableCustomers, cust1)
	must(t, err)
	if len(rows) != 1 || rows[0].User != want {
		t.Errorf("audit rows %+v, want one by %q", rows, want)
	}
}

func osUserAtHost(t *testing.T) string {
	u, err := user.Current()
	must(t, err)
	host, err := os.Hostname()
	must(t, err)
	return u.Username + "@" + host
}

// verify proves every record on both engines: a record changed behind the
// program's back (here with SQL on the database itself) is found.
func TestVerifyFindsAChangeBehindTheProgram(t *testing.T) {
	s := openTest(t)
	must(t, s.SaveCustomer(ctx, customer1))
	found, err := s.Verify(ctx)
	must(t, err)
	if len(found) != 0 {
		t.Fatalf("a fresh store does not verify: %v", found)
	}
	_, err = s.db.Exec(`UPDATE customers SET name = 'Kalle' WHERE pnr = '194512121239'`)
	must(t, err)
	found, err = s.Verify(ctx)
	must(t, err)
	want := "Tabellen kunder (customers), nyckel 194512121239: raden har ändrats utanför programmet."
	if len(found) != 1 || found[0] != want {
		t.Errorf("verify found %q, want %q", found, want)
	}
}
