//go:build windows

package platform

import (
	"fmt"
	"runtime"

	"golang.org/x/sys/windows"
)

const windowsPaths = true

// DocumentsDir is the user's Documents folder as Windows knows it
// (FOLDERID_Documents): it may be redirected to a network share or OneDrive,
// and is called "Dokument" in Explorer on a Swedish system whatever its path.
func DocumentsDir() (string, error) {
	dir, err := windows.KnownFolderPath(windows.FOLDERID_Documents, windows.KF_FLAG_CREATE)
	if err != nil {
		return "", fmt.Errorf("hittar inte mappen Dokument: %w", err)
	}
	return dir, nil
}

// OpenFile opens path in the program Windows associates with its kind (the
// default PDF viewer for a PDF) through ShellExecute, as Explorer does on a
// double-click: no console window flashes up, unlike "cmd /c start".
func OpenFile(path string) error {
	done := make(chan error, 1)
	go func() {
		// ShellExecute may hand the work to shell extensions, which need COM
		// initialised on the calling thread; a thread of our own keeps that
		// away from the window's thread.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE); err == nil {
			defer windows.CoUninitialize()
		}
		done <- shellOpen(path)
	}()
	return <-done
}

func shellOpen(path string) error {
	verb, err := windows.UTF16PtrFromString("open")
	if err != nil {
		return err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return fmt.Errorf("kan inte öppna %s: %w", path, err)
	}
	if err := windows.ShellExecute(0, verb, file, nil, nil, windows.SW_SHOWNORMAL); err != nil {
		return fmt.Errorf("kan inte öppna %s: %w", path, err)
	}
	return nil
}
