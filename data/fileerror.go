package data

import (
	"errors"
	"io/fs"
	"syscall"

	"assistans/rules"
)

// FileError says in the user's words (a refusal's code) what the system said
// in English when a file could not be written or read: a full disk, a missing
// permission, a read-only disk. Other errors, and nil, are returned as they are.
func FileError(err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	name := ""
	if errors.As(err, &pe) {
		name = pe.Path + ": "
	}
	for _, full := range diskFull {
		if errors.Is(err, full) {
			return fileRefusal(rules.DiskFull, name, err)
		}
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return fileRefusal(rules.NoPermission, name, err)
	case errors.Is(err, syscall.EROFS):
		return fileRefusal(rules.DiskReadOnly, name, err)
	case errors.Is(err, fs.ErrNotExist):
		return fileRefusal(rules.FileNotExists, name, err)
	}
	return err
}

// fileRefusal is code with the file's name and the system's error, which it wraps.
func fileRefusal(code rules.RefusalCode, name string, err error) error {
	return refuse(err, code, name, err)
}

// because is code's refusal with args and then its cause, which it wraps, so
// that the window words the cause in its language too.
func because(code rules.RefusalCode, cause error, args ...any) error {
	return refuse(cause, code, append(args, cause)...)
}
