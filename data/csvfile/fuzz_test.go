package csvfile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzRead feeds any bytes to every kind: Read must never panic, and whatever it
// accepts must survive Write → Read unchanged.
func FuzzRead(f *testing.F) {
	for i, kind := range Kinds {
		var buf bytes.Buffer
		if err := Write(kind, &buf, fullBatch()); err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(i), buf.Bytes())
		f.Add(uint8(i), []byte(strings.ReplaceAll(buf.String(), ";", ",")))
	}
	f.Add(uint8(1), []byte("pnr,name\n451212-1239,\"a\"\"b\"\n"))
	f.Add(uint8(5), []byte("assistant_pnr;customer_pnr;date;start;end;kind\n199001011239;194512121239;2026-10-24;22:00;07:00;v\n"))
	f.Fuzz(func(t *testing.T, k uint8, data []byte) {
		kind := Kinds[int(k)%len(Kinds)]
		b, err := Read(kind, "f.csv", bytes.NewReader(data), today)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Write(kind, &buf, b); err != nil {
			t.Fatal(err)
		}
		again, err := Read(kind, "f.csv", &buf, today)
		if err != nil {
			t.Fatalf("written file refused: %v\n%q", err, buf.String())
		}
		if !reflect.DeepEqual(again, b) {
			t.Fatalf("round trip changed the records:\n%+v\n%+v", b, again)
		}
	})
}
