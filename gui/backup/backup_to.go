package backup

// Arkiv → Säkerhetskopiera till…: the same backup file, written where the
// user chooses (a USB stick, another disk), so that a copy survives the loss
// of the computer. The database's own folder and its backups folder are
// refused: a copy there goes with the disk it should survive.

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// prefBackupFolder is the folder the last backup elsewhere went to.
const prefBackupFolder = "backup.folder"

// ChooseBackupFolder asks for a folder and backs up into it.
func (b *Backups) ChooseBackupFolder() {
	s := b.s
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		b.BackupTo(u.Path())
	}, s.Win)
	if last := s.App.Preferences().String(prefBackupFolder); last != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(last)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// BackupTo writes a backup of the database into dir under the name the
// backups folder would give it (data.Store.Backup writes it atomically and
// never over the database or one of its files), and says where it went.
func (b *Backups) BackupTo(dir string) {
	s := b.s
	title := lang.X("backup.to_title", "Säkerhetskopiera till…")
	if ownFolder(dir, s.Store.Path()) {
		widgets.ShowErrorText(lang.X("backup.to_own_folder",
			"{{.Dir}} är databasens egen mapp. En kopia där försvinner med disken den ska skydda mot: välj ett USB-minne eller en annan disk.",
			map[string]any{"Dir": dir}), s.Win)
		return
	}
	s.App.Preferences().SetString(prefBackupFolder, dir)
	wait := b.progress(title, lang.X("backup.to_working", "Sparar en säkerhetskopia i {{.Dir}}…", map[string]any{"Dir": dir}))
	st, now := s.Store, b.timeNow()
	s.GoDo(func() func() {
		path, err := saveIn(s.Ctx, st, dir, now)
		return func() {
			wait.Hide()
			if err != nil {
				widgets.ShowError(errors.New(lang.X("backup.failed", "Säkerhetskopian kunde inte sparas: {{.Err}}", map[string]any{"Err": language.Error(err)})), s.Win)
				return
			}
			widgets.ShowInformation(title, lang.X("backup.saved", "Säkerhetskopian är sparad som\n{{.Path}}", map[string]any{"Path": path}), s.Win)
		}
	})
}

// ownFolder says whether dir is the folder of the database at db or its
// backups folder (the same folder by another path counts too).
func ownFolder(dir, db string) bool {
	if data.IsServer(db) {
		return false
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return false
	}
	for _, own := range []string{filepath.Dir(db), data.BackupDir(db)} {
		if o, err := os.Stat(own); err == nil && os.SameFile(fi, o) {
			return true
		}
	}
	return false
}

// saveIn saves the database in dir under the name data.Backups lists, at now
// or the first later second that no file has.
func saveIn(ctx context.Context, st session.BackupStore, dir string, now time.Time) (string, error) {
	stem := strings.TrimSuffix(filepath.Base(st.Path()), filepath.Ext(st.Path()))
	for {
		dest := filepath.Join(dir, stem+"-"+now.In(rules.Stockholm).Format("2006-01-02T150405")+".db")
		// A name not taken is tried; so is one that cannot be looked at (the
		// folder is a file, or unreadable), where no later name does better and
		// the backup itself says why it cannot be written.
		if _, err := os.Lstat(dest); err != nil {
			return dest, st.Backup(ctx, dest)
		}
		now = now.Add(time.Second)
	}
}
