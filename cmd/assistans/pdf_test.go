package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// pdf prints every bundle it can, names each one printed despite blocking
// findings on stderr, and then names every customer it could not print, with
// exit 2. File names carry the name and month, no personnummer.
func TestPDFPrintsWhatItCan(t *testing.T) {
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "ut")
	if err := os.MkdirAll(filepath.Join(out, "2026-10 Elsa Öhman.pdf", "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := cli(t, "pdf", "--db", db, "--month", "2026-10", "--out", out)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	var want []string
	for _, n := range []string{"Åke Lindström", "Märta Sjöström", "Ingrid Näslund"} {
		want = append(want, filepath.Join(out, "2026-10 "+n+".pdf"))
	}
	if got := strings.Fields(strings.ReplaceAll(stdout, " ", "·")); strings.Join(got, "\n") !=
		strings.ReplaceAll(strings.Join(want, "\n"), " ", "·") {
		t.Errorf("stdout:\n%s\nwant the three files %q", stdout, want)
	}
	for _, w := range []string{
		"2026-10 Åke Lindström.pdf är utskriven trots blockerande fel (NOT_REPORTED_3066, NO_DECISION, WORKTIME_AVERAGE)",
		"2026-10 Ingrid Näslund.pdf är utskriven trots blockerande fel (OVERLAP_ASSISTANT, PERMIT_SCOPE)",
		"Elsa Öhman (201403154824): kan inte skriva " + filepath.Join(out, "2026-10 Elsa Öhman.pdf"),
	} {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if strings.Contains(stderr, "Elsa Öhman.pdf är utskriven") {
		t.Error("the bundle not written is named as printed")
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	for _, f := range files {
		if regexp.MustCompile(`\d{6}`).MatchString(filepath.Base(f)) {
			t.Errorf("%s: a personnummer in the file name", f)
		}
	}
}
