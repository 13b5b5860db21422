package data

import (
	"fmt"
	"testing"

	"assistans/rules"
)

// bigBatch is a large office: 200 customers, 1,500 assistants and 20,000
// shifts a month for the five months June–October 2026. The assistants' regimes
// cycle through husligt, ATL and avtal (Fremia, 6-month periods from 2026-01-01),
// so October's checks need the shifts of July–October: 80,000.
func bigBatch() rules.Batch {
	var b rules.Batch
	for i := range 200 {
		pnr := fmt.Sprintf("1950%08d", i)
		b.Customers = append(b.Customers, rules.Customer{Pnr: pnr, Name: "Kund"})
		b.Decisions = append(b.Decisions, rules.Decision{Customer: pnr, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 16800})
	}
	regimes := []rules.Regime{rules.Husligt, rules.ATL, rules.Avtal}
	for i := range 1500 {
		pnr := fmt.Sprintf("1990%08d", i)
		b.Assistants = append(b.Assistants, rules.Assistant{Pnr: pnr, Name: "Assistent", Regime: regimes[i%3],
			PeriodStart: rules.D(2026, 1, 1), CollectiveAgreement: regimes[i%3] == rules.Avtal})
		b.Assignments = append(b.Assignments, rules.Assignment{Assistant: pnr, Customer: b.Customers[i%200].Pnr})
	}
	for m := (rules.Month{Year: 2026, Month: 6}); m.Month <= 10; m = m.Next() {
		for i := range 20000 {
			a := i % 1500
			b.Shifts = append(b.Shifts, rules.Shift{
				Assistant: b.Assistants[a].Pnr, Customer: b.Customers[a%200].Pnr,
				Date:  m.First().AddDays(2 * (i / 1500)), // 14 shifts a month, every other day
				Start: 7 * 60, End: 15 * 60, Kind: rules.Aktiv,
			})
		}
	}
	return b
}

func BenchmarkMonthData(b *testing.B) {
	s := openTest(b)
	must(b, s.Apply(ctx, bigBatch()))
	oct := rules.Month{Year: 2026, Month: 10}
	for b.Loop() {
		md, err := s.MonthData(ctx, oct, rules.D(2026, 11, 20))
		if err != nil {
			b.Fatal(err)
		}
		if len(md.Shifts) != 80000 || len(md.Assistants) != 1500 {
			b.Fatalf("loaded %d shifts and %d assistants, want 80000 and 1500", len(md.Shifts), len(md.Assistants))
		}
	}
}

func BenchmarkApply(b *testing.B) {
	batch := bigBatch()
	for b.Loop() {
		b.StopTimer()
		s := openTest(b)
		b.StartTimer()
		must(b, s.Apply(ctx, batch))
	}
}
