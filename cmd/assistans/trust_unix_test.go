//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"assistans/data"
)

// No output path, however it is written, puts a file over the database, its
// companions, its anchor or a backup.
func TestNoOutputOverTheData(t *testing.T) {
	fileOnly(t) // the database file, its companions and paths
	db := demoDB(t)
	dir := filepath.Dir(db)
	backup := filepath.Join(t.TempDir(), "kopia.db")
	if _, e, code := cli(t, "backup", "--db", db, "--out", backup); code != 0 {
		t.Fatalf("backup: %d %s", code, e)
	}
	// A link to the database, and x/../../demo.db where x leads two folders down:
	// read as text the path leaves dir; followed as the system does, it is the database.
	link := filepath.Join(t.TempDir(), "pass.csv")
	must(t, os.Symlink(db, link))
	must(t, os.MkdirAll(filepath.Join(dir, "a", "b"), 0o700))
	must(t, os.Symlink(filepath.Join(dir, "a", "b"), filepath.Join(dir, "x")))
	t.Chdir(dir)
	before, _ := os.ReadFile(db)

	for _, target := range []string{
		db, "./x/../../demo.db", "./a/../demo.db", link, db + "-wal", db + ".lock", db + "-shm",
		backup, filepath.Join(data.BackupDir(db), "demo.db.ankare"),
	} {
		for _, args := range [][]string{
			{"export", "--db", db, "shifts", target},
			{"pdf3066", "--db", db, "--assistant", demoSara, "--customer", demoMarta, "--out", target},
			{"payroll", "--db", db, "--month", "2026-10", "--out", target},
			{"backup", "--db", db, "--out", target},
		} {
			_, e, code := cli(t, args...)
			if code != 2 || !strings.Contains(e, "vägrar skriva") {
				t.Errorf("%s --out %s: exit %d, %q; want exit 2 refusing", args[0], target, code, e)
			}
		}
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the database file changed")
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v %v", fi, err)
	}
	intact(t, db)
	if kept, _ := data.Backups(data.BackupDir(db)); len(kept) != 0 {
		t.Errorf("refused writes left backups: %v", kept)
	}
}

// A link to an ordinary file is written through: the file gets the export, the link stays.
func TestOutputThroughALink(t *testing.T) {
	fileOnly(t) // the database file, its companions and paths
	db := demoDB(t)
	dir := t.TempDir()
	real := filepath.Join(dir, "riktig.csv")
	must(t, os.WriteFile(real, []byte("gammalt"), 0o600))
	link := filepath.Join(dir, "länk.csv")
	must(t, os.Symlink(real, link))
	if _, e, code := cli(t, "export", "--db", db, "customers", link); code != 0 {
		t.Fatalf("export through a link: %d %s", code, e)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi, err)
	}
	if b, _ := os.ReadFile(real); !strings.Contains(string(b), "Märta Sjöström") {
		t.Errorf("the link's target holds %q", b)
	}
	// A folder and a named pipe (as /dev/null, a device) are no files to replace.
	fifo := filepath.Join(dir, "rör")
	must(t, syscall.Mkfifo(fifo, 0o600))
	for _, target := range []string{dir, fifo} {
		if _, e, code := cli(t, "export", "--db", db, "customers", target); code != 2 || !strings.Contains(e, "ingen vanlig fil") {
			t.Errorf("export to %s: %d %s", target, code, e)
		}
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi, err)
	}
	// A link that leads nowhere is refused, and stays a link.
	dangling := filepath.Join(dir, "borta.csv")
	must(t, os.Symlink(filepath.Join(dir, "finns-inte", "x.csv"), dangling))
	if _, e, code := cli(t, "export", "--db", db, "customers", dangling); code != 2 || !strings.Contains(e, "länk") {
		t.Errorf("export through a dangling link: %d %s", code, e)
	}
}
