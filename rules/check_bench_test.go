package rules

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// testPnr builds a valid 12-digit personnummer (Luhn over the last ten digits).
func testPnr(y, m, d, n int) string {
	short := fmt.Sprintf("%02d%02d%02d%03d", y%100, m, d, n)
	sum := 0
	for i := range 9 {
		v := int(short[i]-'0') * (2 - i%2)
		sum += v/10 + v%10
	}
	return fmt.Sprintf("%04d", y) + short[2:] + fmt.Sprint((10-sum%10)%10)
}

// largeProvider is a provider with 200 customers, each cared for around the clock
// in three shifts (07–15, 15–23, 23–07, moved by 0–15 minutes per customer) by 7
// or 8 of the 1,500 assistants in turn, and, for the customers with dubbelassistans,
// an extra day shift every day: about 20,000 shifts in October
// 2026 and as many in each of July, August and September, the months the ATL
// periods reach back to.
func largeProvider() MonthData {
	rng := rand.New(rand.NewPCG(1, 2))
	d := MonthData{Month: oct, Today: D(2026, 11, 10), Settings: DefaultSettings(),
		Providers: []Provider{{Orgnr: orgnr, Name: "Stora Assistans AB", Kind: Privat, IVOFrom: D(2015, 1, 1),
			FSkatt: Yes, EmployerRegistered: Yes, PermitGroup: [3]Flag{Yes, Yes, No}, PermitChildren: Yes, PermitAdults: Yes}}}
	const nCust, nAsst = 200, 1500
	custs := make([]string, nCust)
	for i := range custs {
		custs[i] = testPnr(1940+i%70, 1+i%12, 1+i%28, 100+i)
		d.Customers = append(d.Customers, Customer{Pnr: custs[i], Name: "Kund", Personkrets: 1 + i%2})
		d.Decisions = append(d.Decisions, Decision{Customer: custs[i], From: D(2025, 1, 1),
			HoursPerWeekCenti: 16800, HourlyAmount: Kr(332, 60), HigherAmount: i%10 == 0, DoubleAssistance: i%5 == 0})
	}
	assts := make([]string, nAsst)
	for i := range assts {
		assts[i] = testPnr(1960+i%40, 1+i%12, 1+i%28, 100+i%800)
		regime := []Regime{ATL, Husligt, Avtal}[i%3]
		d.Assistants = append(d.Assistants, Assistant{Pnr: assts[i], Regime: regime, PeriodStart: D(2026, 1, 5)})
		d.Assignments = append(d.Assignments, Assignment{Assistant: assts[i], Customer: custs[i%nCust],
			ProviderOrgnr: orgnr, Employer: EmployerProvider, Reported3066: D(2025, 1, 1)})
	}
	slots := [][2]int{{7 * 60, 15 * 60}, {15 * 60, 23 * 60}, {23 * 60, 7 * 60}}
	for c := range nCust {
		team := []string{}
		for a := c; a < nAsst; a += nCust {
			team = append(team, assts[a])
		}
		turn, shift := rng.IntN(len(team)), rng.IntN(16)
		for day := D(2026, 7, 1); day.Before(D(2026, 11, 1)); day = day.AddDays(1) {
			for _, sl := range slots {
				kind := Aktiv
				if sl[0] == 23*60 && rng.IntN(2) == 0 {
					kind = Vantetid
				}
				d.Shifts = append(d.Shifts, Shift{Assistant: team[turn%len(team)], Customer: custs[c], Date: day,
					Start: Clock(sl[0] + shift), End: Clock(sl[1] + shift), Kind: kind})
				turn++
			}
			if d.Decisions[c].DoubleAssistance {
				d.Shifts = append(d.Shifts, Shift{Assistant: team[rng.IntN(len(team))], Customer: custs[c], Date: day,
					Start: Clock(9*60 + rng.IntN(120)), End: Clock(14*60 + rng.IntN(120)), Kind: Aktiv})
			}
		}
	}
	for i := range d.Shifts {
		d.Shifts[i].ID = int64(i + 1)
	}
	return d
}

func BenchmarkCheckLargeProvider(b *testing.B) {
	d := largeProvider()
	inMonth := 0
	for _, s := range d.Shifts {
		if oct.Contains(s.Date) {
			inMonth++
		}
	}
	var n int
	for b.Loop() {
		n = len(Check(d))
	}
	b.ReportMetric(float64(inMonth), "month_shifts")
	b.ReportMetric(float64(len(d.Shifts)), "shifts")
	b.ReportMetric(float64(n), "findings")
}
