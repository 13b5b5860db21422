// Package pdf fills in Försäkringskassan's own blank forms (3057, 3059, 3066):
// each blank page is drawn as it is and the values are written on it at the
// positions of the form's field map (fieldmap.go). It turns domain values into
// bytes on an io.Writer and knows nothing of the database or the window.
//
// Output is byte-stable: the same values give the same file, so it can be
// compared with golden files and re-printed identically.
package pdf

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"

	"assistans/assets"
)

// Form names: the blank PDF and its field map in assets/forms, without extension.
const (
	Form3057 = "FK3057_016_F_002"
	Form3059 = "FK3059_016_F_003"
	Form3066 = "FK3066_004_F_005"
)

const (
	fontFamily = "LiberationSans"
	fontFile   = "fonts/LiberationSans-Regular.ttf"
)

// form is a blank form with its field map, loaded once per process.
type form struct {
	name  string
	Map   FieldMap
	blank *blankForm
}

var (
	formsMu sync.Mutex
	forms   = map[string]*form{}

	fontOnce  sync.Once
	fontBytes []byte
	fontErr   error
)

// loadForm returns the parsed blank form and field map, parsing them on first use.
func loadForm(name string) (*form, error) {
	formsMu.Lock()
	defer formsMu.Unlock()
	if f, ok := forms[name]; ok {
		return f, nil
	}
	f, err := readForm(assets.FS, name)
	if err != nil {
		return nil, err
	}
	forms[name] = f
	return f, nil
}

func readForm(fsys fs.FS, name string) (*form, error) {
	m, err := loadFieldMap(fsys, name)
	if err != nil {
		return nil, err
	}
	b, err := fs.ReadFile(fsys, "forms/"+m.Template)
	if err != nil {
		return nil, fmt.Errorf("blanketten %s saknas: %w", m.Template, err)
	}
	bf, err := parseBlank(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Template, err)
	}
	for fname, box := range m.Fields {
		if box.Page > len(bf.pages) {
			return nil, fmt.Errorf("fältkartan %s: fältet %s ligger på sida %d, blanketten har %d", name, fname, box.Page, len(bf.pages))
		}
	}
	return &form{name: name, Map: m, blank: bf}, nil
}

func loadFont() ([]byte, error) {
	fontOnce.Do(func() {
		fontBytes, fontErr = fs.ReadFile(assets.FS, fontFile)
	})
	return fontBytes, fontErr
}

// fixedDate is the creation date written into every file, so that output is
// byte-stable; the month the document reports is in its content.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// document is one PDF being written: pages of one or more blank forms with
// values on them. Errors are kept and returned by write, as gofpdf does.
type document struct {
	f     *gofpdf.Fpdf
	err   error
	used  []*form          // forms in order of first use
	pages map[*form][]bool // blank pages used, per form
}

func newDocument() *document {
	d := &document{pages: map[*form][]bool{}}
	font, err := loadFont()
	if err != nil {
		d.err = fmt.Errorf("typsnittet saknas: %w", err)
		return d
	}
	f := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "pt", Size: gofpdf.SizeType{Wd: 595.32, Ht: 841.92}})
	f.SetCreationDate(fixedDate)
	f.SetModificationDate(fixedDate)
	f.SetCatalogSort(true)
	f.SetCompression(true)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetProducer("Assistans", false)
	f.AddUTF8FontFromBytes(fontFamily, "", font)
	f.SetFont(fontFamily, "", 10)
	f.SetTextColor(0, 0, 0)
	f.SetDrawColor(0, 0, 0)
	d.f = f
	return d
}

// xobjectName is the resource name a blank page is drawn by.
func xobjectName(fm *form, page int) string {
	return fmt.Sprintf("/%s_p%d", strings.ReplaceAll(fm.name, " ", "_"), page)
}

// page is one page of the document, printed on blank page blank of form.
type page struct {
	d     *document
	form  *form
	blank int
}

// addPage starts a new page showing page blank (1-based) of the named form.
func (d *document) addPage(formName string, blank int) *page {
	p := &page{d: d, blank: blank}
	if d.err != nil {
		return p
	}
	fm, err := loadForm(formName)
	if err != nil {
		d.err = err
		return p
	}
	p.form = fm
	if blank < 1 || blank > len(fm.blank.pages) {
		d.err = fmt.Errorf("blankett %s har ingen sida %d", formName, blank)
		return p
	}
	if d.pages[fm] == nil {
		d.used = append(d.used, fm)
		d.pages[fm] = make([]bool, len(fm.blank.pages))
	}
	d.pages[fm][blank-1] = true
	bp := fm.blank.pages[blank-1]
	d.f.AddPageFormat("P", gofpdf.SizeType{Wd: bp.w, Ht: bp.h})
	// The blank page first, so that the values lie on top of it.
	d.f.RawWriteStr("q " + xobjectName(fm, blank) + " Do Q")
	return p
}

func (p *page) fail(err error) {
	if p.d.err == nil {
		p.d.err = err
	}
}

// field looks a field up and checks it belongs to this blank page.
func (p *page) field(name string) (Box, bool) {
	if p.d.err != nil {
		return Box{}, false
	}
	b, ok := p.form.Map.Fields[name]
	if !ok {
		p.fail(fmt.Errorf("fältkartan %s saknar fältet %q", p.form.name, name))
		return Box{}, false
	}
	if b.Page != p.blank {
		p.fail(fmt.Errorf("fältet %q ligger på sida %d av %s, inte sida %d", name, b.Page, p.form.name, p.blank))
		return Box{}, false
	}
	return b, true
}

// text writes s in the named field; an empty s writes nothing.
func (p *page) text(name, s string) {
	if b, ok := p.field(name); ok && s != "" {
		p.textIn(b, s)
	}
}

// cross marks the named check box when on is true.
func (p *page) cross(name string, on bool) {
	if b, ok := p.field(name); ok && on {
		p.crossIn(b)
	}
}

// grid returns the named grid, checking it is printed on this blank page.
func (p *page) grid(name string) (Grid, bool) {
	if p.d.err != nil {
		return Grid{}, false
	}
	g, ok := p.form.Map.Grids[name]
	if !ok || !g.OnPage(p.blank) {
		p.fail(fmt.Errorf("fältkartan %s saknar tabellen %q på sida %d", p.form.name, name, p.blank))
		return Grid{}, false
	}
	return g, true
}

// cell writes s in cell name of row i of the named grid.
func (p *page) cell(gridName string, i int, name, s string) {
	if g, ok := p.grid(gridName); ok && s != "" {
		b, err := g.Cell(p.blank, i, name)
		if err != nil {
			p.fail(fmt.Errorf("%s: %w", gridName, err))
			return
		}
		p.textIn(b, s)
	}
}

// crossCell marks cell name of row i of the named grid when on is true.
func (p *page) crossCell(gridName string, i int, name string, on bool) {
	if g, ok := p.grid(gridName); ok && on {
		b, err := g.Cell(p.blank, i, name)
		if err != nil {
			p.fail(fmt.Errorf("%s: %w", gridName, err))
			return
		}
		p.crossIn(b)
	}
}

// textIn sets s in box b, shrinking the type when the text is too wide so that a
// long name stays inside its box rather than running over the next one.
func (p *page) textIn(b Box, s string) {
	f := p.d.f
	size := b.Size
	if size == 0 {
		size = 10
	}
	f.SetFontSize(size)
	const pad = 1.5
	avail := b.W - 2*pad
	if w := f.GetStringWidth(s); w > avail && w > 0 {
		size = size * avail / w
		if size < 5 {
			size = 5
		}
		f.SetFontSize(size)
	}
	align := b.Align
	if align == "" {
		align = "L"
	}
	f.SetXY(b.X+pad, b.Y)
	f.CellFormat(b.W-2*pad, b.H, s, "", 0, align+"M", false, 0, "")
}

// crossIn draws an X in the check box b: a square of the box's smaller side,
// centred, so that a grid row taller than its check box still marks the box.
func (p *page) crossIn(b Box) {
	f := p.d.f
	side := min(b.W, b.H)
	x, y := b.X+(b.W-side)/2, b.Y+(b.H-side)/2
	in := side * 0.18
	f.SetLineWidth(1.2)
	f.Line(x+in, y+in, x+side-in, y+side-in)
	f.Line(x+in, y+side-in, x+side-in, y+in)
}

// write finishes the document and writes it to w.
func (d *document) write(w io.Writer) error {
	if d.err != nil {
		return d.err
	}
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	out, err := d.appendBlanks(buf.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

var (
	trailerRe = regexp.MustCompile(`trailer\n<<\n/Size (\d+)\n/Root (\d+) 0 R\n/Info (\d+) 0 R\n>>\nstartxref\n(\d+)\n%%EOF\n$`)
	xrefHead  = regexp.MustCompile(`^xref\n0 \d+\n`)
)

// appendBlanks adds the blank pages' objects to gofpdf's finished file as a PDF
// incremental update (ISO 32000-1, 7.5.6): the objects, numbered from gofpdf's
// /Size on in a fixed order, and a new resource dictionary (object 2, which every
// gofpdf page uses) naming them. This is done outside gofpdf because gofpdf writes
// imported objects in Go map order, which would make every run's bytes differ.
func (d *document) appendBlanks(pdf []byte) ([]byte, error) {
	if len(d.used) == 0 {
		return pdf, nil
	}
	bad := fmt.Errorf("pdf: oväntad utdata från gofpdf")
	m := trailerRe.FindSubmatch(pdf)
	if m == nil {
		return nil, bad
	}
	size, _ := strconv.Atoi(string(m[1]))
	root, info := string(m[2]), string(m[3])
	xref, _ := strconv.Atoi(string(m[4]))
	if xref <= 0 || xref >= len(pdf) {
		return nil, bad
	}
	head := xrefHead.Find(pdf[xref:])
	entry := xref + len(head) + 2*20 // object 2's entry; every entry is 20 bytes
	if head == nil || entry+10 > len(pdf) {
		return nil, bad
	}
	off2, err := strconv.Atoi(string(pdf[entry : entry+10]))
	if err != nil || off2 <= 0 || off2 >= len(pdf) {
		return nil, bad
	}
	res := pdf[off2:]
	end := bytes.Index(res, []byte("\nendobj\n"))
	const xobjKey = "/XObject <<\n"
	at := bytes.Index(res, []byte(xobjKey))
	if !bytes.HasPrefix(res, []byte("2 0 obj\n")) || end < 0 || at < 0 || at > end {
		return nil, bad
	}

	out := bytes.NewBuffer(make([]byte, 0, len(pdf)+d.blankSize()+1024))
	out.Write(pdf)
	type placed struct{ num, off int }
	var offsets []placed
	var names strings.Builder
	next := size
	for _, fm := range d.used {
		bf := fm.blank
		need := make([]bool, len(bf.objs))
		for pg, used := range d.pages[fm] {
			if used {
				for _, i := range bf.reaches[pg] {
					need[i] = true
				}
			}
		}
		num := make([]int, len(bf.objs))
		for i := range bf.objs {
			if need[i] {
				num[i] = next
				next++
			}
		}
		for i, c := range bf.objs {
			if !need[i] {
				continue
			}
			offsets = append(offsets, placed{num[i], out.Len()})
			fmt.Fprintf(out, "%d 0 obj\n", num[i])
			for k, part := range c.parts {
				out.Write(part)
				if k < len(c.refs) {
					out.WriteString(strconv.Itoa(num[c.refs[k]]))
				}
			}
		}
		for pg, used := range d.pages[fm] {
			if used {
				fmt.Fprintf(&names, "%s %d 0 R\n", xobjectName(fm, pg+1), num[bf.pages[pg].obj])
			}
		}
	}
	res2 := out.Len()
	out.Write(res[:at+len(xobjKey)])
	out.WriteString(names.String())
	out.Write(res[at+len(xobjKey) : end+len("\nendobj\n")])

	newXref := out.Len()
	fmt.Fprintf(out, "xref\n0 1\n0000000000 65535 f \n2 1\n%010d 00000 n \n%d %d\n", res2, size, len(offsets))
	for _, o := range offsets {
		fmt.Fprintf(out, "%010d 00000 n \n", o.off)
	}
	fmt.Fprintf(out, "trailer\n<<\n/Size %d\n/Root %s 0 R\n/Info %s 0 R\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n",
		next, root, info, xref, newXref)
	return out.Bytes(), nil
}

func (d *document) blankSize() int {
	n := 0
	for _, fm := range d.used {
		for _, c := range fm.blank.objs {
			for _, p := range c.parts {
				n += len(p) + 8
			}
		}
	}
	return n
}
