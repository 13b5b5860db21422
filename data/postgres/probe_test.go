package postgres

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
)

// The password is found where libpq looks, which pgx reads: the URL,
// PGPASSWORD, and the password file PGPASSFILE names (else ~/.pgpass).
func TestHasPassword(t *testing.T) {
	t.Setenv("PGPASSWORD", "")
	pass := filepath.Join(t.TempDir(), "pgpass")
	if err := os.WriteFile(pass, []byte("kontorsserver:5432:assistans:anna:hemligt\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PGPASSFILE", pass)
	for url, want := range map[string]bool{
		"postgres://anna:hemligt@annanserver/assistans": true,
		"postgres://anna@kontorsserver/assistans":       true, // the password file's line
		"postgres://bo@kontorsserver/assistans":         false,
		"postgres://anna@kontorsserver/annan":           false,
	} {
		if got := HasPassword(url); got != want {
			t.Errorf("HasPassword(%q) = %v, want %v", url, got, want)
		}
	}
	t.Setenv("PGPASSWORD", "fran-miljon")
	if !HasPassword("postgres://bo@kontorsserver/assistans") {
		t.Error("PGPASSWORD is not taken")
	}
}

func TestClassify(t *testing.T) {
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	withPw, without := "postgres://anna:x@server/assistans", "postgres://anna@server/assistans"
	pg := func(code string) error { return fmt.Errorf("kan inte ansluta: %w", &pgconn.PgError{Code: code}) }
	for _, c := range []struct {
		url  string
		err  error
		want Problem
	}{
		{withPw, nil, NoProblem},
		{withPw, pg("28P01"), BadLogin},
		{without, pg("28P01"), NoPassword},
		{without, pg("28000"), BadLogin},
		{withPw, pg("3D000"), NoDatabase},
		{withPw, &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, Unreachable},
		{withPw, &net.DNSError{Err: "no such host", Name: "server"}, Unreachable},
		{withPw, errors.New("server refused TLS connection"), TLSFailed},
		{withPw, pg("XX000"), OtherProblem},
	} {
		if got := Classify(c.url, c.err); got != c.want {
			t.Errorf("Classify(%q, %v) = %d, want %d", c.url, c.err, got, c.want)
		}
	}
}
