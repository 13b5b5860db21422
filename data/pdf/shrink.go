package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
)

// FK's blank pages draw every letter as a path, with every number written with
// six decimals ("0.750000 0.000000 ... cm", "-3.040000 0.000000 l"): some 1.6 MB
// of drawing a page. Written without the trailing zeros ("0.75 0 ... cm") the
// numbers are the same numbers and the page draws exactly as before, and a
// bundle's blank pages take some 100 kB less. This is done once per process,
// when a blank form is parsed.

// shrinkFormStream returns the compressed content stream data of a form
// XObject with its numbers written short, or ok false to keep the stream as it
// is (a filter other than Flate alone, data that does not inflate, or content
// the number rewriting does not read).
func shrinkFormStream(dict *pdfValue, data []byte) (out []byte, ok bool) {
	if dict.dict == nil || !litIs(dict.dict["/Subtype"], "/Form") || !litIs(dict.dict["/Filter"], "/FlateDecode") ||
		dict.dict["/DecodeParms"] != nil {
		return nil, false
	}
	r, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, false
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, false
	}
	short, ok := trimNumbers(raw)
	if !ok {
		return nil, false
	}
	var z bytes.Buffer
	// The default level: within 2 % of the best at about half its time, which
	// every process that prints pays once.
	w, _ := zlib.NewWriterLevel(&z, zlib.DefaultCompression)
	w.Write(short)
	w.Close()
	if z.Len() >= len(data) {
		return nil, false
	}
	return z.Bytes(), true
}

func litIs(v *pdfValue, s string) bool { return v != nil && string(v.lit) == s }

// trimNumbers writes every real number of a content stream without trailing
// zeros ("1.500000" as "1.5", "0.000000" as "0"), leaving strings, names and
// comments as they are. It gives up (ok false) on an inline image, whose binary
// data it cannot tell from operators.
func trimNumbers(b []byte) (out []byte, ok bool) {
	out = make([]byte, 0, len(b)/2)
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case isPDFSpace(c) || c == '[' || c == ']' || c == '{' || c == '}':
			out = append(out, c)
			i++
		case c == '%':
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			out, i = append(out, b[i:j]...), j
		case c == '(':
			j, depth := i, 0
			for ; j < len(b); j++ {
				if b[j] == '\\' {
					j++
				} else if b[j] == '(' {
					depth++
				} else if b[j] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
			if j >= len(b) {
				return nil, false
			}
			out, i = append(out, b[i:j+1]...), j+1
		case c == '<' || c == '>':
			j := i + 1
			if c == '<' && (j >= len(b) || b[j] != '<') {
				for j < len(b) && b[j] != '>' {
					j++
				}
				if j >= len(b) {
					return nil, false
				}
				j++
			} else if j < len(b) && b[j] == c {
				j++
			}
			out, i = append(out, b[i:j]...), j
		default: // a number, an operator or a name (from its slash; shortNumber leaves it)
			j := i + 1
			for j < len(b) && !isPDFSpace(b[j]) && !isPDFDelim(b[j]) {
				j++
			}
			tok := b[i:j]
			if string(tok) == "BI" || string(tok) == "ID" {
				return nil, false
			}
			out, i = append(out, shortNumber(tok)...), j
		}
	}
	return out, true
}

// shortNumber is tok without the trailing zeros of its fraction when it is a
// real number, else tok.
func shortNumber(tok []byte) []byte {
	dot := -1
	for k, c := range tok {
		switch {
		case c == '.' && dot < 0:
			dot = k
		case c == '+' || c == '-':
			if k != 0 {
				return tok
			}
		case c < '0' || c > '9':
			return tok
		}
	}
	if dot < 0 {
		return tok
	}
	end := len(tok)
	for end > dot+1 && tok[end-1] == '0' {
		end--
	}
	if end == dot+1 {
		end = dot
	}
	s := tok[:end]
	switch string(s) {
	case "", "-", "+", "-0", "+0":
		return []byte("0")
	}
	return s
}
