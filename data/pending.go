package data

import (
	"context"
	"strings"
	"sync"
)

// Rows that nothing reads back before the transaction's next statement (audit
// rows, and an import's new shifts) are inserted many to a statement: on a
// server each statement is a round trip, and an import of a year was most of
// its time waiting for them. Every other statement of the transaction, and its
// commit, first inserts what is pending, so the transaction reads what it wrote.
// The largest of these inserts (an import part's shifts; a COPY) run in the
// background while the caller goes on without the database (background): in
// an import, the database inserts one part while the next is read and checked.
// On SQLite, where a statement is no round trip, each row has its own prepared
// one-row INSERT: SQLite binds and plans a 256-row statement for more CPU time
// than 256 runs of a prepared one (about 8 % of an import of a year).

// pendingBatch is how many rows one insert statement takes: below PostgreSQL's
// 65,535 and SQLite's 32,766 parameters for the widest table (audit, 10 columns).
const pendingBatch = 256

// copyBatch is how many rows of a table wait for one COPY on an engine that
// has it (engine.Copier): a COPY's round trips (the table's description, the
// rows, the end) pay off only for many rows, and 8,192 audit rows are a few MB.
const copyBatch = 8192

type pendingRows struct {
	table string
	cols  []string
	vals  []any // n rows of len(cols) values
	n     int
}

// insertLater queues one row of table; the rows of one table keep their order.
func (t *tx) insertLater(ctx context.Context, table string, cols []string, vals ...any) error {
	var p *pendingRows
	for _, q := range t.pending {
		if q.table == table {
			p = q
		}
	}
	if p == nil {
		p = &pendingRows{table: table, cols: cols}
		t.pending = append(t.pending, p)
	}
	p.vals = append(p.vals, vals...)
	p.n++
	if p.n >= pendingBatch && t.copier == nil || p.n >= copyBatch {
		return t.send(ctx)
	}
	return nil
}

// flushFor flushes before query q unless q names none of the tables that rows
// wait for: an import's lookups of the month lock and of the registers between
// its shifts would otherwise cut the pending rows into small batches. Only a
// read goes through here (exec flushes always), and a read of other tables
// cannot see rows that are still pending; a name within a longer word flushes
// too, which is only slower.
func (t *tx) flushFor(ctx context.Context, q string) error {
	if p := t.part; p != nil && p.sent < len(p.js) && strings.Contains(q, TableShifts) {
		return t.flush(ctx)
	}
	for _, p := range t.pending {
		if p.n > 0 && strings.Contains(q, p.table) {
			return t.flush(ctx)
		}
	}
	return nil
}

// flush inserts every pending row.
func (t *tx) flush(ctx context.Context) error {
	if err := t.send(ctx); err != nil {
		return err
	}
	return t.await()
}

// send inserts every pending row; the last insert may still run in the background.
func (t *tx) send(ctx context.Context) error {
	if err := t.insertPart(ctx, t.part, ""); err != nil {
		return err
	}
	pending := t.pending
	t.pending = nil
	per := pendingBatch
	if !t.s.OnServer() { // see the top of the file
		per = 1
	}
	for _, p := range pending {
		if t.copier != nil && p.n >= pendingBatch {
			if err := t.background(func() error { return t.copyRows(ctx, p) }); err != nil {
				return err
			}
			continue
		}
		for p.n > 0 {
			n := min(p.n, per)
			w := len(p.cols)
			if _, err := t.stmtExec(ctx, insertRows(p.table, p.cols, n), p.vals[:n*w]...); err != nil {
				return err
			}
			p.vals, p.n = p.vals[n*w:], p.n-n
		}
	}
	return nil
}

// background runs insert, which writes rows that nothing reads before the
// transaction's next statement, while the caller goes on. Every statement of
// the transaction, and flush, first waits for it (await); one runs at a time.
func (t *tx) background(insert func() error) error {
	if err := t.await(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- insert() }()
	t.inserting = done
	return nil
}

// await waits for the insert running in the background, if one runs, and returns its error.
func (t *tx) await() error {
	if t.inserting == nil {
		return nil
	}
	err := <-t.inserting
	t.inserting = nil
	return err
}

// insertRows is an INSERT of n rows into table, made once: on SQLite a
// statement inserts one row, hundreds of thousands of times in an import.
func insertRows(table string, cols []string, n int) string {
	k := insertKey{table, n}
	if q, ok := insertSQLs.Load(k); ok {
		return q.(string)
	}
	q := insertSQL(table, cols, n)
	insertSQLs.Store(k, q)
	return q
}

// insertSQLs holds insertRows' statements; a table always has the same columns.
var insertSQLs sync.Map

type insertKey struct {
	table string
	n     int
}

func insertSQL(table string, cols []string, n int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ") + ")"
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

// copyRows inserts p's rows with the engine's COPY.
func (t *tx) copyRows(ctx context.Context, p *pendingRows) error {
	w := len(p.cols)
	rows := make([][]any, p.n)
	for i := range rows {
		rows[i] = p.vals[i*w : (i+1)*w : (i+1)*w]
	}
	return t.copier.CopyRows(ctx, t.conn, p.table, p.cols, rows)
}
