package data

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// FileError says in Swedish what the system said in English when a file could
// not be written or read: a full disk, a missing permission, a read-only disk.
// Other errors, and nil, are returned as they are.
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
			return fmt.Errorf("%sdisken är full; frigör utrymme och försök igen (%w)", name, err)
		}
	}
	switch {
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%sbehörighet saknas; kontrollera att du får läsa och skriva där (%w)", name, err)
	case errors.Is(err, syscall.EROFS):
		return fmt.Errorf("%sdisken är skrivskyddad (%w)", name, err)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%sfilen eller mappen finns inte (%w)", name, err)
	}
	return err
}
