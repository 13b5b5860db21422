package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"assistans/assets"
)

// Each blank form's cache in assets/forms equals a fresh parse of the blank;
// go test -update writes them anew.
func TestFormCaches(t *testing.T) {
	for _, name := range []string{Form3057, Form3059, Form3066} {
		m, err := loadFieldMap(assets.FS, name)
		if err != nil {
			t.Fatal(err)
		}
		src, err := assets.FS.ReadFile("forms/" + m.Template)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := parseBlank(src)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			b, err := encodeBlank(src, fresh)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join("..", "..", "assets", cachePath(m.Template)), b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		cached := cachedBlank(assets.FS, m.Template, src)
		if cached == nil || !sameBlank(cached, fresh) {
			t.Errorf("%s: the cache is missing or stale; run go test -update in data/pdf", cachePath(m.Template))
		}
	}
}

// sameBlank compares two parsed blanks, an empty slice equal to a nil one
// (encoding/gob does not tell them apart).
func sameBlank(a, b *blankForm) bool {
	if !reflect.DeepEqual(a.pages, b.pages) || len(a.objs) != len(b.objs) || len(a.reaches) != len(b.reaches) {
		return false
	}
	for i := range a.reaches {
		if !slices.Equal(a.reaches[i], b.reaches[i]) {
			return false
		}
	}
	for i, o := range a.objs {
		p := b.objs[i]
		if !slices.Equal(o.refs, p.refs) || !slices.EqualFunc(o.parts, p.parts, bytes.Equal) {
			return false
		}
	}
	return true
}

// A cache made from another blank, or damaged, is not used.
func TestFormCacheRefused(t *testing.T) {
	m, err := loadFieldMap(assets.FS, Form3066)
	if err != nil {
		t.Fatal(err)
	}
	src, _ := assets.FS.ReadFile("forms/" + m.Template)
	good, _ := assets.FS.ReadFile(cachePath(m.Template))
	if cachedBlank(assets.FS, m.Template, src) == nil {
		t.Fatal("the cache of the 3066 is not read")
	}
	other := append([]byte(nil), src...)
	other[len(other)/2] ^= 1
	if cachedBlank(assets.FS, m.Template, other) != nil {
		t.Error("a cache was used for another blank")
	}
	for _, bad := range [][]byte{good[:len(good)/2], []byte(strings.Repeat("x", 100)), nil} {
		fsys := fstest.MapFS{cachePath(m.Template): {Data: bad}}
		if cachedBlank(fsys, m.Template, src) != nil {
			t.Errorf("a damaged cache (%d bytes) was used", len(bad))
		}
	}
}
