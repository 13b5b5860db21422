package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/text/encoding/charmap"
)

// The code page 1252 font is embedded as a subset: the TrueType file with the
// outlines of the glyphs the document's texts use and every other glyph left
// empty. Glyph numbers, the character map and the widths stay as they are, so
// that the font dictionary gofpdf writes (WinAnsiEncoding, its widths) fits any
// subset, and the tables for kerning and ligatures, which a PDF viewer does not
// use in a simple font, are left out. A document that writes "Märta" and digits
// carries some 20 kB of font instead of 214 kB.

// ttfFont is a TrueType file read once: its tables and, per code page 1252 byte,
// the glyph that the font's Unicode character map gives it.
type ttfFont struct {
	tables map[string][]byte
	loca   []uint32 // numGlyphs+1 offsets into glyf
	glyphs [256]uint16
}

// The tables a subset keeps; the others (GPOS, GSUB, GDEF, kern, FFTM, ...)
// serve text layout, which the PDF has already done.
var keptTables = []string{"OS/2", "cmap", "cvt ", "fpgm", "gasp", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "prep"}

var errTTF = errors.New("typsnittsfilen kan inte läsas")

func parseTTF(b []byte) (*ttfFont, error) {
	if len(b) < 12 {
		return nil, errTTF
	}
	n := int(binary.BigEndian.Uint16(b[4:]))
	if len(b) < 12+16*n {
		return nil, errTTF
	}
	f := &ttfFont{tables: map[string][]byte{}}
	for i := range n {
		rec := b[12+16*i:]
		off, ln := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(ln) > uint64(len(b)) {
			return nil, errTTF
		}
		f.tables[string(rec[:4])] = b[off : off+ln]
	}
	for _, t := range keptTables {
		if t != "cvt " && t != "fpgm" && t != "gasp" && t != "prep" && f.tables[t] == nil {
			return nil, fmt.Errorf("%w: tabellen %s saknas", errTTF, t)
		}
	}
	head, maxp, loca := f.tables["head"], f.tables["maxp"], f.tables["loca"]
	if len(head) < 54 || len(maxp) < 6 {
		return nil, errTTF
	}
	numGlyphs := int(binary.BigEndian.Uint16(maxp[4:]))
	long := binary.BigEndian.Uint16(head[50:]) == 1
	f.loca = make([]uint32, numGlyphs+1)
	for i := range f.loca {
		switch {
		case long && len(loca) >= 4*(i+1):
			f.loca[i] = binary.BigEndian.Uint32(loca[4*i:])
		case !long && len(loca) >= 2*(i+1):
			f.loca[i] = 2 * uint32(binary.BigEndian.Uint16(loca[2*i:]))
		default:
			return nil, errTTF
		}
		if f.loca[i] > uint32(len(f.tables["glyf"])) || i > 0 && f.loca[i] < f.loca[i-1] {
			return nil, errTTF
		}
	}
	lookup, err := cmapFormat4(f.tables["cmap"])
	if err != nil {
		return nil, err
	}
	for c := 32; c < 256; c++ {
		if r := charmap.Windows1252.DecodeByte(byte(c)); r != '\uFFFD' {
			if g := lookup(r); int(g) < numGlyphs {
				f.glyphs[c] = g
			}
		}
	}
	return f, nil
}

// cmapFormat4 returns the lookup of the Windows Unicode (3,1) character map.
func cmapFormat4(cm []byte) (func(rune) uint16, error) {
	if len(cm) < 4 {
		return nil, errTTF
	}
	for i := range int(binary.BigEndian.Uint16(cm[2:])) {
		rec := cm[4+8*i:]
		if len(rec) < 8 || binary.BigEndian.Uint16(rec) != 3 || binary.BigEndian.Uint16(rec[2:]) != 1 {
			continue
		}
		off := binary.BigEndian.Uint32(rec[4:])
		if uint64(off)+14 > uint64(len(cm)) || binary.BigEndian.Uint16(cm[off:]) != 4 {
			return nil, errTTF
		}
		st := cm[off:]
		segs := int(binary.BigEndian.Uint16(st[6:])) / 2
		if len(st) < 16+8*segs {
			return nil, errTTF
		}
		u16 := func(at int) uint16 { return binary.BigEndian.Uint16(st[at:]) }
		ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
		return func(r rune) uint16 {
			for s := range segs {
				if rune(u16(ends+2*s)) < r {
					continue
				}
				start := rune(u16(starts + 2*s))
				if r < start {
					return 0
				}
				ro := int(u16(ranges + 2*s))
				if ro == 0 {
					return uint16(int(r) + int(u16(deltas+2*s)))
				}
				at := ranges + 2*s + ro + 2*int(r-start)
				if at+2 > len(st) {
					return 0
				}
				if g := u16(at); g != 0 {
					return g + u16(deltas+2*s)
				}
				return 0
			}
			return 0
		}, nil
	}
	return nil, fmt.Errorf("%w: ingen Unicode-teckentabell", errTTF)
}

// glyph is glyph g's outline.
func (f *ttfFont) glyph(g uint16) []byte {
	return f.tables["glyf"][f.loca[g]:f.loca[g+1]]
}

// components are the glyphs a composite glyph (å is a and ring) is built of.
func components(gl []byte) []uint16 {
	if len(gl) < 10 || int16(binary.BigEndian.Uint16(gl)) >= 0 {
		return nil
	}
	var out []uint16
	for at := 10; at+4 <= len(gl); {
		flags := binary.BigEndian.Uint16(gl[at:])
		out = append(out, binary.BigEndian.Uint16(gl[at+2:]))
		at += 4
		if flags&0x0001 != 0 { // arguments are words
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&0x0008 != 0: // one scale
			at += 2
		case flags&0x0040 != 0: // x and y scale
			at += 4
		case flags&0x0080 != 0: // two by two
			at += 8
		}
		if flags&0x0020 == 0 { // no more components
			break
		}
	}
	return out
}

// subset is the font with the glyphs of the used code page 1252 bytes (and
// .notdef and the parts of composite glyphs), uncompressed.
func (f *ttfFont) subset(used *[256]bool) []byte {
	keep := map[uint16]bool{0: true}
	var add func(g uint16)
	add = func(g uint16) {
		if keep[g] || int(g) >= len(f.loca)-1 {
			return
		}
		keep[g] = true
		for _, c := range components(f.glyph(g)) {
			add(c)
		}
	}
	for c, u := range used {
		if u {
			add(f.glyphs[c])
		}
	}
	var glyf bytes.Buffer
	loca := make([]byte, 4*len(f.loca))
	for g := range len(f.loca) - 1 {
		binary.BigEndian.PutUint32(loca[4*g:], uint32(glyf.Len()))
		if keep[uint16(g)] {
			glyf.Write(f.glyph(uint16(g)))
			if glyf.Len()%4 != 0 {
				glyf.Write(make([]byte, 4-glyf.Len()%4))
			}
		}
	}
	binary.BigEndian.PutUint32(loca[4*(len(f.loca)-1):], uint32(glyf.Len()))

	head := bytes.Clone(f.tables["head"])
	binary.BigEndian.PutUint32(head[8:], 0)    // checkSumAdjustment, set below
	binary.BigEndian.PutUint16(head[50:], 1)   // long loca offsets
	post := bytes.Clone(f.tables["post"][:32]) // format 3: no glyph names
	binary.BigEndian.PutUint32(post, 0x00030000)
	out := map[string][]byte{"glyf": glyf.Bytes(), "loca": loca, "head": head, "post": post}

	var names []string
	for _, t := range keptTables {
		if out[t] == nil && f.tables[t] != nil {
			out[t] = f.tables[t]
		}
		if out[t] != nil {
			names = append(names, t)
		}
	}
	sort.Strings(names) // the table directory is in tag order
	return writeSFNT(names, out)
}

// writeSFNT writes a TrueType file of the named tables, with their checksums
// and the head table's checkSumAdjustment.
func writeSFNT(names []string, tables map[string][]byte) []byte {
	n := len(names)
	pow, log := 1, 0
	for pow*2 <= n {
		pow, log = pow*2, log+1
	}
	var b bytes.Buffer
	hdr := make([]byte, 12+16*n)
	binary.BigEndian.PutUint32(hdr, 0x00010000)
	binary.BigEndian.PutUint16(hdr[4:], uint16(n))
	binary.BigEndian.PutUint16(hdr[6:], uint16(16*pow))
	binary.BigEndian.PutUint16(hdr[8:], uint16(log))
	binary.BigEndian.PutUint16(hdr[10:], uint16(16*n-16*pow))
	off := len(hdr)
	headAt := 0
	for i, t := range names {
		d := tables[t]
		rec := hdr[12+16*i:]
		copy(rec, t)
		binary.BigEndian.PutUint32(rec[4:], checksum(d))
		binary.BigEndian.PutUint32(rec[8:], uint32(off))
		binary.BigEndian.PutUint32(rec[12:], uint32(len(d)))
		if t == "head" {
			headAt = off
		}
		off += (len(d) + 3) &^ 3
	}
	b.Write(hdr)
	for _, t := range names {
		d := tables[t]
		b.Write(d)
		b.Write(make([]byte, (4-len(d)%4)%4))
	}
	font := b.Bytes()
	binary.BigEndian.PutUint32(font[headAt+8:], 0xB1B0AFBA-checksum(font))
	return font
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// fontSubsets caches the compressed subsets by the set of bytes they hold:
// most documents of a month use nearly the same letters.
var fontSubsets = struct {
	sync.Mutex
	m map[[256]bool]*compressedFont
}{m: map[[256]bool]*compressedFont{}}

type compressedFont struct {
	z    []byte
	size int // uncompressed, for /Length1
}

// maxCachedSubsets bounds the cache; beyond it, it starts anew.
const maxCachedSubsets = 256

func (f *ttfFont) compressedSubset(used *[256]bool) *compressedFont {
	fontSubsets.Lock()
	c, ok := fontSubsets.m[*used]
	fontSubsets.Unlock()
	if ok {
		return c
	}
	raw := f.subset(used)
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	w.Write(raw)
	w.Close()
	c = &compressedFont{z: z.Bytes(), size: len(raw)}
	fontSubsets.Lock()
	if len(fontSubsets.m) >= maxCachedSubsets {
		clear(fontSubsets.m)
	}
	fontSubsets.m[*used] = c
	fontSubsets.Unlock()
	return c
}
