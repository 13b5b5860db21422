package demo

import (
	"bytes"
	"reflect"
	"testing"

	"assistans/data/csvfile"
	"assistans/rules"
)

var today = rules.D(2026, 11, 1)

// TestEveryRecordRoundTrips writes each kind of the demo as CSV and reads it
// back: Read refuses any identity number that fails its parser, so this also
// checks every personnummer, samordningsnummer and organisationsnummer.
func TestEveryRecordRoundTrips(t *testing.T) {
	b := Batch()
	var all rules.Batch
	for _, kind := range csvfile.Kinds {
		var buf bytes.Buffer
		if err := csvfile.Write(kind, &buf, b); err != nil {
			t.Fatal(err)
		}
		got, err := csvfile.Read(kind, kind+".csv", &buf, today)
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		all.Providers = append(all.Providers, got.Providers...)
		all.Customers = append(all.Customers, got.Customers...)
		all.Decisions = append(all.Decisions, got.Decisions...)
		all.Assistants = append(all.Assistants, got.Assistants...)
		all.Assignments = append(all.Assignments, got.Assignments...)
		all.Shifts = append(all.Shifts, got.Shifts...)
		all.MonthInfos = append(all.MonthInfos, got.MonthInfos...)
		all.Hospital = append(all.Hospital, got.Hospital...)
		all.Costs = append(all.Costs, got.Costs...)
		all.Schedules = append(all.Schedules, got.Schedules...)
		all.Absences = append(all.Absences, got.Absences...)
	}
	if !reflect.DeepEqual(all, b) {
		t.Errorf("round trip changed the demo")
	}
	if !reflect.DeepEqual(Batch(), b) {
		t.Errorf("Batch is not deterministic")
	}
}

func TestShape(t *testing.T) {
	b := Batch()
	if len(b.Providers) != 1 || len(b.Customers) != 4 || len(b.Assistants) != 8 || len(b.Hospital) != 1 {
		t.Fatalf("providers %d, customers %d, assistants %d, hospital %d",
			len(b.Providers), len(b.Customers), len(b.Assistants), len(b.Hospital))
	}
	var samordning int
	for _, a := range b.Assistants {
		if _, err := rules.ParseSamordningsnummer(a.Pnr, today); err == nil {
			samordning++
		}
	}
	if samordning != 1 {
		t.Errorf("%d assistants with a samordningsnummer, want 1", samordning)
	}
	for _, s := range b.Shifts {
		if s.Fault() != rules.ShiftOK {
			t.Errorf("shift %+v: fault %d", s, s.Fault())
		}
		if s.Date.Before(sep.First()) || s.Date.After(oct.Last()) {
			t.Errorf("shift outside September–October: %+v", s)
		}
	}
}

type found struct {
	code                rules.Code
	customer, assistant string
	date                rules.Date
}

func findings(b rules.Batch, m rules.Month) []found {
	fs := rules.Check(rules.MonthData{
		Month: m, Today: today, Providers: b.Providers, Customers: b.Customers, Decisions: b.Decisions,
		Assistants: b.Assistants, Assignments: b.Assignments, Shifts: b.Shifts, MonthInfos: b.MonthInfos,
		Costs: b.Costs, Settings: rules.DefaultSettings(),
	})
	out := make([]found, len(fs))
	for i, f := range fs {
		out[i] = found{f.Code, f.Customer, f.Assistant, f.Date}
	}
	return out
}

// TestDeliberateBreaks asserts that the checks find exactly the rule breaks the
// package comment lists, in the order of INTERFACE.md (customer, assistant, date, code).
func TestDeliberateBreaks(t *testing.T) {
	b := Batch()
	d := rules.D
	tests := []struct {
		month rules.Month
		want  []found
	}{
		{sep, []found{
			{rules.MonthSplit, marta, fatima, d(2026, 9, 30)},
			{rules.AssistantAbroad, marta, oskar, d(2026, 9, 1)},
			{rules.PermitScope, ingrid, "", d(2026, 9, 1)},
			{rules.NotReported3066, ingrid, maja, d(2026, 9, 1)},
			{rules.NotReported3066, ingrid, maja, d(2026, 9, 2)},
			{rules.AssistantAbroad, ingrid, oskar, d(2026, 9, 1)},
		}},
		{oct, []found{
			{rules.NoDecision, ake, birgitta, d(2026, 10, 1)},
			{rules.WorktimeAverage, ake, birgitta, d(2026, 10, 5)},
			{rules.NotReported3066, ake, sara, d(2026, 10, 17)},
			{rules.NotReported3066, ake, sara, d(2026, 10, 24)},
			{rules.CostsMissing, marta, "", d(2026, 10, 1)},
			{rules.OverlapAssistant, marta, fatima, d(2026, 10, 14)},
			{rules.AssistantAbroad, marta, oskar, d(2026, 10, 1)},
			{rules.DailyRest, marta, oskar, d(2026, 10, 10)},
			{rules.DSTNight, marta, oskar, d(2026, 10, 24)},
			{rules.PermitScope, ingrid, "", d(2026, 10, 1)},
			{rules.OverlapAssistant, ingrid, fatima, d(2026, 10, 15)},
			{rules.AssistantAbroad, ingrid, oskar, d(2026, 10, 1)},
			{rules.AssistantUnder18, elsa, linnea, d(2026, 10, 12)},
			{rules.AssistantUnder18, elsa, linnea, d(2026, 10, 13)},
			{rules.AssistantUnder18, elsa, linnea, d(2026, 10, 14)},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.month.String(), func(t *testing.T) {
			got := findings(b, tc.month)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got:")
				for _, f := range got {
					t.Errorf("  %+v", f)
				}
			}
		})
	}
}
