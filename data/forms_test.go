package data

import (
	"context"
	"testing"
	"time"

	"assistans/data/demo"
	"assistans/rules"
)

// For every customer of the demo's October, the 3057's totals equal the sum of
// its 3059s, and both equal what `assistans totals` reports; computed from the
// store, nothing read back from a PDF. Märta's figures are counted by hand from
// the rosters in data/demo: aktiv 07–15 and 15–22 every day (31 × 15 h = 27 900
// min, Oskar's cover day on 10-11 included); väntetid 9060 (Fatima) + 7620
// (Oskar) = 16 680.
func TestMonthForms3057EqualsSumOf3059s(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	must(t, s.Apply(ctx, demo.Batch()))
	oct := rules.Month{Year: 2026, Month: time.October}
	totals, err := s.Totals(ctx, oct)
	must(t, err)
	if len(totals) != 4 {
		t.Fatalf("%d customers with October time, want 4", len(totals))
	}
	for _, ct := range totals {
		r3057, r3059s, err := s.MonthForms(ctx, oct, ct.Customer)
		must(t, err)
		var sum rules.Totals
		for _, r := range r3059s {
			sum = sum.Plus(r.Totals)
			shifts := 0
			for _, sh := range r.Shifts {
				shifts += sh.MinutesIn(oct)
			}
			if shifts != r.Totals.Sum() {
				t.Errorf("%s/%s: the 3059's rows add up to %d min, its totals to %d", ct.Customer, r.Assistant.Pnr, shifts, r.Totals.Sum())
			}
		}
		if r3057.Totals != sum || sum != ct.Totals {
			t.Errorf("%s: 3057 %+v, sum of 3059s %+v, totals %+v", ct.Customer, r3057.Totals, sum, ct.Totals)
		}
		if ct.Customer == "194208193823" && (r3057.Totals != rules.Totals{Aktiv: 27900, Vantetid: 16680}) {
			t.Errorf("Märta's 3057: %+v, want aktiv 27900, väntetid 16680", r3057.Totals)
		}
	}
}
