package pdf

import (
	"reflect"
	"strings"
	"sync"
	"testing"

	"assistans/assets"
	"io/fs"
)

func TestCanonObject(t *testing.T) {
	h1 := strings.Repeat("a", 40)
	h2 := strings.Repeat("b", 40)
	known := map[string]int{h1: 0, h2: 1}
	// As gofpdi writes it: keys in any order, references as placeholders.
	in := "<</XObject <</Image1 " + h2 + " 0 R >>/Font <</F1 " + h1 + " 0 R /F2 [1 2.5 (a\\)b) <0A>]>>>>\nendobj\n"
	c, err := canonObject([]byte(in), known)
	if err != nil {
		t.Fatal(err)
	}
	want := objCode{
		parts: [][]byte{[]byte("<</Font <</F1 "), []byte(" 0 R /F2 [1 2.5 (a\\)b) <0A>]>> /XObject <</Image1 "), []byte(" 0 R>>>>\nendobj\n")},
		refs:  []int{0, 1},
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got %q %v\nwant %q %v", c.parts, c.refs, want.parts, want.refs)
	}

	// A stream keeps its bytes, and its /Length becomes their count.
	c, err = canonObject([]byte("<</Length "+h1+" 0 R /Filter /FlateDecode>>stream\nAB>>C\nendstream\nendobj\n"), known)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(c.parts[0]); len(c.refs) != 0 || got != "<</Filter /FlateDecode /Length 5>>\nstream\nAB>>C\nendstream\nendobj\n" {
		t.Errorf("stream: %q %v", got, c.refs)
	}

	for _, bad := range []string{"<</A 1", "<<1 2>>\nendobj\n", "(abc", "<</A 1>>stream\nxx", "<</A 1>>"} {
		if _, err := canonObject([]byte(bad), known); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// gofpdi's output changes with Go's map order on every parse; the canonical
// objects must not.
func TestParseBlankStable(t *testing.T) {
	b, err := fs.ReadFile(assets.FS, "forms/"+Form3059+".pdf")
	if err != nil {
		t.Fatal(err)
	}
	first, err := parseBlank(b)
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		again, err := parseBlank(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(first, again) {
			t.Fatal("two parses of the same blank form differ")
		}
	}
	if len(first.pages) != 3 || first.pages[0].obj != 0 {
		t.Errorf("pages %+v", first.pages)
	}
}

func TestParseBlankBad(t *testing.T) {
	for _, in := range []string{"", "%PDF-1.4\n", "not a pdf at all", "%PDF-1.4\nstartxref\n9\n%%EOF\n"} {
		if _, err := parseBlank([]byte(in)); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

func TestConcurrentWrites(t *testing.T) {
	var wg sync.WaitGroup
	out := make([][]byte, 4)
	for i := range out {
		wg.Go(func() {
			var b strings.Builder
			if err := Write3059(&b, report3059()); err != nil {
				t.Error(err)
			}
			out[i] = []byte(b.String())
		})
	}
	wg.Wait()
	for i := range out {
		if !reflect.DeepEqual(out[i], out[0]) {
			t.Errorf("write %d differs", i)
		}
	}
}
