// Package bigoffice makes a large made-up provider for benchmarks and
// scripts/bench: 200 customers, 1,500 assistants and three or four shifts a day
// per customer, the same for the same seed.
package bigoffice

import (
	"fmt"
	"math/rand/v2"
	"time"

	"assistans/rules"
)

// Provider is a valid organisationsnummer (the demo's).
const Provider = "5592478134"

// Large is the provider of scripts/bench: 200 customers, 1,500 assistants and
// twelve months of shifts from the month first on (about 240,000 shifts).
func Large(first rules.Month) rules.Batch {
	return Generate(1, 200, 1500, first.First(), first.First().AddMonths(12))
}

// Generate is the provider of seed with nc customers and na ≥ 7×nc assistants,
// its shifts dated first up to, not including, end.
func Generate(seed uint64, nc, na int, first, end rules.Date) rules.Batch {
	return generate(rand.New(rand.NewPCG(seed, 0)), nc, na, first, end)
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
		Orgnr: Provider, Name: "Storskogens Assistans AB", Kind: rules.Privat, Contact: "Kontoret", Phone: "08-123 456",
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
			b.Assignments = append(b.Assignments, rules.Assignment{Assistant: a.Pnr, Customer: c.Pnr, ProviderOrgnr: Provider,
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
