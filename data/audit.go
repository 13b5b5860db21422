package data

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
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
	h := sha256.New()
	for _, f := range []string{strconv.FormatInt(id, 10), at, user, table, key, old, new, note, prev} {
		fmt.Fprintf(h, "%d:%s;", len(f), f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// audit appends a row to the trail inside the transaction that makes the change,
// so a change and its record are committed or lost together.
func (t *tx) audit(ctx context.Context, table, key, old, new, note string) error {
	if !t.chainRead {
		err := t.QueryRowContext(ctx, `SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1`).Scan(&t.lastID, &t.lastHash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		t.chainRead = true
	}
	// Write transactions are serialised (BEGIN IMMEDIATE), so the next id is ours.
	id := t.lastID + 1
	at := t.now.Format(time.RFC3339)
	h := auditHash(id, at, t.s.User, table, key, old, new, note, t.lastHash)
	_, err := t.exec(ctx, `INSERT INTO audit (id, at, os_user, tbl, key, old, new, note, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, at, t.s.User, table, key, optV(old), optV(new), note, t.lastHash, h)
	if err != nil {
		return fmt.Errorf("kan inte skriva ändringsloggen: %w", err)
	}
	t.lastID, t.lastHash = id, h
	return nil
}

// rowJSON renders column values as a JSON object in column order.
func rowJSON(cols []string, vals []any) string {
	if vals == nil {
		return ""
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c)
		v, _ := json.Marshal(vals[i]) // string, int64 or nil: cannot fail
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String()
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
	var out []AuditRow
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.query(ctx, `SELECT `+auditCols+` FROM audit
			WHERE (?1 = '' OR tbl = ?1) AND (?2 = '' OR key = ?2) ORDER BY id`, table, key)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a, _, err := scanAudit(rows)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return rows.Err()
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
