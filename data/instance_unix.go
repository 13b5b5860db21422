//go:build unix

package data

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// lockFile opens (creating) name and takes flock's exclusive lock on it, which
// is held per open file, so it also excludes a second Store in this process.
func lockFile(name string) (*os.File, error) {
	for {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, err
		}
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, errLockBusy
			}
			return nil, err
		}
		// The previous holder removes the file before it unlocks. If that happened
		// between our open and our lock, we hold a lock on a file nobody else can
		// find any more, so try again with the one now at name.
		held, err1 := f.Stat()
		now, err2 := os.Stat(name)
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return f, nil
		}
		f.Close()
		if err1 != nil {
			return nil, err1
		}
		if err2 != nil && !errors.Is(err2, fs.ErrNotExist) {
			return nil, err2
		}
	}
}

// unlockFile removes the file while still holding the lock (see lockFile), then
// closes it, which releases the lock.
func unlockFile(name string, f *os.File) error {
	return errors.Join(os.Remove(name), f.Close())
}

// processAlive says whether a process with this id runs (or may: a process of
// another user answers EPERM).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// syncDir makes a rename in dir durable: the new name is in the folder's own
// blocks, which the file's Sync does not write.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return FileError(err)
	}
	return FileError(errors.Join(d.Sync(), d.Close()))
}

// diskFull are the errors a full disk gives.
var diskFull = []error{syscall.ENOSPC}
