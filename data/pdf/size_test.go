package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// maxBundle is issue 17's bound on one customer's bundle: a 3057 and two
// 3059s, some 600 kB before the font was subset and the blank pages' numbers
// written short. The 3057's cost page (page 2) is a blank page of its own, some
// 100 kB more: maxBundleCosts.
const (
	maxBundle      = 350 << 10
	maxBundleCosts = 450 << 10
)

func TestBundleSizeAndStable(t *testing.T) {
	other := report3059()
	other.Assistant.Name, other.Assistant.Pnr = "Ödön Åkesson", "198001019876"
	write := func(r Report3057) []byte {
		var buf bytes.Buffer
		if err := WriteBundle(&buf, r, []Report3059{report3059(), other}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	costs := report3057()
	a, b := write(costs), write(costs)
	if !bytes.Equal(a, b) {
		t.Fatal("two runs gave different bytes")
	}
	if len(a) > maxBundleCosts {
		t.Errorf("bundle with the cost page is %d bytes, more than %d", len(a), maxBundleCosts)
	}
	plain := report3057()
	plain.Costs, plain.HigherAmount = nil, false
	if n := len(write(plain)); n > maxBundle {
		t.Errorf("bundle is %d bytes, more than %d", n, maxBundle)
	}
}

// The subset keeps the glyphs the texts use, also the parts of a composite
// glyph (å is a and a ring), and empties the others.
func TestFontSubset(t *testing.T) {
	if err := loadFonts(); err != nil {
		t.Fatal(err)
	}
	f := fontParsed
	var used [256]bool
	used['A'], used[0xE5] = true, true // A, å
	sub, err := parseTTF(f.subset(&used))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []byte{'A', 0xE5} {
		g := f.glyphs[c]
		if g == 0 || !bytes.Equal(sub.glyph(g), f.glyph(g)) {
			t.Errorf("glyph of %q (%d) missing from the subset", c, g)
		}
	}
	ring := components(f.glyph(f.glyphs[0xE5]))
	if len(ring) < 2 {
		t.Fatalf("å is not a composite glyph here (%v); the test needs one", ring)
	}
	for _, g := range ring {
		if len(sub.glyph(g)) == 0 {
			t.Errorf("component %d of å missing from the subset", g)
		}
	}
	if g := f.glyphs['Z']; len(f.glyph(g)) == 0 || len(sub.glyph(g)) != 0 {
		t.Errorf("glyph of Z (%d) kept in the subset", g)
	}
	if sub.glyphs != f.glyphs {
		t.Error("the subset's character map differs")
	}
}

// The names are drawn with the subset font: the box of the customer's name on
// the 3057 holds ink (a subset without their glyphs would leave it white).
func TestSubsetDraws(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm (poppler-utils) is needed")
	}
	r := report3057()
	r.Costs, r.HigherAmount = nil, false
	var buf bytes.Buffer
	if err := Write3057(&buf, r); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "f.pdf")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "144", "-gray", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	g := readPGM(t, filepath.Join(dir, "p-1.pgm"))
	// customer_name's box is x 42.2–425, y 222–238.4; "Åsa Öberg-Ärlig" at 10 pt
	// fills about 75 × 10 pt of it.
	if n := g.dark(44, 223, 200, 238, 2); n < 300 {
		t.Errorf("the name box has %d dark pixels; the name is not drawn", n)
	}
}

func TestTrimNumbers(t *testing.T) {
	for in, want := range map[string]string{
		"0.750000 0.000000 0.000000 -0.750000 0.000000 841.920044 cm\n": "0.75 0 0 -0.75 0 841.920044 cm\n",
		"-0.000000 10.500 m 3 4 l h f":                                  "0 10.5 m 3 4 l h f",
		"/GS1.0 gs [1.50 2.0] 0.0 d":                                    "/GS1.0 gs [1.5 2] 0 d",
		"(1.000) Tj <30.00> Tj % 2.000\n1.10 w":                         "(1.000) Tj <30.00> Tj % 2.000\n1.1 w",
		"<</A 1.0>> BDC":                                                "<</A 1>> BDC",
	} {
		got, ok := trimNumbers([]byte(in))
		if !ok || string(got) != want {
			t.Errorf("trimNumbers(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := trimNumbers([]byte("q BI /W 1 ID \x00\x01 EI Q")); ok {
		t.Error("an inline image was rewritten")
	}
}
