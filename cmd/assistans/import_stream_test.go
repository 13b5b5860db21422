package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/data/csvimport"
)

// An import stores its file in parts (csvimport.Part records at a time, in one
// transaction): the messages and the outcome must be those of one part, for the
// register's refusals (placed on their lines across parts) and for a file whose
// own bad row comes after a refusal. Every run starts from the same demo
// database, so nothing of a refused import may remain.
func TestImportInPartsSaysTheSame(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	header := "assistant_pnr;customer_pnr;date;start;end;kind\n"
	good := "198704221624;194208193823;2026-12-01;08:00;10:00;aktiv\n"
	refused := header + good + "\n" +
		"198704221624;191212121212;2026-12-01;08:00;10:00;aktiv\n" +
		"198704221624;191212121212;2026-12-02;08:00;10:00;aktiv\n" +
		"199001011239;194208193823;2026-12-02;08:00;10:00;aktiv\n" +
		"198704221624;194208193823;2026-09-03;08:00;10:00;aktiv\n"
	badLate := header + good + "198704221624;191212121212;2026-12-01;08:00;10:00;aktiv\n" +
		"198704221624;194208193823;2026-12-03;08:00;10:00;aktiv\n" +
		"198704221624;194208193823;2026-12-04;8.00;10:00;aktiv\n"
	for name, file := range map[string]string{"refused": refused, "bad row late": badLate} {
		f := filepath.Join(dir, "pass.csv")
		must(t, os.WriteFile(f, []byte(file), 0o600))
		var stderr []string
		for _, part := range []int{20000, 2} {
			csvimport.Part = part
			before, _, _ := cli(t, "export", "--db", db, "shifts", filepath.Join(dir, "before.csv"))
			_, e, code := cli(t, "import", "--db", db, "shifts", f)
			if code != 2 {
				t.Errorf("%s, parts of %d: exit %d, %q", name, part, code, e)
			}
			stderr = append(stderr, e)
			_, _, _ = cli(t, "export", "--db", db, "shifts", filepath.Join(dir, "after.csv"))
			b, _ := os.ReadFile(filepath.Join(dir, "before.csv"))
			a, _ := os.ReadFile(filepath.Join(dir, "after.csv"))
			if before != "" || string(a) != string(b) {
				t.Errorf("%s, parts of %d: the shifts changed", name, part)
			}
		}
		csvimport.Part = 20000
		if stderr[0] != stderr[1] {
			t.Errorf("%s: in parts of 2 the import says\n%s\nin one part\n%s", name, stderr[1], stderr[0])
		}
		want := `pass.csv:4: kolumn customer_pnr: "191212121212": Kunden 191212121212 finns inte i registret (2 rader)`
		if name == "bad row late" {
			want = `pass.csv:5: kolumn start: "8.00": ogiltig tid`
		}
		if !strings.Contains(stderr[1], want) || name == "bad row late" && strings.Contains(stderr[1], "191212121212") {
			t.Errorf("%s: stderr %q, want %q and nothing of the register", name, stderr[1], want)
		}
	}
}
