package backup

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/rules"
)

func TestBackupWarning(t *testing.T) {
	language.Use("sv")
	today := rules.D(2026, 10, 20)
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct {
		name string
		last time.Time
		err  error
		want string
	}{
		{"none", time.Time{}, nil, "Det finns ingen säkerhetskopia av databasen. Spara en nu, och gärna en kopia på ett USB-minne eller en annan dator."},
		// 20 − 13 = 7 days: not yet more than a week.
		{"seven days", at("2026-10-13T08:00:00Z"), nil, ""},
		// 22:30 UTC on the 12th is 00:30 on the 13th in Stockholm (CEST, +2): still 7 days.
		{"Swedish date", at("2026-10-12T22:30:00Z"), nil, ""},
		// 21:30 UTC on the 12th is 23:30 the same day in Stockholm: 8 days.
		{"eight days", at("2026-10-12T21:30:00Z"), nil, "Den senaste säkerhetskopian är från 2026-10-12, 8 dagar sedan."},
		{"today", at("2026-10-20T06:00:00Z"), nil, ""},
		{"unreadable", time.Time{}, errors.New("åtkomst nekad"), "Säkerhetskopiorna kunde inte läsas: åtkomst nekad"},
	} {
		if got := backupWarning(c.last, c.err, today); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{
		0:        "0 B",
		1023:     "1023 B",
		1024:     "1 kB",
		1535:     "1 kB", // 1,499 kB
		1536:     "2 kB", // 1,5 kB rounds up
		1048576:  "1,0 MB",
		12939428: "12,3 MB", // 12,340 MB
		12949914: "12,4 MB", // 12,350 0004 MB: (129499140 + 524288) / 1048576 = 124,000 004 tenths
	} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// backupWindow is a session with its backups, as the window holds them.
type backupWindow struct {
	*session.Session
	backups *Backups
}

func newBackupWindow(s *session.Session) *backupWindow { return &backupWindow{s, NewBackups(s)} }

// backupSession is a session on a store in its own folder, with the banner
// built, a fixed backup time, and a reopen that opens the same file again,
// holding its instance lock as the window does.
func backupSession(t *testing.T, b rules.Batch) (*backupWindow, string) {
	t.Helper()
	st, path, reopen := guitest.OpenExclusiveFile(t, b)
	s := newBackupWindow(guitest.NewSession(t, st))
	s.Open = func(string) (session.Store, error) { return reopen() }
	s.backups.Now = func() time.Time { return time.Date(2026, 10, 20, 14, 30, 0, 0, rules.Stockholm) }
	s.Win.SetContent(s.backups.BackupBanner())
	s.Win.Resize(fyne.NewSize(900, 600))
	return s, path
}

func TestBackupMenu(t *testing.T) {
	s, path := backupSession(t, guitest.SmallBatch())
	items := s.backups.FileMenuItems()
	if items[0].Label != "Säkerhetskopiera" || items[1].Label != "Säkerhetskopiera till…" || items[2].Label != "Återställ…" || items[2].Disabled || items[4].Label != "Historik…" {
		t.Fatalf("Arkiv menu: %q %q %q (disabled %v) %q", items[0].Label, items[1].Label, items[2].Label, items[2].Disabled, items[4].Label)
	}
	if !s.backups.banner.Visible() || !strings.HasPrefix(s.backups.bannerText.Text, "Det finns ingen säkerhetskopia") {
		t.Fatalf("banner before any backup: visible %v, %q", s.backups.banner.Visible(), s.backups.bannerText.Text)
	}

	items[0].Action()
	guitest.Settle(s.Session)
	want := filepath.Join(filepath.Dir(path), "backups", "assistans-2026-10-20T143000.db")
	if _, err := os.Stat(want); err != nil {
		t.Fatalf("the backup is not where it should be: %v", err)
	}
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "Säkerhetskopian är sparad som\n"+want) {
		t.Errorf("confirmation: %q", got)
	}
	if s.backups.banner.Visible() {
		t.Errorf("banner still shown after the backup: %q", s.backups.bannerText.Text)
	}
}

// TestRestore restores the state before a rename through the dialogs, and
// finds the rename in the backup taken before the restore.
func TestRestore(t *testing.T) {
	s, path := backupSession(t, guitest.SmallBatch())
	ctx := t.Context()
	s.backups.OnBackup()
	guitest.Settle(s.Session)

	old := s.Store
	if err := old.(*data.Store).SaveCustomer(ctx, rules.Customer{Pnr: guitest.PnrAnna, Name: "Anna Omdöpt"}); err != nil {
		t.Fatal(err)
	}
	reloads := 0
	s.OnChange(func() { reloads++ })
	s.backups.Now = func() time.Time { return time.Date(2026, 10, 20, 15, 0, 0, 0, rules.Stockholm) }

	r := s.backups.OpenRestore()
	if r == nil || len(r.files) != 1 || !r.Ok.Disabled() {
		t.Fatalf("restore dialog: %+v", r)
	}
	if got := backupLine(r.files[0]); got != "2026-10-20 14:30" {
		t.Errorf("list line %q", got)
	}
	// The folder's line says how much the copies take: the one copy's size.
	want := "(" + formatSize(r.files[0].Size) + " sammanlagt)"
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); r.files[0].Size < 4096 || !strings.Contains(got, want) {
		t.Errorf("dialog %q, want the folder's size %q", got, want)
	}
	r.List.Select(0)
	test.Tap(r.Ok)
	guitest.TapInTop(t, s.Win, "Återställ") // the confirmation
	guitest.Settle(s.Session)

	if s.Store == old {
		t.Fatal("the window still uses the store it had before the restore")
	}
	if _, err := old.Customers(ctx); err == nil {
		t.Error("the old store is still open")
	}
	custs, err := s.Store.Customers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range custs {
		if c.Pnr == guitest.PnrAnna && c.Name != "Anna Andersson" {
			t.Errorf("after the restore Anna is called %q", c.Name)
		}
	}
	if reloads != 1 {
		t.Errorf("screens reloaded %d times, want 1", reloads)
	}
	saved := filepath.Join(filepath.Dir(path), "backups", "assistans-2026-10-20T150000.db")
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "återställd från säkerhetskopian från 2026-10-20 14:30") || !strings.Contains(got, saved) {
		t.Errorf("confirmation: %q", got)
	}
	// The copy taken before the restore holds the rename.
	files, err := data.Backups(data.BackupDir(path))
	if err != nil || len(files) != 2 || files[0].Path != saved {
		t.Fatalf("backups after the restore: %+v, %v", files, err)
	}
	before, err := data.Open(saved)
	if err != nil {
		t.Fatal(err)
	}
	defer before.Close()
	custs, _ = before.Customers(ctx)
	if !hasCustomer(custs, guitest.PnrAnna, "Anna Omdöpt") {
		t.Errorf("the backup before the restore lacks the rename: %+v", custs)
	}
}

func hasCustomer(cs []rules.Customer, pnr, name string) bool {
	for _, c := range cs {
		if c.Pnr == pnr && c.Name == name {
			return true
		}
	}
	return false
}

// TestRestoreBadBackup: a damaged file in the backups folder is refused and
// the database stays as it was, open and usable.
func TestRestoreBadBackup(t *testing.T) {
	s, path := backupSession(t, guitest.SmallBatch())
	dir := data.BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "assistans-2026-10-01T120000.db")
	if err := os.WriteFile(bad, []byte("inte en databas"), 0o600); err != nil {
		t.Fatal(err)
	}
	s.backups.restore(data.BackupFile{Path: bad, Time: time.Date(2026, 10, 1, 12, 0, 0, 0, rules.Stockholm)})
	guitest.Settle(s.Session)
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "Säkerhetskopian kunde inte återställas, och databasen är oförändrad") {
		t.Errorf("message: %q", got)
	}
	custs, err := s.Store.Customers(t.Context())
	if err != nil || !hasCustomer(custs, guitest.PnrAnna, "Anna Andersson") {
		t.Errorf("the database after a failed restore: %v, %v", custs, err)
	}
}

func TestRestoreNeedsReopen(t *testing.T) {
	s := newBackupWindow(guitest.NewSession(t, guitest.OpenStore(t, rules.Batch{})))
	if items := s.backups.FileMenuItems(); !items[2].Disabled {
		t.Error("Återställ… is enabled although the window cannot reopen its store")
	}
	if s.backups.OpenRestore() != nil {
		t.Error("openRestore without a way to reopen the store")
	}
}

// The start backup runs in the background; the banner follows it, and a
// failure is shown in a dialog.
func TestStartBackup(t *testing.T) {
	s, _ := backupSession(t, guitest.SmallBatch())
	if !s.backups.banner.Visible() {
		t.Fatal("no banner before any backup")
	}
	st := s.Store.(*data.Store)
	s.backups.StartBackup(func() error { _, err := st.AutoBackup(t.Context(), s.backups.Now()); return err })
	guitest.Settle(s.Session)
	if s.backups.banner.Visible() {
		t.Errorf("banner still shown after the start backup: %q", s.backups.bannerText.Text)
	}
	s.backups.StartBackup(func() error { return errors.New("disken är full") })
	guitest.Settle(s.Session)
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "Disken är full") {
		t.Errorf("no error shown: %q", got)
	}
}
