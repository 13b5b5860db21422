package data

import (
	"strconv"
	"testing"

	"assistans/rules"
)

func TestAuditTrail(t *testing.T) {
	s := openTest(t)
	s.User = "eva"
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl"}))
	must(t, s.SaveCustomer(ctx, rules.Customer{Pnr: cust1, Name: "Karl Kund"}))
	must(t, s.SaveAssistant(ctx, assistant1))
	sh, err := s.SaveShift(ctx, shift(asst1, cust1, rules.D(2026, 10, 1), 480, 960, rules.Aktiv))
	must(t, err)
	must(t, s.DeleteShift(ctx, sh.ID))

	rows, err := s.Audit(ctx, TableCustomers, cust1)
	must(t, err)
	if len(rows) != 2 {
		t.Fatalf("customer audit rows = %d, want 2", len(rows))
	}
	r := rows[1]
	if r.User != "eva" || !r.At.Equal(fixedNow) ||
		r.Old != `{"pnr":"194512121239","name":"Karl","representative_name":"","representative_pnr":"","representative_role":"","personkrets":null,"inactive":0}` ||
		r.New != `{"pnr":"194512121239","name":"Karl Kund","representative_name":"","representative_pnr":"","representative_role":"","personkrets":null,"inactive":0}` ||
		r.PrevHash != rows[0].Hash {
		t.Errorf("second customer audit row = %+v", r)
	}
	rows, err = s.Audit(ctx, TableShifts, strconv.FormatInt(sh.ID, 10))
	must(t, err)
	if len(rows) != 2 || rows[0].Old != "" || rows[1].New != "" ||
		rows[1].Old != `{"assistant":"199001011239","customer":"194512121239","date":"2026-10-01","start_min":480,"end_min":960,"kind":"aktiv"}` {
		t.Errorf("shift audit rows = %+v", rows)
	}
	all, err := s.Audit(ctx, "", "")
	must(t, err)
	if len(all) != 5 {
		t.Fatalf("audit rows = %d, want 5", len(all))
	}

	broken, err := s.VerifyAudit(ctx)
	must(t, err)
	if broken != 0 {
		t.Fatalf("intact chain reported broken at %d", broken)
	}

	// Editing row 2 (the rename) breaks the chain at row 2.
	_, err = s.db.Exec(`UPDATE audit SET new = replace(new, 'Karl Kund', 'Karl Ond') WHERE id = 2`)
	must(t, err)
	if broken, err = s.VerifyAudit(ctx); err != nil || broken != 2 {
		t.Errorf("after editing row 2: VerifyAudit = %d, %v; want 2", broken, err)
	}
	// Removing row 2 instead shows at row 3, whose prev_hash no longer matches.
	_, err = s.db.Exec(`DELETE FROM audit WHERE id = 2`)
	must(t, err)
	if broken, err = s.VerifyAudit(ctx); err != nil || broken != 3 {
		t.Errorf("after removing row 2: VerifyAudit = %d, %v; want 3", broken, err)
	}
}

func TestMonthData(t *testing.T) {
	s := openTest(t)
	register(t, s)
	must(t, s.SaveDecision(ctx, rules.Decision{Customer: cust1, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000}))
	must(t, s.SaveAssignment(ctx, rules.Assignment{Assistant: asst1, Customer: cust1}))
	// With the default settings the longest period is six months (the agreements), so
	// October's window runs from 2026-04-01 less one day to 2026-10-31 plus seven days.
	var inside []rules.Shift
	for _, d := range []rules.Date{rules.D(2026, 3, 31), rules.D(2026, 10, 15), rules.D(2026, 11, 7)} {
		sh, err := s.SaveShift(ctx, shift(asst1, cust1, d, 480, 960, rules.Aktiv))
		must(t, err)
		inside = append(inside, sh)
	}
	for _, d := range []rules.Date{rules.D(2026, 3, 30), rules.D(2026, 11, 8)} {
		_, err := s.SaveShift(ctx, shift(asst1, cust1, d, 480, 960, rules.Aktiv))
		must(t, err)
	}
	mi := rules.MonthInfo{Customer: cust1, Month: oct, Abroad: true}
	must(t, s.SaveMonthInfo(ctx, mi))
	must(t, s.SaveMonthInfo(ctx, rules.MonthInfo{Customer: cust1, Month: oct.Next()}))
	c := rules.Cost{Customer: cust1, Month: oct, Category: 1, Amount: 5}
	must(t, s.SaveCost(ctx, c))
	must(t, s.SaveCost(ctx, rules.Cost{Customer: cust1, Month: oct.Prev(), Category: 1, Amount: 5}))
	pt := rules.PrintedTotals{Customer: cust1, Month: oct, Totals: rules.Totals{Aktiv: 1}}
	must(t, s.RecordPrinted(ctx, []rules.PrintedTotals{pt}, ""))

	today := rules.D(2026, 11, 20)
	md, err := s.MonthData(ctx, oct, today)
	must(t, err)
	equal(t, "month data", md, rules.MonthData{
		Month: oct, Today: today,
		Providers:   []rules.Provider{provider},
		Customers:   []rules.Customer{customer1, customer2},
		Decisions:   []rules.Decision{{Customer: cust1, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000}},
		Assistants:  []rules.Assistant{assistant2, assistant1},
		Assignments: []rules.Assignment{{Assistant: asst1, Customer: cust1}},
		Shifts:      inside,
		MonthInfos:  []rules.MonthInfo{mi},
		Costs:       []rules.Cost{c},
		Printed:     []rules.PrintedTotals{pt},
		Settings:    rules.DefaultSettings(),
	})

	// A longer agreement period reaches further back: 8 months before 2026-10-01, less a day.
	st := rules.DefaultSettings()
	st.Agreements = append(st.Agreements, rules.WorkLimit{Name: "Lång", LimitMinPerWeek: 2400, PeriodMonths: 8})
	from, to := shiftWindow(oct, st)
	if from != rules.D(2026, 1, 31) || to != rules.D(2026, 11, 7) {
		t.Errorf("shiftWindow = %s..%s, want 2026-01-31..2026-11-07", from, to)
	}
}
