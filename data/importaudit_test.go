package data

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"assistans/rules"
)

// importedStore imports four shifts into a store with registers: A, B, B again
// with another end (an update of the B just inserted), and C. The inserts are
// recorded in import parts (ids 1–2, then 3), B's update in a row of its own
// between them, so that the chain keeps the order of the changes.
func importedStore(t *testing.T) (*Store, []rules.Shift) {
	t.Helper()
	s := openTest(t)
	register(t, s)
	day := rules.D(2026, 10, 1)
	b := rules.Batch{Shifts: []rules.Shift{
		shift(asst1, cust1, day, 8*60, 12*60, rules.Aktiv),
		shift(asst1, cust1, day, 13*60, 15*60, rules.Aktiv),
		shift(asst1, cust1, day, 13*60, 16*60, rules.Vantetid),
		shift(asst2, cust1, day, 8*60, 9*60, rules.Aktiv),
	}}
	must(t, s.Apply(ctx, b))
	var raw []string
	rows, err := s.db.Query(`SELECT key FROM audit WHERE tbl = 'shifts' ORDER BY id`)
	must(t, err)
	for rows.Next() {
		var k string
		must(t, rows.Scan(&k))
		raw = append(raw, k)
	}
	must(t, rows.Err())
	if strings.Join(raw, " ") != "1-2 2 3-3" {
		t.Errorf("audit keys of the shifts %q, want the parts 1-2 and 3-3 around the update of 2", raw)
	}
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Fatalf("verify after the import: %v %v", found, err)
	}
	got, err := s.Shifts(ctx, day, day)
	must(t, err)
	slices.SortFunc(got, func(a, b rules.Shift) int { return cmp.Compare(a.ID, b.ID) })
	return s, got
}

// Every imported shift's insert reads as a change of its own: who, when and
// the values, for the history, the window and verify.
func TestImportPartReadsAsOneInsertPerShift(t *testing.T) {
	s, _ := importedStore(t)
	all, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	var keys []string
	for _, a := range all {
		keys = append(keys, a.Key)
		if a.User != s.User || a.At.IsZero() {
			t.Errorf("audit row of %s by %q at %v", a.Key, a.User, a.At)
		}
	}
	if strings.Join(keys, " ") != "1 2 2 3" {
		t.Errorf("recorded changes of the shifts %q, want inserts of 1 and 2, the update of 2, the insert of 3", keys)
	}
	two, err := s.Audit(ctx, TableShifts, "2")
	must(t, err)
	want := `{"assistant":"199001011239","customer":"194512121239","date":"2026-10-01","start_min":780,"end_min":900,"kind":"aktiv"}`
	if len(two) != 2 || two[0].Old != "" || two[0].New != want || two[1].Old != want {
		t.Errorf("changes of shift 2: %+v\nwant its insert with %s, then its update", two, want)
	}
	h, err := s.History(ctx, HistoryOf{Assistant: asst2})
	must(t, err)
	h = slices.DeleteFunc(h, func(c RecordChange) bool { return c.Record != "shift" })
	if len(h) != 1 || h[0].Action != ActionCreated || h[0].Record != "shift" || h[0].Title.Date != "2026-10-01" || h[0].User != s.User {
		t.Fatalf("history of the assistant: %+v", h)
	}
	var fields []string
	for _, f := range h[0].Fields {
		fields = append(fields, f.Name+"="+f.New)
	}
	if got := strings.Join(fields, " "); !strings.Contains(got, "start_min=480") || !strings.Contains(got, "end_min=540") {
		t.Errorf("history of the imported shift shows %s", got)
	}
}

// A conflict on an imported shift names the import's user and time, from its part.
func TestImportPartNamesWhoInserted(t *testing.T) {
	s, _ := importedStore(t)
	err := s.read(ctx, func(tx *tx) error {
		a, found, err := newestAudit(ctx, tx, TableShifts, "3")
		if err == nil && (!found || a.User != s.User || !strings.Contains(a.New, `"assistant":"198505051234"`)) {
			t.Errorf("newest audit of shift 3: %+v, %v", a, found)
		}
		return err
	})
	must(t, err)
}

// Changes of imported shifts by the program, and an id given again after the
// newest shift was deleted, keep verifying.
func TestImportedShiftsChangedByTheProgram(t *testing.T) {
	s, got := importedStore(t)
	c := got[0]
	c.End = 23 * 60
	_, err := s.SaveShift(ctx, c)
	must(t, err)
	last := got[len(got)-1]
	must(t, s.DeleteShift(ctx, last.ID, last.Version))
	// The next import numbers from the highest id on: the deleted one's again.
	must(t, s.Apply(ctx, rules.Batch{Shifts: []rules.Shift{shift(asst2, cust1, rules.D(2026, 10, 2), 8*60, 9*60, rules.Aktiv)}}))
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify after changes: %v %v", found, err)
	}
	rows, err := s.Audit(ctx, TableShifts, "3")
	must(t, err)
	if len(rows) != 3 || rows[0].Old != "" || rows[1].New != "" || rows[2].Old != "" || !strings.Contains(rows[2].New, "2026-10-02") {
		t.Errorf("changes of id 3: %+v", rows)
	}
}

// An imported shift edited, deleted or added past the program is named, and an
// edited part row breaks the chain.
func TestVerifyFindsImportedShiftsChanged(t *testing.T) {
	fileOnly(t) // a file changed behind the program
	for _, c := range []struct {
		name string
		sql  string
		want string
	}{
		{"edited", `UPDATE shifts SET end_min = 600 WHERE id = 1`,
			"Tabellen pass (shifts), nyckel 1: raden har ändrats utanför programmet."},
		{"deleted", `DELETE FROM shifts WHERE id = 3`,
			"Tabellen pass (shifts), nyckel 3: raden har tagits bort utanför programmet"},
		{"added", `INSERT INTO shifts (assistant, customer, date, start_min, end_min, kind) VALUES ('199001011239', '194512121239', '2026-10-02', 480, 600, 'aktiv')`,
			"Tabellen pass (shifts), nyckel 4: raden har lagts till utanför programmet"},
		{"part row edited", `UPDATE audit SET new = replace(new, '480,720', '480,721') WHERE key = '1-2'`,
			"Ändringsloggen är bruten vid rad"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, _ := importedStore(t)
			tamper(t, s, c.sql)
			verifyFinds(t, s, c.want)
		})
	}
}

// A backup whose imported shift was changed afterwards is refused by restore.
func TestRestoreRefusesAnEditedImportedShift(t *testing.T) {
	fileOnly(t) // a file changed behind the program
	s, _ := importedStore(t)
	p, err := s.AutoBackup(ctx, fixedNow)
	must(t, err)
	live := s.Path()
	must(t, s.Close())
	tamper(t, &Store{path: p}, `UPDATE shifts SET kind = 'vantetid' WHERE id = 3`)
	_, err = RestoreKeeping(ctx, p, live, fixedNow)
	if err == nil || !strings.Contains(err.Error(), "nyckel 3") {
		t.Errorf("restore of a backup with an edited imported shift: %v", err)
	}
}

// A part row's shifts are rebuilt as rowJSON writes them, text that JSON
// escapes included.
func TestPartShiftsAsRowJSON(t *testing.T) {
	vals := []any{"a\"<b>", "c\u2028", "2026-10-01", nil, int64(5), "kind\\"}
	row := []byte("[7")
	for _, v := range vals {
		row = appendJSON(append(row, ','), v)
	}
	var keys, rows []string
	must(t, partShifts(partHead+string(row)+"]]}", func(k, r string) { keys, rows = append(keys, k), append(rows, r) }))
	if len(rows) != 1 || keys[0] != "7" || rows[0] != rowJSON(shiftCols, vals) {
		t.Errorf("part shifts %q %q, want 7 and %s", keys, rows, rowJSON(shiftCols, vals))
	}
}

// A part larger than partMaxBytes is recorded in several rows, which verify
// as one.
func TestLargePartInSeveralRows(t *testing.T) {
	defer func(n int) { partMaxBytes = n }(partMaxBytes)
	partMaxBytes = len(partHead) + 100 // two shifts a row (63 bytes each)
	s := openTest(t)
	register(t, s)
	var b rules.Batch
	for d := range 5 {
		b.Shifts = append(b.Shifts, shift(asst1, cust1, rules.D(2026, 10, 1+d), 8*60, 9*60, rules.Aktiv))
	}
	must(t, s.Apply(ctx, b))
	var n int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM audit WHERE tbl = 'shifts'`).Scan(&n))
	all, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	if n != 3 || len(all) != 5 {
		t.Errorf("%d audit rows recording %d shifts, want 3 rows (2 + 2 + 1) and 5", n, len(all))
	}
	if found, err := s.Verify(ctx); err != nil || len(found) != 0 {
		t.Errorf("verify: %v %v", found, err)
	}
}
