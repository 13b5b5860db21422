package data

import (
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"assistans/data/postgres/pgtest"
)

// Testing a database before the window switches to it: new, current, and on a
// server the causes the window names (no such database, nobody answering, TLS
// the server does not offer).
func TestProbeDatabase(t *testing.T) {
	db := testDB(t)
	p := ProbeDatabase(ctx, db)
	latest := len(mustGlob(t))
	if p.Err != nil || p.Schema != 0 || p.Latest != latest || p.Missing == pgtest.OnServer() {
		t.Fatalf("a new database: %+v (latest %d)", p, latest)
	}
	s, err := Open(db)
	must(t, err)
	must(t, s.Close())
	if p := ProbeDatabase(ctx, db); p.Err != nil || p.Problem != NoConnProblem || p.Schema != latest || p.Missing {
		t.Fatalf("an opened database: %+v", p)
	}
	if !pgtest.OnServer() {
		notDB := filepath.Join(t.TempDir(), "text.db")
		must(t, os.WriteFile(notDB, []byte("inte en databas"), 0o600))
		if p := ProbeDatabase(ctx, notDB); p.Problem != ConnOther || p.Err == nil {
			t.Errorf("a text file: %+v", p)
		}
		return
	}
	u, err := url.Parse(db)
	must(t, err)
	other := *u
	other.Path = "/finns_inte"
	if p := ProbeDatabase(ctx, other.String()); p.Problem != ConnNoDatabase {
		t.Errorf("a missing database: %+v", p)
	}
	tlsURL := *u
	tlsURL.RawQuery = "sslmode=require"
	if p := ProbeDatabase(ctx, tlsURL.String()); p.Problem != ConnTLS {
		t.Errorf("TLS to a server without it: %+v", p)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0") // a port nobody answers on once closed
	must(t, err)
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	closed := *u
	closed.Host = "127.0.0.1:" + strconv.Itoa(port)
	if p := ProbeDatabase(ctx, closed.String()); p.Problem != ConnUnreachable {
		t.Errorf("nobody on the port: %+v", p)
	}
}

func mustGlob(t *testing.T) []string {
	names, err := fs.Glob(engineMigrations(), "*.sql")
	must(t, err)
	return names
}
