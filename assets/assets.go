// Package assets holds the files the program carries inside its binary: the
// blank FK forms with their field maps, the font the forms are filled in with,
// and the program's icon.
package assets

import "embed"

// FS holds forms/*.pdf (FK's blank forms, one file per form version),
// forms/*.json (the field map of each, read by data/pdf), forms/*.cache (each
// blank as data/pdf parses it, see data/pdf/formcache.go), and the font:
// fonts/*.ttf, and fonts/*.json, its description for gofpdf made by
// data/pdf/mkfont.go.
//
//go:embed forms/*.pdf forms/*.json forms/*.cache fonts/*.ttf fonts/*.json
var FS embed.FS

// Icon is the program's icon (the same file FyneApp.toml names for packaging),
// so that the window shows it also when started from a plain build.
//
//go:embed icon.png
var Icon []byte
