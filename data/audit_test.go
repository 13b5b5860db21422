package data

import (
	"slices"
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
	must(t, s.DeleteShift(ctx, sh.ID, sh.Version))

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
	if len(all) != sealed(t)+5 {
		t.Fatalf("audit rows = %d, want %d sealed by the schema and 5", len(all), sealed(t)+5)
	}

	broken, err := s.VerifyAudit(ctx)
	must(t, err)
	if broken != 0 {
		t.Fatalf("intact chain reported broken at %d", broken)
	}

	// Editing the rename's row breaks the chain at that row.
	rename := all[sealed(t)+1].ID
	_, err = s.db.Exec(s.eng.Rebind(`UPDATE audit SET new = replace(new, 'Karl Kund', 'Karl Ond') WHERE id = ?`), rename)
	must(t, err)
	if broken, err = s.VerifyAudit(ctx); err != nil || broken != rename {
		t.Errorf("after editing row %d: VerifyAudit = %d, %v; want %d", rename, broken, err, rename)
	}
	// Removing that row instead shows at the next, whose prev_hash no longer matches.
	_, err = s.db.Exec(s.eng.Rebind(`DELETE FROM audit WHERE id = ?`), rename)
	must(t, err)
	if broken, err = s.VerifyAudit(ctx); err != nil || broken != rename+1 {
		t.Errorf("after removing row %d: VerifyAudit = %d, %v; want %d", rename, broken, err, rename+1)
	}
}

func TestMonthData(t *testing.T) {
	s := openTest(t)
	register(t, s)
	must(t, s.SaveDecision(ctx, rules.Decision{Customer: cust1, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000}))
	must(t, s.SaveAssignment(ctx, rules.Assignment{Assistant: asst1, Customer: cust1}))
	// Assistant 1 works under ATL, 4-month periods from 2026-01-01: October lies in
	// the period 2026-09-01..2026-12-31. Assistant 2 (husligt, no period start)
	// counts 28-day periods from 2026-01-01: day 273 (2026-10-01) is in the period
	// from day 252 (2026-09-10) and day 303 (2026-10-31) in the one to day 307
	// (2026-11-04). So September, October and November are read shift by shift
	// from 2026-08-31 (a day before 09-01), and December, which no period begins
	// or ends in, as a sum: 8 h on 12-31 (rules.ReadsFor).
	var inside []rules.Shift
	for _, d := range []rules.Date{rules.D(2026, 8, 31), rules.D(2026, 10, 15), rules.D(2026, 12, 31)} {
		sh, err := s.SaveShift(ctx, shift(asst1, cust1, d, 480, 960, rules.Aktiv))
		must(t, err)
		inside = append(inside, sh)
	}
	for _, d := range []rules.Date{rules.D(2026, 8, 30), rules.D(2027, 1, 1)} {
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
		Shifts:      inside[:2],
		MonthInfos:  []rules.MonthInfo{mi},
		Costs:       []rules.Cost{c},
		Printed:     []rules.PrintedTotals{pt},
		Settings:    rules.DefaultSettings(),
		Summed:      []rules.Month{{Year: 2026, Month: 12}},
		Worked:      []rules.Worked{{Assistant: asst1, Customer: cust1, Month: rules.Month{Year: 2026, Month: 12}, Minutes: 480}},
	})

	// With only a husligt assistant (28-day periods from 2026-01-01: 2026-09-10..10-07
	// and 10-08..11-04) the shifts read are 2026-09-09 to 2026-11-07 (the rest week after the month).
	reads := rules.DefaultSettings().ReadsFor(oct, []rules.Assistant{assistant2})
	if want := []rules.Period{{First: rules.D(2026, 9, 9), Last: rules.D(2026, 11, 7)}}; !slices.Equal(reads.Ranges, want) || len(reads.Summed) > 0 {
		t.Errorf("husligt reads = %+v, want %v", reads, want)
	}
	// With no assistants the rest weeks alone decide: 7 days either side, and one more before.
	reads = rules.DefaultSettings().ReadsFor(oct, nil)
	if want := []rules.Period{{First: rules.D(2026, 9, 23), Last: rules.D(2026, 11, 7)}}; !slices.Equal(reads.Ranges, want) || len(reads.Summed) > 0 {
		t.Errorf("empty reads = %+v, want %v", reads, want)
	}
}
