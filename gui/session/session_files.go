package session

import (
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// prefPrintFolder is the preference holding the folder the month folders are made in.
const PrefPrintFolder = "print.folder"

// baseFolder is the chosen folder, else Documents/Assistans in the home folder
// (Dokument on a Swedish system), else Assistans in the home folder.
func (s *Session) BaseFolder() string {
	if f := s.App.Preferences().String(PrefPrintFolder); f != "" {
		return f
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "Assistans")
	}
	for _, docs := range []string{"Documents", "Dokument"} {
		if fi, err := os.Stat(filepath.Join(home, docs)); err == nil && fi.IsDir() {
			return filepath.Join(home, docs, "Assistans")
		}
	}
	return filepath.Join(home, "Assistans")
}

// fileURL is the file:// URL of a local path, for the system's viewer.
func fileURL(path string) *url.URL {
	p := filepath.ToSlash(path)
	if runtime.GOOS == "windows" && !strings.HasPrefix(p, "/") {
		p = "/" + p // file:///C:/…
	}
	return &url.URL{Scheme: "file", Path: p}
}
