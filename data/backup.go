package data

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"assistans/rules"
)

// IntegrityCheck runs the engine's own checks (on a file SQLite's integrity
// and foreign-key checks) and returns an error listing what they found, or nil
// when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	problems, err := s.eng.IntegrityCheck(ctx)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return refuse(nil, rules.DBDamagedProblems, strings.Join(problems, "; "))
	}
	return nil
}

// Backup writes a consistent copy of the live database to dest, readable only by
// the user: always a database file, also from a server (the same kind of file a
// PC makes, which restore takes into either engine). The copy is made in a
// temporary file beside dest and renamed over it, so dest is either the old file
// or the whole new copy. Like every output it refuses a dest that is a database,
// one of its files or a backup (CheckOutput).
func (s *Store) Backup(ctx context.Context, dest string) error {
	if err := CheckOutput(dest); err != nil {
		return err
	}
	target, err := linkTarget(dest)
	if err != nil {
		return err
	}
	return s.backupTo(ctx, target)
}

func (s *Store) backupTo(ctx context.Context, dest string) error {
	tmp, err := createTemp(filepath.Dir(dest), "backup")
	if err != nil {
		return because(rules.BackupCannotMake, FileError(err))
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // gone after the rename; cleans up after a failure
	if err := s.copyInto(ctx, name); err != nil {
		return because(rules.BackupCannotMake, FileError(err))
	}
	if err := syncFile(name); err != nil {
		return FileError(err)
	}
	head, headErr := backupHead(ctx, name)
	if err := renameSynced(name, dest); err != nil {
		return because(rules.BackupCannotSaveAs, err, dest)
	}
	if headErr == nil {
		s.noteOwnBackup(dest, head)
	}
	return nil
}

// noteOwnBackup records in the anchor file the head of a backup saved in this
// database's backups folder. Only the store that keeps the anchor does.
func (s *Store) noteOwnBackup(dest string, head anchor) {
	dirFi := statOrNil(BackupDir(s.path))
	if s.readOnly || !s.anchorOn || dirFi == nil || !sameExisting(dirFi, filepath.Dir(dest)) {
		return
	}
	s.anchorMu.Lock()
	defer s.anchorMu.Unlock()
	if err := noteBackup(s.path, dest, head); err != nil {
		s.anchorErr = err
	}
}

// backupHead is the chain head of the database file at path.
func backupHead(ctx context.Context, path string) (anchor, error) {
	db, err := sql.Open("sqlite3", sqliteURI(path)+"?mode=ro&immutable=1")
	if err != nil {
		return anchor{}, err
	}
	defer db.Close()
	m, err := readStateMark(ctx, db)
	return anchor{m.auditID, m.hash}, err
}

func samePath(a, b string) bool {
	return resolvedKey(a) == resolvedKey(b) || sameExisting(statOrNil(a), b)
}

func statOrNil(p string) os.FileInfo {
	fi, err := os.Stat(p)
	if err != nil {
		return nil
	}
	return fi
}

func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}
