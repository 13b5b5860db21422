package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// IntegrityCheck runs SQLite's integrity and foreign-key checks and returns an
// error listing what they found, or nil when the file is sound.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	var problems []string
	err := s.read(ctx, func(t *tx) error {
		rows, err := t.QueryContext(ctx, `PRAGMA integrity_check`)
		if err != nil {
			return err
		}
		for rows.Next() {
			var msg string
			if err := rows.Scan(&msg); err != nil {
				rows.Close()
				return err
			}
			if msg != "ok" {
				problems = append(problems, msg)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		fk, err := t.QueryContext(ctx, `SELECT "table", parent FROM pragma_foreign_key_check`)
		if err != nil {
			return err
		}
		defer fk.Close()
		for fk.Next() {
			var table, parent string
			if err := fk.Scan(&table, &parent); err != nil {
				return err
			}
			problems = append(problems, fmt.Sprintf("en rad i %s pekar på något som saknas i %s", table, parent))
		}
		return fk.Err()
	})
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("Databasen är skadad: %s", strings.Join(problems, "; "))
	}
	return nil
}

// Backup writes a consistent copy of the live database to dest, readable only by
// the user. The copy is made in a temporary file beside dest and renamed over it,
// so dest is either the old file or the whole new copy. Like every output it
// refuses a dest that is a database, one of its files or a backup (CheckOutput).
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
		return fmt.Errorf("kan inte skapa säkerhetskopian: %w", FileError(err))
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // gone after the rename; cleans up after a failure
	// VACUUM INTO accepts an existing empty file, so it keeps our file mode.
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, name); err != nil {
		return fmt.Errorf("kan inte skapa säkerhetskopian: %w", FileError(err))
	}
	if err := syncFile(name); err != nil {
		return FileError(err)
	}
	head, headErr := backupHead(ctx, name)
	if err := renameSynced(name, dest); err != nil {
		return fmt.Errorf("kan inte spara säkerhetskopian som %s: %w", dest, err)
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
