package data

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"assistans/internal/bigoffice"
	"assistans/rules"
)

// storedWorked is the table's rows of 2026 that are not zero, ordered as
// rules.WorkedSums.Rows orders them, after checking that a recount agrees.
func storedWorked(t *testing.T, s *Store) []rules.Worked {
	t.Helper()
	var year []rules.Month
	for m := (rules.Month{Year: 2026, Month: 1}); m.Year == 2026; m = m.Next() {
		year = append(year, m)
	}
	var out []rules.Worked
	must(t, s.read(ctx, func(tx *tx) (err error) {
		if out, err = loadWorked(ctx, tx, year); err != nil {
			return err
		}
		sums, err := countWorked(ctx, tx)
		if err != nil {
			return err
		}
		msg, err := tx.recountWorked(ctx, sums)
		if msg != "" {
			t.Errorf("recount: %s", msg)
		}
		return err
	}))
	slices.SortFunc(out, rules.CompareWorked)
	return out
}

func worked(a, c string, m time.Month, minutes int64) rules.Worked {
	return rules.Worked{Assistant: a, Customer: c, Month: rules.Month{Year: 2026, Month: m}, Minutes: minutes}
}

// The worked minutes follow every write of a shift: a new one, a change to
// another customer and month, a removal, an import; verify finds the table
// changed behind the program's back, and schema 6 fills it from the shifts.
func TestWorkedMinutesFollowTheShifts(t *testing.T) {
	s := openTest(t)
	register(t, s)
	// 22:00–07:00 from 31 October: 2 h in October, 7 h in November.
	a, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 31), 22*60, 7*60, rules.Aktiv))
	must(t, err)
	// 20:00–08:00 on the night summer time ends (25 October): 13 h.
	b, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 24), 20*60, 8*60, rules.Vantetid))
	must(t, err)
	check := func(what string, want ...rules.Worked) {
		t.Helper()
		if got := storedWorked(t, s); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v\nwant %+v", what, got, want)
		}
	}
	check("two shifts", worked(asst1, cust1, 10, 2*60+13*60), worked(asst1, cust1, 11, 7*60))

	a.Customer, a.Date, a.Start, a.End = cust2, rules.D(2026, 9, 10), 8*60, 12*60
	_, err = s.SaveShift(ctx, a)
	must(t, err)
	check("one moved", worked(asst1, cust1, 10, 13*60), worked(asst1, cust2, 9, 4*60))

	must(t, s.DeleteShift(ctx, b.ID, b.Version))
	check("one removed", worked(asst1, cust2, 9, 4*60))

	must(t, s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{
		shift(asst2, cust2, rules.D(2026, 9, 10), 12*60, 20*60, rules.Beredskap),
		shift(asst1, cust2, rules.D(2026, 9, 11), 8*60, 9*60, rules.Aktiv),
		shift(asst1, cust2, rules.D(2026, 9, 12), 8*60, rules.NoClock, rules.Aktiv), // no end: not counted
	}}))
	check("imported", worked(asst2, cust2, 9, 8*60), worked(asst1, cust2, 9, 5*60))
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Fatalf("verify: %q %v", found, err)
	}

	_, err = s.db.Exec(s.eng.Rebind(`UPDATE worked_minutes SET minutes = minutes + 1 WHERE assistant = ?`), asst2)
	must(t, err)
	if found, err := s.Verify(ctx); err != nil || len(found) != 1 ||
		found[0] != "Tabellen worked_minutes stämmer inte med passen (månad 2026-09, assistent "+asst2+", kund "+cust2+
			"): den har ändrats utanför programmet, och kontrollen av arbetstiden kan bli fel. Återställ en säkerhetskopia." {
		t.Errorf("verify after changing the table: %q %v", found, err)
	}

	// As a database of schema 5: the migration fills the table from the shifts.
	_, err = s.db.Exec(`DROP TABLE worked_minutes`)
	must(t, err)
	_, err = s.db.Exec(`DELETE FROM migrations WHERE number = 6`)
	must(t, err)
	must(t, s.Close())
	if s, err = Open(s.Path()); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("after schema 6", worked(asst2, cust2, 9, 8*60), worked(asst1, cust2, 9, 5*60))
}

// A month's check on the stored sums finds what it finds on every shift of its
// calculation periods, on a provider whose periods all begin on January 1st
// (so that most months of a period come as sums).
func TestMonthDataOnSumsChecksAsEveryShift(t *testing.T) {
	s := openTest(t)
	must(t, s.Apply(ctx, bigoffice.Generate(3, 10, 70, rules.D(2026, 1, 1), rules.D(2027, 1, 1))))
	summed, worktime := 0, 0
	for _, m := range []rules.Month{{Year: 2026, Month: 8}, {Year: 2026, Month: 11}, {Year: 2026, Month: 12}} {
		md, err := s.MonthData(ctx, m, rules.D(2027, 1, 10))
		must(t, err)
		// Lower limits, so that periods are over them.
		for _, w := range []*rules.WorkLimit{&md.Settings.ATL, &md.Settings.Husligt, &md.Settings.Agreements[0]} {
			w.LimitMinPerWeek = 10 * 60
		}
		reads := md.Settings.ReadsFor(m, md.Assistants)
		full := md
		full.Summed, full.Worked = nil, nil
		// Every shift from the first day read or summed (and the day before) to the last.
		from, to := reads.Ranges[0].First, reads.Ranges[len(reads.Ranges)-1].Last
		if n := len(reads.Summed); n > 0 {
			if first := reads.Summed[0].First().AddDays(-1); first.Before(from) {
				from = first
			}
			if last := reads.Summed[n-1].Last(); last.After(to) {
				to = last
			}
		}
		full.Shifts, err = s.Shifts(ctx, from, to)
		must(t, err)
		summed += len(md.Summed)
		want := rules.Check(full)
		if got := rules.Check(md); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d findings on the sums, %d on every shift", m, len(got), len(want))

		}
		for _, f := range want {
			if f.Code == rules.WorktimeAverage {
				worktime++
			}
		}
	}
	if summed == 0 || worktime == 0 {
		t.Fatalf("the test checks nothing: %d months summed, %d working-time findings", summed, worktime)
	}
}
