package data

import (
	"os"
	"testing"

	"assistans/data/postgres/pgtest"
	"assistans/internal/testhome"
)

// The tests write into a home folder of their own, never the user's, and run
// twice, on SQLite and then on a PostgreSQL server: every test that opens its
// database with openTest runs on both engines (pgtest).
func TestMain(m *testing.M) { os.Exit(testhome.RunWith(func() int { return pgtest.Main(m) })) }

func TestHomeIsPrivate(t *testing.T) { testhome.Check(t) }
