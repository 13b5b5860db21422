package data

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"assistans/rules"
)

// AuditRow is one recorded change. Key is the record's key columns joined by "/"
// (for example "194512121239/2026-10" in month_info); a shift's key is its id.
// Old and New are the row as JSON objects of its columns, "" when the row did
// not exist before or does not exist after. Note carries a reason the user gave
// (unlocking a month, printing despite blocking findings).
type AuditRow struct {
	ID       int64
	At       time.Time
	User     string
	Table    string
	Key      string
	Old, New string
	Note     string
	PrevHash string
	Hash     string
}

// auditHash chains a row to the one before it. Each field is length-prefixed so
// that moving text from one field to the next changes the hash.
func auditHash(id int64, at, user, table, key, old, new, note, prev string) string {
	// Built in one buffer, on the stack when the row is small, and hashed at
	// once: an import hashes hundreds of thousands of rows.
	var buf [1024]byte
	b := buf[:0]
	fields := [...]string{strconv.FormatInt(id, 10), at, user, table, key, old, new, note, prev}
	if n := len(old) + len(new) + len(note) + 256; n > len(buf) { // an import part's row: megabytes
		b = make([]byte, 0, n+len(user)+len(table)+len(key))
	}
	for _, f := range fields {
		b = strconv.AppendInt(b, int64(len(f)), 10)
		b = append(b, ':')
		b = append(b, f...)
		b = append(b, ';')
	}
	sum := sha256.Sum256(b)
	var hx [2 * sha256.Size]byte
	hex.Encode(hx[:], sum[:])
	return string(hx[:])
}

// audit appends a row to the trail inside the transaction that makes the change,
// so a change and its record are committed or lost together.
func (t *tx) audit(ctx context.Context, table, key, old, new, note string) error {
	if p := t.part; p != nil && table == TableShifts {
		if id, err := strconv.ParseInt(key, 10, 64); err == nil && p.lo <= id && id <= p.hi {
			if err := t.writeImportPart(ctx); err != nil {
				return err
			}
		}
	}
	if !t.chainRead {
		err := t.queryRow(ctx, `SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1`).Scan(&t.lastID, &t.lastHash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		t.chainRead = true
		t.at = t.now.Format(time.RFC3339)
	}
	// Write transactions are serialised (engine.LockWriter), so the next id is ours.
	id := t.lastID + 1
	h := auditHash(id, t.at, t.s.User, table, key, old, new, note, t.lastHash)
	err := t.insertLater(ctx, "audit", auditInsertCols,
		id, t.at, t.s.User, table, key, optV(old), optV(new), note, t.lastHash, h)
	if err != nil {
		return because(rules.AuditCannotWrite, err)
	}
	t.lastID, t.lastHash = id, h
	if t.changed == nil {
		t.changed = map[string]bool{}
	}
	t.changed[table] = true
	return nil
}

var auditInsertCols = []string{"id", "at", "os_user", "tbl", "key", "old", "new", "note", "prev_hash", "hash"}

// rowJSON renders column values as a JSON object in column order, exactly as
// encoding/json writes each name and value.
func rowJSON(cols []string, vals []any) string {
	if vals == nil {
		return ""
	}
	b := make([]byte, 0, 128)
	b = append(b, '{')
	for i, c := range cols {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSON(b, c)
		b = append(b, ':')
		b = appendJSON(b, vals[i])
	}
	b = append(b, '}')
	return string(b)
}

// appendJSON appends v (string, int64 or nil) as json.Marshal writes it. Plain
// text and numbers are written directly, without reflection; anything json.Marshal
// would escape goes through it, so the bytes (and the audit hashes) stay the same.
func appendJSON(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case string:
		if plainJSON(v) {
			b = append(b, '"')
			b = append(b, v...)
			return append(b, '"')
		}
	}
	j, _ := json.Marshal(v) // string, int64 or nil: cannot fail
	return append(b, j...)
}

// plainJSON says whether json.Marshal writes s between quotes as it is: printable
// ASCII without '"', '\\' and the HTML characters it escapes, or valid UTF-8
// beyond ASCII other than U+2028 and U+2029.
func plainJSON(s string) bool {
	for _, r := range s {
		switch {
		case r == utf8.RuneError, r == '\u2028', r == '\u2029':
			return false // invalid UTF-8 (or U+FFFD itself, harmlessly) and the JavaScript line ends
		case r >= utf8.RuneSelf:
		case r < ' ', r == '"', r == '\\', r == '<', r == '>', r == '&':
			return false
		}
	}
	return true
}

const auditCols = `id, at, os_user, tbl, key, COALESCE(old, ''), COALESCE(new, ''), note, prev_hash, hash`

func scanAudit(rows *sql.Rows) (AuditRow, string, error) {
	var a AuditRow
	var at string
	if err := rows.Scan(&a.ID, &at, &a.User, &a.Table, &a.Key, &a.Old, &a.New, &a.Note, &a.PrevHash, &a.Hash); err != nil {
		return a, at, err
	}
	a.At, _ = time.Parse(time.RFC3339, at) // a damaged time shows as zero; VerifyAudit reports the row
	return a, at, nil
}

// Audit lists the recorded changes of one record (table and key), of a whole
// table (key ""), or of everything (table ""), oldest first.
func (s *Store) Audit(ctx context.Context, table, key string) ([]AuditRow, error) {
	// An import part's row is listed as one row per shift it inserted (importaudit.go).
	var out []AuditRow
	err := s.read(ctx, func(t *tx) error {
		rows, err := auditRows(ctx, t, `(? = '' OR tbl = ?) AND (? = '' OR key = ?) ORDER BY id`, table, table, key, key)
		if err != nil {
			return err
		}
		for _, a := range rows {
			if !isPartKey(a.Table, a.Key) {
				out = append(out, a)
				continue
			}
			shifts, err := expandPart(a, nil)
			if err != nil {
				return err
			}
			out = append(out, shifts...)
		}
		if key == "" || table != "" && table != TableShifts {
			return nil
		}
		parts, err := partsCovering(ctx, t, key, 0)
		out = append(out, parts...)
		slices.SortStableFunc(out, func(a, b AuditRow) int { return cmp.Compare(a.ID, b.ID) })
		return err
	})
	return out, err
}

// VerifyAudit walks the hash chain and returns the id of the first row that does
// not match (edited, or following a removed row), or 0 when the chain is intact.
// Removing the newest rows cannot be detected by a chain alone.
func (s *Store) VerifyAudit(ctx context.Context) (brokenID int64, err error) {
	err = s.read(ctx, func(t *tx) error {
		rows, err := t.query(ctx, `SELECT `+auditCols+` FROM audit ORDER BY id`)
		if err != nil {
			return err
		}
		defer rows.Close()
		prev := ""
		for rows.Next() {
			a, at, err := scanAudit(rows)
			if err != nil {
				return err
			}
			if a.PrevHash != prev || auditHash(a.ID, at, a.User, a.Table, a.Key, a.Old, a.New, a.Note, a.PrevHash) != a.Hash {
				brokenID = a.ID
				return nil
			}
			prev = a.Hash
		}
		return rows.Err()
	})
	return brokenID, err
}
