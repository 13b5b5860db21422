package data

import (
	"context"
	"fmt"
	"strings"

	"assistans/rules"
)

// worked_minutes (schema 6) holds rules.Worked for the stored shifts: each
// write of a shift adds its minutes to the transaction's sums, or takes them
// away, and the sums go into the table before the transaction commits, so the
// table and the shifts are committed or lost together.

// TableWorked is the name of the worked minutes' table.
const TableWorked = "worked_minutes"

// workedSchema is the migration that makes the table.
const workedSchema = 6

// addWorked records that s was stored (sign 1) or removed (sign -1).
func (t *tx) addWorked(s rules.Shift, sign int64) {
	if t.worked == nil {
		t.worked = &rules.WorkedSums{}
	}
	t.worked.Add(s, sign)
}

// flushWorked adds the transaction's sums to the table: one prepared
// statement a row on SQLite, many rows to a statement on a server (see
// pending.go).
func (t *tx) flushWorked(ctx context.Context) error {
	if t.worked == nil {
		return nil
	}
	rows := t.worked.Rows()
	t.worked = nil
	return t.addWorkedRows(ctx, rows)
}

func (t *tx) addWorkedRows(ctx context.Context, rows []rules.Worked) error {
	per := 1
	if t.s.OnServer() {
		per = pendingBatch
	}
	vals := make([]any, 0, 4*per)
	for len(rows) > 0 {
		n := min(len(rows), per)
		vals = vals[:0]
		for _, w := range rows[:n] {
			vals = append(vals, w.Month.String(), w.Assistant, w.Customer, w.Minutes)
		}
		q := insertRows(TableWorked, []string{"month", "assistant", "customer", "minutes"}, n) +
			` ON CONFLICT (month, assistant, customer) DO UPDATE SET minutes = ` + TableWorked + `.minutes + excluded.minutes`
		if _, err := t.exec(ctx, q, vals...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// fillWorked is schema 6's Go step: the sums of every stored shift.
func fillWorked(ctx context.Context, t *tx) error {
	sums, err := countWorked(ctx, t)
	if err != nil {
		return err
	}
	return t.addWorkedRows(ctx, sums.Rows())
}

// countWorked adds up every stored shift, a row at a time.
func countWorked(ctx context.Context, t *tx) (*rules.WorkedSums, error) {
	sums := &rules.WorkedSums{}
	err := t.eachRow(ctx, t.s.shiftSelect, nil, func(v []any) error {
		s, err := decodeShift(v)
		if err == nil {
			sums.Add(s, 1)
		}
		return err
	})
	return sums, err
}

// loadWorked reads the sums of months ms (ascending), a month at a time (each
// a range of the table's key, and no month text to parse per row). Assistant
// and customer come packed into one text, as Store.shiftSelect packs a
// shift's: one string to allocate per row instead of two.
func loadWorked(ctx context.Context, t *tx, ms []rules.Month) ([]rules.Worked, error) {
	if len(ms) == 0 {
		return nil, nil
	}
	// Counted from the first month to the last (an upper bound when a month
	// between them is not summed), so that the rows are allocated once.
	var n int
	err := t.queryRow(ctx, `SELECT COUNT(*) FROM `+TableWorked+` WHERE month BETWEEN ? AND ? AND minutes <> 0`,
		ms[0].String(), ms[len(ms)-1].String()).Scan(&n)
	if err != nil {
		return nil, err
	}
	out := make([]rules.Worked, 0, n)
	q := `SELECT assistant || ` + t.s.eng.Char(31) + ` || customer, minutes FROM ` + TableWorked + ` WHERE month = ? AND minutes <> 0`
	for _, m := range ms {
		err := t.eachRow(ctx, q, []any{m.String()}, func(v []any) error {
			r := row{v: v}
			a, c, ok := strings.Cut(r.str(), "\x1f")
			w := rules.Worked{Assistant: a, Customer: c, Month: m, Minutes: r.i64()}
			if !ok || r.err != nil {
				return fmt.Errorf("trasig rad i %s (%s)", TableWorked, m)
			}
			out = append(out, w)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// recountWorked compares the table with sums, the stored shifts' sums, and
// says, in Swedish as verify does, where the first difference is; "" when they
// agree or the database is older than the table.
func (t *tx) recountWorked(ctx context.Context, sums *rules.WorkedSums) (string, error) {
	if schema, err := schemaOf(ctx, t); err != nil || schema < workedSchema {
		return "", err
	}
	want := sums.Rows()
	// In the order of Rows: both engines compare these texts byte by byte.
	rows, err := t.query(ctx, `SELECT month, assistant, customer, minutes FROM `+TableWorked+
		` WHERE minutes <> 0 ORDER BY assistant, customer, month`)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	i := 0
	for rows.Next() {
		var w rules.Worked
		var month string
		if err := rows.Scan(&month, &w.Assistant, &w.Customer, &w.Minutes); err != nil {
			return "", err
		}
		w.Month, _ = rules.ParseMonth(month)
		if i == len(want) || want[i] != w {
			if i < len(want) && rules.CompareWorked(want[i], w) < 0 {
				w = want[i] // a sum the table lacks comes first
			}
			return workedDiffers(w), nil
		}
		i++
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if i < len(want) {
		return workedDiffers(want[i]), nil
	}
	return "", nil
}

func workedDiffers(w rules.Worked) string {
	return fmt.Sprintf("Tabellen %s stämmer inte med passen (månad %s, assistent %s, kund %s): den har ändrats utanför programmet, och kontrollen av arbetstiden kan bli fel. Återställ en säkerhetskopia.",
		TableWorked, w.Month, w.Assistant, w.Customer)
}
