package csvfile

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
	"assistans/rules/say"
)

// The files in testdata/hostile are what offices really send by mistake, and
// what someone might send on purpose. Each must give a clear Swedish message
// naming the file and line, or, for formula injection, import as written and be
// exported harmless.

func readHostile(t *testing.T, kind, name string) (rules.Batch, error) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
	if err != nil {
		t.Fatal(err)
	}
	return Read(kind, name, bytes.NewReader(b), today)
}

func TestHostileFilesRefusedClearly(t *testing.T) {
	tests := []struct{ file, want string }{
		{"latin1.csv", "latin1.csv:2: " + say.Reason(say.Swedish, rules.Because(rules.NotUTF8))},
		{"empty.csv", "empty.csv: filen är tom; första raden ska namnge kolumnerna: pnr;name;representative_name;representative_pnr;representative_role;personkrets"},
		// 451212-1239 is 194512121239 written short.
		{"duplicate_keys.csv", `duplicate_keys.csv:3: kolumn pnr: "451212-1239": samma nyckel som rad 2; en nyckel får bara finnas på en rad`},
		{"too_many_fields.csv", "too_many_fields.csv:2: raden har 4 fält men rubrikraden har 2; kontrollera avgränsare och citattecken"},
		// A name of 50 000 Ä: the message shows the first 40 and the length.
		{"huge_line.csv", `huge_line.csv:2: kolumn name: "` + strings.Repeat("Ä", 40) + `"… (50000 tecken): värdet är för långt; en cell får ha högst 1000 tecken`},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := readHostile(t, "customers", tc.file)
			if got := errorsOf(t, err).Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if len(b.Customers) != 0 {
				t.Errorf("a refused file returned %d customers", len(b.Customers))
			}
		})
	}
}

func TestHostileFormulaInjection(t *testing.T) {
	b, err := readHostile(t, "customers", "injection.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Imported exactly as written: the text is a name, not a formula.
	want := []rules.Customer{
		{Pnr: "194512121239", Name: "=cmd|' /C calc'!A0", RepresentativeName: "+1"},
		{Pnr: "196811023339", Name: "@SUM(1)", RepresentativeName: "-2+3"},
	}
	if !reflect.DeepEqual(b.Customers, want) {
		t.Fatalf("got %+v\nwant %+v", b.Customers, want)
	}
	var out bytes.Buffer
	if err := Write("customers", &out, b); err != nil {
		t.Fatal(err)
	}
	// Exported with a ' in front, which Excel shows as text and never runs.
	wantFile := bom + "pnr;name;representative_name;representative_pnr;representative_role;personkrets\r\n" +
		"194512121239;'=cmd|' /C calc'!A0;'+1;;;\r\n" +
		"196811023339;'@SUM(1);'-2+3;;;\r\n"
	if out.String() != wantFile {
		t.Errorf("export\n%q\nwant\n%q", out.String(), wantFile)
	}
	// And the export reads back to the same names.
	again, err := Read("customers", "export.csv", &out, today)
	if err != nil || !reflect.DeepEqual(again.Customers, want) {
		t.Errorf("re-import: %+v, %v", again.Customers, err)
	}
}

// Every hostile file, and a few made here, read as every kind: no panic, and
// every message line short enough to show in a dialog.
func TestHostileEveryKind(t *testing.T) {
	files := map[string][]byte{
		"long header":    []byte(strings.Repeat("pnr;", 20000) + "\n"),
		"long bad id":    []byte("pnr;name\n" + strings.Repeat("1", 1<<20) + ";Bo\n"),
		"long nameless":  []byte("pnr;name;\n194512121239;Bo;" + strings.Repeat("x", 1<<20) + "\n"),
		"zip":            []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xb5U\x8a\x1f\x9c\x01\x00\x00\n\x9c\x01\x00\x00"),
		"nul bytes":      bytes.Repeat([]byte{0}, 4096),
		"unclosed quote": []byte("pnr;name\n194512121239;\"" + strings.Repeat("A", 1<<16)),
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("testdata", "hostile", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	for name, content := range files {
		for _, kind := range Kinds {
			_, err := Read(kind, "f.csv", bytes.NewReader(content), today)
			if err == nil {
				continue
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if len(line) > 500 {
					t.Errorf("%s as %s: a message line of %d bytes: %.120s…", name, kind, len(line), line)
				}
				if !strings.HasPrefix(line, "f.csv") {
					t.Errorf("%s as %s: message does not name the file: %.120s", name, kind, line)
				}
			}
		}
	}
}

// shiftRows streams a shifts file of at least size bytes, row by row, counting
// its rows: the 100 MB files below are never held whole in memory.
type shiftRows struct {
	size, written int
	rows          int
	pending       []byte
}

func (r *shiftRows) Read(p []byte) (int, error) {
	for len(r.pending) == 0 {
		switch {
		case r.written == 0:
			r.pending = []byte("assistant_pnr;customer_pnr;date;start;end;kind\n")
		case r.written >= r.size:
			return 0, io.EOF
		default:
			// One row a minute from 1 January 2000: every key is new.
			i := r.rows
			r.pending = fmt.Appendf(nil, "%s;%s;%s;%02d:%02d;23:59;aktiv\n",
				[]string{asstA, asstS}[i%2], []string{custA, custB}[i/2%2], rules.D(2000, 1, 1).AddDays(i/1440), i%1440/60, i%60)
			r.rows++
		}
		r.written += len(r.pending)
	}
	n := copy(p, r.pending)
	r.pending = r.pending[n:]
	return n, nil
}

// bigTests runs the 100 MB cases only when asked: they take seconds and memory.
func bigTests(t *testing.T) {
	if testing.Short() || os.Getenv("ASSISTANS_BIG_TESTS") == "" {
		t.Skip("set ASSISTANS_BIG_TESTS=1 to read 100 MB files")
	}
}

func TestHostileHundredMegabyteFile(t *testing.T) {
	bigTests(t)
	r := &shiftRows{size: 100 << 20}
	b, err := Read("shifts", "stor.csv", r, today)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Shifts) != r.rows || r.rows < 1_500_000 {
		t.Errorf("read %d shifts of %d", len(b.Shifts), r.rows)
	}
}

func TestHostileHundredMegabyteLine(t *testing.T) {
	bigTests(t)
	file := io.MultiReader(strings.NewReader("pnr;name\n194512121239;"),
		io.LimitReader(repeatByte('A'), 100<<20), strings.NewReader("\n"))
	_, err := Read("customers", "rad.csv", file, today)
	want := `rad.csv:2: kolumn name: "` + strings.Repeat("A", 40) + `"… (104857600 tecken): värdet är för långt; en cell får ha högst 1000 tecken`
	if got := errorsOf(t, err).Error(); got != want {
		t.Errorf("got %.300s", got)
	}
}

type repeatByte byte

func (c repeatByte) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}
