package data

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"time"

	"assistans/data/postgres"
	"assistans/data/sqlite"
)

// ConnProblem is what kept the program from reaching a server database (see
// Classify); the window says each in its own language.
type ConnProblem = postgres.Problem

const (
	NoConnProblem   = postgres.NoProblem
	ConnUnreachable = postgres.Unreachable
	ConnBadLogin    = postgres.BadLogin
	ConnNoPassword  = postgres.NoPassword
	ConnNoDatabase  = postgres.NoDatabase
	ConnTLS         = postgres.TLSFailed
	ConnOther       = postgres.OtherProblem
)

// Classify says why opening the server database db failed with err
// (NoConnProblem for a nil err, ConnOther for a file or an unknown cause).
func Classify(db string, err error) ConnProblem {
	if !IsServer(db) {
		if err == nil {
			return NoConnProblem
		}
		return ConnOther
	}
	return postgres.Classify(db, err)
}

// HasPassword says whether connecting to the server database db has a
// password to give without asking: in the URL, PGPASSWORD or the password file.
func HasPassword(db string) bool { return postgres.HasPassword(db) }

// Redact is a server URL without its password; a file's path as it is.
func Redact(db string) string {
	if IsServer(db) {
		return postgres.Redact(db)
	}
	return db
}

// Probe is what testing a database found, without opening it for work.
type Probe struct {
	Problem ConnProblem // the server could not be reached as asked
	Err     error       // what went wrong, when anything did
	// Schema is the database's schema (0: new or empty), Latest this program's.
	Schema, Latest int
	Missing        bool // a file not there yet: opening it makes a new database
}

// ProbeTimeout is how long a connection test waits for a server to answer.
const ProbeTimeout = 8 * time.Second

// ProbeDatabase tests db, a file or a server URL: whether it can be reached,
// and which schema it has. It changes nothing and takes no lock.
func ProbeDatabase(ctx context.Context, db string) Probe {
	if IsServer(db) {
		p := Probe{Latest: newestIn(postgres.Migrations())}
		p.Schema, p.Err = postgres.Probe(ctx, db, ProbeTimeout)
		p.Problem = Classify(db, p.Err)
		return p
	}
	p := Probe{Latest: newestIn(sqlite.Migrations())}
	path, err := dbPath(db)
	if err != nil {
		p.Problem, p.Err = ConnOther, err
		return p
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		p.Missing = true
		return p
	}
	c, err := sql.Open("sqlite3", sqliteURI(path)+"?mode=ro")
	if err == nil {
		err = c.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) FROM migrations`).Scan(&p.Schema)
		c.Close()
	}
	if err != nil {
		p.Problem, p.Err = ConnOther, FileError(err)
	}
	return p
}

// newestIn is the newest migration number in an engine's list (numbered 1…n).
func newestIn(migrations fs.FS) int {
	names, _ := fs.Glob(migrations, "*.sql") // a constant pattern
	return len(names)
}
