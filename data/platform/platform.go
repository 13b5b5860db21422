// Package platform holds what differs between operating systems beyond what
// Go's os package covers: the user's Documents folder, opening a file in the
// program the user has chosen for its kind, and the path-length limit that
// Windows puts on the database files.
package platform

import (
	"fmt"
	"path/filepath"
	"unicode/utf16"
)

// MaxDatabasePath is the longest full path of a database (or of a backup
// written or read with SQLite) accepted on Windows. Windows' limit is 260 UTF-16
// units (MAX_PATH, with the terminating zero) for SQLite's default file
// functions; the program also writes files beside the database
// ("-journal", ".lock", backups\<name>-<time>-schema<N>.db), which need about
// 50 more.
const MaxDatabasePath = 200

// CheckDatabasePath refuses, on Windows, a database or backup path too long
// for SQLite's file functions, naming it and the limit; elsewhere it accepts
// every path. Go's own file functions handle long paths (they add the \\?\
// prefix), so PDF and CSV files need no such check.
func CheckDatabasePath(path string) error {
	if !windowsPaths {
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	if n := len(utf16.Encode([]rune(abs))); n > MaxDatabasePath {
		return fmt.Errorf("sökvägen %s är %d tecken lång; på Windows får databasens och säkerhetskopiornas sökväg vara högst %d tecken (Windows gräns är 260 och programmet lägger filer bredvid). Välj en mapp med kortare sökväg", abs, n, MaxDatabasePath)
	}
	return nil
}
