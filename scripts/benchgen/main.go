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
	"math/rand/v2"
	"os"
	"path/filepath"
	"time"

	"assistans/data/csvfile"
	"assistans/rules"
)

// provider is a valid organisationsnummer (the demo's).
const provider = "5592478134"

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
	b := generate(rand.New(rand.NewPCG(*seed, 0)), *nc, *na, first.First(), first.First().AddMonths(*months))
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

// pnr makes a valid 12-digit personnummer from a birth date and a serial number.
func pnr(born rules.Date, serial int) string {
	s := fmt.Sprintf("%04d%02d%02d%03d", born.Year, int(born.Month), born.Day, serial%1000)
	sum := 0
	for i, c := range s[2:] { // the check digit covers YYMMDDNNN
		d := int(c - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + fmt.Sprint((10-sum%10)%10)
}

func hm(h, m int) rules.Clock { return rules.Clock(h*60 + m) }

// generate builds the register. Customer i has a pool of 7 or 8 assistants of
// its own and three shifts a day (07–15 and 15–22 aktiv, a night 22–07 of
// väntetid or beredskap), three in ten customers a fourth (09–14 aktiv, double
// assistance). Slots go round the pool, so no assistant has two shifts at once.
// The shifts are dated first up to, not including, end.
func generate(r *rand.Rand, nc, na int, first, end rules.Date) rules.Batch {
	b := rules.Batch{Providers: []rules.Provider{{
		Orgnr: provider, Name: "Storskogens Assistans AB", Kind: rules.Privat, Contact: "Kontoret", Phone: "08-123 456",
		IVOFrom: rules.D(2015, 1, 1), FSkatt: rules.Yes, EmployerRegistered: rules.Yes,
		PermitGroup: [3]rules.Flag{rules.Yes, rules.Yes, rules.Yes}, PermitChildren: rules.Yes, PermitAdults: rules.Yes,
	}}}
	for i := range na {
		born := rules.D(1965, time.January, 1).AddDays(i * 9) // the last born 2001, of age
		regime := []rules.Regime{rules.ATL, rules.Avtal, rules.Avtal}[r.IntN(3)]
		b.Assistants = append(b.Assistants, rules.Assistant{Pnr: pnr(born, 238+i%5), Name: fmt.Sprintf("Assistent %04d", i+1),
			Address: fmt.Sprintf("Gatan %d, 111 22 Stockholm", i%90+1), Regime: regime, PeriodStart: first,
			CollectiveAgreement: regime == rules.Avtal})
	}
	start := 0
	for i := range nc {
		born := rules.D(1940, time.January, 1).AddDays(i * 150)
		c := rules.Customer{Pnr: pnr(born, 402+i%5), Name: fmt.Sprintf("Kund %03d", i+1), Personkrets: 1 + i%2}
		b.Customers = append(b.Customers, c)
		double := i%10 < 3
		hours := int64(12600) // 126 h a week: 18 h a day
		if double {
			hours = 16100
		}
		b.Decisions = append(b.Decisions, rules.Decision{Customer: c.Pnr, From: first.AddMonths(-6),
			HoursPerWeekCenti: hours, HourlyAmount: rules.Kr(340, 0), DoubleAssistance: double})
		// Pools take 8 assistants while there are more than 7 per remaining customer.
		n := 7
		if na-start > 7*(nc-i) {
			n = 8
		}
		pool := b.Assistants[start : start+n]
		start += n
		for _, a := range pool {
			b.Assignments = append(b.Assignments, rules.Assignment{Assistant: a.Pnr, Customer: c.Pnr, ProviderOrgnr: provider,
				Employer: rules.EmployerProvider, EmployedFrom: first.AddMonths(-7), Reported3066: first.AddMonths(-7).AddDays(-7)})
		}
		nightKind := rules.Vantetid
		if r.IntN(4) == 0 {
			nightKind = rules.Beredskap
		}
		slots := [][3]int{{7, 15, 0}, {15, 22, 0}, {22, 7, 1}}
		if double {
			slots = append(slots, [3]int{9, 14, 0})
		}
		k := r.IntN(n)
		for d := first; d.Before(end); d = d.AddDays(1) {
			for _, s := range slots {
				kind := rules.Aktiv
				if s[2] == 1 {
					kind = nightKind
				}
				// Now and then a shift starts a quarter late or ends a quarter early.
				from, to := hm(s[0], 0), hm(s[1], 0)
				switch r.IntN(20) {
				case 0:
					from += 15
				case 1:
					to -= 15
				}
				b.Shifts = append(b.Shifts, rules.Shift{Assistant: pool[k%n].Pnr, Customer: c.Pnr, Date: d, Start: from, End: to, Kind: kind})
				k++
			}
		}
	}
	return b
}
