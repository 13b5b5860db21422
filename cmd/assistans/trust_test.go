package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Demo numbers: Sara works for Märta.
const (
	demoSara  = "198704221624"
	demoMarta = "194208193823"
)

// intact checks that db still verifies and still holds its customers.
func intact(t *testing.T, db string) {
	t.Helper()
	if out, e, code := cli(t, "verify", "--db", db); code != 0 {
		t.Fatalf("verify after a refused write: exit %d: %s%s", code, out, e)
	}
	out, _, code := cli(t, "totals", "--db", db, "--month", "2026-10", "--json")
	if code != 0 || !strings.Contains(out, demoMarta) {
		t.Fatalf("the database lost its data: %d %s", code, out)
	}
}

func TestPDFCreatesItsFolder(t *testing.T) {
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "ny", "mapp")
	if _, e, code := cli(t, "pdf", "--db", db, "--month", "2026-10", "--out", out); code != 0 {
		t.Fatalf("pdf into a missing folder: %d %s", code, e)
	}
	if pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(pdfs) == 0 {
		t.Error("no PDF in the new folder")
	}
}

// Commands that only read never make a database, and read one the user may only read.
func TestReadingCommandsNeverCreate(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "tpyo.db")
	out := filepath.Join(dir, "ut")
	for _, args := range [][]string{
		{"check", "--month", "2026-10"},
		{"totals", "--month", "2026-10", "--json"},
		{"export", "customers", out + ".csv"},
		{"pdf", "--month", "2026-10", "--out", out},
		{"pdf3066", "--assistant", demoSara, "--customer", demoMarta, "--out", out + ".pdf"},
		{"payroll", "--month", "2026-10", "--out", out + ".xml"},
		{"verify"},
		{"backup", "--out", out + ".db"},
	} {
		_, e, code := cli(t, append(args, "--db", missing)...)
		if code != 2 || !strings.Contains(e, missing) || !strings.Contains(e, "finns inte") {
			t.Errorf("%s on a missing database: exit %d, %q", args[0], code, e)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files made: %v", entries)
	}
}

// --db file:NAME is the file NAME; with options it is refused; never a file named "file:…".
func TestDBAsSQLiteURI(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if _, e, code := cli(t, "demo", "--db", "file:demo.db"); code != 0 {
		t.Fatalf("demo --db file:demo.db: %d %s", code, e)
	}
	if _, err := os.Stat(filepath.Join(dir, "demo.db")); err != nil {
		t.Errorf("file:demo.db did not make demo.db: %v", err)
	}
	if out, _, code := cli(t, "totals", "--db", "file://"+filepath.ToSlash(filepath.Join(dir, "demo.db")), "--month", "2026-10", "--json"); code != 0 || !strings.Contains(out, demoMarta) {
		t.Errorf("totals --db file:///…: %d %s", code, out)
	}
	if _, e, code := cli(t, "totals", "--db", "file:demo.db?mode=memory", "--month", "2026-10", "--json"); code != 2 || !strings.Contains(e, "sökväg") {
		t.Errorf("--db with URI options: %d %q", code, e)
	}
	// One file, one lock: a window on file:demo.db keeps an import on demo.db out.
	w, err := openStoreExclusive("file:demo.db")
	must(t, err)
	csv := filepath.Join(dir, "kunder.csv")
	must(t, os.WriteFile(csv, []byte("pnr;name\n"), 0o600))
	if _, e, code := cli(t, "import", "--db", "demo.db", "customers", csv); code != 2 || !strings.Contains(e, "används redan") {
		t.Errorf("a second writer on the same file: %d %q", code, e)
	}
	must(t, w.Close())
	matches, _ := filepath.Glob(filepath.Join(dir, "file*"))
	if len(matches) != 0 {
		t.Errorf("files named after the URI: %v", matches)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Without a desktop the window says so in Swedish, instead of a stack trace.
func TestWindowWithoutDisplay(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("DISPLAY and WAYLAND_DISPLAY are how Linux finds its desktop")
	}
	db := filepath.Join(t.TempDir(), "x.db")
	for _, env := range [][2]string{{"", ""}, {":4711", ""}, {"", "wayland-4711"}} {
		t.Setenv("DISPLAY", env[0])
		t.Setenv("WAYLAND_DISPLAY", env[1])
		_, e, code := cli(t, "--db", db)
		if code != 2 || !strings.Contains(e, "inget grafiskt skrivbord") {
			t.Errorf("DISPLAY=%q WAYLAND_DISPLAY=%q: exit %d, %q", env[0], env[1], code, e)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("the database was created although no window could open")
	}
}

// Errors the register finds name file, line and column like the file's own.
func TestImportErrorsNameTheLine(t *testing.T) {
	db := demoDB(t)
	f := filepath.Join(t.TempDir(), "pass.csv")
	must(t, os.WriteFile(f, []byte("assistant_pnr;customer_pnr;date;start;end;kind\n"+
		"198704221624;194208193823;2026-12-01;08:00;10:00;aktiv\n"+
		"\n"+
		"198704221624;191212121212;2026-12-01;08:00;10:00;aktiv\n"+
		"198704221624;191212121212;2026-12-02;08:00;10:00;aktiv\n"+
		"199001011239;194208193823;2026-12-02;08:00;10:00;aktiv\n"+
		"198704221624;194208193823;2026-09-03;08:00;10:00;aktiv\n"), 0o600))
	_, e, code := cli(t, "import", "--db", db, "shifts", f)
	for _, want := range []string{
		`pass.csv:4: kolumn customer_pnr: "191212121212": Kunden 191212121212 finns inte i registret (2 rader)`,
		`pass.csv:6: kolumn assistant_pnr: "199001011239": Assistenten 199001011239 finns inte i registret.`,
		`pass.csv:7: kolumn date: "2026-09-03": Månaden 2026-09 är markerad som skickad och låst`,
	} {
		if code != 2 || !strings.Contains(e, want) {
			t.Errorf("exit %d, stderr %q; want %q", code, e, want)
		}
	}
}

// A bad file imported into a database that does not exist yet is refused with
// the same rows as into an existing one, and leaves no database behind; a good
// one makes it.
func TestImportOfABadFileMakesNoDatabase(t *testing.T) {
	fileOnly(t) // a server database is never made by import
	dir := t.TempDir()
	db := filepath.Join(dir, "ny.db")
	f := filepath.Join(dir, "kunder.csv")
	must(t, os.WriteFile(f, []byte("pnr;name\n19750101-1239;Ada\n"), 0o600))
	_, e, code := cli(t, "import", "--db", db, "customers", f)
	if want := `kunder.csv:2: kolumn pnr: "19750101-1239": kontrollsiffran stämmer inte`; code != 2 || !strings.Contains(e, want) {
		t.Errorf("exit %d, stderr %q; want %q", code, e, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries after a refused import, want only the CSV file", len(entries))
	}
	must(t, os.WriteFile(f, []byte("pnr;name\n19750101-1238;Ada\n"), 0o600))
	if _, e, code := cli(t, "import", "--db", db, "customers", f); code != 0 {
		t.Fatalf("good file: exit %d, %s", code, e)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("the good import made no database: %v", err)
	}
}

// restore keeps what it replaces, and refuses what is not a sound backup of ours.
func TestRestoreKeepsTheCurrentState(t *testing.T) {
	fileOnly(t) // the database file, its companions and paths
	db := demoDB(t)
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "kopia.db")
	if _, e, code := cli(t, "backup", "--db", db, "--out", copyPath); code != 0 {
		t.Fatalf("backup: %d %s", code, e)
	}
	empty := filepath.Join(dir, "tom.db")
	must(t, os.WriteFile(empty, nil, 0o600))
	if _, e, code := cli(t, "restore", "--db", db, "--from", empty); code != 2 || !strings.Contains(e, "är tom (0 byte)") {
		t.Errorf("restore of an empty file: %d %q", code, e)
	}
	_, e, code := cli(t, "restore", "--db", db, "--from", copyPath)
	if code != 0 || !strings.Contains(e, "Det tidigare innehållet är sparat i "+filepath.Join(filepath.Dir(db), "backups")) {
		t.Fatalf("restore: %d %q", code, e)
	}
	saved := strings.TrimSpace(strings.TrimPrefix(e, "Det tidigare innehållet är sparat i "))
	if out, e, code := cli(t, "totals", "--db", saved, "--month", "2026-10", "--json"); code != 0 || !strings.Contains(out, demoMarta) {
		t.Errorf("the saved state: %d %s %s", code, out, e)
	}
	if out, e, code := cli(t, "verify", "--db", db); code != 0 {
		t.Errorf("verify after restore: %d %s %s", code, out, e)
	}
}
