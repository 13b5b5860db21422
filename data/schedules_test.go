package data

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"assistans/rules"
)

const asst3 = "197003035677"

var octM = rules.Month{Year: 2026, Month: time.October}

// octPlan is the register and plan of the hand count: customer cust1 with a
// two-week rotation from Monday 2026-09-28. Week 1 (Sep 28–Oct 4, Oct 12–18,
// Oct 26–Nov 1): Mon–Fri 08–16 aktiv asst1. Week 2 (Oct 5–11, Oct 19–25):
// Mon, Wed, Fri 08–16 aktiv asst1 and Sat 22–07 väntetid asst2. asst1 is sick
// on Wed Oct 14 (asst3 replaces) and on leave Wed Oct 21 (nobody replaces);
// asst3 already works Oct 7 08–12 for the customer.
func octPlan() rules.Batch {
	row := func(week, wd int, start, end rules.Clock, k rules.Kind, a string) rules.ScheduleShift {
		return rules.ScheduleShift{Customer: cust1, From: rules.D(2026, 9, 28), Weeks: 2, Week: week, Weekday: wd,
			Start: start, End: end, Kind: k, Assistant: a}
	}
	var rows []rules.ScheduleShift
	for wd := 1; wd <= 5; wd++ {
		rows = append(rows, row(1, wd, 8*60, 16*60, rules.Aktiv, asst1))
	}
	for _, wd := range []int{1, 3, 5} {
		rows = append(rows, row(2, wd, 8*60, 16*60, rules.Aktiv, asst1))
	}
	rows = append(rows, row(2, 6, 22*60, 7*60, rules.Vantetid, asst2))
	return rules.Batch{
		Customers:  []rules.Customer{customer1},
		Assistants: []rules.Assistant{assistant1, assistant2, {Pnr: asst3, Name: "Rut Reserv", Regime: rules.ATL}},
		Schedules:  rows,
		Absences: []rules.Absence{
			{Assistant: asst1, Date: rules.D(2026, 10, 14), Reason: rules.Sjuk, Replacement: asst3},
			{Assistant: asst1, Date: rules.D(2026, 10, 21), Reason: rules.Ledig},
		},
		Shifts: []rules.Shift{{Assistant: asst3, Customer: cust1, Date: rules.D(2026, 10, 7), Start: 8 * 60, End: 12 * 60, Kind: rules.Aktiv}},
	}
}

// TestLayScheduleHandCount: asst1 is planned on 18 weekdays of October (Oct 1, 2,
// 12–16, 26–30 in week 1; 5, 7, 9, 19, 21, 23 in week 2); Oct 7 is taken, Oct 14
// goes to asst3 and Oct 21 is unfilled: 15 × 8 h = 7200 min. asst2's nights:
// Oct 10 22–07 is 9 h, Oct 24 22–07 is 10 h (summer time ends on 25 October):
// 1140 min väntetid. asst3: the 4 h already there and the 8 h of Oct 14: 720 min.
func TestLayScheduleHandCount(t *testing.T) {
	s := openTest(t)
	must(t, s.Apply(ctx, octPlan()))

	res, err := s.LaySchedule(ctx, octM, "")
	must(t, err)
	if res.Created != 18 || len(res.Unfilled) != 1 || res.Unfilled[0].Shift.Date != rules.D(2026, 10, 21) {
		t.Fatalf("created %d, unfilled %+v; want 18 and asst1's shift of 2026-10-21", res.Created, res.Unfilled)
	}
	totals, err := s.Totals(ctx, octM)
	must(t, err)
	got := map[string]rules.Totals{}
	for _, c := range totals {
		for _, a := range c.Assistants {
			got[a.Assistant] = a.Totals
		}
	}
	want := map[string]rules.Totals{asst1: {Aktiv: 7200}, asst2: {Vantetid: 1140}, asst3: {Aktiv: 720}}
	equal(t, "minutes per assistant", got, want)

	// The shift that was there is untouched: asst3, 08–12.
	oct7, err := s.ShiftsFor(ctx, asst3, cust1, octM)
	must(t, err)
	if len(oct7) != 2 || oct7[0].Date != rules.D(2026, 10, 7) || oct7[0].End != 12*60 {
		t.Errorf("asst3's shifts: %+v", oct7)
	}
	// Every created shift is audited with the note.
	audit, err := s.Audit(ctx, TableShifts, "")
	must(t, err)
	laid := 0
	for _, a := range audit {
		if a.Note == layNote {
			laid++
		}
	}
	if laid != 18 {
		t.Errorf("%d audit rows noted %q, want 18", laid, layNote)
	}

	again, err := s.LaySchedule(ctx, octM, cust1)
	must(t, err)
	if again.Created != 0 {
		t.Errorf("second run created %d", again.Created)
	}

	// The check sees the unfilled shift without laying anything.
	md, err := s.MonthData(ctx, octM, rules.D(2026, 10, 1))
	must(t, err)
	var unfilled []rules.Finding
	for _, f := range rules.Check(md) {
		if f.Code == rules.UnfilledShift {
			unfilled = append(unfilled, f)
		}
	}
	if len(unfilled) != 1 || unfilled[0].Assistant != asst1 || unfilled[0].Customer != cust1 || unfilled[0].Date != rules.D(2026, 10, 21) {
		t.Errorf("UNFILLED_SHIFT findings: %+v", unfilled)
	}
}

// A sent month is refused with ErrLocked, and nothing is created.
func TestLayScheduleRefusesSentMonth(t *testing.T) {
	s := openTest(t)
	must(t, s.Apply(ctx, octPlan()))
	must(t, s.SaveMonthInfo(ctx, rules.MonthInfo{Customer: cust1, Month: octM, Sent: rules.D(2026, 11, 2)}))
	_, err := s.LaySchedule(ctx, octM, "")
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "2026-10") {
		t.Fatalf("LaySchedule on a sent month = %v, want ErrLocked naming the month", err)
	}
	shifts, err := s.Shifts(ctx, octM.First(), octM.Last())
	must(t, err)
	if len(shifts) != 1 {
		t.Errorf("%d shifts after a refused run, want the 1 that was there", len(shifts))
	}
	if _, err := s.LaySchedule(ctx, octM, "201001011234"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown customer = %v", err)
	}
}

func TestSchedulesStoredExportedAndChecked(t *testing.T) {
	s := openTest(t)
	b := octPlan()
	must(t, s.Apply(ctx, b))
	snap, err := s.Snapshot(ctx)
	must(t, err)
	equal(t, "absences", snap.Absences, b.Absences)
	if len(snap.Schedules) != len(b.Schedules) {
		t.Fatalf("%d schedule rows, want %d", len(snap.Schedules), len(b.Schedules))
	}
	// A row that makes the stored schedule disagree on its length is refused, all of the batch with it.
	bad := b.Schedules[0]
	bad.Weeks, bad.Week, bad.Weekday = 3, 3, 1
	err = s.Apply(ctx, rules.Batch{Schedules: []rules.ScheduleShift{bad}})
	if err == nil || !strings.Contains(err.Error(), "olika längd (2 och 3 veckor)") {
		t.Errorf("mixed lengths = %v", err)
	}
	// A replacement not in the register is named.
	err = s.Apply(ctx, rules.Batch{Absences: []rules.Absence{{Assistant: asst1, Date: rules.D(2026, 10, 1), Reason: rules.VAB, Replacement: "198001011230"}}})
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "Ersättaren 198001011230") {
		t.Errorf("unknown replacement = %v", err)
	}
	must(t, s.DeleteAbsence(ctx, asst1, rules.D(2026, 10, 21)))
	must(t, s.DeleteSchedule(ctx, cust1, rules.D(2026, 9, 28)))
	rows, err := s.Schedules(ctx, cust1)
	must(t, err)
	if len(rows) != 0 {
		t.Errorf("%d rows after DeleteSchedule", len(rows))
	}
}

// A fresh database holds rules.DefaultSchablon; a new decision imported without
// an amount takes its year's; the table is rows, changed through the settings.
func TestRatesTable(t *testing.T) {
	s := openTest(t)
	st, err := s.Settings(ctx)
	must(t, err)
	equal(t, "seeded rates", st.Schablon, rules.DefaultSchablon())
	must(t, s.Apply(ctx, rules.Batch{Customers: []rules.Customer{customer1},
		Decisions: []rules.Decision{{Customer: cust1, From: rules.D(2025, 3, 1), HoursPerWeekCenti: 100}}}))
	must(t, s.Import(ctx, rules.Batch{Decisions: []rules.Decision{
		{Customer: cust1, From: rules.D(2025, 3, 1), HoursPerWeekCenti: 200}, // stored: stays without an amount
		{Customer: cust1, From: rules.D(2026, 3, 1), HoursPerWeekCenti: 100}, // new: the 2026 schablon
		{Customer: cust1, From: rules.D(2030, 1, 1), HoursPerWeekCenti: 100}, // a year the table lacks
	}}))
	decs, err := s.Decisions(ctx, cust1)
	must(t, err)
	if len(decs) != 3 || decs[0].HourlyAmount != 0 || decs[0].HoursPerWeekCenti != 200 ||
		decs[1].HourlyAmount != rules.Kr(347, 70) || decs[2].HourlyAmount != 0 {
		t.Errorf("decisions after the import: %+v; want amounts 0, 347,70, 0", decs)
	}
	st.Schablon[2027] = rules.Kr(355, 0)
	delete(st.Schablon, 2015)
	must(t, s.SaveSettings(ctx, st))
	var n int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM rates WHERE year IN (2015, 2027)`).Scan(&n))
	if n != 1 {
		t.Errorf("rates rows for 2015 and 2027: %d, want 1 (2027 only)", n)
	}
	audit, err := s.Audit(ctx, TableRates, "2027")
	must(t, err)
	if len(audit) != 1 {
		t.Errorf("audit of the new year: %+v", audit)
	}
}

// An older database kept the table in the settings' JSON: the upgrade moves
// the years the user had there into rows, over the seed.
func TestRatesMigratedFromSettings(t *testing.T) {
	path := testDB(t)
	init, err := fs.ReadFile(engineMigrations(), "0001_init.sql")
	must(t, err)
	schemaFS = fstest.MapFS{"0001_init.sql": {Data: init}}
	old, err := Open(path)
	schemaFS = nil
	must(t, err)
	_, err = old.db.Exec(`INSERT INTO settings (key, value) VALUES ('rules', '{"DailyRestMin":600,"Schablon":{"2024":33000,"2030":40000}}')`)
	must(t, err)
	must(t, old.Close())

	s, err := Open(path)
	must(t, err)
	defer s.Close()
	st, err := s.Settings(ctx)
	must(t, err)
	if st.Schablon[2024] != 33000 || st.Schablon[2030] != 40000 || st.Schablon[2026] != rules.Kr(347, 70) || st.DailyRestMin != 600 {
		t.Errorf("after the upgrade: rates %v, daily rest %d", st.Schablon, st.DailyRestMin)
	}
}

// A customer's schedules go with the customer; an assistant in a schedule, or
// named as a replacement, stays; the assistant's own absences go with him.
func TestDeleteWithPlans(t *testing.T) {
	s := openTest(t)
	b := octPlan()
	b.Shifts = nil
	must(t, s.Apply(ctx, b))
	if err := s.DeleteAssistant(ctx, asst2); !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "1 rader i kunders scheman") {
		t.Errorf("DeleteAssistant in a schedule = %v", err)
	}
	if err := s.DeleteAssistant(ctx, asst3); !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "ersättare vid 1 frånvarodagar") {
		t.Errorf("DeleteAssistant of a replacement = %v", err)
	}
	must(t, s.DeleteCustomer(ctx, cust1))
	must(t, s.DeleteAssistant(ctx, asst2))
	must(t, s.DeleteAssistant(ctx, asst1)) // with the absence that named asst3
	must(t, s.DeleteAssistant(ctx, asst3))
	snap, err := s.Snapshot(ctx)
	must(t, err)
	if len(snap.Schedules)+len(snap.Absences)+len(snap.Assistants) != 0 {
		t.Errorf("left: %+v", snap)
	}
}

// ReplaceSchedule leaves the schedule holding exactly the new rows (a changed
// start is not a second row, a dropped row is gone, the length may change),
// and a bad row leaves the old schedule whole.
func TestReplaceSchedule(t *testing.T) {
	s := openTest(t)
	b := octPlan()
	must(t, s.Apply(ctx, b))
	from := rules.D(2026, 9, 28)
	one := rules.ScheduleShift{Customer: cust1, From: from, Weeks: 1, Week: 1, Weekday: 2, Start: 9 * 60, End: 15 * 60,
		Kind: rules.Aktiv, Assistant: asst2}
	must(t, s.ReplaceSchedule(ctx, cust1, from, []rules.ScheduleShift{one}))
	rows, err := s.Schedules(ctx, cust1)
	must(t, err)
	equal(t, "rows", rows, []rules.ScheduleShift{one})

	bad := one
	bad.Weekday, bad.Assistant = 3, ""
	if err := s.ReplaceSchedule(ctx, cust1, from, []rules.ScheduleShift{bad}); err == nil || !strings.Contains(err.Error(), "assistent saknas") {
		t.Errorf("row without assistant = %v", err)
	}
	other := one
	other.From = rules.D(2026, 10, 5)
	if err := s.ReplaceSchedule(ctx, cust1, from, []rules.ScheduleShift{other}); err == nil {
		t.Error("a row of another schedule was accepted")
	}
	rows, err = s.Schedules(ctx, cust1)
	must(t, err)
	equal(t, "rows after refusals", rows, []rules.ScheduleShift{one})
}
