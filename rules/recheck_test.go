package rules

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// changed applies edit to a copy of d's shifts and returns the month after it.
func changed(d MonthData, edit func([]Shift) []Shift) MonthData {
	d.Shifts = edit(slices.Clone(d.Shifts))
	return d
}

func codesOf(fs []Finding) []string {
	var out []string
	for _, x := range fs {
		out = append(out, fmt.Sprintf("%s %s/%s %s #%d", x.Code, x.Customer, x.Assistant, x.Date, x.ShiftID))
	}
	return out
}

// TestRecheckHandMade: each change below makes or clears findings of the
// changed assistant and customer while others stand; Recheck must give what a
// full Check of the month after the change gives, and the cases are chosen so
// that keeping the old findings, or checking only the pair, would not.
func TestRecheckHandMade(t *testing.T) {
	d := base()
	d.Shifts = []Shift{
		// a1 for cAdult: 6 and 7 October, day shifts.
		sh(a1, cAdult, D(2026, 10, 6), "08:00", "16:00", Aktiv),
		sh(a1, cAdult, D(2026, 10, 7), "08:00", "16:00", Aktiv),
		// a2 for cChild on the 6th, evening: a1 moving there overlaps nothing of a2's.
		sh(a2, cChild, D(2026, 10, 6), "18:00", "23:00", Aktiv),
		// a3 for cTurning, the 6th, night into the 7th: DAILY_REST stands for a3, untouched by any change below.
		sh(a3, cTurning, D(2026, 10, 6), "00:00", "08:00", Aktiv),
		sh(a3, cTurning, D(2026, 10, 6), "14:00", "22:00", Aktiv),
	}
	for i := range d.Shifts {
		d.Shifts[i].ID = int64(i + 1)
	}
	old := Check(d)
	if !slices.ContainsFunc(old, func(x Finding) bool { return x.Code == DailyRest && x.Assistant == a3 }) {
		t.Fatalf("the month before: a3's DAILY_REST missing from %q", codesOf(old))
	}
	cases := []struct {
		name    string
		edit    func([]Shift) []Shift
		changes []ShiftChange
		want    Code // a finding the change must bring
		gone    Code // a finding the change must take away ("" for none)
	}{
		{"a1 works for cChild over a2's evening: OVERLAP_CUSTOMER on a2's shift too",
			func(s []Shift) []Shift {
				return append(s, Shift{ID: 10, Assistant: a1, Customer: cChild, Date: D(2026, 10, 6), Start: 17 * 60, End: 22 * 60, Kind: Aktiv})
			},
			[]ShiftChange{{a1, cChild}}, OverlapCustomer, ""},
		{"a1's shift of the 7th moved to the night after the 6th: DAILY_REST and OVERLAP_ASSISTANT",
			func(s []Shift) []Shift {
				s[1].Date, s[1].Start, s[1].End = D(2026, 10, 6), 12*60, 20*60
				return s
			},
			[]ShiftChange{{a1, cAdult}}, OverlapAssistant, ""},
		{"a3's shift given to a2 (another pair): a3's DAILY_REST goes",
			func(s []Shift) []Shift {
				s[4].Assistant = a2
				return s
			},
			[]ShiftChange{{a3, cTurning}, {a2, cTurning}}, "", DailyRest},
		{"a1's shift of the 6th removed",
			func(s []Shift) []Shift { return slices.Delete(s, 0, 1) },
			[]ShiftChange{{a1, cAdult}}, "", ""},
		{"a young assistant for cAdult on the 9th: ASSISTANT_UNDER_18 of the new pair",
			func(s []Shift) []Shift {
				return append(s, Shift{ID: 11, Assistant: aYoung, Customer: cAdult, Date: D(2026, 10, 9), Start: 8 * 60, End: 12 * 60, Kind: Aktiv})
			},
			[]ShiftChange{{aYoung, cAdult}}, AssistantUnder18, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			after := changed(d, c.edit)
			want := Check(after)
			got := Recheck(after, old, c.changes)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Recheck:\n%q\nCheck:\n%q", codesOf(got), codesOf(want))
			}
			has := func(fs []Finding, code Code) bool {
				return slices.ContainsFunc(fs, func(x Finding) bool { return x.Code == code })
			}
			if c.want != "" && (has(old, c.want) || !has(want, c.want)) {
				t.Errorf("the case does not bring %s: before %q, after %q", c.want, codesOf(old), codesOf(want))
			}
			if c.gone != "" && (!has(old, c.gone) || has(want, c.gone)) {
				t.Errorf("the case does not take away %s: before %q, after %q", c.gone, codesOf(old), codesOf(want))
			}
		})
	}
}

// TestRecheckLargeProvider: on the large provider of the benchmark, random
// shifts added, moved, given to other people and removed, one at a time; after
// each, Recheck of the previous findings equals a full Check.
func TestRecheckLargeProvider(t *testing.T) {
	d := largeProvider()
	fs := Check(d)
	rng := rand.New(rand.NewPCG(7, 8))
	inMonth := func() int {
		for {
			if i := rng.IntN(len(d.Shifts)); oct.Contains(d.Shifts[i].Date) {
				return i
			}
		}
	}
	nextID := int64(len(d.Shifts) + 1)
	for step := range 12 {
		var changes []ShiftChange
		switch step % 4 {
		case 0: // a new shift beside an existing one: overlaps for both people
			s := d.Shifts[inMonth()]
			s.ID, s.Assistant = nextID, d.Assistants[rng.IntN(len(d.Assistants))].Pnr
			s.Start += 60
			nextID++
			d.Shifts = append(slices.Clone(d.Shifts), s)
			changes = []ShiftChange{{s.Assistant, s.Customer}}
		case 1: // moved in time
			i := inMonth()
			d.Shifts = slices.Clone(d.Shifts)
			d.Shifts[i].Date = d.Shifts[i].Date.AddDays(rng.IntN(5) - 2)
			changes = []ShiftChange{{d.Shifts[i].Assistant, d.Shifts[i].Customer}}
		case 2: // given to another assistant
			i := inMonth()
			d.Shifts = slices.Clone(d.Shifts)
			changes = []ShiftChange{{d.Shifts[i].Assistant, d.Shifts[i].Customer}}
			d.Shifts[i].Assistant = d.Assistants[rng.IntN(len(d.Assistants))].Pnr
			changes = append(changes, ShiftChange{d.Shifts[i].Assistant, d.Shifts[i].Customer})
		case 3: // removed
			i := inMonth()
			changes = []ShiftChange{{d.Shifts[i].Assistant, d.Shifts[i].Customer}}
			d.Shifts = slices.Delete(slices.Clone(d.Shifts), i, i+1)
		}
		want := Check(d)
		got := Recheck(d, fs, changes)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("step %d (%v): Recheck gives %d findings, Check %d; first difference %v",
				step, changes, len(got), len(want), firstDiff(got, want))
		}
		fs = got
	}
}

func firstDiff(a, b []Finding) string {
	for i := range min(len(a), len(b)) {
		if !reflect.DeepEqual(a[i], b[i]) {
			return fmt.Sprintf("at %d: %q vs %q", i, codesOf(a[i:i+1]), codesOf(b[i:i+1]))
		}
	}
	return "in length"
}

// TestCodeReachComplete: every code Check can give has its reach, so that
// Recheck never falls back to a whole check unnoticed.
func TestCodeReachComplete(t *testing.T) {
	for _, c := range []Code{IDInvalid, AssistantUnder18, NotReported3066, NoDecision, OverlapAssistant,
		OverlapCustomer, HoursOverDecision, WorktimeAverage, DailyRest, WeeklyRest, ShiftInvalid, DSTNight,
		MonthSplit, TotalsMismatch, CostsMissing, CostsHours, ProviderPermit, PermitScope, AssistantAbroad,
		AssistantUnfit, DeadlineNear, DeadlinePassed, HourlyAmount, UnfilledShift, SickDay15} {
		if _, ok := codeReach[c]; !ok {
			t.Errorf("%s has no reach", c)
		}
	}
}

// BenchmarkRecheckLargeProvider is one shift moved on the large provider,
// rechecked; BenchmarkCheckLargeProvider is the whole check it replaces.
func BenchmarkRecheckLargeProvider(b *testing.B) {
	d := largeProvider()
	fs := Check(d)
	i := slices.IndexFunc(d.Shifts, func(s Shift) bool { return oct.Contains(s.Date) })
	d.Shifts[i].Start += 30
	ch := []ShiftChange{{d.Shifts[i].Assistant, d.Shifts[i].Customer}}
	for b.Loop() {
		Recheck(d, fs, ch)
	}
}
