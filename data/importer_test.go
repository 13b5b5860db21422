package data

import (
	"errors"
	"testing"

	"assistans/rules"
)

// streamParts is a read for ImportStream that puts each batch in turn.
func streamParts(parts ...rules.Batch) func(put func(rules.Batch) error) error {
	return func(put func(rules.Batch) error) error {
		for _, p := range parts {
			if err := put(p); err != nil {
				return err
			}
		}
		return nil
	}
}

// An import in parts stores what one batch of the same records stores, and
// matches a shift of a later part against one stored before the import on
// dates the first part did not read.
func TestImportStreamParts(t *testing.T) {
	s := openTest(t)
	b := fullBatch()
	b.Shifts = nil
	must(t, s.Apply(ctx, b))
	old := shift(asst1, cust1, rules.D(2026, 10, 20), 8*60, 16*60, rules.Aktiv)
	must(t, s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{old}}))

	changed := old
	changed.Kind = rules.Beredskap
	first := []rules.Shift{shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv)}
	second := []rules.Shift{shift(asst2, cust1, rules.D(2026, 10, 25), 8*60, 16*60, rules.Aktiv), changed}
	must(t, s.ImportStream(ctx, streamParts(rules.Batch{Shifts: first}, rules.Batch{Shifts: second})))

	got, err := s.Shifts(ctx, rules.D(2026, 10, 1), rules.D(2026, 10, 31))
	must(t, err)
	if len(got) != 3 {
		t.Fatalf("%d shifts stored, want 3 (the stored one updated, not doubled): %+v", len(got), got)
	}
	for _, sh := range got {
		if sh.Date == old.Date && (sh.Kind != rules.Beredskap || sh.Version != 2) {
			t.Errorf("the stored shift is %+v, want kind beredskap and version 2", sh)
		}
	}
	if id, err := s.VerifyAudit(ctx); err != nil || id != 0 {
		t.Fatalf("VerifyAudit = %d, %v", id, err)
	}
}

// A refusal in a later part leaves nothing of the earlier ones, and each
// refused record's index counts the records of the parts before it.
func TestImportStreamAllOrNothing(t *testing.T) {
	s := openTest(t)
	b := fullBatch()
	b.Shifts = nil
	must(t, s.Apply(ctx, b))
	before, err := s.Audit(ctx, "", "")
	must(t, err)
	parts := []rules.Batch{
		{Shifts: []rules.Shift{
			shift(asst1, cust1, rules.D(2026, 10, 2), 8*60, 16*60, rules.Aktiv),
			shift("190001011234", cust1, rules.D(2026, 10, 3), 8*60, 9*60, rules.Aktiv)}},
		{Shifts: []rules.Shift{
			shift(asst1, cust1, rules.D(2026, 10, 4), 8*60, 16*60, rules.Aktiv),
			shift("190001011234", cust1, rules.D(2026, 10, 4), 8*60, 9*60, rules.Aktiv),
			shift(asst1, "190202021234", rules.D(2026, 10, 5), 8*60, 9*60, rules.Aktiv)}},
	}
	err = s.ImportStream(ctx, streamParts(parts...))
	want := "Assistenten 190001011234 finns inte i registret (2 rader)\nKunden 190202021234 finns inte i registret."
	if err == nil || err.Error() != want {
		t.Fatalf("ImportStream = %v, want %q", err, want)
	}
	var idx []int
	for _, e := range leaves(err) {
		var re *RecordError
		if errors.As(e, &re) {
			idx = append(idx, re.Index)
		}
	}
	equal(t, "indexes of the refused shifts", idx, []int{1, 4}) // the first of each, counted over both parts

	got, err := s.Shifts(ctx, rules.D(2026, 10, 1), rules.D(2026, 10, 31))
	must(t, err)
	after, err := s.Audit(ctx, "", "")
	must(t, err)
	if len(got) != 0 || len(after) != len(before) {
		t.Errorf("after a refused import: %d shifts and %d new audit rows, want none", len(got), len(after)-len(before))
	}

	// A locked month in the second part stops the import there, naming that record.
	mi := rules.MonthInfo{Customer: cust1, Month: oct, Sent: rules.D(2026, 11, 2)}
	must(t, s.Apply(ctx, rules.Batch{MonthInfos: []rules.MonthInfo{mi}}))
	sep := shift(asst1, cust1, rules.D(2026, 9, 30), 8*60, 16*60, rules.Aktiv)
	err = s.ImportStream(ctx, streamParts(rules.Batch{Shifts: []rules.Shift{sep}}, rules.Batch{Shifts: parts[1].Shifts[:1]}))
	var re *RecordError
	if !errors.Is(err, ErrLocked) || !errors.As(err, &re) || re.Index != 1 || re.Value != "2026-10-04" {
		t.Fatalf("ImportStream into a sent month = %v (%+v), want ErrLocked at index 1, 2026-10-04", err, re)
	}
	if got, _ := s.Shifts(ctx, sep.Date, sep.Date); len(got) != 0 {
		t.Errorf("the first part's shift was stored: %+v", got)
	}
}
