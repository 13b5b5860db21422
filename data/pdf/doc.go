// Package pdf fills in Försäkringskassan's own blank forms (3057, 3059, 3066):
// each blank page is drawn as it is and the values are written on it at the
// positions of the form's field map (fieldmap.go). It turns domain values into
// bytes on an io.Writer and knows nothing of the database or the window.
//
// Output is byte-stable: the same values give the same file, so it can be
// compared with golden files and re-printed identically.
package pdf

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/charmap"

	"assistans/assets"
)

// Form names: the blank PDF and its field map in assets/forms, without extension.
const (
	Form3057 = "FK3057_016_F_002"
	Form3059 = "FK3059_016_F_003"
	Form3066 = "FK3066_004_F_005"
)

// The font, Liberation Sans (SIL OFL), in two forms. Texts are set in the
// code page 1252 form (å, ä, ö, é, ü ...): gofpdf's definition of it (made by
// mkfont.go), with the font file itself written by writeBlanks as a subset of
// the TTF holding the glyphs the document uses (subset.go). A text with a letter
// outside code page 1252 (a Polish Ł, say) is set in the TTF as a Unicode font,
// which gofpdf subsets, added to that document only.
const (
	fontFamily  = "LiberationSans"
	fontTTF     = "fonts/LiberationSans-Regular.ttf"
	fontDef1252 = "fonts/LiberationSans-Regular.json"
)

//go:generate go run mkfont.go

// form is a blank form with its field map, loaded once per process.
type form struct {
	name  string
	Map   FieldMap
	blank *blankForm
}

var (
	formsMu sync.Mutex
	forms   = map[string]*form{}

	fontOnce              sync.Once
	fontTTFBytes, fontDef []byte
	fontParsed            *ttfFont
	fontErr               error
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
	bf := cachedBlank(fsys, m.Template, b)
	if bf == nil {
		if bf, err = parseBlank(b); err != nil {
			return nil, fmt.Errorf("%s: %w", m.Template, err)
		}
	}
	for fname, box := range m.Fields {
		if box.Page > len(bf.pages) {
			return nil, fmt.Errorf("fältkartan %s: fältet %s ligger på sida %d, blanketten har %d", name, fname, box.Page, len(bf.pages))
		}
	}
	return &form{name: name, Map: m, blank: bf}, nil
}

func loadFonts() error {
	fontOnce.Do(func() {
		var e1, e2 error
		fontTTFBytes, e1 = fs.ReadFile(assets.FS, fontTTF)
		fontDef, e2 = fs.ReadFile(assets.FS, fontDef1252)
		if fontErr = errors.Join(e1, e2); fontErr != nil {
			fontErr = fmt.Errorf("typsnittet saknas: %w", fontErr)
			return
		}
		if fontParsed, fontErr = parseTTF(fontTTFBytes); fontErr != nil {
			fontErr = fmt.Errorf("%s: %w", fontTTF, fontErr)
		}
	})
	return fontErr
}

// fixedDate is the creation date written into every file, so that output is
// byte-stable; the month the document reports is in its content.
var fixedDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// document is one PDF being written: pages of one or more blank forms with
// values on them. Errors are kept and returned by write, as gofpdf does.
type document struct {
	f       *gofpdf.Fpdf
	err     error
	unicode bool   // the Unicode font has been added (fontUnicode)
	family  string // the font in use, to skip needless changes
	size    float64
	used    []*form          // forms in order of first use
	pages   map[*form][]bool // blank pages used, per form
	chars   [256]bool        // the code page 1252 bytes written, for the font subset
}

// fontPlaceholder stands in gofpdf's output for the code page 1252 font's file,
// which writeBlanks puts in the update instead: a subset of the glyphs the
// document uses, known only when it is finished.
const fontPlaceholder = "assistans:font-file-placeholder"

// fontUnicode is the family name of the TTF as a Unicode font, added to a
// document only when a text needs it.
const fontUnicode = fontFamily + "U"

func newDocument() *document {
	d := &document{pages: map[*form][]bool{}}
	// The font subset holds every printable ASCII character whether used or not
	// (some 8 kB): subsets then differ only in the few letters beyond ASCII a
	// month's names use, so nearly every document finds its subset made already.
	for c := ' '; c <= '~'; c++ {
		d.chars[c] = true
	}
	if err := loadFonts(); err != nil {
		d.err = err
		return d
	}
	f := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "pt", Size: gofpdf.SizeType{Wd: 595.32, Ht: 841.92}})
	f.SetCreationDate(fixedDate)
	f.SetModificationDate(fixedDate)
	f.SetCatalogSort(true)
	// Uncompressed: the pages' own content is a few kilobytes of text, and the
	// blank pages and the font are compressed already.
	f.SetCompression(false)
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	f.SetProducer("Assistans", false)
	f.AddFontFromBytes(fontFamily, "", fontDef, []byte(fontPlaceholder))
	f.SetFont(fontFamily, "", 10)
	d.family, d.size = fontFamily, 10
	f.SetTextColor(0, 0, 0)
	f.SetDrawColor(0, 0, 0)
	d.f = f
	return d
}

// fontFor returns the font family for s and s as that font takes it: code
// page 1252 bytes when s allows, else s itself in the Unicode font.
func (d *document) fontFor(s string) (family, text string) {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			if !d.unicode {
				d.f.AddUTF8FontFromBytes(fontUnicode, "", fontTTFBytes)
				d.unicode = true
			}
			return fontUnicode, s
		}
		b = append(b, c)
	}
	for _, c := range b {
		d.chars[c] = true
	}
	return fontFamily, string(b)
}

// setFont changes font or size only when they differ: each change is an
// operator in the page's content.
func (d *document) setFont(family string, size float64) {
	switch {
	case family != d.family:
		d.f.SetFont(family, "", size)
	case size != d.size:
		d.f.SetFontSize(size)
	default:
		return
	}
	d.family, d.size = family, size
}

// setInfo sets the file's title and author (UTF-8 in both font forms).
func (d *document) setInfo(title, author string) {
	if d.err == nil {
		d.f.SetTitle(title, true)
		if author != "" {
			d.f.SetAuthor(author, true)
		}
	}
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

// addPlainPage starts an A4 page with no blank form under it, for an attachment.
func (d *document) addPlainPage() *page {
	if d.err == nil {
		d.f.AddPageFormat("P", gofpdf.SizeType{Wd: 595.32, Ht: 841.92})
	}
	return &page{d: d}
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
		p.textIn(name, b, s)
	}
}

// erase paints the named box white, hiding what the blank form prints there.
func (p *page) erase(name string) {
	if b, ok := p.field(name); ok {
		p.d.f.SetFillColor(255, 255, 255)
		p.d.f.Rect(b.X, b.Y, b.W, b.H, "F")
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
		p.textIn(gridName+"."+name, b, s)
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

// write finishes the document and writes it to w.
func (d *document) write(w io.Writer) error {
	if d.err != nil {
		return d.err
	}
	// gofpdf's part is small (the text, not the font or the blank pages), so it
	// is kept whole for writeBlanks to read its trailer.
	var buf bytes.Buffer
	if err := d.f.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	bw := bufio.NewWriterSize(w, 16<<10)
	cw := &countWriter{w: bw}
	cw.Write(buf.Bytes())
	if err := d.writeBlanks(cw, buf.Bytes()); err != nil {
		return err
	}
	return bw.Flush()
}

// countWriter counts the bytes written, for the offsets of the cross-reference
// table, and keeps the first error.
type countWriter struct {
	w   io.Writer
	n   int
	err error
}

func (c *countWriter) Write(b []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(b)
	c.n += n
	c.err = err
	return n, err
}

var (
	trailerRe = regexp.MustCompile(`trailer\n<<\n/Size (\d+)\n/Root (\d+) 0 R\n/Info (\d+) 0 R\n>>\nstartxref\n(\d+)\n%%EOF\n$`)
	xrefHead  = regexp.MustCompile(`^xref\n0 \d+\n`)
)

// writeBlanks follows gofpdf's finished file pdf (already written to cw) with the blank pages: a PDF
// incremental update (ISO 32000-1, 7.5.6) with their objects, numbered from
// gofpdf's /Size on in a fixed order, and a new resource dictionary (object 2,
// which every gofpdf page uses) naming them. This is done outside gofpdf because
// gofpdf writes imported objects in Go map order, which would make every run's
// bytes differ.
func (d *document) writeBlanks(cw *countWriter, pdf []byte) error {
	if cw.err != nil {
		return cw.err
	}
	bad := fmt.Errorf("pdf: oväntad utdata från gofpdf")
	at := func(off int) []byte {
		if off <= 0 || off >= len(pdf) {
			return nil
		}
		return pdf[off:]
	}
	m := trailerRe.FindSubmatch(pdf[max(0, bytes.LastIndex(pdf, []byte("\ntrailer\n"))):])
	if m == nil {
		return bad
	}
	size, _ := strconv.Atoi(string(m[1]))
	root, info := string(m[2]), string(m[3])
	xref, _ := strconv.Atoi(string(m[4]))
	head := xrefHead.Find(at(xref))
	entry := at(xref + len(head) + 2*20) // object 2's entry; every entry is 20 bytes
	if head == nil || len(entry) < 10 {
		return bad
	}
	off2, err := strconv.Atoi(string(entry[:10]))
	res := at(off2)
	if err != nil || res == nil {
		return bad
	}
	end := bytes.Index(res, []byte("\nendobj\n"))
	const xobjKey = "/XObject <<\n"
	xo := bytes.Index(res, []byte(xobjKey))
	if !bytes.HasPrefix(res, []byte("2 0 obj\n")) || end < 0 || xo < 0 || xo > end {
		return bad
	}
	res = res[:end+len("\nendobj\n")]

	fontObj, ok := placeholderObject(pdf)
	if !ok {
		return bad
	}

	// From here on, cw counts the offsets the new cross-reference table needs.
	fontOff := cw.n
	font := fontParsed.compressedSubset(&d.chars)
	fmt.Fprintf(cw, "%d 0 obj\n<</Filter /FlateDecode /Length %d /Length1 %d>>\nstream\n", fontObj, len(font.z), font.size)
	cw.Write(font.z)
	cw.Write([]byte("\nendstream\nendobj\n"))
	scratch := make([]byte, 0, 16)
	offsets := make([]int, 0, 32)
	var names []byte
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
		objNum := make([]int, len(bf.objs))
		for i := range bf.objs {
			if need[i] {
				objNum[i] = next
				next++
			}
		}
		for i, c := range bf.objs {
			if !need[i] {
				continue
			}
			offsets = append(offsets, cw.n)
			scratch = append(strconv.AppendInt(scratch[:0], int64(objNum[i]), 10), " 0 obj\n"...)
			cw.Write(scratch)
			for k, part := range c.parts {
				cw.Write(part)
				if k < len(c.refs) {
					cw.Write(strconv.AppendInt(scratch[:0], int64(objNum[c.refs[k]]), 10))
				}
			}
		}
		for pg, used := range d.pages[fm] {
			if used {
				names = fmt.Appendf(names, "%s %d 0 R\n", xobjectName(fm, pg+1), objNum[bf.pages[pg].obj])
			}
		}
	}
	res2 := cw.n
	var out bytes.Buffer
	out.Write(res[:xo+len(xobjKey)])
	out.Write(names)
	out.Write(res[xo+len(xobjKey):])
	newXref := res2 + out.Len()
	// Subsections in ascending order: object 0, object 2, the font file (which
	// gofpdf numbers after 2 and before /Size), then the blank pages.
	fmt.Fprintf(&out, "xref\n0 1\n0000000000 65535 f \n2 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n%d %d\n",
		res2, fontObj, fontOff, size, len(offsets))
	for _, o := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<<\n/Size %d\n/Root %s 0 R\n/Info %s 0 R\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n",
		next, root, info, xref, newXref)
	cw.Write(out.Bytes())
	return cw.err
}

// placeholderObject finds the number of the object gofpdf wrote for the font file.
func placeholderObject(pdf []byte) (int, bool) {
	i := bytes.Index(pdf, []byte(">>\nstream\n"+fontPlaceholder+"\nendstream"))
	if i < 0 {
		return 0, false
	}
	head := pdf[:i]
	j := bytes.LastIndex(head, []byte(" 0 obj\n"))
	if j < 0 {
		return 0, false
	}
	k := bytes.LastIndexByte(head[:j], '\n')
	n, err := strconv.Atoi(string(head[k+1 : j]))
	return n, err == nil && n > 2
}
