package data

import (
	"fmt"
	"testing"

	"assistans/rules"
)

// planBatch is a large office's plan: 200 customers, each with a two-week
// rotation round the clock (07–15, 15–22 and 22–07 every day, 42 rows) worked
// by six assistants of its own (1,200), and 100 sick days with a replacement.
// Laid on October 2026 it makes 200 × 31 × 3 = 18,600 shifts.
func planBatch() rules.Batch {
	var b rules.Batch
	times := [3][2]rules.Clock{{7 * 60, 15 * 60}, {15 * 60, 22 * 60}, {22 * 60, 7 * 60}}
	for c := range 200 {
		cust := fmt.Sprintf("1950%08d", c)
		b.Customers = append(b.Customers, rules.Customer{Pnr: cust, Name: "Kund"})
		for k := range 6 {
			b.Assistants = append(b.Assistants, rules.Assistant{Pnr: fmt.Sprintf("1990%08d", c*6+k), Regime: rules.ATL})
		}
		for week := 1; week <= 2; week++ {
			for wd := 1; wd <= 7; wd++ {
				for i, t := range times {
					b.Schedules = append(b.Schedules, rules.ScheduleShift{Customer: cust, From: rules.D(2026, 9, 28), Weeks: 2,
						Week: week, Weekday: wd, Start: t[0], End: t[1], Kind: rules.Aktiv,
						Assistant: fmt.Sprintf("1990%08d", c*6+(week-1)*3+i)})
				}
			}
		}
	}
	for i := range 100 {
		a := i * 12 // the first assistant of every other customer
		b.Absences = append(b.Absences, rules.Absence{Assistant: fmt.Sprintf("1990%08d", a), Date: rules.D(2026, 10, 1+i%28),
			Reason: rules.Sjuk, Replacement: fmt.Sprintf("1990%08d", a+3)})
	}
	return b
}

// BenchmarkLaySchedule lays the large plan on October in an empty month: one
// transaction creating 18,600 shifts with their audit rows.
func BenchmarkLaySchedule(b *testing.B) {
	plan := planBatch()
	oct := rules.Month{Year: 2026, Month: 10}
	for b.Loop() {
		b.StopTimer()
		s := openTest(b)
		must(b, s.Apply(ctx, plan))
		b.StartTimer()
		res, err := s.LaySchedule(ctx, oct, "")
		if err != nil {
			b.Fatal(err)
		}
		if res.Created != 18600 {
			b.Fatalf("created %d, want 18600", res.Created)
		}
	}
}
