// Package pgtest runs a package's tests on both engines: first on SQLite, then,
// in a second run of the same test binary, on a PostgreSQL server — a private
// one started for the run (initdb and pg_ctl from Debian's postgresql package,
// no system service), or the one ASSISTANS_TEST_PG names. Each test that opens
// a database gets a fresh database of its own on that server.
//
// A server that cannot be had fails the run; only ASSISTANS_TEST_PG=off, outside
// CI, leaves the PostgreSQL run out, and says so.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

const (
	envServer = "ASSISTANS_TEST_PG"     // an admin URL of a server to use, or "off"
	envEngine = "ASSISTANS_TEST_ENGINE" // "postgres" in the second run
)

// OnServer says whether this run's tests use the server engine.
func OnServer() bool { return os.Getenv(envEngine) == "postgres" }

// Main runs m on SQLite, then on PostgreSQL, and returns the exit code.
func Main(m *testing.M) int {
	if OnServer() {
		return m.Run()
	}
	code := m.Run()
	admin := os.Getenv(envServer)
	if admin == "off" && os.Getenv("CI") != "true" {
		fmt.Fprintln(os.Stderr, "pgtest: ASSISTANS_TEST_PG=off: testerna kördes bara mot SQLite")
		return code
	}
	if admin == "" || admin == "off" {
		srv, err := Start()
		if err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: kan inte starta en PostgreSQL-server för testerna: %v\n", err)
			return 1
		}
		defer srv.Stop()
		admin = srv.URL
	}
	fmt.Fprintf(os.Stderr, "pgtest: samma tester mot PostgreSQL (%s)\n", admin)
	cmd := exec.Command(os.Args[0], os.Args[1:]...)
	cmd.Env = append(os.Environ(), envEngine+"=postgres", envServer+"="+admin)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return max(code, ee.ExitCode(), 1)
		}
		fmt.Fprintln(os.Stderr, "pgtest:", err)
		return 1
	}
	return code
}

// Server is a private PostgreSQL server in a temporary folder.
type Server struct {
	URL string // the admin URL, database postgres
	dir string
	bin string
	run []string // the command prefix that runs a program as the server's owner
}

// binDir finds Debian's PostgreSQL programs (the newest version installed).
func binDir() (string, error) {
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		if dir := string(out[:len(out)-1]); fileExists(filepath.Join(dir, "initdb")) {
			return dir, nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	for i := len(dirs) - 1; i >= 0; i-- {
		if fileExists(filepath.Join(dirs[i], "initdb")) {
			return dirs[i], nil
		}
	}
	return "", errors.New("initdb hittades inte (installera Debians paket postgresql, se scripts/setup)")
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// Start initialises and starts a server on a free port of 127.0.0.1, trusting
// local connections. initdb refuses to run as root, so as root the server runs
// as the postgres user.
func Start() (*Server, error) {
	bin, err := binDir()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "assistans-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("som root behövs användaren postgres: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
		s.run = []string{"runuser", "-u", "postgres", "--"}
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	data := filepath.Join(dir, "data")
	if out, err := s.exec("initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "-D", data); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v: %s", err, out)
	}
	// fsync off: the server lives only as long as the tests.
	opts := fmt.Sprintf("-h 127.0.0.1 -p %d -k %s -F -c max_connections=200", port, dir)
	if out, err := s.exec("pg_ctl", "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("pg_ctl start: %v: %s %s", err, out, log)
	}
	s.URL = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	return s, nil
}

func (s *Server) exec(prog string, args ...string) ([]byte, error) {
	argv := append(append(append([]string{}, s.run...), filepath.Join(s.bin, prog)), args...)
	return exec.Command(argv[0], argv[1:]...).CombinedOutput()
}

// Stop stops the server immediately and removes its folder.
func (s *Server) Stop() {
	s.exec("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.dir)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

var counter atomic.Int64

// NewDatabase creates an empty database on the run's server for one test and
// returns its URL; it is dropped when the test ends (after the test's own
// cleanups, which close its stores).
func NewDatabase(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(envServer)
	if admin == "" || admin == "off" {
		tb.Fatal("pgtest: ingen PostgreSQL-server (kör testerna genom pgtest.Main)")
	}
	name := fmt.Sprintf("assistans_test_%d_%d", os.Getpid(), counter.Add(1))
	db, err := sql.Open("pgx", admin)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		tb.Fatalf("CREATE DATABASE: %v", err)
	}
	tb.Cleanup(func() {
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE " + name + " WITH (FORCE)"); err != nil {
			tb.Errorf("DROP DATABASE: %v", err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
