package data

import (
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"assistans/data/sqlite"
	"assistans/rules"
)

// verifiedStore is a store with a customer, an assistant and two shifts, which verifies clean.
func verifiedStore(t *testing.T) *Store {
	t.Helper()
	s := openTest(t)
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl"}))
	must(t, s.SaveAssistant(ctx, assistant1))
	for _, start := range []rules.Clock{480, 1000} {
		_, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 1), start, start+60, rules.Aktiv))
		must(t, err)
	}
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Fatalf("a fresh store does not verify: %v %v", found, err)
	}
	return s
}

// tamper runs SQL on the store's file as another tool would, past the program.
func tamper(t *testing.T, s *Store, stmts ...string) {
	t.Helper()
	c, err := sql.Open("sqlite3", s.Path())
	must(t, err)
	defer c.Close()
	for _, q := range stmts {
		if _, err := c.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func verifyFinds(t *testing.T, s *Store, want string) {
	t.Helper()
	found, err := s.Verify(ctx)
	must(t, err)
	if len(found) == 0 || !strings.Contains(found[0], want) {
		t.Errorf("verify found %q, want first %q", found, want)
	}
}

// Each change made outside the program is found, and named by table and key.
func TestVerifyFindsChangesOutsideTheProgram(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	for _, c := range []struct {
		name string
		sql  []string
		want string
	}{
		{"shift edited", []string{`UPDATE shifts SET end_min = 600 WHERE id = 1`},
			"Tabellen pass (shifts), nyckel 1: raden har ändrats utanför programmet."},
		{"shift inserted", []string{`INSERT INTO shifts (assistant, customer, date, start_min, end_min, kind) VALUES ('199001011239', '194512121239', '2026-10-02', 480, 600, 'aktiv')`},
			"Tabellen pass (shifts), nyckel 3: raden har lagts till utanför programmet"},
		{"shift deleted", []string{`DELETE FROM shifts WHERE id = 2`},
			"Tabellen pass (shifts), nyckel 2: raden har tagits bort utanför programmet"},
		{"customer renamed", []string{`UPDATE customers SET name = 'Kalle' WHERE pnr = '194512121239'`},
			"Tabellen kunder (customers), nyckel 194512121239: raden har ändrats"},
		{"newest audit rows removed", []string{`DELETE FROM audit WHERE id >= 3`},
			"De senaste raderna i ändringsloggen har tagits bort: den slutar vid rad 2, men ankaret visar rad "},
		{"whole log removed", []string{`DELETE FROM audit`},
			"Hela ändringsloggen har tagits bort"},
		{"audit row edited", []string{`UPDATE audit SET os_user = 'någon' WHERE id = 2`},
			"Ändringsloggen är bruten vid rad 2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := verifiedStore(t)
			tamper(t, s, c.sql...)
			verifyFinds(t, s, c.want)
		})
	}
}

// A chain rewritten from some row on, with hashes that agree and the record
// changed to match, passes the chain and the records: the anchor catches it.
func TestVerifyFindsARewrittenChain(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	rows, err := s.Audit(ctx, "", "")
	must(t, err)
	c, err := sql.Open("sqlite3", s.Path())
	must(t, err)
	defer c.Close()
	_, err = c.Exec(`UPDATE shifts SET end_min = 900 WHERE id = 2`)
	must(t, err)
	prev := ""
	for _, r := range rows {
		at := r.At.UTC().Format("2006-01-02T15:04:05Z")
		if r.Table == TableShifts && r.Key == "2" {
			r.New = strings.Replace(r.New, `"end_min":1060`, `"end_min":900`, 1)
		}
		h := auditHash(r.ID, at, r.User, r.Table, r.Key, r.Old, r.New, r.Note, prev)
		_, err := c.Exec(`UPDATE audit SET new = ?, prev_hash = ?, hash = ? WHERE id = ?`, optV(r.New), prev, h, r.ID)
		must(t, err)
		prev = h
	}
	if broken, err := s.VerifyAudit(ctx); err != nil || broken != 0 {
		t.Fatalf("the rewritten chain should hold together by itself: %d %v", broken, err)
	}
	verifyFinds(t, s, "Ändringsloggen har skrivits om: rad "+strconv.FormatInt(rows[len(rows)-1].ID, 10)+" stämmer inte med ankaret")
}

// Removing the anchor is found, and the program does not make a new one.
func TestVerifyFindsAMissingAnchor(t *testing.T) {
	fileOnly(t) // a file changed behind the program, its anchor and modes
	s := verifiedStore(t)
	path := s.Path()
	must(t, os.Remove(anchorPath(path)))
	must(t, s.Close())
	s2, err := Open(path)
	must(t, err)
	defer s2.Close()
	must(t, s2.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl K"}))
	verifyFinds(t, s2, "saknas")
}

// A database made anew where one was removed takes a new anchor: the old
// one's head belongs to the removed database and must not fail its verify.
func TestNewDatabaseReplacesAStaleAnchor(t *testing.T) {
	fileOnly(t) // a file removed and made anew at the same path
	s := verifiedStore(t)
	path := s.Path()
	must(t, s.Close())
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	s2, err := Open(path)
	must(t, err)
	defer s2.Close()
	must(t, s2.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl"}))
	if found, err := s2.Verify(ctx); err != nil || len(found) != 0 {
		t.Fatalf("a new database at a removed one's path does not verify: %q %v", found, err)
	}
}

// A database of schema 1 (before records were proved) is sealed on upgrade: a
// record that differs from its audit row gets one audit row saying so, and
// from then on it verifies, with an anchor.
func TestUpgradeSealsRecords(t *testing.T) {
	fileOnly(t)
	init1, err := fs.ReadFile(sqlite.Migrations(), "0001_init.sql")
	must(t, err)
	schemaFS = fstest.MapFS{"0001_init.sql": {Data: init1}}
	s := openTest(t)
	path := s.Path()
	must(t, s.Close())
	schemaFS = nil
	// What an earlier version saved for a new customer: the row and its audit
	// row (written here, as today's program writes schema 4's columns).
	cols := []string{"pnr", "name", "representative_name", "representative_pnr", "representative_role", "personkrets", "inactive"}
	row := rowJSON(cols, []any{cust1, "Karl", "", "", "", nil, int64(0)})
	at := fixedNow.Format(time.RFC3339)
	tamper(t, &Store{path: path},
		`INSERT INTO customers (pnr, name) VALUES ('194512121239', 'Karl')`,
		fmt.Sprintf(`INSERT INTO audit (id, at, os_user, tbl, key, old, new, note, prev_hash, hash) VALUES (1, '%s', 'anna', 'customers', '%s', NULL, '%s', '', '', '%s')`,
			at, cust1, row, auditHash(1, at, "anna", TableCustomers, cust1, "", row, "", "")))
	os.RemoveAll(BackupDir(path)) // as an earlier version left it: no anchor
	tamper(t, &Store{path: path}, `UPDATE customers SET name = 'Kalle' WHERE pnr = '194512121239'`)

	u, err := Open(path)
	must(t, err)
	defer u.Close()
	rows, err := u.Audit(ctx, TableCustomers, cust1)
	must(t, err)
	if len(rows) != 2 || rows[1].Note != sealNote || !strings.Contains(rows[1].Old, `"Karl"`) || !strings.Contains(rows[1].New, `"Kalle"`) {
		t.Errorf("audit after the upgrade: %+v", rows)
	}
	if found, err := u.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify after the upgrade: %v %v", found, err)
	}
	all, err := u.Audit(ctx, "", "")
	must(t, err)
	if a, found, err := readAnchor(path); err != nil || !found || a.ID != all[len(all)-1].ID {
		t.Errorf("anchor after the upgrade: %+v %v %v", a, found, err)
	}
}

// sealed is how many audit rows a new database starts with: migration 3 seals
// the rows earlier migrations put in without an audit row (the rate table).
func sealed(t *testing.T) int {
	t.Helper()
	s := openTest(t)
	rows, err := s.Audit(ctx, "", "")
	must(t, err)
	for _, r := range rows {
		if r.Note != sealNote {
			t.Fatalf("a new database's audit row %+v is not a seal", r)
		}
	}
	return len(rows)
}
