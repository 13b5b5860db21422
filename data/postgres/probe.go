package postgres

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Problem is what kept a connection from being made, so that the window can
// say it in its own language and point at the field to change.
type Problem int

const (
	NoProblem   Problem = iota
	Unreachable         // no server answers at the host and port (name unknown, refused, timed out)
	BadLogin            // the server answered but refused the user or the password
	NoPassword          // the server asks for a password and none was given or found
	NoDatabase          // the server has no database of that name
	TLSFailed           // the encrypted connection could not be made (refused, or the certificate not trusted)
	OtherProblem
)

// SQLSTATE codes of a refused login and of a missing database.
const (
	codeInvalidPassword = "28P01"
	codeInvalidAuth     = "28000" // no such role, or pg_hba.conf refuses it
	codeNoConnectRight  = "42501"
	codeNoDatabase      = "3D000"
	codeUndefinedTable  = "42P01"
)

// Classify says which Problem err (from connecting to rawURL) is.
func Classify(rawURL string, err error) Problem {
	if err == nil {
		return NoProblem
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch pgErr.Code {
		case codeInvalidPassword:
			if !HasPassword(rawURL) {
				return NoPassword
			}
			return BadLogin
		case codeInvalidAuth, codeNoConnectRight:
			return BadLogin
		case codeNoDatabase:
			return NoDatabase
		}
		return OtherProblem
	}
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	if errors.As(err, &certErr) || errors.As(err, &unknownCA) || errors.As(err, &hostErr) ||
		strings.Contains(err.Error(), "server refused TLS connection") || strings.Contains(err.Error(), "tls:") {
		return TLSFailed
	}
	var netErr net.Error
	var opErr *net.OpError
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) || errors.As(err, &opErr) || errors.As(err, &netErr) ||
		errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "dial error") {
		return Unreachable
	}
	return OtherProblem
}

// HasPassword says whether connecting to rawURL has a password to give: in
// the URL, or where libpq looks and pgx reads too (PGPASSWORD, the password
// file ~/.pgpass or %APPDATA%\postgresql\pgpass.conf, or PGPASSFILE).
func HasPassword(rawURL string) bool {
	cfg, err := pgconn.ParseConfig(rawURL)
	return err == nil && cfg.Password != ""
}

// Probe connects to the database rawURL names, without changing anything,
// and reads its schema number: 0 for a database without Assistans' tables.
// A server that does not answer within timeout is Unreachable.
func Probe(ctx context.Context, rawURL string, timeout time.Duration) (schema int, err error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return 0, err
	}
	cfg.ConnectTimeout = timeout
	ctx, cancel := context.WithTimeout(ctx, 2*timeout)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return 0, err
	}
	defer conn.Close(context.Background())
	err = conn.QueryRow(ctx, `SELECT COALESCE(MAX(number), 0) FROM migrations`).Scan(&schema)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == codeUndefinedTable {
		return 0, nil
	}
	return schema, err
}
