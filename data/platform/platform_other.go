//go:build !windows

package platform

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

const windowsPaths = false

// DocumentsDir is Documents in the home folder, or Dokument where a Swedish
// desktop made that one instead; an error when neither exists.
func DocumentsDir() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("hittar ingen hemmapp: %w", err)
	}
	for _, docs := range []string{"Documents", "Dokument"} {
		if fi, err := os.Stat(filepath.Join(home, docs)); err == nil && fi.IsDir() {
			return filepath.Join(home, docs), nil
		}
	}
	return "", errors.New("hittar varken Documents eller Dokument i hemmappen")
}

// OpenFile opens path in the desktop's program for its kind (open on macOS,
// xdg-open elsewhere) without waiting for that program to end.
func OpenFile(path string) error {
	opener := "xdg-open"
	if runtime.GOOS == "darwin" {
		opener = "open"
	}
	cmd := exec.Command(opener, path)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("kan inte öppna %s med %s: %w", path, opener, err)
	}
	go cmd.Wait() // reap it whenever the opener exits
	return nil
}
