//go:build ignore

// mkfont writes assets/fonts/LiberationSans-Regular.json: the font's gofpdf
// definition in code page 1252 (its widths). The font file a document embeds is
// a subset of the TTF made per document (subset.go), so the compressed whole
// font gofpdf also writes is removed. Run with go generate in data/pdf.
package main

import (
	"log"
	"os"
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
	if err := os.Remove("../../assets/fonts/LiberationSans-Regular.z"); err != nil {
		log.Fatal(err)
	}
}
