//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"assistans/data"
)

// cliArgsEnv makes the test binary run the command line with these arguments
// (separated by a unit separator, \\x1f) instead of tests, as a user other than root can.
const cliArgsEnv = "ASSISTANS_CLI_ARGS"

// TestCLIChild is not a test: it is the program TestReadingCommandsOnAReadOnlyFile
// runs as another user.
func TestCLIChild(t *testing.T) {
	if args := os.Getenv(cliArgsEnv); args != "" {
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	t.Skip("the program TestReadingCommandsOnAReadOnlyFile runs")
}

// The reading commands work on a database the user may only read, in a folder
// the user may not write either: nothing is written beside it.
func TestReadingCommandsOnAReadOnlyFile(t *testing.T) {
	fileOnly(t) // the database file, its companions and paths
	db := demoDB(t)
	dir := filepath.Dir(db)
	out := t.TempDir()
	must(t, os.Chmod(db, 0o444))
	runAs := func(args ...string) (string, string, int) { return cli(t, args...) }
	if os.Getuid() == 0 {
		// Root reads and writes every file: run the program as nobody, on a
		// copy of this test binary that nobody may run.
		bin := filepath.Join(t.TempDir(), "assistans.test")
		copyFile(t, os.Args[0], bin)
		for _, d := range []string{filepath.Dir(dir), dir, filepath.Dir(out), filepath.Dir(bin)} {
			must(t, os.Chmod(d, 0o755))
		}
		must(t, os.Chmod(out, 0o777))
		// The anchor too, or verify cannot prove where the log ends.
		anchors, _ := filepath.Glob(filepath.Join(data.BackupDir(db), "*.ankare"))
		for _, p := range append(anchors, data.BackupDir(db)) {
			must(t, os.Chmod(p, 0o755))
		}
		must(t, os.Chmod(bin, 0o755))
		runAs = func(args ...string) (string, string, int) {
			cmd := exec.Command("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", bin, "-test.run=^TestCLIChild$")
			cmd.Env = append(os.Environ(), cliArgsEnv+"="+strings.Join(args, "\x1f"), "HOME="+out)
			var o, e bytes.Buffer
			cmd.Stdout, cmd.Stderr = &o, &e
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			return o.String(), e.String(), code
		}
	} else {
		must(t, os.Chmod(dir, 0o555))
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	before, _ := os.ReadFile(db)
	entries, _ := os.ReadDir(dir)

	o, e, code := runAs("totals", "--db", db, "--month", "2026-10", "--json")
	var totals struct{ Customers []struct{ Customer string } }
	if code != 0 || json.Unmarshal([]byte(o), &totals) != nil || len(totals.Customers) == 0 {
		t.Errorf("totals on a read-only database: exit %d, %q %q", code, o, e)
	}
	if _, e, code := runAs("check", "--db", db, "--month", "2026-10"); code == 2 {
		t.Errorf("check on a read-only database: %q", e)
	}
	if o, e, code := runAs("verify", "--db", db); code != 0 {
		t.Errorf("verify on a read-only database: exit %d, %q %q", code, o, e)
	}
	csv := filepath.Join(out, "kunder.csv")
	if _, e, code := runAs("export", "--db", db, "customers", csv); code != 0 {
		t.Errorf("export from a read-only database: exit %d, %q", code, e)
	}
	if b, _ := os.ReadFile(csv); !strings.Contains(string(b), demoMarta) {
		t.Errorf("the export holds %q", b)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the read-only database changed")
	}
	if now, _ := os.ReadDir(dir); len(now) != len(entries) {
		t.Errorf("files made beside the database: %v, before %v", now, entries)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	must(t, err)
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o700)
	must(t, err)
	_, err = io.Copy(out, in)
	must(t, err)
	must(t, out.Close())
}
