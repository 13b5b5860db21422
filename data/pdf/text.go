package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"assistans/rules"
	"assistans/rules/say"
)

// minSize is the smallest type a value is set in: below about 7 pt FK's
// scanning no longer reads it.
const minSize = 7.0

// lineGap is the height of a line of wrapped text, per point of type size.
const lineGap = 1.05

// textIn sets s in box b, the field called name. A text too wide for the box
// is first set smaller, down to minSize, then wrapped over as many lines as the
// box is tall enough for, in the largest size that lets it fit. A text that fits
// neither way is refused, naming the field: the document is not written.
func (p *page) textIn(name string, b Box, s string) {
	d, f := p.d, p.d.f
	size := b.Size
	if size == 0 {
		size = 10
	}
	family, s := d.fontFor(s)
	const pad = 1.5
	// CellFormat keeps gofpdf's cell margin on both sides inside the width it is given.
	avail := b.W - 2*pad - 2*f.GetCellMargin()
	align := b.Align
	if align == "" {
		align = "L"
	}
	d.setFont(family, size)
	if w := f.GetStringWidth(s); w > avail && w > 0 {
		if fit := size * avail / w; fit >= minSize {
			d.setFont(family, fit)
		} else {
			lines, ok := p.wrapToFit(family, s, avail, b.H, size)
			if !ok {
				p.fail(say.Refused(rules.FormTextTooLong,
					p.fieldLabel(name), minSize, utf8.RuneCountInString(s)))
				return
			}
			lh := d.size * lineGap
			y := b.Y + (b.H-lh*float64(len(lines)))/2
			for i, l := range lines {
				f.SetXY(b.X+pad, y+lh*float64(i))
				f.CellFormat(b.W-2*pad, lh, l, "", 0, align+"M", false, 0, "")
			}
			return
		}
	}
	f.SetXY(b.X+pad, b.Y)
	f.CellFormat(b.W-2*pad, b.H, s, "", 0, align+"M", false, 0, "")
}

// wrapToFit finds the largest size, from size down to minSize in half points,
// at which s wrapped to width w fits in height h, sets it and returns the lines.
func (p *page) wrapToFit(family, s string, w, h, size float64) ([]string, bool) {
	for sz := size; sz >= minSize; sz -= 0.5 {
		n := int(h / (sz * lineGap))
		if n < 2 {
			continue
		}
		p.d.setFont(family, sz)
		if lines := p.wrap(s, w, family == fontUnicode); len(lines) <= n {
			return lines, true
		}
	}
	return nil, false
}

// wrap breaks s into lines no wider than w in the current font: at spaces, and
// inside a word too long for a line of its own. s is UTF-8 when utf is true,
// else code page 1252 bytes.
func (p *page) wrap(s string, w float64, utf bool) []string {
	f := p.d.f
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if f.GetStringWidth(try) <= w {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = word
		for f.GetStringWidth(line) > w {
			cut := p.fitPrefix(line, w, utf)
			lines = append(lines, line[:cut])
			line = line[cut:]
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// fitPrefix is the length of the longest start of s, at least one character,
// no wider than w.
func (p *page) fitPrefix(s string, w float64, utf bool) int {
	step := func(at int) int {
		if utf {
			_, n := utf8.DecodeRuneInString(s[at:])
			return n
		}
		return 1
	}
	cut := step(0)
	for cut < len(s) && p.d.f.GetStringWidth(s[:cut+step(cut)]) <= w {
		cut += step(cut)
	}
	return cut
}

// fieldLabel names a field for a message: its label from the field map, or its name.
func (p *page) fieldLabel(name string) string {
	form := "FK " + p.formNumber()
	if p.form != nil {
		if b, ok := p.form.Map.Fields[name]; ok && b.Label != "" {
			return fmt.Sprintf("«%s» (%s)", b.Label, form)
		}
	}
	return fmt.Sprintf("%s (%s)", name, form)
}

func (p *page) formNumber() string {
	if p.form == nil {
		return "3057, bilaga"
	}
	return p.form.Map.Form
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
