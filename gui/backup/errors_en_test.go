package backup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

// TestBackupErrorsInEnglish: the store's backup and restore refusals reach
// the English window in English, cause included, with no Swedish left in them.
func TestBackupErrorsInEnglish(t *testing.T) {
	t.Cleanup(func() { language.Use("sv") })
	s, path := backupSession(t, guitest.SmallBatch())
	language.Use("en") // after the app is made: it resets fyne's translations

	// A USB stick pulled out: its folder is gone.
	gone := filepath.Join(t.TempDir(), "stick")
	s.backups.BackupTo(gone)
	guitest.Settle(s.Session)
	got := strings.Join(guitest.TopTexts(t, s.Win), "|")
	want := "The backup could not be saved: cannot make the backup: " + gone
	if !strings.Contains(got, want) || !strings.Contains(got, "the file or folder does not exist") {
		t.Errorf("backup into a missing folder: %q, want %q … the file or folder does not exist", got, want)
	}
	noSwedish(t, got)
	closeTops(s)

	// A file in the backups folder that is no database.
	if err := os.MkdirAll(data.BackupDir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(data.BackupDir(path), "assistans-2026-10-01T120000.db")
	if err := os.WriteFile(bad, []byte("inte en databas"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.backups.restore(data.BackupFile{Path: bad, Time: time.Date(2026, 10, 1, 12, 0, 0, 0, rules.Stockholm)})
	guitest.Settle(s.Session)
	got = strings.Join(guitest.TopTexts(t, s.Win), "|")
	want = "The backup could not be restored, and the database is unchanged: the backup " + bad + " is not a database (not an SQLite file) and is not restored"
	if !strings.Contains(got, want) {
		t.Errorf("restore of a non-database: %q, want %q", got, want)
	}
	noSwedish(t, got)
}

// noSwedish fails when msg has words only Swedish messages use.
func noSwedish(t *testing.T, msg string) {
	t.Helper()
	for _, w := range []string{"kan inte", "säkerhetskopia", "finns inte", "återställs", "databasen", " och "} {
		if strings.Contains(strings.ToLower(msg), w) {
			t.Errorf("Swedish %q in the English window: %q", w, msg)
		}
	}
}
