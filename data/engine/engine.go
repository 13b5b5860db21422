// Package engine is what the service in package data needs from a storage
// engine: connections, the engine's SQL dialect where it differs, its
// migrations, and how it serialises writers. The engines are data/sqlite and
// data/postgres; the service's queries are one copy, written with ? placeholders
// and rewritten by Rebind.
package engine

import (
	"context"
	"database/sql"
	"io/fs"
)

// Engine is one open database.
type Engine interface {
	// Kind is "sqlite" or "postgres".
	Kind() string
	// Where names the database for messages: a file path, or a URL without its password.
	Where() string
	// Writer takes the write transactions; Reader serves reads (it may be Writer).
	Writer() *sql.DB
	Reader() *sql.DB
	// ReadOptions begin a read transaction that sees one consistent state.
	ReadOptions() *sql.TxOptions
	// LockWriter, called first in every write transaction, waits until no other
	// writer (in any program) is inside one, so that writes are serialised: the
	// audit chain's next id, the month lock and record versions are read and
	// written by one writer at a time. The wait ends with the transaction.
	LockWriter(ctx context.Context, tx *sql.Tx) error
	// User is the person the audit trail records for this connection.
	User() string
	Dialect
	// Migrations holds the engine's files NNNN_name.sql at its root; every
	// engine has the same numbers, in its own dialect.
	Migrations() fs.FS
	// MigrationsTable is the statement that creates the migrations table if missing.
	MigrationsTable() string
	// IntegrityCheck lists what the engine's own checks find wrong; none when sound.
	IntegrityCheck(ctx context.Context) ([]string, error)
	// Notify tells other programs on the same database, at commit of tx, that it
	// changed; payload is the service's. An engine whose only writer is this
	// program (the instance lock) does nothing.
	Notify(ctx context.Context, tx *sql.Tx, payload string) error
	// Listen calls fn with the payload of every change other connections commit,
	// until ctx ends. It returns false when the engine has no other writers to hear.
	Listen(ctx context.Context, fn func(payload string)) (bool, error)
	Close() error
}

// Dialect is the SQL that differs between engines.
type Dialect interface {
	// Rebind rewrites the ? placeholders of q into the engine's own.
	Rebind(q string) string
	// Char is an expression for the one-character text with code c.
	Char(c int) string
	// IsUnique says whether err is a unique-constraint violation.
	IsUnique(err error) bool
	// ResetIdentity is the statement that makes table's generated ids continue
	// after the highest one stored ("" when the engine needs none).
	ResetIdentity(table string) string
}

// Copier is an engine that loads many rows faster in one statement of its own
// than by INSERTs (a server's COPY): pending rows of an import go through it.
type Copier interface {
	// CopyRows inserts rows (each of len(cols) values) into table on conn,
	// inside the transaction open on conn.
	CopyRows(ctx context.Context, conn *sql.Conn, table string, cols []string, rows [][]any) error
}
