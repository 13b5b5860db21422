// Package quietlocale keeps Fyne from logging "Error parsing user locale C" on
// every run under LANG=C.UTF-8 (Debian's default on servers and in CI): the
// locale library passes "C" on as a language tag, which fails to parse. The
// program chooses its own language (Swedish, or English by setting), so the
// system locale only matters for that message. Imported first by main; Go
// initialises it before fyne.io/fyne/v2/lang because its import path sorts first
// and it needs nothing but os.
package quietlocale

import (
	"os"
	"strings"
)

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(name)
		if v == "" {
			continue
		}
		// "C" and "POSIX" alone are understood; "C.UTF-8" and the like are not.
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			if os.Getenv("LANGUAGE") == "" {
				os.Setenv("LANGUAGE", "sv")
			}
		}
		return
	}
}
