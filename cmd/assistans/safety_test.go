package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"assistans/data"
	"assistans/rules"
)

// While a window holds the database, the commands that write are refused with
// the Swedish message and the ones that read still run.
func TestWritingCommandsWaitForTheWindow(t *testing.T) {
	fileOnly(t)
	db := demoDB(t)
	window, err := openStoreExclusive(db)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	csv := filepath.Join(dir, "kunder.csv")
	if _, e, code := cli(t, "export", "--db", db, "customers", csv); code != 0 {
		t.Fatalf("export while the window is open: exit %d: %s", code, e)
	}
	if _, e, code := cli(t, "totals", "--db", db, "--month", "2026-10", "--json"); code != 0 {
		t.Fatalf("totals while the window is open: exit %d: %s", code, e)
	}
	backup := filepath.Join(dir, "kopia.db")
	if _, e, code := cli(t, "backup", "--db", db, "--out", backup); code != 0 {
		t.Fatalf("backup while the window is open: exit %d: %s", code, e)
	}
	for _, args := range [][]string{
		{"import", "--db", db, "customers", csv},
		{"restore", "--db", db, "--from", backup},
	} {
		_, e, code := cli(t, args...)
		if code != 2 || !strings.Contains(e, "används redan av ett annat Assistans-fönster") {
			t.Errorf("%s while the window is open: exit %d, %q", args[0], code, e)
		}
	}
	if err := window.Close(); err != nil {
		t.Fatal(err)
	}
	if _, e, code := cli(t, "import", "--db", db, "customers", csv); code != 0 {
		t.Errorf("import after the window closed: exit %d: %s", code, e)
	}
}

// Everything the program writes holds personal data and is readable by the user alone.
func TestFilesAreTheUsersAlone(t *testing.T) {
	fileOnly(t)
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix file modes")
	}
	db := demoDB(t)
	dir := t.TempDir()
	csv := filepath.Join(dir, "pass.csv")
	backup := filepath.Join(dir, "kopia.db")
	pdfDir := filepath.Join(dir, "pdf")
	if err := os.Mkdir(pdfDir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", "--db", db, "shifts", csv},
		{"backup", "--db", db, "--out", backup},
		{"pdf", "--db", db, "--month", "2026-10", "--out", pdfDir},
	} {
		if _, e, code := cli(t, args...); code != 0 {
			t.Fatalf("%s: exit %d: %s", args[0], code, e)
		}
	}
	st, err := openStoreExclusive(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	auto, err := st.AutoBackup(t.Context(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	pdfs, _ := filepath.Glob(filepath.Join(pdfDir, "*.pdf"))
	if len(pdfs) == 0 {
		t.Fatal("pdf wrote no files")
	}
	files := append([]string{db, db + "-wal", db + ".lock", csv, backup, auto}, pdfs...)
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			t.Error(err)
			continue
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %o, want 600", filepath.Base(f), fi.Mode().Perm())
		}
	}
	if fi, err := os.Stat(data.BackupDir(db)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("backups folder: %v %v, want mode 700", fi, err)
	}
}

// The window's automatic backup: a failure is a message, not a stop.
func TestWindowAutoBackup(t *testing.T) {
	fileOnly(t)
	db := demoDB(t)
	st, err := openStoreExclusive(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 11, 25, 14, 30, 0, 0, rules.Stockholm)
	if err := autoBackup(st, now); err != nil {
		t.Fatal(err)
	}
	if last, err := st.LastBackup(); err != nil || !last.Equal(now) {
		t.Errorf("LastBackup = %v, %v; want %v", last, err, now)
	}
	// Ten days on, a folder stands where the new copy should go: the copy cannot
	// be saved, and the message says how old the last one is.
	if err := os.Mkdir(filepath.Join(data.BackupDir(db), "demo-2026-12-05T143000.db"), 0o700); err != nil {
		t.Fatal(err)
	}
	err = autoBackup(st, now.AddDate(0, 0, 10))
	if err == nil || !strings.HasPrefix(err.Error(), "Den automatiska säkerhetskopian kunde inte sparas: ") ||
		!strings.HasSuffix(err.Error(), " Den senaste är från 2026-11-25, mer än en vecka sedan.") {
		t.Errorf("got %v", err)
	}
}
