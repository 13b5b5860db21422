package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"assistans/rules"
)

// report3066New is the first report of testAssistant for testCustomer: employed
// by the provider, not related, living in Sweden.
func report3066New() Report3066 {
	return Report3066{
		Customer: testCustomer, Assistant: testAssistant, Provider: testProvider,
		Assignment: rules.Assignment{Assistant: testAssistant.Pnr, Customer: testCustomer.Pnr,
			ProviderOrgnr: testProvider.Orgnr, Employer: rules.EmployerProvider,
			EmployedFrom: rules.D(2025, 3, 1)},
	}
}

// report3066Changed reports changed circumstances: the assistant, now employed by
// another company, has moved to Switzerland (outside the EES) and married the customer.
func report3066Changed() Report3066 {
	r := report3066New()
	r.Assistant.OutsideEES = true
	r.Assistant.Address = "Bahnhofstraße 5, 8001 Zürich, Schweiz"
	r.Assignment.Employer = rules.EmployerOther
	r.Assignment.EmployerName = "Omsorgsgruppen Öst AB"
	r.Assignment.EmployerOrgnr = "5569876543"
	r.Assignment.Related = true
	r.Changed = true
	r.ChangedFrom = rules.D(2025, 6, 14)
	r.ChangedText = "Assistenten har gift sig med Åsa och flyttat till Schweiz"
	return r
}

func write3066(t *testing.T, r Report3066) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write3066(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden3066(t *testing.T) {
	for name, r := range map[string]Report3066{"3066_new": report3066New(), "3066_changed": report3066Changed()} {
		a, b := write3066(t, r), write3066(t, r)
		if !bytes.Equal(a, b) {
			t.Fatalf("%s: two runs gave different bytes", name)
		}
		if n := pageCount(a); n != 2 {
			t.Errorf("%s: %d pages, want 2", name, n)
		}
		checkGolden(t, name, a)
	}
}

func TestText3066(t *testing.T) {
	pages := pageTexts(t, write3066(t, report3066Changed()))
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	want := [2][]string{
		{"Åsa Öberg-Ärlig", "19850312-1234", "Björn Sjöström", "19920715-2345", "2025-03-01",
			"Bahnhofstraße 5, 8001 Zürich, Schweiz",
			"2025-06-14", "Assistenten har gift sig med Åsa och flyttat till Schweiz"},
		{"Assistansbolaget Väst AB", "556123-4567", "Märta Lövgren", "031-12 34 56",
			"Omsorgsgruppen Öst AB", "556987-6543"},
	}
	for i, ws := range want {
		got := fields(pages[i])
		for _, w := range ws {
			if !strings.Contains(got, w) {
				t.Errorf("page %d lacks %q:\n%s", i+1, w, got)
			}
		}
	}

	// A first report carries no change section, and no address for an assistant
	// living in Sweden even if one is registered.
	r := report3066New()
	r.Assistant.Address = "Storgatan 1, Göteborg"
	r.ChangedFrom = rules.D(2025, 6, 14)
	r.ChangedText = "flyttat"
	got := strings.Join(pageTexts(t, write3066(t, r)), " ")
	for _, no := range []string{"Storgatan", "2025-06-14", "flyttat"} {
		if strings.Contains(got, no) {
			t.Errorf("new report prints %q", no)
		}
	}

	// The customer as employer: section 3 names no provider.
	r.Assignment.Employer = rules.EmployerCustomer
	page2 := pageTexts(t, write3066(t, r))[1]
	if strings.Contains(page2, "Assistansbolaget") || strings.Contains(page2, "Märta") {
		t.Errorf("brukare as employer: provider printed:\n%s", page2)
	}
}

// crossFields are the check boxes of the field map, page by page.
var crossFields = [2][]string{
	{"related_no", "related_yes", "outside_ees_no", "outside_ees_yes"},
	{"own_employer", "uses_provider", "employer_provider", "employer_other", "employer_self"},
}

// TestCrosses3066 renders the pages and looks inside every check box for ink:
// a crossed box has dark pixels inside its frame, an empty one none.
func TestCrosses3066(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
	fm, err := loadForm(Form3066)
	if err != nil {
		t.Fatal(err)
	}
	withEmployer := func(r Report3066, e rules.EmployerKind) Report3066 {
		r.Assignment.Employer = e
		return r
	}
	cases := []struct {
		name string
		r    Report3066
		want []string // the boxes that must be crossed; all others empty
	}{
		{"anordnare", report3066New(), []string{"related_no", "outside_ees_no", "uses_provider", "employer_provider"}},
		{"annan", report3066Changed(), []string{"related_yes", "outside_ees_yes", "uses_provider", "employer_other"}},
		{"egenforetagare", withEmployer(report3066New(), rules.EmployerSelf),
			[]string{"related_no", "outside_ees_no", "uses_provider", "employer_self"}},
		{"brukare", withEmployer(report3066New(), rules.EmployerCustomer),
			[]string{"related_no", "outside_ees_no", "own_employer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pdfPath := filepath.Join(t.TempDir(), "f.pdf")
			if err := os.WriteFile(pdfPath, write3066(t, c.r), 0o644); err != nil {
				t.Fatal(err)
			}
			prefix := filepath.Join(t.TempDir(), "p")
			// 144 dpi: 2 pixels per point.
			if out, err := exec.Command("pdftoppm", "-r", "144", "-gray", pdfPath, prefix).CombinedOutput(); err != nil {
				t.Fatalf("pdftoppm: %v %s", err, out)
			}
			for pg, names := range crossFields {
				img := readPGM(t, fmt.Sprintf("%s-%d.pgm", prefix, pg+1))
				for _, name := range names {
					b := fm.Map.Fields[name]
					if b.Page != pg+1 || !b.Cross {
						t.Fatalf("field %s is not a check box on page %d", name, pg+1)
					}
					ink := img.dark(b.X+2, b.Y+2, b.X+b.W-2, b.Y+b.H-2, 2)
					if crossed := ink > 0; crossed != slices.Contains(c.want, name) {
						t.Errorf("%s: crossed = %v (%d dark pixels)", name, crossed, ink)
					}
				}
			}
		})
	}
}

func TestBadReport3066(t *testing.T) {
	var buf bytes.Buffer
	for _, e := range []rules.EmployerKind{"", "kommunen"} {
		r := report3066New()
		r.Assignment.Employer = e
		if err := Write3066(&buf, r); err == nil || !strings.Contains(err.Error(), "arbetsgivare") {
			t.Errorf("employer %q: %v", e, err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written for refused reports", buf.Len())
	}
}

// pgm is a binary greyscale image as pdftoppm -gray writes it.
type pgm struct {
	w, h int
	pix  []byte
}

func readPGM(t *testing.T, path string) pgm {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The header is "P5\n<w> <h>\n255\n", then one byte per pixel.
	var w, h, maxv int
	head := bytes.SplitN(b, []byte("\n"), 4)
	if len(head) == 4 {
		fmt.Sscanf(string(head[1])+" "+string(head[2]), "%d %d %d", &w, &h, &maxv)
	}
	if len(head) != 4 || string(head[0]) != "P5" || maxv != 255 || w*h == 0 || len(head[3]) != w*h {
		t.Fatalf("%s: not an 8-bit PGM", path)
	}
	return pgm{w, h, head[3]}
}

// dark counts the pixels darker than mid-grey in the rectangle given in points.
func (g pgm) dark(x0, y0, x1, y1, pxPerPt float64) int {
	n := 0
	for y := int(y0 * pxPerPt); y < int(y1*pxPerPt) && y < g.h; y++ {
		for x := int(x0 * pxPerPt); x < int(x1*pxPerPt) && x < g.w; x++ {
			if g.pix[y*g.w+x] < 128 {
				n++
			}
		}
	}
	return n
}
