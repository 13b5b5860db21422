// Package sqlite is the embedded storage engine: one database file on this PC,
// in WAL mode with foreign keys on; one writer at a time.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"time"

	"github.com/mattn/go-sqlite3"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Engine is an open database file.
type Engine struct {
	path string
	// db takes the writes: one connection whose transactions begin IMMEDIATE,
	// so two writers queue on the busy timeout instead of failing half-way.
	db *sql.DB
	// rdb serves reads, which in WAL mode never wait for the writer.
	rdb  *sql.DB
	user string
}

// The file is opened by data (its connection options, file modes, read-only
// opening and the check at open are in data/sqlitefile.go); this package is
// the dialect, the migrations and the file's own checks and copy.

// Wrap is the engine of a database file that the caller has opened: db takes
// the writes (one connection, transactions beginning IMMEDIATE), rdb the reads.
// db is nil for a file opened only to be read.
func Wrap(path string, db, rdb *sql.DB) *Engine {
	return &Engine{path: path, db: db, rdb: rdb, user: osUser()}
}

// osUser is who works at this PC, as the audit trail records them: the
// operating-system user and the computer's name.
func osUser() string {
	name := "okänd"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	} else {
		for _, k := range []string{"USER", "USERNAME"} {
			if v := os.Getenv(k); v != "" {
				name = v
				break
			}
		}
	}
	if host, err := os.Hostname(); err == nil && host != "" {
		name += "@" + host
	}
	return name
}

func (e *Engine) Kind() string                { return "sqlite" }
func (e *Engine) Where() string               { return e.path }
func (e *Engine) Writer() *sql.DB             { return e.db }
func (e *Engine) Reader() *sql.DB             { return e.rdb }
func (e *Engine) ReadOptions() *sql.TxOptions { return nil }
func (e *Engine) User() string                { return e.user }
func (e *Engine) Migrations() fs.FS           { return Migrations() }

// Migrations are the engine's schema files, NNNN_name.sql.
func Migrations() fs.FS {
	sub, _ := fs.Sub(migrations, "migrations") // a constant, existing folder
	return sub
}

// Close closes the database; the last connection to close folds the WAL into the file.
func (e *Engine) Close() error {
	err := e.rdb.Close()
	if e.db != nil {
		err = errors.Join(err, e.db.Close())
	}
	return err
}

// ReleaseMemory empties the page caches of the connections not in use (the
// writer's fills to 16 MiB, a reader's to 2 MB; the start backup's VACUUM INTO
// fills the writer's), for a program that waits for its user; the next reads
// fill them again from the system's file cache. A connection in use is left
// alone: waiting for it would hold the caller.
func (e *Engine) ReleaseMemory(ctx context.Context) {
	for _, db := range []*sql.DB{e.db, e.rdb} {
		if db == nil {
			continue
		}
		var conns []*sql.Conn
		for range db.Stats().Idle {
			c, err := idleConn(ctx, db)
			if err != nil {
				break
			}
			conns = append(conns, c)
		}
		for _, c := range conns {
			c.ExecContext(ctx, `PRAGMA shrink_memory`) // only a cache: a failure loses nothing
			c.Close()
		}
	}
}

// idleConn takes one of db's idle connections, or fails soon when another
// caller took the last one meanwhile and none is free.
func idleConn(ctx context.Context, db *sql.DB) (*sql.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	return db.Conn(ctx)
}

// LockWriter has nothing to do: write transactions begin IMMEDIATE, which
// takes SQLite's write lock, and the one writer connection queues this program's own.
func (e *Engine) LockWriter(context.Context, *sql.Tx) error { return nil }

func (e *Engine) MigrationsTable() string {
	return `CREATE TABLE IF NOT EXISTS migrations (
		number     INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`
}

// Notify does nothing: the instance lock keeps every other writer away from the file.
func (e *Engine) Notify(context.Context, *sql.Tx, string) error { return nil }

func (e *Engine) Listen(context.Context, func(string)) (bool, error) { return false, nil }

func (e *Engine) Rebind(q string) string { return q }

func (e *Engine) Char(c int) string { return fmt.Sprintf("char(%d)", c) }

func (e *Engine) IsUnique(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.ExtendedCode == sqlite3.ErrConstraintUnique || se.ExtendedCode == sqlite3.ErrConstraintPrimaryKey)
}

// ResetIdentity: an INTEGER PRIMARY KEY continues after the highest stored id by itself.
func (e *Engine) ResetIdentity(string) string { return "" }

// IntegrityCheck runs SQLite's integrity and foreign-key checks.
func (e *Engine) IntegrityCheck(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := e.rdb.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return nil, err
		}
		if msg != "ok" {
			problems = append(problems, msg)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	fk, err := e.rdb.QueryContext(ctx, `SELECT "table", parent FROM pragma_foreign_key_check`)
	if err != nil {
		return nil, err
	}
	defer fk.Close()
	for fk.Next() {
		var table, parent string
		if err := fk.Scan(&table, &parent); err != nil {
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("en rad i %s pekar på något som saknas i %s", table, parent))
	}
	return problems, fk.Err()
}

// VacuumInto writes a consistent copy of the database into the file name,
// which may exist if empty (so that it keeps the mode it was created with).
func (e *Engine) VacuumInto(ctx context.Context, name string) error {
	db := e.db
	if db == nil { // a file opened only to be read
		db = e.rdb
	}
	_, err := db.ExecContext(ctx, `VACUUM INTO ?`, name)
	return err
}
