package data

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// The shifts an import inserts are recorded in one audit row per import part
// (up to 20,000 shifts) rather than one row each: per shift that row was about
// four times the shift's size (its JSON and two hex hashes) and made an import
// of a year three times a bare load of the same rows. The part's row holds every
// inserted shift's id and values, so the hash chain covers each shift's content
// as before, and everything that reads the trail (verify, restore, history, a
// conflict's "changed by") sees one recorded insert per shift:
//
//	tbl "shifts", key "LO-HI" (the first and last id it lists), old NULL,
//	new {"cols":["id","assistant",…],"rows":[[17,"19451212…",…],…]}
//
// Each row's cells are the values as rowJSON writes them, so a shift's recorded
// JSON is rebuilt from them byte for byte (partShifts). Updates, deletions and
// everything the window saves keep one audit row per change.

// importPart is the audit of the shifts inserted so far in the current part.
type importPart struct {
	lo, hi int64
	js     []byte // the part row's JSON so far: partHead, then the rows, comma-separated
	sent   int    // how much of js is in the table
}

// auditImported inserts shift id with vals (shiftCols), recorded in the current
// part's audit row, which writeImportPart writes. On SQLite the rows go into the
// table from that same JSON (insertPart), a statement for thousands of them; a
// server gets them by COPY (pending.go). One statement for the whole part: a
// statement that inserts many rows keeps, in a journal of its own, every page
// it changes that existed before it, and the shifts' unique index spreads a
// part's rows over most of its pages; in pieces of 64 KB the import of a year
// took half as long again.
func (t *tx) auditImported(ctx context.Context, id int64, vals []any) error {
	p := t.part
	if p == nil {
		// Made at about the last part's size: a part's megabytes doubled up
		// to it are fresh pages to fault in, several times over.
		js := make([]byte, len(partHead), max(t.partSize+t.partSize/8, 64<<10))
		copy(js, partHead)
		p = &importPart{lo: id, js: js, sent: len(partHead)}
		t.part = p
	}
	if len(p.js) > len(partHead) {
		p.js = append(p.js, ',')
	}
	p.js = append(p.js, '[')
	p.js = strconv.AppendInt(p.js, id, 10)
	for _, v := range vals {
		p.js = append(p.js, ',')
		p.js = appendJSON(p.js, v)
	}
	p.js = append(p.js, ']')
	p.lo, p.hi = min(p.lo, id), max(p.hi, id)
	if t.s.OnServer() {
		p.sent = len(p.js)
		if err := t.insertLater(ctx, TableShifts, shiftInsertCols, append([]any{id}, vals...)...); err != nil {
			return err
		}
	}
	if len(p.js) >= partMaxBytes {
		return t.writeImportPart(ctx)
	}
	return nil
}

// partMaxBytes bounds a part row: a batch applied whole (a file the window
// reads at once) is one part, and a year's part of some 16 MB would be held
// several times over while it is inserted, hashed and written. The streaming
// import's parts of 20,000 shifts (1.3 MB) stay whole. A variable for a test.
var partMaxBytes = 4 << 20

// insertPart inserts the shifts of part p that are not in the table yet, in
// the background; flush calls it before any statement that may read them.
//
// row is the part's audit row when it is written whole, else "": its rows
// array is then the insert's JSON, not copied again.
func (t *tx) insertPart(ctx context.Context, p *importPart, row string) error {
	if p == nil || p.sent == len(p.js) {
		return nil
	}
	var js string
	if row != "" && p.sent == len(partHead) {
		js = row[len(partHead)-1 : len(row)-1]
	} else {
		rows := p.js[p.sent:]
		if rows[0] == ',' {
			rows = rows[1:]
		}
		// Copied once: a part's JSON is megabytes, and an import's memory is limited.
		var b strings.Builder
		b.Grow(len(rows) + 2)
		b.WriteByte('[')
		b.Write(rows)
		b.WriteByte(']')
		js = b.String()
	}
	p.sent = len(p.js)
	st, err := t.stmt(ctx, insertFromJSON)
	if err != nil {
		return err
	}
	return t.background(func() error {
		_, err := st.ExecContext(ctx, js)
		return err
	})
}

// insertFromJSON inserts rows of a part's JSON, in the columns shiftInsertCols.
// jsonb_each hands each row on in SQLite's binary form, which ->> reads without
// parsing the row's text again (a tenth of the insert's time).
var insertFromJSON = func() string {
	sel := make([]string, len(shiftInsertCols))
	for i := range sel {
		sel[i] = "value ->> " + strconv.Itoa(i)
	}
	return "INSERT INTO shifts (" + strings.Join(shiftInsertCols, ", ") + ") SELECT " + strings.Join(sel, ", ") + " FROM jsonb_each(?)"
}()

// partHead is the start of a part row's JSON: its columns.
var partHead = func() string {
	b := []byte(`{"cols":[`)
	for i, c := range shiftInsertCols {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSON(b, c)
	}
	return string(append(b, `],"rows":[`...))
}()

// writeImportPart appends the current part's audit row to the chain, if it
// has shifts. It runs at the end of every part and before any other audit row
// of a shift it lists, so the chain keeps the order of the changes.
// The part's own shifts are inserted last, so that their insert runs while
// the next part is read.
func (t *tx) writeImportPart(ctx context.Context) error {
	p := t.part
	if p == nil {
		return nil
	}
	t.part = nil
	t.partSize = len(p.js)
	row := string(append(p.js, "]}"...))
	if err := t.audit(ctx, TableShifts, partKey(p.lo, p.hi), "", row, ""); err != nil {
		return err
	}
	if err := t.send(ctx); err != nil { // a part's row is megabytes: not kept waiting for more rows
		return err
	}
	return t.insertPart(ctx, p, row)
}

func partKey(lo, hi int64) string {
	return strconv.FormatInt(lo, 10) + "-" + strconv.FormatInt(hi, 10)
}

// isPartKey says whether an audit key of table is an import part's.
func isPartKey(table, key string) bool {
	return table == TableShifts && strings.Contains(key, "-")
}

// partRange reads a part key; ok is false for any other key.
func partRange(key string) (lo, hi int64, ok bool) {
	a, b, found := strings.Cut(key, "-")
	lo, err1 := strconv.ParseInt(a, 10, 64)
	hi, err2 := strconv.ParseInt(b, 10, 64)
	return lo, hi, found && err1 == nil && err2 == nil
}

// partShifts calls each with the key and recorded JSON (rowJSON of shiftCols)
// of every shift a part row lists, in its order.
func partShifts(js string, each func(key, rowJSON string)) error {
	var p struct {
		Cols []string
		Rows [][]json.RawMessage
	}
	if err := json.Unmarshal([]byte(js), &p); err != nil {
		return err
	}
	if len(p.Cols) < 2 || p.Cols[0] != "id" {
		return errors.New("import part without ids")
	}
	names := make([][]byte, len(p.Cols))
	for i, c := range p.Cols {
		names[i] = appendJSON(nil, c)
	}
	var b []byte
	for _, r := range p.Rows {
		if len(r) != len(p.Cols) {
			return errors.New("import part row of the wrong width")
		}
		b = append(b[:0], '{')
		for i := 1; i < len(r); i++ {
			if i > 1 {
				b = append(b, ',')
			}
			b = append(append(append(b, names[i]...), ':'), r[i]...)
		}
		each(string(r[0]), string(append(b, '}')))
	}
	return nil
}

// expandPart turns a part row into one AuditRow per shift it inserted, each
// with the part's id, time, user and hashes; only keys keep (all when nil).
func expandPart(a AuditRow, keep func(key string) bool) ([]AuditRow, error) {
	var out []AuditRow
	err := partShifts(a.New, func(key, js string) {
		if keep == nil || keep(key) {
			r := a
			r.Key, r.New = key, js
			out = append(out, r)
		}
	})
	return out, err
}

// partsCovering lists, oldest first, the shift with key as each import part
// newer than the audit row after recorded it (a deleted shift's id may be
// given again to a shift imported later).
func partsCovering(ctx context.Context, t *tx, key string, after int64) ([]AuditRow, error) {
	id, err := strconv.ParseInt(key, 10, 64)
	if err != nil {
		return nil, nil
	}
	// The parts are few; their keys come from the index on (tbl, key).
	rows, err := t.query(ctx, `SELECT id, key FROM audit WHERE tbl = ? AND key LIKE '%-%' AND id > ? ORDER BY id`, TableShifts, after)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var aid int64
		var k string
		if err := rows.Scan(&aid, &k); err != nil {
			rows.Close()
			return nil, err
		}
		if lo, hi, ok := partRange(k); ok && lo <= id && id <= hi {
			ids = append(ids, aid)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []AuditRow
	for _, aid := range ids {
		parts, err := auditRows(ctx, t, `id = ?`, aid)
		if err != nil {
			return nil, err
		}
		for _, a := range parts {
			shifts, err := expandPart(a, func(k string) bool { return k == key })
			if err != nil {
				return nil, err
			}
			out = append(out, shifts...)
		}
	}
	return out, nil
}

// newestAudit is the newest audit row that records the record key of table:
// its own, or for a shift the import part that inserted it; found is false
// when there is none.
func newestAudit(ctx context.Context, t *tx, table, key string) (a AuditRow, found bool, err error) {
	got, err := auditRows(ctx, t, `tbl = ? AND key = ? ORDER BY id DESC LIMIT 1`, table, key)
	if err != nil {
		return a, false, err
	}
	if len(got) > 0 {
		a, found = got[0], true
	}
	if table != TableShifts {
		return a, found, nil
	}
	parts, err := partsCovering(ctx, t, key, a.ID)
	if err != nil || len(parts) == 0 {
		return a, found, err
	}
	return parts[len(parts)-1], true, nil
}

// auditRows reads the audit rows that satisfy where.
func auditRows(ctx context.Context, t *tx, where string, args ...any) ([]AuditRow, error) {
	rows, err := t.query(ctx, `SELECT `+auditCols+` FROM audit WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditRow
	for rows.Next() {
		a, _, err := scanAudit(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}
