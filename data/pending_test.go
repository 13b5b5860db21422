package data

import (
	"errors"
	"testing"
)

// A read of a table no pending row belongs to leaves the rows pending (an
// import's lookups between its shifts); a read of their table inserts them
// first, so the transaction reads what it wrote. Runs on both engines.
func TestPendingRowsFlushOnlyForTheirTable(t *testing.T) {
	s := openTest(t)
	rollback := errors.New("rollback")
	err := s.write(ctx, func(w *tx) error {
		must(t, w.audit(ctx, TableShifts, "pending-test", "", `{"id":1}`, ""))
		if len(w.pending) != 1 || w.pending[0].n != 1 {
			t.Fatalf("pending = %+v, want one audit row", w.pending)
		}
		var n int
		must(t, w.queryRow(ctx, `SELECT COUNT(*) FROM customers`).Scan(&n))
		if len(w.pending) != 1 {
			t.Errorf("a read of customers inserted the pending audit row")
		}
		must(t, w.queryRow(ctx, `SELECT COUNT(*) FROM audit WHERE key = ?`, "pending-test").Scan(&n))
		if n != 1 || len(w.pending) != 0 {
			t.Errorf("a read of audit saw %d rows and left %d tables pending, want 1 and 0", n, len(w.pending))
		}
		return rollback
	})
	if !errors.Is(err, rollback) {
		t.Fatalf("write = %v", err)
	}
}
