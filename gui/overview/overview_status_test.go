package overview

import (
	"context"
	"slices"
	"testing"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestOverviewStatusColumns(t *testing.T) {
	b := guitest.SmallBatch()
	b.Decisions[0].HourlyAmount = 33260
	st := guitest.OpenStore(t, b)
	if err := st.RecordPrinted(context.Background(), []rules.PrintedTotals{{Customer: guitest.PnrAnna, Month: guitest.October,
		Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}}}, ""); err != nil {
		t.Fatal(err)
	}
	s := guitest.NewSession(t, st)
	o := New(s)
	if got := o.states.cells(guitest.PnrAnna); !slices.Equal(got, []string{"…", "…", "…"}) {
		t.Errorf("while the check runs: %q", got)
	}
	guitest.Settle(s)
	// Anna: printed as she stands, 46 days to 2026-12-05, 3 462,60 kr (TestMonthStatuses).
	// Bertil: time and nothing blocking, no hourly amount. Cecilia: no time.
	want := [][]string{
		{"utskriven", "46 dagar kvar", "3 463 kr"},
		{"klar", "46 dagar kvar", "–"},
		{"ej påbörjad", "–", "–"},
		{"", "", "3 463 kr"},
	}
	if len(o.rows) != len(want) {
		t.Fatalf("rows %q", o.rows)
	}
	for i, w := range want {
		if got := o.rows[i][7:]; !slices.Equal(got, w) {
			t.Errorf("row %d (%s): %q, want %q", i, o.rows[i][0], got, w)
		}
	}
	if got := o.headers[7:]; !slices.Equal(got, []string{"Status", "Tid kvar till FK", "Uppskattad ersättning"}) {
		t.Errorf("headers %q", got)
	}
}

func TestEstimateText(t *testing.T) {
	for ore, want := range map[rules.Ore]string{346260: "3 463 kr", 346249: "3 462 kr", 346250: "3 463 kr", 0: "0 kr", 39250609: "392 506 kr", -150: "-2 kr"} {
		if got := estimateText(ore); got != want {
			t.Errorf("estimateText(%d) = %q, want %q", ore, got, want)
		}
	}
}
