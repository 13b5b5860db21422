package data

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"assistans/rules"
)

func TestOpenExclusiveRefusesASecondWriter(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "assistans.db")
	first, err := OpenExclusive(path)
	must(t, err)

	_, err = OpenExclusive(path)
	if !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("second OpenExclusive = %v, want ErrAlreadyOpen", err)
	}
	want := "Databasen " + path + " används redan av ett annat Assistans-fönster eller kommando; stäng det och försök igen."
	if err.Error() != want {
		t.Errorf("message %q\nwant %q", err, want)
	}
	kopia := filepath.Join(t.TempDir(), "kopia.db")
	must(t, first.Backup(ctx, kopia))
	if err := Restore(ctx, kopia, path); !errors.Is(err, ErrAlreadyOpen) {
		t.Errorf("Restore onto an open database = %v, want ErrAlreadyOpen", err)
	}

	// A reading command opens without the lock and sees the window's writes.
	must(t, first.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Kund"}))
	reader, err := Open(path)
	must(t, err)
	cs, err := reader.Customers(ctx)
	must(t, err)
	must(t, reader.Close())
	if len(cs) != 1 {
		t.Errorf("reader sees %d customers, want 1", len(cs))
	}

	// Closing releases the lock and removes its file.
	must(t, first.Close())
	if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("lock file after Close: %v", err)
	}
	again, err := OpenExclusive(path)
	must(t, err)
	must(t, again.Close())
}

// A failed open gives the lock back.
func TestOpenExclusiveFailureReleasesTheLock(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "a.db")
	must(t, os.WriteFile(path, []byte(strings.Repeat("inte en databas\n", 100)), 0o600))
	if s, err := OpenExclusive(path); err == nil {
		s.Close()
		t.Fatal("OpenExclusive of a text file succeeded")
	}
	l, err := LockDatabase(path)
	must(t, err)
	must(t, l.Release())
}

// TestLockHelperProcess is not a test: the tests below run the test binary with
// ASSISTANS_LOCK_DB set so that it takes the lock in another process, prints
// "locked" (or the refusal) and then waits to be killed.
func TestLockHelperProcess(t *testing.T) {
	fileOnly(t)
	db := os.Getenv("ASSISTANS_LOCK_DB")
	if db == "" {
		t.Skip("helper process only")
	}
	s, err := OpenExclusive(db)
	if err != nil {
		fmt.Println(err)
		os.Exit(0)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
	s.Close()
	os.Exit(0)
}

func lockHelper(t *testing.T, db string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), "ASSISTANS_LOCK_DB="+db)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	return cmd, strings.TrimSpace(line)
}

func TestOpenExclusiveAcrossProcesses(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "assistans.db")

	// This process holds the lock: the other is refused.
	s, err := OpenExclusive(path)
	must(t, err)
	_, line := lockHelper(t, path)
	if !strings.Contains(line, "används redan av ett annat Assistans-fönster") {
		t.Errorf("other process while we hold the lock: %q", line)
	}
	must(t, s.Close())

	// The other process holds it: we are refused, until it is killed outright,
	// when the system releases its lock without its help.
	cmd, line := lockHelper(t, path)
	if line != "locked" {
		t.Fatalf("other process: %q", line)
	}
	if _, err := OpenExclusive(path); !errors.Is(err, ErrAlreadyOpen) {
		t.Fatalf("OpenExclusive while another process holds the lock = %v", err)
	}
	must(t, cmd.Process.Kill())
	cmd.Wait()
	s, err = OpenExclusive(path)
	must(t, err)
	must(t, s.Close())
}

// The first start of the window: the application-data folder does not exist yet.
func TestOpenExclusiveCreatesFolder(t *testing.T) {
	fileOnly(t)
	path := filepath.Join(t.TempDir(), "ny", "mapp", "assistans.db")
	st, err := OpenExclusive(path)
	if err != nil {
		t.Fatalf("first start: %v", err)
	}
	st.Close()
}
