//go:build windows

package data

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockFile opens (creating) name and locks its first byte with LockFileEx;
// the lock belongs to this handle, so it also excludes a second Store in this
// process.
func lockFile(name string) (*os.File, error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	err = windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, new(windows.Overlapped))
	if err != nil {
		f.Close()
		if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
			return nil, errLockBusy
		}
		return nil, err
	}
	return f, nil
}

// unlockFile closes the handle, which releases the lock, then removes the file.
// The removal fails while another program has the file open (to wait for the
// lock, or holding it by now); the file then stays, which is harmless.
func unlockFile(name string, f *os.File) error {
	err := f.Close()
	os.Remove(name)
	return err
}

// processAlive says whether a process with this id runs: opening a handle to
// one that has ended fails.
func processAlive(pid int) bool {
	h, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, uint32(pid))
	if err != nil {
		return !errors.Is(err, windows.ERROR_INVALID_PARAMETER)
	}
	windows.CloseHandle(h)
	return true
}

// syncDir does nothing on Windows: NTFS journals a rename itself, and a folder
// cannot be opened for FlushFileBuffers without backup privileges.
func syncDir(string) error { return nil }

// diskFull are the errors a full disk gives.
var diskFull = []error{windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL}
