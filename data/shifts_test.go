package data

import (
	"errors"
	"strings"
	"testing"

	"assistans/rules"
	"assistans/rules/say"
)

var oct = rules.Month{Year: 2026, Month: 10}

func shift(a, c string, d rules.Date, start, end rules.Clock, k rules.Kind) rules.Shift {
	return rules.Shift{Assistant: a, Customer: c, Date: d, Start: start, End: end, Kind: k}
}

func TestShiftsRoundTrip(t *testing.T) {
	s := openTest(t)
	register(t, s)
	a, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv))
	must(t, err)
	if a.ID == 0 {
		t.Fatal("SaveShift returned no ID")
	}
	// A missing end and an unknown kind are stored as they are, for SHIFT_INVALID to report.
	odd, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 1), 22*60, rules.NoClock, "natt"))
	must(t, err)
	b, err := s.SaveShift(ctx, shift(asst2, cust2, rules.D(2026, 10, 1), 0, 6*60, rules.Beredskap))
	must(t, err)
	night, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 9, 30), 22*60, 6*60, rules.Vantetid))
	must(t, err)
	day, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 9, 30), 8*60, 12*60, rules.Aktiv))
	must(t, err)

	got, err := s.Shifts(ctx, rules.D(2026, 10, 1), rules.D(2026, 10, 31))
	must(t, err)
	// Sorted by assistant (asst2 < asst1), then date, then start.
	equal(t, "October shifts", got, []rules.Shift{b, odd, a})

	got, err = s.ShiftsFor(ctx, asst1, cust1, oct)
	must(t, err)
	// The night shift of 30 September runs into October; the day shift does not.
	equal(t, "ShiftsFor October", got, []rules.Shift{night, odd, a})
	_ = day

	// Update keeps the ID; moving onto another shift's key is refused in Swedish.
	a.End = 17 * 60
	a2, err := s.SaveShift(ctx, a)
	must(t, err)
	equal(t, "updated shift", a2, a)
	if a2.Version != a.Version+1 {
		t.Errorf("updated shift's version %d, want %d", a2.Version, a.Version+1)
	}
	a = a2
	a.Start = 22 * 60
	a.Date = rules.D(2026, 10, 1)
	if _, err := s.SaveShift(ctx, a); err == nil || !strings.Contains(err.Error(), "Det finns redan ett pass") {
		t.Errorf("duplicate key = %v, want a Swedish refusal", err)
	}
	if _, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 1), 22*60, 23*60, rules.Aktiv)); err == nil {
		t.Error("inserting a shift with an existing key succeeded")
	}

	must(t, s.DeleteShift(ctx, odd.ID, odd.Version))
	if err := s.DeleteShift(ctx, odd.ID, 0); !errors.Is(err, ErrNotFound) {
		t.Errorf("second DeleteShift = %v, want ErrNotFound", err)
	}
	if _, err := s.SaveShift(ctx, rules.Shift{ID: 999, Assistant: asst1, Customer: cust1, Date: rules.D(2026, 10, 3)}); !errors.Is(err, ErrNotFound) {
		t.Errorf("updating shift 999 = %v, want ErrNotFound", err)
	}
	_, err = s.SaveShift(ctx, shift("190001011234", cust1, rules.D(2026, 10, 3), 0, 60, rules.Aktiv))
	if !errors.Is(err, ErrNotFound) || err.Error() != "Assistenten 190001011234 finns inte i registret." {
		t.Errorf("shift of unknown assistant = %v", err)
	}
}

func TestTotals(t *testing.T) {
	s := openTest(t)
	register(t, s)
	for _, sh := range []rules.Shift{
		shift(asst1, cust1, rules.D(2026, 9, 30), 22*60, 6*60, rules.Aktiv),      // 6 h after midnight count in October
		shift(asst1, cust1, rules.D(2026, 10, 5), 8*60, 12*60, rules.Vantetid),   // 4 h
		shift(asst2, cust1, rules.D(2026, 10, 31), 20*60, 2*60, rules.Beredskap), // 4 h before midnight; the rest is November's
		shift(asst2, cust2, rules.D(2026, 11, 1), 8*60, 9*60, rules.Aktiv),       // November: not counted
	} {
		_, err := s.SaveShift(ctx, sh)
		must(t, err)
	}
	got, err := s.Totals(ctx, oct)
	must(t, err)
	want := []rules.CustomerTotals{{Customer: cust1, Totals: rules.Totals{Aktiv: 360, Vantetid: 240, Beredskap: 240},
		Assistants: []rules.AssistantTotals{
			{Assistant: asst2, Totals: rules.Totals{Beredskap: 240}},
			{Assistant: asst1, Totals: rules.Totals{Aktiv: 360, Vantetid: 240}},
		}}}
	equal(t, "October totals", got, want)
}

func TestLockedMonthRefusesEdits(t *testing.T) {
	s := openTest(t)
	register(t, s)
	in, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 12), 8*60, 16*60, rules.Aktiv))
	must(t, err)
	_, err = s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 31), 22*60, 1*60, rules.Vantetid)) // 2 h in October
	must(t, err)
	nov, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 11, 2), 8*60, 9*60, rules.Aktiv))
	must(t, err)
	must(t, s.SaveCost(ctx, rules.Cost{Customer: cust1, Month: oct, Category: 1, Amount: 100}))

	must(t, s.MarkSent(ctx, cust1, oct, rules.D(2026, 11, 3)))
	// MarkSent records the totals: 8 h aktiv + the October part (22:00–24:00) of the night shift.
	p, err := s.Printed(ctx, oct)
	must(t, err)
	equal(t, "totals locked", p, []rules.PrintedTotals{{Customer: cust1, Month: oct, Totals: rules.Totals{Aktiv: 480, Vantetid: 120}}})

	const msg = "Månaden 2026-10 är markerad som skickad och låst; lås upp den först."
	const en = "The month 2026-10 is marked as sent and locked; unlock it first."
	locked := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, ErrLocked) || err.Error() != msg {
			t.Errorf("%s = %v, want %q", what, err, msg)
		}
		// The window words the refusal's code in its own language.
		if got := say.Error(say.English, err); got != en {
			t.Errorf("%s in English = %q, want %q", what, got, en)
		}
	}
	in2 := in
	in2.End = 17 * 60
	_, err = s.SaveShift(ctx, in2)
	locked("editing a shift", err)
	_, err = s.SaveShift(ctx, shift(asst2, cust1, rules.D(2026, 10, 3), 8*60, 9*60, rules.Aktiv))
	locked("adding a shift", err)
	locked("deleting a shift", s.DeleteShift(ctx, in.ID, in.Version))
	nov2 := nov
	nov2.Date = rules.D(2026, 10, 20)
	_, err = s.SaveShift(ctx, nov2)
	locked("moving a shift into the month", err)
	// A night shift of 30 September counts in October too.
	_, err = s.SaveShift(ctx, shift(asst2, cust1, rules.D(2026, 9, 30), 22*60, 6*60, rules.Aktiv))
	locked("adding a night shift running into the month", err)
	locked("saving a cost", s.SaveCost(ctx, rules.Cost{Customer: cust1, Month: oct, Category: 1, Amount: 200}))
	locked("deleting a cost", s.DeleteCost(ctx, cust1, oct, 1))
	locked("changing the month's facts", s.SaveMonthInfo(ctx, rules.MonthInfo{Customer: cust1, Month: oct, Abroad: true}))
	locked("marking it sent again", s.MarkSent(ctx, cust1, oct, rules.D(2026, 11, 4)))
	locked("importing a changed shift", s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{in2}}))

	// Re-importing what is stored changes nothing and is allowed.
	snap, err := s.Snapshot(ctx)
	must(t, err)
	must(t, s.Apply(ctx, snap))
	// Other months and other customers are open.
	_, err = s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 11, 3), 8*60, 9*60, rules.Aktiv))
	must(t, err)
	_, err = s.SaveShift(ctx, shift(asst1, cust2, rules.D(2026, 10, 3), 8*60, 9*60, rules.Aktiv))
	must(t, err)

	if err := s.Unlock(ctx, cust1, oct, "  "); err == nil {
		t.Error("Unlock without a reason succeeded")
	}
	must(t, s.Unlock(ctx, cust1, oct, "FK begärde rättelse"))
	_, err = s.SaveShift(ctx, in2)
	must(t, err)
	rows, err := s.Audit(ctx, TableMonthInfo, cust1+"/2026-10")
	must(t, err)
	if len(rows) != 2 || rows[0].Note != "markerad som skickad" || rows[1].Note != "FK begärde rättelse" ||
		!strings.Contains(rows[1].Old, `"sent":"2026-11-03"`) || !strings.Contains(rows[1].New, `"sent":null`) {
		t.Errorf("audit of the month = %+v", rows)
	}
	// The printed totals stay, so the checks can see the month no longer matches what was sent.
	p, err = s.Printed(ctx, oct)
	must(t, err)
	equal(t, "printed after unlock", p[0].Totals, rules.Totals{Aktiv: 480, Vantetid: 120})
}
