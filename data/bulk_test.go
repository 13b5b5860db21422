package data

import (
	"strings"
	"testing"
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
