package backup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/data"
	"assistans/gui/guitest"
)

// TestBackupTo writes the backup into a chosen folder (a USB stick) under the
// backups folder's name, one that opens as the database, and refuses the
// database's own folders.
func TestBackupTo(t *testing.T) {
	s, path := backupSession(t, guitest.SmallBatch())
	stick := t.TempDir()
	s.backups.BackupTo(stick)
	guitest.Settle(s.Session)
	want := filepath.Join(stick, "assistans-2026-10-20T143000.db")
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "Säkerhetskopian är sparad som\n"+want) {
		t.Errorf("confirmation: %q", got)
	}
	copied, err := data.Open(want)
	if err != nil {
		t.Fatalf("the copy does not open: %v", err)
	}
	custs, err := copied.Customers(t.Context())
	copied.Close()
	if err != nil || len(custs) != len(guitest.SmallBatch().Customers) {
		t.Errorf("the copy holds %d customers (%v), want %d", len(custs), err, len(guitest.SmallBatch().Customers))
	}
	if got := s.App.Preferences().String(prefBackupFolder); got != stick {
		t.Errorf("remembered folder %q, want %q", got, stick)
	}
	closeTops(s)

	// The database's folder, also by another path, and its backups folder are refused.
	if err := os.MkdirAll(data.BackupDir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Dir(path), filepath.Join(filepath.Dir(path), ".", ""), data.BackupDir(path)} {
		before, _ := os.ReadDir(dir)
		s.backups.BackupTo(dir)
		guitest.Settle(s.Session)
		if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "är databasens egen mapp") {
			t.Errorf("%s: %q, want a refusal", dir, got)
		}
		if after, _ := os.ReadDir(dir); len(after) != len(before) {
			t.Errorf("%s: %d files before, %d after: something was written", dir, len(before), len(after))
		}
		closeTops(s)
	}
}

// TestBackupToAFile: a "folder" that is a file is refused with a message, not
// tried name after name for ever.
func TestBackupToAFile(t *testing.T) {
	s, _ := backupSession(t, guitest.SmallBatch())
	file := filepath.Join(t.TempDir(), "stick")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.backups.BackupTo(file)
	guitest.Settle(s.Session)
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "inte sparas") {
		t.Errorf("shown: %q, want the backup refused", got)
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != "x" {
		t.Errorf("the file was changed: %q, %v", b, err)
	}
}

func closeTops(s *backupWindow) {
	for top := s.Win.Canvas().Overlays().Top(); top != nil; top = s.Win.Canvas().Overlays().Top() {
		s.Win.Canvas().Overlays().Remove(top)
	}
}
