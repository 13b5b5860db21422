package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"assistans/rules"
)

// Restore replaces the database at dest with the backup at src, once src has
// proved to be a sound backup of this program (see checkBackup). No program may
// have dest open while it is restored: Restore takes dest's instance lock, so a
// window on dest must close its Store first. The window saves the current
// state itself before; RestoreKeeping does that too.
func Restore(ctx context.Context, src, dest string) error {
	_, err := restore(ctx, src, dest, time.Time{})
	return err
}

// RestoreKeeping is Restore that first saves dest's current content in its
// backups folder under a name no file has (at now or a later second), and
// returns that copy's path ("" when dest did not exist).
func RestoreKeeping(ctx context.Context, src, dest string, now time.Time) (saved string, err error) {
	return restore(ctx, src, dest, now)
}

func restore(ctx context.Context, src, dest string, keepAt time.Time) (string, error) {
	if IsServer(dest) {
		return restoreServer(ctx, src, dest, keepAt)
	}
	dest, err := dbPath(dest)
	if err != nil {
		return "", err
	}
	if samePath(src, dest) {
		return "", refuse(nil, rules.RestoreIsDatabase, src)
	}
	if err := looksLikeDatabase(src); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return "", FileError(err)
	}
	lock, err := LockDatabase(dest)
	if err != nil {
		return "", err
	}
	defer lock.Release()
	work, head, err := checkedCopy(ctx, src, filepath.Dir(dest), recordedHead(src, dest))
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(work + suffix)
		}
	}()
	if err != nil {
		return "", err
	}
	saved := ""
	if _, err := os.Stat(dest); err == nil && !keepAt.IsZero() {
		if saved, err = keepCurrent(ctx, dest, keepAt); err != nil {
			return "", because(rules.RestoreSaveFirst, err)
		}
	}
	// A WAL left by the old database would be replayed onto the restored file.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(dest + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return saved, FileError(err)
		}
	}
	if err := renameSynced(work, dest); err != nil {
		return saved, because(rules.CannotReplace, err, dest)
	}
	// The restored chain is the one the anchor now holds.
	if err := writeAnchor(dest, head); err != nil {
		return saved, because(rules.RestoreAnchorFailed, err)
	}
	return saved, nil
}

// recordedHead is the head the anchor file recorded for src when it was saved
// in dest's backups folder; nil for a backup elsewhere or not recorded.
func recordedHead(src, dest string) *anchor {
	dirFi := statOrNil(BackupDir(dest))
	if dirFi == nil || !sameExisting(dirFi, filepath.Dir(src)) {
		return nil
	}
	f, _, err := readAnchorFile(dest)
	if err != nil {
		return nil
	}
	if a, ok := f.backups[filepath.Base(src)]; ok {
		return &a
	}
	return nil
}

// looksLikeDatabase refuses an empty file and one that is no SQLite database,
// before anything is copied.
func looksLikeDatabase(src string) error {
	fi, err := os.Stat(src)
	if err != nil {
		return because(rules.BackupUnreadable, FileError(err))
	}
	if !fi.Mode().IsRegular() {
		return refuse(nil, rules.BackupNotFile, src)
	}
	if fi.Size() == 0 {
		return refuse(nil, rules.BackupEmpty, src)
	}
	f, err := os.Open(src)
	if err != nil {
		return because(rules.BackupUnreadable, FileError(err))
	}
	defer f.Close()
	head := make([]byte, 16)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, []byte("SQLite format 3\x00")) {
		return refuse(nil, rules.BackupNotSQLite, src)
	}
	return nil
}

// checkedCopy copies src into dir and checks the copy: a database of this
// program (its tables are there), not of a newer version, brought up to date,
// sound, and with an audit trail that proves every record. It returns the
// copy's path, which the caller removes, and the copy's chain head.
func checkedCopy(ctx context.Context, src, dir string, recorded *anchor) (string, anchor, error) {
	tmp, err := createTemp(dir, "restore")
	if err != nil {
		return "", anchor{}, FileError(err)
	}
	name := tmp.Name()
	in, err := os.Open(src)
	if err == nil {
		_, err = io.Copy(tmp, in)
		in.Close()
	}
	if err = errors.Join(err, tmp.Sync(), tmp.Close()); err != nil {
		return name, anchor{}, because(rules.BackupCannotCopy, FileError(err))
	}
	if err := ownTables(ctx, name, src); err != nil {
		return name, anchor{}, err
	}
	st, err := open(name, nil, false) // src itself is the copy from before an upgrade
	if err != nil {
		return name, anchor{}, because(rules.BackupCannotOpen, err, src)
	}
	defer st.Close()
	if st.damage() != nil {
		return name, anchor{}, refuse(nil, rules.BackupCorrupt, src)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		return name, anchor{}, because(rules.BackupFailed, err, src)
	}
	found, head, err := st.verify(ctx, false)
	if err != nil {
		return name, anchor{}, err
	}
	if len(found) > 0 {
		return name, anchor{}, refuse(nil, rules.BackupAuditBroken, src, found[0])
	}
	if recorded != nil {
		var hash string
		err := st.rdb.QueryRowContext(ctx, `SELECT hash FROM audit WHERE id = ?`, recorded.ID).Scan(&hash)
		if recorded.ID > 0 && (err != nil || hash != recorded.Hash) {
			return name, anchor{}, refuse(nil, rules.BackupAuditCut, src, recorded.ID)
		}
	}
	// Closing the last connection folds the WAL back into the file.
	return name, head, st.Close()
}

// ownTables refuses another program's SQLite file: it must have this
// program's migrations and audit tables and the registers every version has.
func ownTables(ctx context.Context, path, src string) error {
	db, err := sql.Open("sqlite3", sqliteURI(path)+"?mode=ro&immutable=1")
	if err != nil {
		return err
	}
	defer db.Close()
	for _, n := range []string{"migrations", "audit", TableCustomers, TableAssistants, TableShifts, TableMonthInfo} {
		var one int
		err := db.QueryRowContext(ctx, `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`, n).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return refuse(nil, rules.BackupNotAssistans, src, n)
		}
		if err != nil {
			return because(rules.BackupCannotRead, err, src)
		}
	}
	return nil
}

// keepCurrent saves the database at db (not open in this program) in its
// backups folder under the first free name from at on. A database SQLite
// cannot copy (a damaged one) is copied byte for byte, with its WAL.
func keepCurrent(ctx context.Context, db string, at time.Time) (string, error) {
	dir := BackupDir(db)
	if err := makeBackupDir(dir); err != nil {
		return "", err
	}
	var dest string
	for {
		dest = filepath.Join(dir, backupFileName(dbStem(db), at, 0))
		if _, err := os.Lstat(dest); errors.Is(err, os.ErrNotExist) {
			break
		}
		at = at.Add(time.Second)
	}
	tmp, err := createTemp(dir, "backup")
	if err != nil {
		return "", FileError(err)
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name)
	conn, err := sql.Open("sqlite3", db+"?"+sqliteCommon)
	if err == nil {
		_, err = conn.ExecContext(ctx, `VACUUM INTO ?`, name)
		conn.Close()
	}
	if err != nil {
		if err := copyRaw(db, name); err != nil {
			return "", err
		}
		if _, statErr := os.Stat(db + "-wal"); statErr == nil {
			if err := copyRaw(db+"-wal", dest+"-wal"); err != nil {
				return "", err
			}
		}
	}
	if err := syncFile(name); err != nil {
		return "", FileError(err)
	}
	return dest, renameSynced(name, dest)
}

func copyRaw(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return FileError(err)
	}
	return writeAtomic(to, b)
}
