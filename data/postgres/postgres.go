// Package postgres is the server storage engine: one database on a PostgreSQL
// server, shared by several programs at once, through pgx's database/sql driver.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

//go:embed migrations/*.sql
var migrations embed.FS

// IsURL says whether a --db value names a server database rather than a file.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// writerLock is the advisory lock every write transaction takes (any number,
// the same in every program; advisory locks are per database).
const writerLock = 0x41737369 // "Assi"

// connectTimeout is how long a connection waits for the server to answer,
// unless the URL's connect_timeout says otherwise.
const connectTimeout = 15 * time.Second

// channel is where committed changes are announced (LISTEN/NOTIFY).
const channel = "assistans"

// Engine is an open server database.
type Engine struct {
	where string
	cfg   *pgx.ConnConfig
	db    *sql.DB
	user  string
}

// Open connects to the database the URL names. The password comes from where
// libpq looks (the URL, PGPASSWORD, the .pgpass file), which pgx reads.
func Open(ctx context.Context, rawURL string) (*Engine, error) {
	where := Redact(rawURL)
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("databasadressen %s går inte att läsa: %w", where, err)
	}
	if cfg.ConnectTimeout == 0 {
		// A server that drops the packets would otherwise keep the window waiting
		// for the system's own timeout, minutes; a connect_timeout in the URL rules.
		cfg.ConnectTimeout = connectTimeout
	}
	e := &Engine{where: where, cfg: cfg, db: stdlib.OpenDB(*cfg)}
	// A few connections: the window reads while an import writes, and writes
	// queue on the writer lock, not on the pool.
	e.db.SetMaxOpenConns(4)
	e.db.SetMaxIdleConns(4)
	e.db.SetConnMaxIdleTime(5 * time.Minute)
	// The login, not current_user: an office's people log in as themselves and
	// work as one owner role (SET role), and the audit trail names the person.
	if err := e.db.QueryRowContext(ctx, `SELECT session_user`).Scan(&e.user); err != nil {
		e.db.Close()
		return nil, fmt.Errorf("kan inte ansluta till databasen %s: %w", where, err)
	}
	return e, nil
}

// Redact is the URL without its password, for messages and the window's title.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "postgres://…"
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	if q.Has("password") {
		q.Del("password")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

func (e *Engine) Kind() string    { return "postgres" }
func (e *Engine) Where() string   { return e.where }
func (e *Engine) Writer() *sql.DB { return e.db }
func (e *Engine) Reader() *sql.DB { return e.db }
func (e *Engine) User() string    { return e.user }
func (e *Engine) Close() error    { return e.db.Close() }

// ReadOptions: one snapshot for the whole read, as SQLite's read transactions see.
func (e *Engine) ReadOptions() *sql.TxOptions {
	return &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
}

func (e *Engine) Migrations() fs.FS { return Migrations() }

// Migrations are the engine's schema files, NNNN_name.sql.
func Migrations() fs.FS {
	sub, _ := fs.Sub(migrations, "migrations") // a constant, existing folder
	return sub
}

func (e *Engine) MigrationsTable() string {
	return `CREATE TABLE IF NOT EXISTS migrations (
		number     BIGINT PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	)`
}

// LockWriter takes the writer lock until the transaction ends. In READ
// COMMITTED every statement after it sees what the writer before committed.
func (e *Engine) LockWriter(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(writerLock))
	return err
}

// CopyRows sends rows with COPY, a single round trip for all of them that the
// server parses and plans once: inserting an import's shifts and audit rows
// 256 to an INSERT kept the server busy parsing statements of 2,560 parameters.
// It runs on the connection that holds the write transaction, so the rows are
// part of it and go or stay with it.
func (e *Engine) CopyRows(ctx context.Context, conn *sql.Conn, table string, cols []string, rows [][]any) error {
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("COPY: unexpected connection %T", dc)
		}
		_, err := c.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
		return err
	})
}

// Notify sends payload on the channel; the server delivers it at commit, and not at all on rollback.
func (e *Engine) Notify(ctx context.Context, tx *sql.Tx, payload string) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_notify($1, $2)`, channel, payload)
	return err
}

// Listen holds a connection of its own that listens on the channel, and
// reconnects after a lost connection, until ctx ends.
func (e *Engine) Listen(ctx context.Context, fn func(string)) (bool, error) {
	for ctx.Err() == nil {
		err := e.listenOnce(ctx, fn)
		if ctx.Err() != nil {
			break
		}
		_ = err // the connection was lost; try again in a moment
		select {
		case <-ctx.Done():
		case <-time.After(2 * time.Second):
		}
	}
	return true, nil
}

func (e *Engine) listenOnce(ctx context.Context, fn func(string)) error {
	conn, err := pgx.ConnectConfig(ctx, e.cfg)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+channel); err != nil {
		return err
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return err
		}
		fn(n.Payload)
	}
}

// Rebind numbers the ? placeholders $1, $2, … outside quoted text.
func (e *Engine) Rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	var quote byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?':
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func (e *Engine) Char(c int) string { return fmt.Sprintf("chr(%d)", c) }

func (e *Engine) IsUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// ResetIdentity moves table's id sequence past the ids a restore copied in.
func (e *Engine) ResetIdentity(table string) string {
	return fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), COALESCE((SELECT MAX(id) FROM %s), 0) + 1, false)`, table, table)
}

// IntegrityCheck: the server itself checks every constraint on every write,
// so what is left to find is a constraint or index it has not validated (one
// created NOT VALID, or a failed concurrent index build).
func (e *Engine) IntegrityCheck(ctx context.Context) ([]string, error) {
	rows, err := e.db.QueryContext(ctx, `
		SELECT 'villkoret ' || conname || ' är inte kontrollerat' FROM pg_constraint
		 WHERE NOT convalidated AND connamespace = current_schema()::regnamespace
		UNION ALL
		SELECT 'indexet ' || indexrelid::regclass::text || ' är ogiltigt' FROM pg_index
		 WHERE NOT indisvalid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, err
		}
		problems = append(problems, p)
	}
	return problems, rows.Err()
}
