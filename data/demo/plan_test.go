package demo

import (
	"reflect"
	"testing"

	"assistans/rules"
)

func checkNovember(b rules.Batch) []found {
	fs := rules.Check(rules.MonthData{
		Month: nov, Today: today, Providers: b.Providers, Customers: b.Customers, Decisions: b.Decisions,
		Assistants: b.Assistants, Assignments: b.Assignments, Shifts: b.Shifts, MonthInfos: b.MonthInfos,
		Costs: b.Costs, Schedules: b.Schedules, Absences: b.Absences, Settings: rules.DefaultSettings(),
	})
	out := make([]found, len(fs))
	for i, f := range fs {
		out[i] = found{f.Code, f.Customer, f.Assistant, f.Date}
	}
	return out
}

// Before the schedule is laid, November's check shows the one unfilled shift
// (and Birgitta's period of 2026-10-05–11-01, which reaches into November);
// laying it gives the hand count of plan.go.
func TestNovemberPlan(t *testing.T) {
	b := Batch()
	want := []found{
		{rules.WorktimeAverage, ake, birgitta, rules.D(2026, 10, 5)},
		{rules.UnfilledShift, ingrid, fatima, rules.D(2026, 11, 20)},
	}
	if got := checkNovember(b); !reflect.DeepEqual(got, want) {
		t.Errorf("November before laying: %+v, want %+v", got, want)
	}
	lay := rules.LaySchedules(nov, b.Schedules, b.Absences, b.Shifts)
	count := map[string]int{}
	for _, s := range lay.Create {
		count[s.Assistant]++
	}
	if len(lay.Create) != 27 || count[maja] != 14 || count[fatima] != 6 || count[oskar] != 7 {
		t.Errorf("laid %d shifts: Maja %d, Fatima %d, Oskar %d; want 27: 14, 6, 7",
			len(lay.Create), count[maja], count[fatima], count[oskar])
	}
	// November's minutes: Maja 14 × 6 h = 5040 aktiv; Fatima 6 × 6 h = 2160 aktiv;
	// Oskar 6 nights of 9 h and 2 h of the one running into December: 3360 beredskap.
	b.Shifts = append(b.Shifts, lay.Create...)
	per := map[string]rules.Totals{}
	for _, ct := range rules.MonthTotals(b.Shifts, nov) {
		for _, a := range ct.Assistants {
			per[a.Assistant] = a.Totals
		}
	}
	wantT := map[string]rules.Totals{maja: {Aktiv: 5040}, fatima: {Aktiv: 2160}, oskar: {Beredskap: 3360}}
	if !reflect.DeepEqual(per, wantT) {
		t.Errorf("November's minutes: %+v, want %+v", per, wantT)
	}
}
