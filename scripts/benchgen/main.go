// Command benchgen writes the CSV files of a large made-up provider for
// scripts/bench: by default 200 customers, 1,500 assistants and twelve months
// of shifts from -from on (about 240,000), the same on every run for the same seed.
//
//	go run ./scripts/benchgen -out DIR -from YYYY-MM [-months 12] [-seed 1] [-customers 200] [-assistants 1500]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"assistans/data/csvfile"
	"assistans/internal/bigoffice"
	"assistans/rules"
)

// Import order: every file refers only to records of the files before it.
var kinds = []string{"providers", "customers", "decisions", "assistants", "assignments", "shifts"}

func main() {
	out := flag.String("out", "", "folder to write the CSV files in")
	seed := flag.Uint64("seed", 1, "random seed")
	nc := flag.Int("customers", 200, "customers")
	na := flag.Int("assistants", 1500, "assistants")
	from := flag.String("from", "", "first month of shifts, YYYY-MM")
	months := flag.Int("months", 12, "months of shifts")
	flag.Parse()
	first, err := rules.ParseMonth(*from)
	if *out == "" || err != nil || *months < 1 || *nc < 1 || *na < 7**nc {
		fmt.Fprintln(os.Stderr, "usage: benchgen -out DIR -from YYYY-MM [-months N] [-seed N] [-customers N] [-assistants N ≥ 7×customers]")
		os.Exit(2)
	}
	b := bigoffice.Generate(*seed, *nc, *na, first.First(), first.First().AddMonths(*months))
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	for i, k := range kinds {
		var buf bytes.Buffer
		if err := csvfile.Write(k, &buf, b); err != nil {
			fail(err)
		}
		// Numbered so that a shell glob lists them in import order.
		if err := os.WriteFile(filepath.Join(*out, fmt.Sprintf("%d-%s.csv", i+1, k)), buf.Bytes(), 0o644); err != nil {
			fail(err)
		}
	}
	fmt.Printf("%d customers, %d assistants, %d shifts\n", len(b.Customers), len(b.Assistants), len(b.Shifts))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "benchgen:", err)
	os.Exit(1)
}
