package data

import (
	"context"
	"errors"
	"fmt"
	"io"
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
// so dest is either the old file or the whole new copy.
func (s *Store) Backup(ctx context.Context, dest string) error {
	if samePath(dest, s.path) {
		return fmt.Errorf("säkerhetskopian kan inte sparas över själva databasen %s", dest)
	}
	tmp, err := os.CreateTemp(filepath.Dir(dest), ".assistans-backup-*") // mode 0600
	if err != nil {
		return fmt.Errorf("kan inte skapa säkerhetskopian: %w", err)
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // gone after the rename; cleans up after a failure
	// VACUUM INTO accepts an existing empty file, so it keeps our file mode.
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, name); err != nil {
		return fmt.Errorf("kan inte skapa säkerhetskopian: %w", err)
	}
	if err := syncFile(name); err != nil {
		return err
	}
	if err := os.Rename(name, dest); err != nil {
		return fmt.Errorf("kan inte spara säkerhetskopian som %s: %w", dest, err)
	}
	return nil
}

func samePath(a, b string) bool {
	a, errA := filepath.Abs(a)
	b, errB := filepath.Abs(b)
	return errA == nil && errB == nil && a == b
}

func syncFile(name string) error {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}

// Restore replaces the database at dest with the backup at src. The backup is
// first copied beside dest, opened (which refuses a newer schema and brings an
// older one up to date) and checked; only then does it replace dest. No program
// may have dest open while it is restored: Restore takes dest's instance lock,
// so a window on dest must close its Store first.
func Restore(ctx context.Context, src, dest string) error {
	if samePath(src, dest) {
		return fmt.Errorf("säkerhetskopian %s är själva databasen", src)
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("kan inte läsa säkerhetskopian: %w", err)
	}
	defer in.Close()
	if err := os.MkdirAll(filepath.Dir(dest), 0o700); err != nil {
		return err
	}
	lock, err := LockDatabase(dest)
	if err != nil {
		return err
	}
	defer lock.Release()
	tmp, err := os.CreateTemp(filepath.Dir(dest), ".assistans-restore-*") // mode 0600
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Remove(name + suffix)
		}
	}()
	_, err = io.Copy(tmp, in)
	if err = errors.Join(err, tmp.Sync(), tmp.Close()); err != nil {
		return fmt.Errorf("kan inte kopiera säkerhetskopian: %w", err)
	}
	st, err := open(name, nil, false) // src itself is the copy from before an upgrade
	if err != nil {
		return fmt.Errorf("säkerhetskopian %s går inte att öppna: %w", src, err)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		st.Close()
		return fmt.Errorf("säkerhetskopian %s: %w", src, err)
	}
	// Closing the last connection folds the WAL back into the file.
	if err := st.Close(); err != nil {
		return err
	}
	// A WAL left by the old database would be replayed onto the restored file.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(dest + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	if err := os.Rename(name, dest); err != nil {
		return fmt.Errorf("kan inte ersätta %s: %w", dest, err)
	}
	return nil
}
