package csvfile

import (
	"bytes"
	"fmt"
	"testing"

	"assistans/rules"
)

// shiftFile is a shifts file of n rows spread over 20 assistants and 5 customers.
func shiftFile(n int) []byte {
	var buf bytes.Buffer
	buf.WriteString("assistant_pnr;customer_pnr;date;start;end;kind\n")
	assts := []string{asstA, asstS}
	custs := []string{custA, custB}
	d := rules.D(2000, 1, 1)
	for i := range n {
		fmt.Fprintf(&buf, "%s;%s;%s;%02d:%02d;15:00;aktiv\n", assts[i%2], custs[(i/2)%2], d.AddDays(i/1440), (i%1440)/60, i%60)
	}
	return buf.Bytes()
}

// BenchmarkReadShifts reads a 10 000-row shifts file; a 100 MB file is about
// 1.8 million such rows, so multiply by 180 for its time.
func BenchmarkReadShifts(b *testing.B) {
	data := shiftFile(10000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("shifts", "p.csv", bytes.NewReader(data), today); err != nil {
			b.Fatal(err)
		}
	}
}
