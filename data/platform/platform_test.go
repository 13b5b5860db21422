package platform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// These tests run on Linux in the suite and, cross-compiled, under wine in
// scripts/wine-smoke, where windowsPaths is true.

// tempDir is t.TempDir for wine too: Go's os.RemoveAll, which t.TempDir's
// cleanup calls, fails there ("Invalid function": wine 8.0 lacks the file
// call it uses on Windows), while os.Remove of each file works.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "platform-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var paths []string
		filepath.WalkDir(dir, func(p string, _ os.DirEntry, err error) error {
			paths = append(paths, p)
			return err
		})
		for i := len(paths) - 1; i >= 0; i-- { // children before their folder
			if err := os.Remove(paths[i]); err != nil {
				t.Error(err)
			}
		}
	})
	return dir
}

func TestCheckDatabasePath(t *testing.T) {
	root := tempDir(t)
	// 200 UTF-16 units in all: the root, a separator, then å (one unit each).
	fits := filepath.Join(root, strings.Repeat("å", MaxDatabasePath-len([]rune(root))-1))
	tooLong := fits + "x"
	if err := CheckDatabasePath(fits); err != nil {
		t.Errorf("CheckDatabasePath(%d tecken) = %v, want nil", len([]rune(fits)), err)
	}
	err := CheckDatabasePath(tooLong)
	if !windowsPaths {
		if err != nil {
			t.Errorf("CheckDatabasePath(%d tecken) = %v; only Windows has the limit", len([]rune(tooLong)), err)
		}
		return
	}
	if err == nil || !strings.Contains(err.Error(), "är 201 tecken lång") || !strings.Contains(err.Error(), "högst 200 tecken") {
		t.Errorf("CheckDatabasePath(201 tecken) = %v, want the refusal naming 201 and 200", err)
	}
}

func TestDocumentsDir(t *testing.T) {
	if windowsPaths {
		dir, err := DocumentsDir()
		if err != nil {
			t.Fatal(err)
		}
		// The wine prefix of scripts/wine-smoke belongs to the user "Åsa Öberg";
		// on a real Windows machine the profile folder is USERPROFILE as well.
		want := filepath.Join(os.Getenv("USERPROFILE"), "Documents")
		if !strings.EqualFold(dir, want) {
			t.Errorf("DocumentsDir() = %q, want %q", dir, want)
		}
		return
	}
	home := tempDir(t)
	t.Setenv("HOME", home)
	if dir, err := DocumentsDir(); err == nil {
		t.Errorf("DocumentsDir() in an empty home = %q, want an error", dir)
	}
	if err := os.Mkdir(filepath.Join(home, "Dokument"), 0o700); err != nil {
		t.Fatal(err)
	}
	if dir, err := DocumentsDir(); err != nil || dir != filepath.Join(home, "Dokument") {
		t.Errorf("DocumentsDir() = %q, %v, want the Swedish Dokument", dir, err)
	}
	if err := os.Mkdir(filepath.Join(home, "Documents"), 0o700); err != nil {
		t.Fatal(err)
	}
	if dir, err := DocumentsDir(); err != nil || dir != filepath.Join(home, "Documents") {
		t.Errorf("DocumentsDir() = %q, %v, want Documents, the name desktops make", dir, err)
	}
}
