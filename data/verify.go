package data

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"assistans/rules"
)

// verify proves three things: the audit chain is unbroken (each row's hash
// covers it and the row before), its head is where the anchor outside the
// database says, and every stored record is what the newest audit row for its
// key says it is (a record edited, inserted or deleted by another tool is
// found). The record's content in the audit row is what its hash covers, so the
// chain proves the content of every record.

// audited is a table whose every write is recorded in the audit trail.
type audited struct {
	name  string
	query string   // key columns first, then the recorded ones
	keys  int      // the first keys columns make the audit key
	skip  int      // columns before the recorded ones (a shift's id)
	cols  []string // the recorded columns, as rowJSON writes them
	added []bool   // per recorded column: added later (recordJSON)
}

// auditedTables lists every audited table: newTable adds each, shifts add themselves.
var auditedTables []audited

// tableNouns names the tables in Swedish for verify's messages.
var tableNouns = map[string]string{
	TableProviders: "anordnare", TableCustomers: "kunder", TableDecisions: "beslut",
	TableAssistants: "assistenter", TableAssignments: "uppdrag", TableShifts: "pass",
	TableMonthInfo: "månadsuppgifter", TableHospital: "sjukhusvistelser", TableCosts: "kostnader",
	TablePrinted: "utskrivna summor", TableSettings: "inställningar",
	TableSchedules: "scheman", TableAbsences: "frånvaro", TableRates: "timbelopp",
}

func tableNoun(tbl string) string {
	if n, ok := tableNouns[tbl]; ok {
		return n + " (" + tbl + ")"
	}
	return tbl
}

// rowDiff is a record that differs from what the audit trail recorded last.
type rowDiff struct {
	table, key        string
	recorded, current string // row JSON; "" for none
}

func (d rowDiff) String() string {
	what := "har ändrats utanför programmet"
	switch {
	case d.recorded == "":
		what = "har lagts till utanför programmet (ändringsloggen känner inte till den)"
	case d.current == "":
		what = "har tagits bort utanför programmet (ändringsloggen säger att den finns)"
	}
	return fmt.Sprintf("Tabellen %s, nyckel %s: raden %s.", tableNoun(d.table), d.key, what)
}

type stateKey struct{ table, key string }

// recordedState is the newest recorded content of every key the audit trail
// names, as a hash of its row JSON (zero for a deleted record).
type recordedState map[stateKey][sha256.Size]byte

var deletedRow [sha256.Size]byte

func contentHash(rowJSON string) [sha256.Size]byte {
	if rowJSON == "" {
		return deletedRow
	}
	return sha256.Sum256([]byte(rowJSON))
}

// rowDiffs compares every record of every audited table with state and calls
// found for each difference, tables in name order, then records deleted behind
// the program's back in key order. It stops at found's first error. each, if
// not nil, is given every row as read (the audited query's columns), so that
// a caller that needs every stored row as well reads them once.
func rowDiffs(ctx context.Context, t *tx, state recordedState, found func(rowDiff) error, each func(table string, vals []any) error) error {
	seen := make(map[stateKey]bool, len(state))
	tables := slices.Clone(auditedTables)
	slices.SortFunc(tables, func(a, b audited) int { return strings.Compare(a.name, b.name) })
	for _, tb := range tables {
		if err := tb.compare(ctx, t, state, seen, found, each); err != nil {
			return err
		}
	}
	var gone []stateKey
	for k, h := range state {
		if h != deletedRow && !seen[k] {
			gone = append(gone, k)
		}
	}
	slices.SortFunc(gone, func(a, b stateKey) int {
		if c := strings.Compare(a.table, b.table); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	for _, k := range gone {
		rec, _, err := newestAudit(ctx, t, k.table, k.key)
		if err != nil {
			return err
		}
		if err := found(rowDiff{k.table, k.key, rec.New, ""}); err != nil {
			return err
		}
	}
	return nil
}

func (tb audited) compare(ctx context.Context, t *tx, state recordedState, seen map[stateKey]bool, found func(rowDiff) error, each func(string, []any) error) error {
	// The differences are gathered first and their recorded rows read after:
	// PostgreSQL runs one query at a time on a connection.
	var diffs []rowDiff
	var lookup []bool
	rows, err := t.query(ctx, tb.query)
	if err != nil {
		return err
	}
	for rows.Next() {
		vals, err := scanRow(rows, tb.skip+len(tb.cols))
		if err == nil && each != nil {
			err = each(tb.name, vals)
		}
		if err != nil {
			rows.Close()
			return err
		}
		k := stateKey{tb.name, auditKey(vals[:tb.keys])}
		seen[k] = true
		cur := recordJSON(tb.cols, vals[tb.skip:], tb.added)
		rec, ok := state[k]
		if ok && rec == contentHash(cur) {
			continue
		}
		diffs = append(diffs, rowDiff{table: tb.name, key: k.key, current: cur})
		lookup = append(lookup, ok && rec != deletedRow)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for i, d := range diffs {
		if lookup[i] {
			rec, _, err := newestAudit(ctx, t, d.table, d.key)
			if err != nil {
				return err
			}
			d.recorded = rec.New
		}
		if err := found(d); err != nil {
			return err
		}
	}
	return nil
}

// walkChain checks the audit chain row by row and returns the state it records
// and its head; broken is the first row that does not match (0 when none).
func walkChain(ctx context.Context, t *tx) (state recordedState, head anchor, broken int64, err error) {
	state = recordedState{}
	rows, err := t.query(ctx, `SELECT `+auditCols+` FROM audit ORDER BY id`)
	if err != nil {
		return nil, head, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		a, at, err := scanAudit(rows)
		if err != nil {
			return nil, head, 0, err
		}
		if a.PrevHash != head.Hash || auditHash(a.ID, at, a.User, a.Table, a.Key, a.Old, a.New, a.Note, a.PrevHash) != a.Hash {
			return state, head, a.ID, nil
		}
		if isPartKey(a.Table, a.Key) {
			err := partShifts(a.New, func(key, js string) { state[stateKey{a.Table, key}] = contentHash(js) })
			if err != nil { // the program wrote it, and the hash says nobody changed it since
				return state, head, a.ID, nil
			}
		} else {
			state[stateKey{a.Table, a.Key}] = contentHash(a.New)
		}
		head = anchor{a.ID, a.Hash}
	}
	return state, head, 0, rows.Err()
}

// maxFindings caps how many differences Verify lists.
const maxFindings = 20

// Verify checks the audit chain, its anchor and every record against it, and
// returns what it found in Swedish, the first difference first; none when all
// agree. It does not run SQLite's integrity check (IntegrityCheck does).
func (s *Store) Verify(ctx context.Context) ([]string, error) {
	out, _, err := s.verify(ctx, true)
	return out, err
}

// verify is Verify, with or without the anchor (a backup being restored has
// none of its own); it also returns the chain's head.
func (s *Store) verify(ctx context.Context, withAnchor bool) (out []string, head anchor, err error) {
	// Read before the snapshot: the anchor only moves forward, so it cannot be
	// ahead of what the snapshot holds unless rows were removed.
	anc, anchored, anchorErr := readAnchor(s.path)
	err = s.read(ctx, func(t *tx) error {
		state, h, broken, err := walkChain(ctx, t)
		if err != nil {
			return err
		}
		head = h
		if broken != 0 {
			out = append(out, fmt.Sprintf("Ändringsloggen är bruten vid rad %d: raden har ändrats eller en rad före den har tagits bort.", broken))
			return nil
		}
		// A server database has no anchor: its chain is extended from many PCs,
		// and the server's own backups keep what it held.
		if withAnchor && !s.OnServer() {
			if msg := checkAnchor(ctx, t, anc, anchored, anchorErr, head, s.path); msg != "" {
				out = append(out, msg)
			}
		}
		// The worked sums are recounted from the shifts as rowDiffs reads them.
		sums := &rules.WorkedSums{}
		err = rowDiffs(ctx, t, state, func(d rowDiff) error {
			if len(out) == maxFindings {
				out = append(out, "… och fler skillnader.")
				return errStop
			}
			out = append(out, d.String())
			return nil
		}, func(table string, vals []any) error {
			if table != TableShifts {
				return nil
			}
			s, err := auditedShift(vals)
			if err == nil {
				sums.Add(s, 1)
			}
			return err
		})
		if err != nil {
			return err
		}
		msg, err := t.recountWorked(ctx, sums)
		if msg != "" {
			out = append(out, msg)
		}
		return err
	})
	if err == errStop {
		err = nil
	}
	return out, head, err
}

var errStop = fmt.Errorf("stop")

// checkAnchor compares the chain's head with the anchor; "" when they agree.
func checkAnchor(ctx context.Context, t *tx, anc anchor, found bool, readErr error, head anchor, db string) string {
	switch {
	case readErr != nil:
		return readErr.Error() + "; ändringsloggens slut kan inte bevisas."
	case !found:
		if head.ID == 0 {
			return ""
		}
		return "Ankarfilen " + anchorPath(db) + " saknas, så det går inte att bevisa att de senaste ändringarna finns kvar. " +
			"Om databasen har flyttats, flytta mappen backups med den."
	case anc.ID == 0:
		return ""
	case head.ID == 0:
		return fmt.Sprintf("Hela ändringsloggen har tagits bort (ankaret visar %d rader).", anc.ID)
	case anc.ID > head.ID:
		return fmt.Sprintf("De senaste raderna i ändringsloggen har tagits bort: den slutar vid rad %d, men ankaret visar rad %d.", head.ID, anc.ID)
	}
	var hash string
	err := t.queryRow(ctx, `SELECT hash FROM audit WHERE id = ?`, anc.ID).Scan(&hash)
	if err != nil || hash != anc.Hash {
		return "Ändringsloggen har skrivits om: rad " + strconv.FormatInt(anc.ID, 10) + " stämmer inte med ankaret utanför databasen."
	}
	return ""
}
