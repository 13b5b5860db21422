package widgets

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"runtime"
	"syscall"

	"fyne.io/fyne/v2/lang"
)

// errorNoAssociation is Windows' ERROR_NO_ASSOCIATION: no program is set to open the file.
const errorNoAssociation = 1155

// OpenErrorText says in the window's language why the system could not open
// path (a folder, a PDF): the opener's own error is English, or a path and an
// exec message that mean nothing to an office worker.
func OpenErrorText(path string, err error) string {
	var errno syscall.Errno
	switch {
	case errors.Is(err, exec.ErrNotFound) || runtime.GOOS == "windows" && errors.As(err, &errno) && errno == errorNoAssociation:
		return lang.X("files.why_no_program", "det finns inget program på datorn som öppnar den")
	case errors.Is(err, fs.ErrNotExist) || missing(path):
		return lang.X("files.why_missing", "den finns inte längre (flyttad eller borttagen)")
	case errors.Is(err, fs.ErrPermission):
		return lang.X("files.why_permission", "du saknar behörighet till den")
	}
	return lang.X("files.why_other", "systemet kunde inte öppna den")
}

func missing(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}
