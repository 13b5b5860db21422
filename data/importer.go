package data

import (
	"context"
	"errors"

	"assistans/rules"
)

// ImportStream is Import for a file read in parts (csvfile.Stream): read calls
// put with each part in turn, and every part goes into one transaction, which
// is committed only when read returns nil and every part was stored; so a bad
// row late in a file still leaves the database as it was. A RecordError's
// Index counts the records of its kind from the first part on, as if the parts
// were one batch. Only the current part is held in memory, with the keys of the
// shifts stored before the import, which it matches against. The parts are one
// file's, whose shifts csvfile.Stream has found to have different keys: a
// shift with the key of one stored earlier in the same import is refused by
// the table's unique key rather than matched.
func (s *Store) ImportStream(ctx context.Context, read func(put func(rules.Batch) error) error) error {
	return s.write(ctx, func(t *tx) error {
		im := importer{keysOnce: true}
		err := read(func(b rules.Batch) error {
			b, err := defaultAmounts(ctx, t, b)
			if err != nil {
				return err
			}
			return im.part(ctx, t, b)
		})
		if err != nil {
			return err
		}
		return im.finish()
	})
}

// importer stores the parts of one import. Missing records are collected over
// all parts, so that the import names each of them once.
type importer struct {
	miss   missingRefs
	base   map[string]int // records of each kind in the parts before
	rebase map[*RecordError]bool
	shifts *shiftImport
	// keysOnce: no shift's key comes twice, so the keys of the shifts the
	// import inserts need not be kept to match later ones (a year's 240,000
	// of them were a third of the import's memory and a tenth of its work).
	keysOnce bool
}

// shiftImport is what an import keeps between its parts about shifts.
type shiftImport struct {
	stored   map[shiftKey]shiftRest
	all      bool       // stored holds every shift stored before the import
	from, to rules.Date // otherwise the dates whose stored shifts it holds
	restore  func() error
	texts    shiftTexts
}

// part stores b. An import matches records on their keys and replaces what is
// stored whatever its version, so the versions b carries are not checked. It
// returns the first error that stops the import, after the missing records.
func (im *importer) part(ctx context.Context, t *tx, b rules.Batch) error {
	err := im.apply(ctx, t, b)
	if err == nil {
		err = t.writeImportPart(ctx)
	}
	// Indexes count from the first part: the records of earlier parts come first.
	for _, re := range im.miss.order {
		im.fix(re)
	}
	for _, e := range leaves(err) {
		var re *RecordError
		if errors.As(e, &re) {
			im.fix(re)
		}
	}
	if im.base == nil {
		im.base = map[string]int{}
	}
	for kind, n := range map[string]int{"decisions": len(b.Decisions), "assignments": len(b.Assignments),
		"shifts": len(b.Shifts), "hospital": len(b.Hospital), "costs": len(b.Costs), "months": len(b.MonthInfos),
		"schedules": len(b.Schedules), "absences": len(b.Absences)} {
		im.base[kind] += n
	}
	return err
}

func (im *importer) fix(re *RecordError) {
	if im.rebase == nil {
		im.rebase = map[*RecordError]bool{}
	}
	if !im.rebase[re] {
		re.Index += im.base[re.Kind]
		im.rebase[re] = true
	}
}

// leaves lists the errors an errors.Join holds, joins within joins included.
func leaves(err error) []error {
	if err == nil {
		return nil
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, leaves(e)...)
	}
	return out
}

// finish builds the indexes the shifts' bulk insert deferred and reports the missing records.
func (im *importer) finish() error {
	if im.shifts != nil {
		if err := im.shifts.restore(); err != nil {
			return err
		}
		im.shifts.restore = func() error { return nil }
	}
	return im.miss.err()
}

func (im *importer) apply(ctx context.Context, t *tx, b rules.Batch) error {
	t.unversioned = true
	miss := &im.miss
	for _, p := range b.Providers {
		if _, err := providers.put(ctx, t, p, "", nil); err != nil {
			return err
		}
	}
	for _, c := range b.Customers {
		old, found, err := customers.get(ctx, t, c.Pnr)
		if err != nil {
			return err
		}
		c.Inactive = c.Inactive || found && old.Inactive
		if _, err := customers.put(ctx, t, c, "", nil); err != nil {
			return err
		}
	}
	for _, a := range b.Assistants {
		old, found, err := assistants.get(ctx, t, a.Pnr)
		if err != nil {
			return err
		}
		a.Inactive = a.Inactive || found && old.Inactive
		if _, err := assistants.put(ctx, t, a, "", nil); err != nil {
			return err
		}
	}
	for i, d := range b.Decisions {
		if _, err := decisions.put(ctx, t, d, "", nil); miss.note("decisions", i, err) != nil {
			return miss.and(recordErr("decisions", i, err))
		}
	}
	for i, a := range b.Assignments {
		if _, err := assignments.put(ctx, t, a, "", nil); miss.note("assignments", i, err) != nil {
			return miss.and(recordErr("assignments", i, err))
		}
	}
	if len(b.Shifts) > 0 {
		stored, err := im.storedFor(ctx, t, b.Shifts)
		if err != nil {
			return err
		}
		for i, sh := range b.Shifts {
			if err := importShift(ctx, t, stored, im.shifts.texts, sh, !im.keysOnce); miss.note("shifts", i, err) != nil {
				return miss.and(recordErr("shifts", i, err, sh.Date.String()))
			}
		}
	}
	if len(b.Hospital)+len(b.Costs)+len(b.Schedules)+len(b.Absences)+len(b.MonthInfos) > 0 && im.shifts != nil {
		// What follows may read the shifts through their indexes.
		if err := im.shifts.restore(); err != nil {
			return err
		}
		im.shifts.restore = func() error { return nil }
	}
	for i, h := range b.Hospital {
		if err := saveHospitalStay(ctx, t, h); miss.note("hospital", i, err) != nil {
			return miss.and(recordErr("hospital", i, err, h.FromDate.String()))
		}
	}
	for i, c := range b.Costs {
		if err := saveCost(ctx, t, c); miss.note("costs", i, err) != nil {
			return miss.and(recordErr("costs", i, err, c.Month.String()))
		}
	}
	if err := applyPlan(ctx, t, b, miss); err != nil {
		return err
	}
	for i, mi := range b.MonthInfos {
		if err := saveMonthInfo(ctx, t, mi, ""); miss.note("months", i, err) != nil {
			return miss.and(recordErr("months", i, err, mi.Month.String()))
		}
	}
	return nil
}

// storedFor is the map of stored shifts by key that importShift matches the
// part's shifts against. The first part decides whether the secondary indexes
// wait until the end (deferIndexes): then the few shifts stored before are all
// read at once, as reading by date would scan the table for every part;
// otherwise each part reads the dates it adds to those read before.
func (im *importer) storedFor(ctx context.Context, t *tx, shifts []rules.Shift) (map[shiftKey]shiftRest, error) {
	from, to := dateRange(shifts)
	si := im.shifts
	if si == nil {
		si = &shiftImport{stored: map[shiftKey]shiftRest{}, texts: shiftTexts{}, from: from, to: to}
		if !from.IsZero() {
			if err := loadStored(ctx, t, from, to, si.stored, si.texts); err != nil {
				return nil, err
			}
		}
		restore, deferred, err := deferIndexes(ctx, t, len(shifts)-len(si.stored), TableShifts)
		if err != nil {
			return nil, err
		}
		si.restore = restore
		if deferred {
			if err := loadStored(ctx, t, rules.Date{}, rules.Date{}, si.stored, si.texts); err != nil {
				return nil, err
			}
			si.all = true
			// Nor are the locks and the registers looked up part by part: a
			// lookup would wait for the previous part's insert (insertPart).
			if err := t.preloadLocks(ctx); err != nil {
				return nil, err
			}
			if err := t.preloadRefs(ctx, shiftRefs); err != nil {
				return nil, err
			}
		}
		im.shifts = si
		return si.stored, nil
	}
	if si.all || from.IsZero() {
		return si.stored, nil
	}
	if si.from.IsZero() {
		si.from, si.to = from, to
		return si.stored, loadStored(ctx, t, from, to, si.stored, si.texts)
	}
	if from.Before(si.from) {
		if err := loadStored(ctx, t, from, si.from.AddDays(-1), si.stored, si.texts); err != nil {
			return nil, err
		}
		si.from = from
	}
	if to.After(si.to) {
		if err := loadStored(ctx, t, si.to.AddDays(1), to, si.stored, si.texts); err != nil {
			return nil, err
		}
		si.to = to
	}
	return si.stored, nil
}
