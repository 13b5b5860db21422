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
	"path/filepath"
	"strings"

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

// Open opens the database file at path, creating it (and its folder) if needed.
func Open(path string) (*Engine, error) {
	if path == "" {
		return nil, errors.New("ingen databasfil angiven")
	}
	// The driver cuts the file name at '?' to read its options.
	if strings.Contains(path, "?") {
		return nil, fmt.Errorf("sökvägen %q till databasen får inte innehålla '?'", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("kan inte skapa mappen för databasen: %w", err)
	}
	// Create the file ourselves: SQLite would make it readable by everyone, and
	// it holds personal data. Its -wal and -shm files copy this mode.
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("kan inte öppna databasen %s: %w", path, err)
	}
	f.Close()

	const common = "_foreign_keys=1&_busy_timeout=5000"
	e := &Engine{path: path, user: osUser()}
	// The writer's page cache is 16 MiB rather than SQLite's 2 MB: an import of a
	// year of shifts inserts into four indexes at scattered places, and with the
	// small cache it spent most of its time writing out and reading back pages.
	if e.db, err = sql.Open("sqlite3", path+"?"+common+"&_txlock=immediate&_cache_size=-16384&_journal_mode=WAL&_synchronous=NORMAL"); err != nil {
		return nil, err
	}
	e.db.SetMaxOpenConns(1)
	if e.rdb, err = sql.Open("sqlite3", path+"?"+common+"&_query_only=1"); err != nil {
		e.db.Close()
		return nil, err
	}
	if err := e.db.Ping(); err != nil {
		e.Close()
		return nil, fmt.Errorf("kan inte öppna databasen %s (är det en Assistans-databas?): %w", path, err)
	}
	return e, nil
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
func (e *Engine) Close() error { return errors.Join(e.rdb.Close(), e.db.Close()) }

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
	_, err := e.db.ExecContext(ctx, `VACUUM INTO ?`, name)
	return err
}
