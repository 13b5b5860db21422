package data

import (
	"cmp"
	"slices"
	"testing"

	"assistans/rules"
)

// Apply matches each shift on its key against the stored shifts read once and
// against those stored earlier in the same batch.
func TestApplyShiftKeys(t *testing.T) {
	s := openTest(t)
	register(t, s)
	day := rules.D(2026, 10, 1)
	// Two stored shifts without a start on the same day: NULLs never clash in
	// the unique key, so both exist; the first (lowest id) is the one matched.
	first, err := s.SaveShift(ctx, shift(asst1, cust1, day, rules.NoClock, 10*60, rules.Aktiv))
	must(t, err)
	second, err := s.SaveShift(ctx, shift(asst1, cust1, day, rules.NoClock, 11*60, rules.Aktiv))
	must(t, err)
	before, err := s.Audit(ctx, TableShifts, "")
	must(t, err)

	must(t, s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{
		shift(asst1, cust1, day, rules.NoClock, 12*60, rules.Aktiv), // updates first
		shift(asst1, cust1, day, 8*60, 16*60, rules.Aktiv),          // new
		shift(asst1, cust1, day, 8*60, 17*60, rules.Aktiv),          // the same key again: updates the new one
	}}))
	// An id that a shift carries (from another database's export) is not used.
	elsewhere := shift(asst2, cust1, day, 8*60, 9*60, rules.Aktiv)
	elsewhere.ID = 999
	must(t, s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{elsewhere}}))
	got, err := s.Shifts(ctx, day, day)
	must(t, err)
	// By id; the new shift has the next one.
	slices.SortFunc(got, func(a, b rules.Shift) int { return cmp.Compare(a.ID, b.ID) })
	first.End = 12 * 60
	added := shift(asst1, cust1, day, 8*60, 17*60, rules.Aktiv)
	added.ID = second.ID + 1
	elsewhere.ID = added.ID + 1
	equal(t, "shifts", got, []rules.Shift{first, second, added, elsewhere})

	// Four changes: first's update, the insert, the update of the inserted shift
	// and the other insert.
	after, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	if len(after)-len(before) != 4 {
		t.Errorf("%d audit rows for the batches, want 4", len(after)-len(before))
	}
	if broken, err := s.VerifyAudit(ctx); err != nil || broken != 0 {
		t.Errorf("VerifyAudit = %d, %v", broken, err)
	}
}
