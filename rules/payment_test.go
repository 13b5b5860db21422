package rules

import "testing"

func TestExpectedPayment(t *testing.T) {
	quarter, seventh := Fraction{1, 4}, Fraction{1, 7}
	for _, tc := range []struct {
		name   string
		t      Totals
		hourly Ore
		vf, bf Fraction
		want   Ore
	}{
		{"nothing", Totals{}, Kr(332, 60), quarter, seventh, 0},
		// 10 h aktiv + 4 h väntetid / 4 + 7 h beredskap / 7 = 12 h × 332,60 = 3 991,20 kr.
		{"all kinds", Totals{Aktiv: 600, Vantetid: 240, Beredskap: 420}, Kr(332, 60), quarter, seventh, Kr(3991, 20)},
		// 1 min × 33 260 öre / 60 = 554,33 → 554 öre.
		{"one minute aktiv", Totals{Aktiv: 1}, Kr(332, 60), quarter, seventh, 554},
		// 1 min väntetid: 30 000 / (4 × 60) = 125 exactly.
		{"one minute väntetid", Totals{Vantetid: 1}, Kr(300, 0), quarter, seventh, 125},
		// 1 min beredskap: 30 000 / (7 × 60) = 71,43 → 71.
		{"one minute beredskap", Totals{Beredskap: 1}, Kr(300, 0), quarter, seventh, 71},
		// 3 min at 10 öre an hour: 30 / 60 = 0,5 → 1 (half up).
		{"half an öre", Totals{Aktiv: 3}, 10, quarter, seventh, 1},
		// Rounded once: 1 min aktiv + 1 min beredskap at 332,60 = 554,33 + 79,19 = 633,52 → 634
		// (rounding each part first would give 554 + 79 = 633).
		{"rounded once", Totals{Aktiv: 1, Beredskap: 1}, Kr(332, 60), quarter, seventh, 634},
		// A broken factor falls back to 1/4: 4 h väntetid = 1 h × 300 kr.
		{"invalid factor", Totals{Vantetid: 240}, Kr(300, 0), Fraction{1, 0}, seventh, Kr(300, 0)},
		// Other factors: väntetid 1/2, beredskap 1/3: 2 h + 3 h → 1 h + 1 h = 2 h × 100 kr.
		{"other factors", Totals{Vantetid: 120, Beredskap: 180}, Kr(100, 0), Fraction{1, 2}, Fraction{1, 3}, Kr(200, 0)},
	} {
		if got := ExpectedPayment(tc.t, tc.hourly, tc.vf, tc.bf); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestMonthHourlyAmount(t *testing.T) {
	oct := Month{2026, 10}
	for _, tc := range []struct {
		name string
		decs []Decision
		want Ore
		ok   bool
	}{
		{"none", nil, 0, false},
		{"before the month", []Decision{{From: D(2026, 1, 1), To: D(2026, 9, 30), HourlyAmount: 33260}}, 0, false},
		{"no amount", []Decision{{From: D(2026, 1, 1)}}, 0, false},
		{"one", []Decision{{From: D(2026, 1, 1), HourlyAmount: 33260}}, 33260, true},
		// 1–10 the old (10 days), 11–31 the new (21 days): the new wins.
		{"most days", []Decision{{From: D(2026, 1, 1), HourlyAmount: 30000}, {From: D(2026, 10, 11), HourlyAmount: 36000}}, 36000, true},
		// 1–20 the old (20 days), 21–31 the new (11 days): the old wins.
		{"old has more days", []Decision{{From: D(2026, 1, 1), HourlyAmount: 30000}, {From: D(2026, 10, 21), HourlyAmount: 36000}}, 30000, true},
		// October has 31 days; 1–15 and 16–31 would be 15 and 16. Make it a tie: the old
		// ends on the 15th, the new starts on the 17th and the 16th is not covered: 15 and 15.
		{"tie", []Decision{
			{From: D(2026, 1, 1), To: D(2026, 10, 15), HourlyAmount: 30000},
			{From: D(2026, 10, 17), HourlyAmount: 36000},
		}, 36000, true},
	} {
		got, ok := MonthHourlyAmount(tc.decs, oct)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: %v, %v; want %v, %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCostPerHour(t *testing.T) {
	for _, tc := range []struct {
		amount Ore
		centi  int64
		want   Ore
		ok     bool
	}{
		// 100 000,00 kr over 250,00 h = 400,00 kr/h.
		{Kr(100000, 0), 25000, Kr(400, 0), true},
		// 1 000,00 kr over 3 h = 333,333… → 333,33 kr/h.
		{Kr(1000, 0), 300, Kr(333, 33), true},
		// 2 000,00 kr over 3 h = 666,666… → 666,67 kr/h (half up and above).
		{Kr(2000, 0), 300, Kr(666, 67), true},
		// 0,01 kr over 2 h = 0,005 → 0,01 (exactly half, up).
		{1, 200, 1, true},
		{Kr(100, 0), 0, 0, false},
	} {
		got, ok := CostPerHour(tc.amount, tc.centi)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%v over %d: %v, %v; want %v, %v", tc.amount, tc.centi, got, ok, tc.want, tc.ok)
		}
	}
}

func TestCostHoursCenti(t *testing.T) {
	// 21 h 30 min = 21,50 h; 1 min = 1,67 hundredths → 2; 61 min = 101,67 → 102; 0 → 0.
	for min, want := range map[int]int64{1290: 2150, 1: 2, 61: 102, 0: 0} {
		if got := CostHoursCenti(min); got != want {
			t.Errorf("%d min: %d, want %d", min, got, want)
		}
	}
}
