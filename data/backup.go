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

// IntegrityCheck runs the engine's own checks (on a file SQLite's integrity
// and foreign-key checks) and returns an error listing what they found, or nil
// when the database is sound.
func (s *Store) IntegrityCheck(ctx context.Context) error {
	problems, err := s.eng.IntegrityCheck(ctx)
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return fmt.Errorf("Databasen är skadad: %s", strings.Join(problems, "; "))
	}
	return nil
}

// Backup writes a consistent copy of the live database to dest, readable only by
// the user: always a database file, also from a server (the same kind of file a
// PC makes, which restore takes into either engine). The copy is made in a
// temporary file beside dest and renamed over it, so dest is either the old file
// or the whole new copy.
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
	if err := s.copyInto(ctx, name); err != nil {
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
//
// A dest that is a server URL is restored in place, in one transaction (see restoreServer).
func Restore(ctx context.Context, src, dest string) error {
	if IsServer(dest) {
		return restoreServer(ctx, src, dest)
	}
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
