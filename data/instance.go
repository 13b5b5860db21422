package data

import (
	"errors"
	"os"
	"path/filepath"

	"assistans/rules"
)

// ErrAlreadyOpen is returned when another window or writing command holds the
// database's instance lock.
var ErrAlreadyOpen = errors.New("Databasen används redan av ett annat Assistans-fönster eller kommando; stäng det och försök igen.")

// errLockBusy is what the platform code returns when another holder has the lock.
var errLockBusy = errors.New("lock busy")

// InstanceLock is the operating system's lock on "<database>.lock". The window
// and the commands that write hold it, so that only one program at a time
// changes a database; reading commands do not take it. The system releases the
// lock when its process ends, however that happens, so a crash leaves no stale
// lock behind (only, at most, the empty file).
type InstanceLock struct {
	name string
	f    *os.File
}

// LockDatabase takes the instance lock of the database at dbPath, or returns
// an error wrapping ErrAlreadyOpen when another program holds it. It never waits.
func LockDatabase(db string) (*InstanceLock, error) {
	dbPath, err := dbPath(db)
	if err != nil {
		return nil, err
	}
	name := dbPath + ".lock"
	// On the very first start the application-data folder does not exist yet.
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return nil, because(rules.DBDirCannotMakeFor, err, dbPath)
	}
	f, err := lockFile(name)
	if errors.Is(err, errLockBusy) {
		return nil, refuse(ErrAlreadyOpen, rules.DBInUse, dbPath)
	}
	if err != nil {
		return nil, because(rules.DBCannotLock, err, dbPath)
	}
	return &InstanceLock{name: name, f: f}, nil
}

// Release gives the lock up and removes its file.
func (l *InstanceLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := unlockFile(l.name, l.f)
	l.f = nil
	return err
}

// OpenExclusive opens the database like Open, holding its instance lock until
// Close: a second window, import, demo or restore on the same file is refused
// with ErrAlreadyOpen. Reading commands use Open and may run meanwhile. A
// server database has no instance lock: several programs work in it at once,
// their writes serialised by the server (engine.LockWriter).
func OpenExclusive(path string) (*Store, error) {
	if IsServer(path) {
		return Open(path)
	}
	path, err := dbPath(path)
	if err != nil {
		return nil, err
	}
	l, err := LockDatabase(path)
	if err != nil {
		return nil, err
	}
	s, err := open(path, l, true)
	if err != nil {
		return nil, errors.Join(err, l.Release())
	}
	return s, nil
}
