package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"io/fs"
	"strings"
)

// Parsing a blank form (gofpdi) and writing its drawing short (shrink.go) takes
// some 0.6 CPU-seconds for the 3057 and the 3059, in every process that prints.
// So the parsed form is kept beside the blank in assets/forms, as <blank>.cache,
// made by TestFormCaches with -update. It names the blank it was made from by
// its SHA-256: a blank that has changed since is parsed as before, and the test
// fails until the cache is made again.

// cachedForm is a blankForm in a form encoding/gob writes.
type cachedForm struct {
	Source  [sha256.Size]byte
	Pages   []cachedPage
	Objs    []cachedObj
	Reaches [][]int
}

type cachedPage struct {
	W, H float64
	Obj  int
}

type cachedObj struct {
	Parts [][]byte
	Refs  []int
}

// cachePath is the cache of the blank form template.
func cachePath(template string) string {
	return "forms/" + strings.TrimSuffix(template, ".pdf") + ".cache"
}

func encodeBlank(src []byte, bf *blankForm) ([]byte, error) {
	c := cachedForm{Source: sha256.Sum256(src), Reaches: bf.reaches}
	for _, p := range bf.pages {
		c.Pages = append(c.Pages, cachedPage{p.w, p.h, p.obj})
	}
	for _, o := range bf.objs {
		c.Objs = append(c.Objs, cachedObj{o.parts, o.refs})
	}
	var b bytes.Buffer
	err := gob.NewEncoder(&b).Encode(c)
	return b.Bytes(), err
}

// cachedBlank is the blank form src from its cache in fsys, or nil when there
// is none, it is not for src or it cannot be read.
func cachedBlank(fsys fs.FS, template string, src []byte) *blankForm {
	b, err := fs.ReadFile(fsys, cachePath(template))
	if err != nil {
		return nil
	}
	var c cachedForm
	if gob.NewDecoder(bytes.NewReader(b)).Decode(&c) != nil || c.Source != sha256.Sum256(src) || len(c.Pages) == 0 {
		return nil
	}
	bf := &blankForm{reaches: c.Reaches}
	for _, p := range c.Pages {
		if p.Obj < 0 || p.Obj >= len(c.Objs) {
			return nil
		}
		bf.pages = append(bf.pages, blankPage{p.W, p.H, p.Obj})
	}
	for _, o := range c.Objs {
		if len(o.Parts) != len(o.Refs)+1 {
			return nil
		}
		for _, r := range o.Refs {
			if r < 0 || r >= len(c.Objs) {
				return nil
			}
		}
		bf.objs = append(bf.objs, objCode{o.Parts, o.Refs})
	}
	if len(bf.reaches) != len(bf.pages) {
		return nil
	}
	for _, list := range bf.reaches {
		for _, i := range list {
			if i < 0 || i >= len(bf.objs) {
				return nil
			}
		}
	}
	return bf
}
