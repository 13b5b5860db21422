package session

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2/lang"

	"assistans/data/platform"
	"assistans/gui/widgets"
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

// OpenFolder opens dir in the system's file manager, and says in the user's
// language why it cannot (the system's own error is English or empty).
func (s *Session) OpenFolder(dir string) {
	if err := s.OpenFile(dir); err != nil {
		widgets.ShowErrorText(lang.X("files.open_folder_error", "Mappen {{.Dir}} kunde inte öppnas: {{.Err}}\nÖppna den i filhanteraren i stället.",
			map[string]any{"Dir": dir, "Err": widgets.OpenErrorText(dir, err)}), s.Win)
	}
}

// Preferences that keep the window as the user left it. Fyne cannot place a
// window, so its position is left to the system.
const (
	PrefLastTab      = "window.tab"
	PrefWindowWidth  = "window.width"
	PrefWindowHeight = "window.height"
)
