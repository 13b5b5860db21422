package data

import (
	"errors"
	"strings"
	"testing"

	"assistans/rules"
)

func fullBatch() rules.Batch {
	return rules.Batch{
		Providers:   []rules.Provider{provider},
		Customers:   []rules.Customer{customer2, customer1},
		Decisions:   []rules.Decision{{Customer: cust1, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000, HourlyAmount: 33260}},
		Assistants:  []rules.Assistant{assistant1, assistant2},
		Assignments: []rules.Assignment{{Assistant: asst1, Customer: cust1, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider}},
		Shifts: []rules.Shift{
			shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv),
			shift(asst2, cust1, rules.D(2026, 10, 1), 8*60, 16*60, rules.Aktiv),
			shift(asst1, cust1, rules.D(2026, 10, 1), rules.NoClock, 16*60, rules.Aktiv),
		},
		MonthInfos: []rules.MonthInfo{{Customer: cust1, Month: oct, ChildcareSchool: true}},
		Hospital:   []rules.HospitalStay{{Customer: cust1, FromDate: rules.D(2026, 10, 5), FromTime: 600, ToDate: rules.D(2026, 10, 6), ToTime: 700}},
		Costs:      []rules.Cost{{Customer: cust1, Month: oct, Category: 2, Amount: 99}},
	}
}

func TestApplyAndSnapshot(t *testing.T) {
	s := openTest(t)
	b := fullBatch()
	must(t, s.Apply(ctx, b))
	snap, err := s.Snapshot(ctx)
	must(t, err)

	// The snapshot holds the same records, sorted by key, with shift IDs.
	want := b
	want.Customers = []rules.Customer{customer1, customer2}
	want.Assistants = []rules.Assistant{assistant2, assistant1}
	want.Shifts = []rules.Shift{b.Shifts[1], b.Shifts[2], b.Shifts[0]} // asst2 first; a missing start sorts first
	for i := range want.Shifts {
		if snap.Shifts[i].ID == 0 {
			t.Fatalf("snapshot shift %d has no ID", i)
		}
		want.Shifts[i].ID = snap.Shifts[i].ID
	}
	equal(t, "snapshot", snap, want)

	// Applying it again changes nothing and writes no audit rows.
	before, err := s.Audit(ctx, "", "")
	must(t, err)
	must(t, s.Apply(ctx, snap))
	after, err := s.Audit(ctx, "", "")
	must(t, err)
	if len(after) != len(before) {
		t.Errorf("re-applying the snapshot wrote %d audit rows", len(after)-len(before))
	}

	// A changed shift is matched on its key (also with a missing start) and updated in place.
	ch := fullBatch()
	ch.Shifts[2].End = 17 * 60
	ch.Shifts[2].Kind = "okänt"
	must(t, s.Apply(ctx, rules.Batch{Shifts: ch.Shifts[2:]}))
	got, err := s.Shifts(ctx, rules.D(2026, 10, 1), rules.D(2026, 10, 1))
	must(t, err)
	ch.Shifts[2].ID = want.Shifts[1].ID
	equal(t, "updated shifts", got, []rules.Shift{want.Shifts[0], ch.Shifts[2]})
}

func TestApplyAllOrNothing(t *testing.T) {
	s := openTest(t)
	b := fullBatch()
	b.Shifts = append(b.Shifts,
		shift("190001011234", cust1, rules.D(2026, 10, 3), 8*60, 9*60, rules.Aktiv),
		shift("190001011234", cust1, rules.D(2026, 10, 4), 8*60, 9*60, rules.Aktiv),
		shift(asst1, "190202021234", rules.D(2026, 10, 4), 8*60, 9*60, rules.Aktiv))
	err := s.Apply(ctx, b)
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("Apply = %v, want ErrNotFound", err)
	}
	want := "Assistenten 190001011234 finns inte i registret (2 rader)\nKunden 190202021234 finns inte i registret."
	if err.Error() != want {
		t.Errorf("message = %q, want %q", err, want)
	}
	snap, err := s.Snapshot(ctx)
	must(t, err)
	equal(t, "database after a failed batch", snap, rules.Batch{})
	rows, err := s.Audit(ctx, "", "")
	must(t, err)
	equal(t, "audit rows after a failed batch", len(rows), sealed(t))

	// A batch that marks a month as sent locks it with the totals of its own shifts.
	b = fullBatch()
	b.MonthInfos[0].Sent = rules.D(2026, 11, 2)
	must(t, s.Apply(ctx, b))
	p, err := s.Printed(ctx, oct)
	must(t, err)
	// Two valid 8-hour shifts; the one with a missing start counts nothing.
	equal(t, "printed by the batch", p, []rules.PrintedTotals{{Customer: cust1, Month: oct, Totals: rules.Totals{Aktiv: 960}}})
	b.Shifts[0].End = 17 * 60
	if err := s.Apply(ctx, b); !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "2026-10") {
		t.Errorf("changing a locked month by batch = %v, want ErrLocked", err)
	}
}
