package session

import (
	"os"
	"path/filepath"

	"assistans/data/platform"
)

// prefPrintFolder is the preference holding the folder the month folders are made in.
const PrefPrintFolder = "print.folder"

// BaseFolder is the chosen folder, else Assistans in the user's Documents
// folder (on Windows the known folder, also when redirected to OneDrive or a
// share), else Assistans in the home folder.
func (s *Session) BaseFolder() string {
	if f := s.App.Preferences().String(PrefPrintFolder); f != "" {
		return f
	}
	if docs, err := platform.DocumentsDir(); err == nil {
		return filepath.Join(docs, "Assistans")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "Assistans")
	}
	return filepath.Join(home, "Assistans")
}
