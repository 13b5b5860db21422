package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
)

// The loads of a month read tens of thousands of rows, and database/sql's
// Rows.Scan costs about as much per row as the engine's step (a lock, and a
// conversion per column, by reflection for an integer). A read transaction
// begun by readConn holds its connection, so that those loads can step the
// driver's rows themselves (eachRow) and take its values as they are: the same
// values Scan into *any gives, on both engines.

// readConn is read on a connection held until the transaction ends, whose
// driver eachRow reads directly.
func (s *Store) readConn(ctx context.Context, fn func(*tx) error) error {
	c, err := s.rdb.Conn(ctx)
	if err != nil {
		return err
	}
	return s.readOn(ctx, c, fn)
}

// readOn is readConn on connection c, which it closes.
func (s *Store) readOn(ctx context.Context, c *sql.Conn, fn func(*tx) error) error {
	defer c.Close()
	if !s.OnServer() {
		unmap, err := mapFile(ctx, c)
		if err != nil {
			return err
		}
		defer unmap()
	}
	t, err := c.BeginTx(ctx, s.eng.ReadOptions())
	if err != nil {
		return err
	}
	defer t.Rollback()
	w := s.wrap(t)
	w.conn = c
	return fn(w)
}

// eachRow runs query q and calls fn with each row's values, in a slice reused
// from row to row: fn must copy what it keeps out of a []byte. Without a held
// connection (a transaction not begun by readConn) it reads through database/sql.
func (t *tx) eachRow(ctx context.Context, q string, args []any, fn func([]any) error) error {
	if t.conn == nil || t.copier != nil {
		return t.eachScanned(ctx, q, args, fn)
	}
	return t.conn.Raw(func(dc any) error {
		qc, ok := dc.(driver.QueryerContext)
		if !ok {
			return errNoQueryer
		}
		named := make([]driver.NamedValue, len(args))
		for i, a := range args {
			// As database/sql converts them (an int to int64, a Valuer to its value).
			v, err := driver.DefaultParameterConverter.ConvertValue(a)
			if err != nil {
				return err
			}
			named[i] = driver.NamedValue{Ordinal: i + 1, Value: v}
		}
		rows, err := qc.QueryContext(ctx, t.s.eng.Rebind(q), named)
		if err != nil {
			return err
		}
		defer rows.Close()
		vals := make([]driver.Value, len(rows.Columns()))
		row := make([]any, len(vals))
		for {
			if err := rows.Next(vals); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
			for i, v := range vals {
				row[i] = v
			}
			if err := fn(row); err != nil {
				return err
			}
		}
	})
}

var errNoQueryer = errors.New("databasens drivrutin kan inte läsa rader direkt")

// eachScanned is eachRow through database/sql.
func (t *tx) eachScanned(ctx context.Context, q string, args []any, fn func([]any) error) error {
	rows, err := t.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		if err := fn(vals); err != nil {
			return err
		}
	}
	return rows.Err()
}
