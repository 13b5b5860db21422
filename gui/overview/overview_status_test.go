package overview

import (
	"context"
	"slices"
	"testing"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestMonthStatuses(t *testing.T) {
	b := guitest.BlockedBatch()
	b.Decisions[0].HourlyAmount = 33260
	st := guitest.OpenStore(t, b)
	ctx := context.Background()
	if err := st.RecordPrinted(ctx, []rules.PrintedTotals{{Customer: guitest.PnrAnna, Month: guitest.October,
		Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}}}, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkSent(ctx, guitest.PnrBertil, guitest.October, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	md, err := st.MonthData(ctx, guitest.October, guitest.TestToday)
	if err != nil {
		t.Fatal(err)
	}
	got := monthStatuses(md, rules.Check(md))
	// Deadline 2026-12-05 from 2026-10-20: 11 days left of October + 30 of November + 5 = 46.
	// Anna's payment: (480 × 28 + 270 × 7 + 540 × 4) / 28 min = 17 490 / 28 min;
	// × 332,60 kr / 60 = 17 490 × 33 260 / 1 680 öre = 346 260,36 → 3 462,60 kr.
	want := map[string]monthStatus{
		guitest.PnrAnna:    {kind: statusPrinted, daysLeft: 46, showDays: true, payment: 346260, hasPayment: true},
		guitest.PnrBertil:  {kind: statusSent, daysLeft: 46},
		guitest.PnrCecilia: {kind: statusToFix, daysLeft: 46, showDays: true},
		guitest.PnrDagny:   {kind: statusNotStarted, daysLeft: 46},
	}
	for pnr, w := range want {
		if got[pnr] != w {
			t.Errorf("%s: %+v, want %+v", pnr, got[pnr], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d statuses, want %d", len(got), len(want))
	}
}

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
	if got := o.rows[0][7:]; !slices.Equal(got, []string{"…", "…", "…"}) {
		t.Errorf("while the check runs: %q", got)
	}
	guitest.Settle(s)
	// Anna: printed as she stands, 46 days to 2026-12-05, 3 462,60 kr (TestMonthStatuses).
	// Bertil: time and nothing blocking, no hourly amount. Cecilia: no time.
	want := [][]string{
		{"utskriven", "46 dagar kvar", "3 462,60 kr"},
		{"klar", "46 dagar kvar", "–"},
		{"ej påbörjad", "–", "–"},
		{"", "", "3 462,60 kr"},
	}
	if len(o.rows) != len(want) {
		t.Fatalf("rows %q", o.rows)
	}
	for i, w := range want {
		if got := o.rows[i][7:]; !slices.Equal(got, w) {
			t.Errorf("row %d (%s): %q, want %q", i, o.rows[i][0], got, w)
		}
	}
	if got := o.headers[7:]; !slices.Equal(got, []string{"Status", "Tid kvar till FK", "Ersättning (uppskattning)"}) {
		t.Errorf("headers %q", got)
	}
}
