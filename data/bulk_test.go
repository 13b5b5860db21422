package data

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"assistans/rules"
)

// An import large enough to build the indexes after its rows leaves every
// index (and on a server every foreign key) as it was, every shift stored and audited, and the chain whole; a
// second import of the same rows into the now full table changes nothing.
func TestBulkImportRebuildsIndexes(t *testing.T) {
	s := openTest(t)
	q := `SELECT name || ':' || COALESCE(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name`
	if s.OnServer() {
		// The foreign keys too, which a server's bulk import drops and adds again.
		q = `SELECT indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
			UNION ALL SELECT conname || ':' || pg_get_constraintdef(oid) FROM pg_constraint
			WHERE conrelid = 'shifts'::regclass AND contype = 'f' ORDER BY 1`
	}
	regs, sh := largeOffice(bulkMin)
	must(t, s.Apply(ctx, regs))
	indexes := func() string {
		rows, err := s.db.Query(q)
		must(t, err)
		defer rows.Close()
		var all []string
		for rows.Next() {
			var x string
			must(t, rows.Scan(&x))
			all = append(all, x)
		}
		return strings.Join(all, "\n")
	}
	before := indexes()
	for _, want := range []string{"shifts_by_date", "shifts_by_customer", "audit_by_key"} {
		if !strings.Contains(before, want+":CREATE INDEX") {
			t.Fatalf("index %s missing before the import:\n%s", want, before)
		}
	}
	must(t, s.Apply(ctx, sh))
	if after := indexes(); after != before {
		t.Errorf("indexes after the import:\n%s\nwant:\n%s", after, before)
	}
	var count int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&count))
	audited, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	if count != bulkMin || len(audited) != bulkMin {
		t.Errorf("%d shifts and %d recorded inserts of shifts, want %d of each", count, len(audited), bulkMin)
	}
	must(t, s.Apply(ctx, sh))
	again, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	if len(again) != bulkMin {
		t.Errorf("a second import of the same rows added %d recorded changes", len(again)-bulkMin)
	}
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify after the import: %v %v", found, err)
	}
}

// A bulk import reads the month locks and the registers once rather than
// between its parts, and inserts each part while it reads the next; it must
// still refuse a shift in a sent month, and one naming an assistant not in the
// register, at the right record, and leave nothing behind; and parts inserted
// while the next was read must all be stored and recorded.
func TestBulkImportInParts(t *testing.T) {
	s := openTest(t)
	regs, sh := largeOffice(bulkMin)
	must(t, s.Apply(ctx, regs))
	defer func(was int) { partMaxBytes = was }(partMaxBytes)
	partMaxBytes = 64 << 10 // about twenty parts in the batch

	last := sh.Shifts[len(sh.Shifts)-1]
	m := last.Date.MonthOf()
	must(t, s.Apply(ctx, rules.Batch{MonthInfos: []rules.MonthInfo{{Customer: last.Customer, Month: m, Sent: m.Last()}}}))
	first := slices.IndexFunc(sh.Shifts, func(x rules.Shift) bool {
		return x.Customer == last.Customer && (x.Date.MonthOf() == m || x.End < x.Start && x.Date.AddDays(1).MonthOf() == m)
	})
	err := s.ImportStream(ctx, streamParts(sh))
	var re *RecordError
	if !errors.Is(err, ErrLocked) || !errors.As(err, &re) || re.Kind != "shifts" || re.Index != first || first < 15000 {
		t.Fatalf("a bulk import into a month sent for one customer = %v (%+v), want ErrLocked at shift %d", err, re, first)
	}
	var count int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&count))
	if count != 0 {
		t.Fatalf("%d shifts stored by a refused import", count)
	}
	must(t, s.Unlock(ctx, last.Customer, m, "test"))

	bad := sh
	bad.Shifts = slices.Clone(sh.Shifts)
	bad.Shifts[15000].Assistant = benchPnr(rules.D(2001, 1, 1), 238)
	if err := s.ImportStream(ctx, streamParts(bad)); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), bad.Shifts[15000].Assistant) {
		t.Fatalf("a bulk import naming an unknown assistant = %v, want ErrNotFound naming it", err)
	}

	must(t, s.ImportStream(ctx, streamParts(sh)))
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&count))
	audited, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	var parts int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM audit WHERE tbl = 'shifts'`).Scan(&parts))
	if count != bulkMin || len(audited) != bulkMin || parts < 10 {
		t.Errorf("%d shifts, %d recorded inserts in %d audit rows; want %d of each, in ten rows or more", count, len(audited), parts, bulkMin)
	}
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify after the import: %v %v", found, err)
	}
}

// Bulk runs its function with the rollback journal when the file is this
// store's alone, and with the WAL kept (at once, not after the busy timeout)
// when another connection has it open; the WAL is back afterwards, and the
// function's error is Bulk's.
func TestBulkJournal(t *testing.T) {
	s := openTest(t)
	regs, sh := largeOffice(2000)
	must(t, s.Apply(ctx, regs))
	mode := func() string {
		if s.OnServer() {
			return "server"
		}
		var m string
		must(t, s.db.QueryRow(`PRAGMA journal_mode`).Scan(&m))
		return m
	}
	var during string
	must(t, s.Bulk(ctx, func() error {
		during = mode()
		return s.ImportStream(ctx, streamParts(sh))
	}))
	want := map[bool]string{false: "truncate", true: "server"}[s.OnServer()]
	if after := mode(); during != want || after != map[bool]string{false: "wal", true: "server"}[s.OnServer()] {
		t.Errorf("journal during the import %q, after %q; want %q, then wal", during, after, want)
	}
	var count int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&count))
	if count != 2000 {
		t.Errorf("%d shifts stored, want 2000", count)
	}
	stop := errors.New("stop")
	if err := s.Bulk(ctx, func() error { return stop }); err != stop {
		t.Errorf("Bulk = %v, want the function's error", err)
	}
	if s.OnServer() {
		return
	}
	other, err := OpenForReading(s.Path())
	must(t, err)
	defer other.Close()
	if _, err := other.Customers(ctx); err != nil {
		t.Fatal(err)
	}
	must(t, s.Bulk(ctx, func() error { during = mode(); return nil }))
	if during != "wal" || mode() != "wal" {
		t.Errorf("with another program reading: journal %q during, %q after; want wal", during, mode())
	}
}

// A file left by a write killed midway through the rollback journal (the
// command line's import, Bulk): opened for reading alone it is refused rather
// than read half-written, and the next open for writing rolls the journal back.
// The killed write is a copy of the file and its journal taken while a
// transaction that has spilled pages into the file is still open.
func TestHotJournalNotReadAsItIs(t *testing.T) {
	fileOnly(t)
	s := openTest(t)
	regs, sh := largeOffice(3000)
	must(t, s.Apply(ctx, regs))
	dir := t.TempDir()
	killed := filepath.Join(dir, "killed.db")
	must(t, s.Bulk(ctx, func() error {
		c, err := s.db.Conn(ctx)
		must(t, err)
		defer c.Close()
		_, err = c.ExecContext(ctx, `PRAGMA cache_size = 10`) // spill to the file early
		must(t, err)
		_, err = c.ExecContext(ctx, `BEGIN IMMEDIATE`)
		must(t, err)
		for _, x := range sh.Shifts {
			_, err := c.ExecContext(ctx, `INSERT INTO shifts (assistant, customer, date, start_min, end_min, kind) VALUES (?, ?, ?, ?, ?, ?)`, shiftVals(x)...)
			must(t, err)
		}
		for _, suffix := range []string{"", "-journal"} {
			b, err := os.ReadFile(s.Path() + suffix)
			must(t, err)
			must(t, os.WriteFile(killed+suffix, b, 0o600))
		}
		_, err = c.ExecContext(ctx, `ROLLBACK`)
		must(t, err)
		_, err = c.ExecContext(ctx, `PRAGMA cache_size = -16384`)
		return err
	}))
	if !hotJournal(killed) {
		t.Fatal("the copied journal is empty: the transaction did not spill into the file")
	}
	if r, err := openReadOnly(killed); err == nil {
		r.Close()
		t.Fatal("a file with a hot journal was opened for reading as it is")
	}
	w, err := Open(killed)
	must(t, err)
	defer w.Close()
	var n int
	must(t, w.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&n))
	if n != 0 {
		t.Errorf("%d shifts after the journal was rolled back, want none", n)
	}
	if hotJournal(killed) {
		t.Error("the journal is still hot after an open for writing")
	}
}
