// Package backup is Arkiv → Säkerhetskopiera and Återställ…, and the banner above the tabs that
// warns when the newest backup is more than a week old.
//
// A restore replaces the database, which data.Restore refuses to do while a
// store has the file open. So the window closes its store, restores, and opens
// the database again through the session's Open (the function the program gave
// Create with WithOpen); the screens then reload from the new store, and the
// window follows other programs' changes to it. Without Open (tests of other
// screens) Återställ… is disabled.
package backup

import (
	"errors"
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/history"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// backupMaxAgeDays is how old the newest backup may be before the window warns.
const backupMaxAgeDays = 7

// backups is the session's part of backing up and restoring.
type Backups struct {
	s   *session.Session
	Now func() time.Time // the time a backup is named after; a function so that tests can fix it

	banner     *fyne.Container // shown only while there is something to warn about
	bannerText *widget.Label
}

// NewBackups is the session's backups; the banner follows the store in use.
func NewBackups(s *session.Session) *Backups {
	b := &Backups{s: s}
	s.OnStoreReplaced(b.refreshBackupBanner)
	return b
}

func (b *Backups) timeNow() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// fileMenuItems are the Arkiv menu's items (fyne adds Avsluta after them).
func (b *Backups) FileMenuItems() []*fyne.MenuItem {
	s := b.s
	backup := fyne.NewMenuItem(lang.X("backup.menu", "Säkerhetskopiera"), b.OnBackup)
	backup.Icon = theme.DocumentSaveIcon()
	backupTo := fyne.NewMenuItem(lang.X("backup.to_menu", "Säkerhetskopiera till…"), b.ChooseBackupFolder)
	backupTo.Icon = theme.FolderOpenIcon()
	restore := fyne.NewMenuItem(lang.X("backup.restore_menu", "Återställ…"), func() { b.OpenRestore() })
	restore.Icon = theme.HistoryIcon()
	restore.Disabled = s.Open == nil
	historyItem := fyne.NewMenuItem(lang.X("history.menu", "Historik…"), func() { history.Open(s, history.Subject{}) })
	historyItem.Icon = theme.ListIcon()
	return []*fyne.MenuItem{backup, backupTo, restore, fyne.NewMenuItemSeparator(), historyItem}
}

// backupBanner is the warning above the tabs; it is hidden while the newest
// backup is at most a week old.
func (b *Backups) BackupBanner() fyne.CanvasObject {
	b.bannerText = widget.NewLabel("")
	b.bannerText.Wrapping = fyne.TextWrapWord
	b.bannerText.Importance = widget.WarningImportance
	now := widget.NewButtonWithIcon(lang.X("backup.now", "Säkerhetskopiera nu"), theme.DocumentSaveIcon(), b.OnBackup)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameWarning))
	bg.FillColor = withAlpha(bg.FillColor, 0x30)
	bg.CornerRadius = theme.InputRadiusSize()
	b.banner = container.NewStack(bg, container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()),
		container.NewCenter(now), b.bannerText))
	b.refreshBackupBanner()
	return b.banner
}

// StartBackup runs save, the automatic backup as the program starts, off the
// UI thread: on a large database the copy takes seconds, and the window must
// show at once. Then the banner is brought up to date and a failure shown.
func (b *Backups) StartBackup(save func() error) {
	b.s.GoDo(func() func() {
		err := save()
		return func() {
			b.refreshBackupBanner()
			if err != nil {
				widgets.ShowError(err, b.s.Win)
			}
		}
	})
}

// Warning is what the banner says while it is shown, else "" (for tests of the window).
func (b *Backups) Warning() string {
	if b.banner == nil || !b.banner.Visible() {
		return ""
	}
	return b.bannerText.Text
}

// refreshBackupBanner shows or hides the banner after the newest backup.
func (b *Backups) refreshBackupBanner() {
	s := b.s
	if b.banner == nil {
		return
	}
	last, err := s.Store.LastBackup()
	if msg := backupWarning(last, err, s.Today()); msg != "" {
		b.bannerText.SetText(msg)
		b.banner.Show()
	} else {
		b.banner.Hide()
	}
}

// backupWarning is what the banner says when the newest backup, made at last,
// is more than backupMaxAgeDays days before today (Swedish dates), or there is
// none; "" when all is well.
func backupWarning(last time.Time, err error, today rules.Date) string {
	switch {
	case err != nil:
		return lang.X("backup.warn_unreadable", "Säkerhetskopiorna kunde inte läsas: {{.Err}}", map[string]any{"Err": language.Error(err)})
	case last.IsZero():
		return lang.X("backup.warn_none", "Det finns ingen säkerhetskopia av databasen. Spara en nu, och gärna en kopia på ett USB-minne eller en annan dator.")
	}
	d := rules.DateOf(last.In(rules.Stockholm))
	if days := today.DayNumber() - d.DayNumber(); days > backupMaxAgeDays {
		return lang.X("backup.warn_old", "Den senaste säkerhetskopian är från {{.Date}}, {{.Days}} dagar sedan.",
			map[string]any{"Date": d.String(), "Days": days})
	}
	return ""
}

// progress shows a dialog with a running bar until its Hide.
func (b *Backups) progress(title, text string) dialog.Dialog {
	s := b.s
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewLabel(text), bar), s.Win)
	widgets.ShowDialog(s.Win, d, widgets.DialogKeys{Enter: func() {}, Escape: func() {}}) // the copy runs on
	return d
}

// onBackup saves a backup in the database's backups folder (data.AutoBackup,
// which also thins out old copies) and says where it is.
func (b *Backups) OnBackup() {
	s := b.s
	title := lang.X("backup.title", "Säkerhetskopiera")
	wait := b.progress(title, lang.X("backup.working", "Sparar en säkerhetskopia av databasen…"))
	st, now := s.Store, b.timeNow()
	s.GoDo(func() func() {
		path, err := st.AutoBackup(s.Ctx, now)
		return func() {
			wait.Hide()
			b.refreshBackupBanner()
			if path == "" {
				widgets.ShowError(errors.New(lang.X("backup.failed", "Säkerhetskopian kunde inte sparas: {{.Err}}", map[string]any{"Err": language.Error(err)})), s.Win)
				return
			}
			msg := lang.X("backup.saved", "Säkerhetskopian är sparad som\n{{.Path}}", map[string]any{"Path": path})
			if err != nil { // the copy was made; removing old ones failed
				msg += "\n\n" + language.Error(err)
			}
			widgets.ShowInformation(title, msg, s.Win)
		}
	})
}

// restoreDialog is the list of backups to restore from.
type restoreDialog struct {
	files  []data.BackupFile
	List   *widget.List
	chosen int // index in files, -1 before a choice
	Ok     *widget.Button
	dialog *dialog.CustomDialog
}

// openRestore lists the backups, newest first, and restores the one chosen
// after asking. It returns the dialog (nil when there is nothing to choose).
func (b *Backups) OpenRestore() *restoreDialog {
	s := b.s
	if b.s.Open == nil {
		return nil
	}
	dir := data.BackupDir(s.Store.Path())
	files, err := data.Backups(dir)
	if err != nil {
		widgets.ShowError(err, s.Win)
		return nil
	}
	title := lang.X("backup.restore_title", "Återställ från säkerhetskopia")
	if len(files) == 0 {
		widgets.ShowInformation(title, lang.X("backup.restore_none", "Det finns inga säkerhetskopior i\n{{.Dir}}", map[string]any{"Dir": dir}), s.Win)
		return nil
	}
	r := &restoreDialog{files: files, chosen: -1}
	r.List = widget.NewList(func() int { return len(r.files) },
		func() fyne.CanvasObject {
			// The size column is made as wide as its widest text, as list rows are laid out once.
			size := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
			width := canvas.NewRectangle(color.Transparent)
			width.SetMinSize(fyne.NewSize(fyne.MeasureText("9999,9 MB", theme.TextSize(), fyne.TextStyle{}).Width+2*theme.InnerPadding(), 0))
			return container.NewBorder(nil, nil, nil, container.NewStack(width, size), widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(backupLine(r.files[i]))
			c.Objects[1].(*fyne.Container).Objects[1].(*widget.Label).SetText(formatSize(r.files[i].Size))
		})
	r.List.OnSelected = func(i widget.ListItemID) {
		r.chosen = i
		r.Ok.Enable()
	}
	intro := widget.NewLabel(lang.X("backup.restore_intro", "Välj vilken säkerhetskopia databasen ska återställas från. Den senaste står först."))
	intro.Wrapping = fyne.TextWrapWord
	var total int64
	for _, f := range files {
		total += f.Size
	}
	folder := widget.NewLabel(lang.X("backup.folder_size", "Mapp: {{.Dir}} ({{.Size}} sammanlagt)",
		map[string]any{"Dir": dir, "Size": formatSize(total)}))
	folder.Wrapping = fyne.TextWrapBreak
	folder.Importance = widget.LowImportance
	r.dialog = dialog.NewCustomWithoutButtons(title, container.NewBorder(intro, folder, nil, nil, r.List), s.Win)
	cancel := widget.NewButton(lang.X("reg.cancel", "Avbryt"), r.dialog.Hide)
	r.Ok = widget.NewButtonWithIcon(lang.X("backup.restore_button", "Återställ…"), theme.HistoryIcon(), func() {
		if r.chosen >= 0 {
			r.dialog.Hide()
			b.confirmRestore(r.files[r.chosen])
		}
	})
	r.Ok.Importance = widget.HighImportance
	r.Ok.Disable()
	r.dialog.SetButtons([]fyne.CanvasObject{cancel, r.Ok})
	r.dialog.Resize(fyne.NewSize(560, 440))
	widgets.ShowDialog(s.Win, r.dialog, widgets.DialogKeys{Enter: widgets.Press(r.Ok)})
	return r
}

// backupLine is how the list shows a backup: "2026-10-20 14:30", and a note on
// a copy made before a schema upgrade.
func backupLine(f data.BackupFile) string {
	t := f.Time.In(rules.Stockholm).Format("2006-01-02 15:04")
	if f.BeforeUpgrade {
		return lang.X("backup.line_upgrade", "{{.Time}} (före uppdatering av programmet)", map[string]any{"Time": t})
	}
	return t
}

// formatSize is a file size as people read it, with a decimal comma: "845 kB", "12,3 MB".
func formatSize(n int64) string {
	const kB, MB = 1024, 1024 * 1024
	switch {
	case n < kB:
		return fmt.Sprintf("%d B", n)
	case n < MB:
		return fmt.Sprintf("%d kB", (n+kB/2)/kB)
	}
	tenths := (n*10 + MB/2) / MB
	return fmt.Sprintf("%d,%d MB", tenths/10, tenths%10)
}

// confirmRestore asks before restoring from f.
func (b *Backups) confirmRestore(f data.BackupFile) *dialog.ConfirmDialog {
	s := b.s
	d := dialog.NewConfirm(lang.X("backup.confirm_title", "Återställa databasen?"),
		lang.X("backup.confirm", "Databasen ersätts med säkerhetskopian från {{.Time}}. Det som har ändrats sedan dess försvinner ur databasen.\n\nDet nuvarande innehållet sparas först som en ny säkerhetskopia, så att du kan gå tillbaka till det.",
			map[string]any{"Time": f.Time.In(rules.Stockholm).Format("2006-01-02 15:04")}),
		func(ok bool) {
			if ok {
				b.restore(f)
			}
		}, s.Win)
	d.SetConfirmText(lang.X("backup.confirm_ok", "Återställ"))
	d.SetDismissText(lang.X("reg.cancel", "Avbryt"))
	widgets.ShowConfirm(d, s.Win)
	return d
}

// restore closes the store, restores f over the database with
// data.RestoreKeeping (which saves the current state as a new backup first)
// and opens it again. The reopened store replaces the old one even when the
// restore failed (the database is then unchanged), so the window goes on
// working either way.
func (b *Backups) restore(f data.BackupFile) {
	s := b.s
	title := lang.X("backup.restore_title", "Återställ från säkerhetskopia")
	wait := b.progress(title, lang.X("backup.restoring", "Återställer databasen…"))
	old, now, db := s.Store, b.timeNow(), s.DB
	s.GoDo(func() func() {
		closeErr := old.Close()
		saved, restoreErr := data.RestoreKeeping(s.Ctx, f.Path, db, now)
		restoreErr = errors.Join(closeErr, restoreErr)
		st, openErr := s.Open(db)
		return func() {
			wait.Hide()
			if openErr != nil {
				widgets.ShowError(errors.New(lang.X("backup.reopen_failed", "Databasen kunde inte öppnas igen: {{.Err}}\nAvsluta programmet och starta det på nytt.",
					map[string]any{"Err": language.Error(openErr)})), s.Win)
				return
			}
			s.ReplaceStore(st, db) // the banner follows
			if restoreErr != nil {
				widgets.ShowError(errors.New(lang.X("backup.restore_failed", "Säkerhetskopian kunde inte återställas, och databasen är oförändrad: {{.Err}}",
					map[string]any{"Err": language.Error(restoreErr)})), s.Win)
				return
			}
			widgets.ShowInformation(title, lang.X("backup.restored", "Databasen är återställd från säkerhetskopian från {{.Time}}.\n\nInnehållet från före återställningen finns i\n{{.Path}}",
				map[string]any{"Time": f.Time.In(rules.Stockholm).Format("2006-01-02 15:04"), "Path": saved}), s.Win)
		}
	})
}

// withAlpha is c with its opacity set to a (0–255), for a tinted background.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
