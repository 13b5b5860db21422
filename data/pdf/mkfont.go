//go:build ignore

// mkfont writes assets/fonts/LiberationSans-Regular.json and .z: the font's
// gofpdf definition in code page 1252 and the whole TTF compressed, so that a
// document embeds the font by copying bytes instead of parsing and subsetting
// the TTF (see doc.go). Run with go generate in data/pdf.
package main

import (
	"log"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

func main() {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jung-kurt/gofpdf").Output()
	if err != nil {
		log.Fatal(err)
	}
	cp1252 := filepath.Join(strings.TrimSpace(string(dir)), "font", "cp1252.map")
	if err := gofpdf.MakeFont("../../assets/fonts/LiberationSans-Regular.ttf", cp1252, "../../assets/fonts", nil, true); err != nil {
		log.Fatal(err)
	}
}
