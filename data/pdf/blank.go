package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"sort"
	"sync"

	realgofpdi "github.com/phpdave11/gofpdi"
)

var startxrefRe = regexp.MustCompile(`startxref\s+\d+\s+%%EOF`)

// blankForm is an official blank form, parsed once per process: each page as a
// PDF form XObject (FK's drawing of the page), plus the objects those use (the
// logo image), in a fixed order so that every run writes the same bytes.
type blankForm struct {
	pages   []blankPage
	objs    []objCode
	reaches [][]int // per page: the indexes of the objects it needs, ascending
}

type blankPage struct {
	w, h float64 // points
	obj  int     // index of the page's form XObject in objs
}

// canonObjects canonicalises the objects (canonObject) on one goroutine per
// CPU: writing the pages' drawings short (shrink.go) is most of a form's parsing.
func canonObjects(hashes []string, raw map[string][]byte, known map[string]int) ([]objCode, error) {
	codes := make([]objCode, len(hashes))
	errs := make([]error, len(hashes))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(hashes)) {
		wg.Go(func() {
			for i := range next {
				codes[i], errs[i] = canonObject(raw[hashes[i]], known)
			}
		})
	}
	for i := range hashes {
		next <- i
	}
	close(next)
	wg.Wait()
	return codes, errors.Join(errs...)
}

// parseBlank imports every page of a blank form PDF.
//
// gofpdi does the PDF parsing (it panics on input it cannot read, hence the
// recover), but its output is not used as gofpdf would: gofpdf numbers imported
// objects in Go map order and gofpdi writes dictionary keys in map order, so a
// document would differ byte for byte between runs. Here the objects are
// canonicalised (canonObject) and numbered in the order a walk from page 1
// meets them; doc.go writes them after gofpdf's own objects.
func parseBlank(pdfBytes []byte) (bf *blankForm, err error) {
	defer func() {
		if r := recover(); r != nil {
			bf, err = nil, fmt.Errorf("blanketten kan inte läsas: %v", r)
		}
	}()
	if !startxrefRe.Match(pdfBytes[max(0, len(pdfBytes)-1500):]) || !bytes.HasPrefix(pdfBytes, []byte("%PDF-")) {
		// gofpdi looks for startxref in the last 1500 bytes and loops for ever
		// when it is not there.
		return nil, fmt.Errorf("blanketten är ingen hel PDF-fil")
	}
	imp := realgofpdi.NewImporter()
	var rs io.ReadSeeker = bytes.NewReader(pdfBytes)
	imp.SetSourceStream(&rs)
	n := imp.GetNumPages()
	if n < 1 {
		return nil, fmt.Errorf("blanketten har inga sidor")
	}
	sizes := imp.GetPageSizes()
	for p := 1; p <= n; p++ {
		imp.ImportPage(p, "/MediaBox")
	}
	names := imp.PutFormXobjectsUnordered() // "/GOFPDITPL<page-1>" -> placeholder
	raw := imp.GetImportedObjectsUnordered()

	hashes := make([]string, 0, len(raw))
	for h := range raw {
		hashes = append(hashes, h)
	}
	sort.Strings(hashes) // only to parse in a fixed order; numbering comes below
	known := make(map[string]int, len(hashes))
	for i, h := range hashes {
		known[h] = i
	}
	codes, err := canonObjects(hashes, raw, known)
	if err != nil {
		return nil, err
	}

	// Walk from each page in page order; an object's new index is when it is first met.
	newIdx := make([]int, len(hashes))
	for i := range newIdx {
		newIdx[i] = -1
	}
	var order []int
	var visit func(i int)
	visit = func(i int) {
		if newIdx[i] >= 0 {
			return
		}
		newIdx[i] = len(order)
		order = append(order, i)
		for _, r := range codes[i].refs {
			visit(r)
		}
	}
	bf = &blankForm{}
	for p := 1; p <= n; p++ {
		h, ok := names[fmt.Sprintf("/GOFPDITPL%d", p-1)]
		if !ok {
			return nil, fmt.Errorf("blankettens sida %d kunde inte importeras", p)
		}
		visit(known[h])
		box := sizes[p]["/MediaBox"]
		if box == nil || box["w"] <= 0 || box["h"] <= 0 {
			return nil, fmt.Errorf("blankettens sida %d saknar storlek", p)
		}
		bf.pages = append(bf.pages, blankPage{w: box["w"], h: box["h"], obj: newIdx[known[h]]})
	}
	bf.objs = make([]objCode, len(order))
	for ni, oi := range order {
		c := codes[oi]
		refs := make([]int, len(c.refs))
		for k, r := range c.refs {
			refs[k] = newIdx[r]
		}
		bf.objs[ni] = objCode{parts: c.parts, refs: refs}
	}
	for _, pg := range bf.pages {
		seen := map[int]bool{}
		var walk func(i int)
		walk = func(i int) {
			if seen[i] {
				return
			}
			seen[i] = true
			for _, r := range bf.objs[i].refs {
				walk(r)
			}
		}
		walk(pg.obj)
		var list []int
		for i := range seen {
			list = append(list, i)
		}
		sort.Ints(list)
		bf.reaches = append(bf.reaches, list)
	}
	return bf, nil
}
