package main

import (
	"path/filepath"
	"testing"

	"assistans/data/postgres/pgtest"
)

// The command-line tests run twice, on database files and then on a
// PostgreSQL server (--db postgres://…): see pgtest and TestMain in home_test.go.

// newDB is a new database for --db: a file name in a new folder, or in the
// PostgreSQL run the URL of an empty database on the test server.
func newDB(t *testing.T, name string) string {
	t.Helper()
	if pgtest.OnServer() {
		return pgtest.NewDatabase(t)
	}
	return filepath.Join(t.TempDir(), name)
}

// fileOnly marks a test of what only a database file has (its instance lock,
// file modes, files beside it); the file run has run it.
func fileOnly(t *testing.T) {
	if pgtest.OnServer() {
		t.Skip("gäller bara en databasfil; kördes i filkörningen")
	}
}
