package pdf

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
)

// objCode is one PDF object of a blank form, ready to be written under any object
// number: literal bytes cut at every reference to another imported object.
type objCode struct {
	parts [][]byte // len(refs)+1 pieces
	refs  []int    // indexes into the form's object list
}

// pdfValue is the small PDF object model canon needs: a literal token, a
// dictionary, an array or a reference to another imported object.
type pdfValue struct {
	lit   []byte
	dict  map[string]*pdfValue
	arr   []*pdfValue
	isArr bool
	ref   int // index+1 of the referenced object; 0 = not a reference
}

// canonParser reads an object as gofpdi writes it. Its references are 40-hex-digit
// placeholders followed by "0 R"; known maps each placeholder to an object index.
type canonParser struct {
	b     []byte
	i     int
	known map[string]int
}

func isPDFSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPDFDelim(c byte) bool {
	return bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
}

func (p *canonParser) skipSpace() {
	for p.i < len(p.b) && isPDFSpace(p.b[p.i]) {
		p.i++
	}
}

func (p *canonParser) errorf(format string, a ...any) error {
	return fmt.Errorf("blankett: ogiltig PDF-syntax vid byte %d: %s", p.i, fmt.Sprintf(format, a...))
}

func (p *canonParser) has(s string) bool { return bytes.HasPrefix(p.b[p.i:], []byte(s)) }

func (p *canonParser) value() (*pdfValue, error) {
	p.skipSpace()
	if p.i >= len(p.b) {
		return nil, p.errorf("objektet tar slut")
	}
	switch c := p.b[p.i]; {
	case p.has("<<"):
		p.i += 2
		d := map[string]*pdfValue{}
		for {
			p.skipSpace()
			if p.has(">>") {
				p.i += 2
				return &pdfValue{dict: d}, nil
			}
			if p.i >= len(p.b) || p.b[p.i] != '/' {
				return nil, p.errorf("namn väntades i ordlista")
			}
			k := p.token()
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			d[string(k)] = v
		}
	case c == '[':
		p.i++
		a := &pdfValue{isArr: true}
		for {
			p.skipSpace()
			if p.has("]") {
				p.i++
				return a, nil
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			a.arr = append(a.arr, v)
		}
	case c == '(':
		start := p.i
		depth := 0
		for ; p.i < len(p.b); p.i++ {
			switch p.b[p.i] {
			case '\\':
				p.i++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					p.i++
					return &pdfValue{lit: p.b[start:p.i]}, nil
				}
			}
		}
		return nil, p.errorf("sträng utan slut")
	case c == '<':
		end := bytes.IndexByte(p.b[p.i:], '>')
		if end < 0 {
			return nil, p.errorf("hexsträng utan slut")
		}
		v := &pdfValue{lit: p.b[p.i : p.i+end+1]}
		p.i += end + 1
		return v, nil
	case c == '/':
		return &pdfValue{lit: p.token()}, nil
	default:
		t := p.token()
		if len(t) == 0 {
			return nil, p.errorf("oväntat tecken %q", c)
		}
		if idx, ok := p.known[string(t)]; ok {
			save := p.i
			p.skipSpace()
			gen := p.token()
			p.skipSpace()
			r := p.token()
			if string(gen) == "0" && string(r) == "R" {
				return &pdfValue{ref: idx + 1}, nil
			}
			p.i = save
		}
		return &pdfValue{lit: t}, nil
	}
}

// token reads a name (with its slash) or a bare token.
func (p *canonParser) token() []byte {
	start := p.i
	if p.i < len(p.b) && p.b[p.i] == '/' {
		p.i++
	}
	for p.i < len(p.b) && !isPDFSpace(p.b[p.i]) && !isPDFDelim(p.b[p.i]) {
		p.i++
	}
	return p.b[start:p.i]
}

// codeWriter builds an objCode.
type codeWriter struct {
	cur  []byte
	code objCode
}

func (w *codeWriter) lit(b []byte) { w.cur = append(w.cur, b...) }
func (w *codeWriter) str(s string) { w.cur = append(w.cur, s...) }

func (w *codeWriter) value(v *pdfValue) {
	switch {
	case v.ref > 0:
		w.code.parts = append(w.code.parts, w.cur)
		w.code.refs = append(w.code.refs, v.ref-1)
		w.cur = []byte(" 0 R")
	case v.dict != nil:
		keys := make([]string, 0, len(v.dict))
		for k := range v.dict {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		w.str("<<")
		for i, k := range keys {
			if i > 0 {
				w.str(" ")
			}
			w.str(k)
			w.str(" ")
			w.value(v.dict[k])
		}
		w.str(">>")
	case v.isArr:
		w.str("[")
		for i, e := range v.arr {
			if i > 0 {
				w.str(" ")
			}
			w.value(e)
		}
		w.str("]")
	default:
		w.lit(v.lit)
	}
}

func (w *codeWriter) done() objCode {
	w.code.parts = append(w.code.parts, w.cur)
	return w.code
}

// gofpdi ends every stream object with exactly this.
var gofpdiStreamEnd = []byte("\nendstream\nendobj\n")

// canonObject rewrites one object from gofpdi with its dictionary keys sorted
// (gofpdi writes them in Go's random map order, which would make every run's
// file differ) and its references cut out. A stream keeps its bytes as they are,
// but for a page's drawing, whose numbers are written short (shrink.go); its
// /Length becomes the direct count of them.
func canonObject(b []byte, known map[string]int) (objCode, error) {
	p := &canonParser{b: b, known: known}
	v, err := p.value()
	if err != nil {
		return objCode{}, err
	}
	p.skipSpace()
	w := &codeWriter{}
	if p.has("stream") {
		start := p.i + len("stream")
		if start < len(b) && b[start] == '\r' {
			start++
		}
		if start >= len(b) || b[start] != '\n' || !bytes.HasSuffix(b, gofpdiStreamEnd) || len(b)-len(gofpdiStreamEnd) < start+1 {
			return objCode{}, p.errorf("ström utan slut")
		}
		data := b[start+1 : len(b)-len(gofpdiStreamEnd)]
		if v.dict == nil {
			return objCode{}, p.errorf("ström utan ordlista")
		}
		if short, ok := shrinkFormStream(v, data); ok {
			data = short
		}
		v.dict["/Length"] = &pdfValue{lit: []byte(strconv.Itoa(len(data)))}
		w.value(v)
		w.str("\nstream\n")
		w.lit(data)
		w.lit(gofpdiStreamEnd)
		return w.done(), nil
	}
	if !p.has("endobj") {
		return objCode{}, p.errorf("endobj saknas")
	}
	w.value(v)
	w.str("\nendobj\n")
	return w.done(), nil
}
