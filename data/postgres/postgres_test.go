package postgres

import "testing"

func TestRebind(t *testing.T) {
	e := &Engine{}
	for _, tc := range []struct{ in, want string }{
		{`SELECT 1`, `SELECT 1`},
		{`SELECT a FROM t WHERE b = ? AND c IS NOT DISTINCT FROM ?`, `SELECT a FROM t WHERE b = $1 AND c IS NOT DISTINCT FROM $2`},
		{`SELECT '?', "x?" FROM t WHERE a = ?`, `SELECT '?', "x?" FROM t WHERE a = $1`},
		{`INSERT INTO t (a, b) VALUES (?, ?), (?, ?)`, `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)`},
	} {
		if got := e.Rebind(tc.in); got != tc.want {
			t.Errorf("Rebind(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRedactAndIsURL(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://anna:hemligt@kontorsserver:5432/assistans?sslmode=verify-full": "postgres://anna@kontorsserver:5432/assistans?sslmode=verify-full",
		"postgresql://kontorsserver/assistans?password=hemligt&sslmode=require":    "postgresql://kontorsserver/assistans?sslmode=require",
		"postgres://anna@kontorsserver/assistans":                                  "postgres://anna@kontorsserver/assistans",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
		if !IsURL(in) {
			t.Errorf("IsURL(%q) = false", in)
		}
	}
	for _, file := range []string{"assistans.db", "/home/anna/postgres/assistans.db", `C:\postgres\a.db`, "file:a.db"} {
		if IsURL(file) {
			t.Errorf("IsURL(%q) = true", file)
		}
	}
}
