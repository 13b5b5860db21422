package data

import (
	"testing"

	"assistans/rules"
)

// BenchmarkSaveOne is one small change as the window makes it: a transaction
// with one record and its audit row, the commit synced (synchronous=FULL) and
// the anchor rewritten.
func BenchmarkSaveOne(b *testing.B) {
	s := openTest(b)
	names := []string{"Karl", "Karl K"}
	i := 0
	for b.Loop() {
		must(b, s.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: names[i%2]}))
		i++
	}
}

// BenchmarkVerify is verify over bigBatch: 100,000 shifts and their registers,
// each compared with its audit row, and the chain walked.
func BenchmarkVerify(b *testing.B) {
	s := openTest(b)
	must(b, s.Apply(ctx, bigBatch()))
	for b.Loop() {
		found, err := s.Verify(ctx)
		if err != nil || len(found) != 0 {
			b.Fatal(found, err)
		}
	}
}

// BenchmarkOpenLarge is opening a database of bigBatch's size, quick_check included.
func BenchmarkOpenLarge(b *testing.B) {
	s := openTest(b)
	must(b, s.Apply(ctx, bigBatch()))
	path := s.Path()
	for b.Loop() {
		o, err := Open(path)
		must(b, err)
		must(b, o.Close())
	}
}
