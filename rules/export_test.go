package rules

// busyMonth breaks most rules at once, so that a run touches most message texts.
// The provider's name holds "Å", which the English texts may carry as a name.
func busyMonth() MonthData {
	d := base()
	d.Today = D(2026, 12, 4) // October's deadline 2026-12-05 is tomorrow
	d.Providers[0].Name = "Assistans Åkesson AB"
	d.Providers[0].FSkatt = No
	d.Providers[0].PermitGroup = [3]Flag{Yes, No, No}
	d.Providers[0].PermitChildren = No
	d.Providers = append(d.Providers, Provider{Orgnr: "5566778890", Name: "Trasig AB"}) // bad check digit
	d.Customers[0].Personkrets = 2
	d.Customers[0].RepresentativePnr = "197003035678"                   // bad check digit
	d.Customers = append(d.Customers, Customer{Pnr: "194512121238"})    // bad check digit
	d.Assistants = append(d.Assistants, Assistant{Pnr: "199001011238"}) // bad check digit
	d.Assistants[0].OutsideEES = true
	d.Assistants[1].Unfit = true
	for i := range d.Decisions {
		if d.Decisions[i].Customer == cChild {
			d.Decisions[i].HoursPerWeekCenti = 100 // 1 h/week: far too little
			d.Decisions[i].HigherAmount = true
		}
		if d.Decisions[i].Customer == cAdult {
			d.Decisions[i].HigherAmount = true
		}
	}
	d.Costs = []Cost{{Customer: cAdult, Month: oct, Category: 1, HoursCenti: 1}}
	d.Printed = []PrintedTotals{{Customer: cAdult, Month: oct, Totals: Totals{Aktiv: 60}}}
	var kept []Assignment
	for _, a := range d.Assignments {
		switch {
		case a.Assistant == a2 && a.Customer == cTurning:
			continue // no assignment
		case a.Assistant == a1 && a.Customer == cTurning:
			a.Reported3066 = D(2026, 10, 15)
		case a.Assistant == a3 && a.Customer == cChild:
			a.Reported3066 = Date{}
		}
		kept = append(kept, a)
	}
	d.Assignments = kept
	d.Shifts = []Shift{
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Kind("x")),
		sh(aYoung, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
		sh(a1, cChild, D(2026, 10, 6), "08:00", "16:00", Aktiv),
		sh(a2, cChild, D(2026, 10, 6), "10:00", "18:00", Aktiv),
		sh(a1, cChild, D(2026, 10, 6), "12:00", "14:00", Vantetid),
		sh(a3, cAdult, D(2026, 10, 12), "06:00", "22:00", Beredskap),
		sh(a3, cAdult, D(2026, 10, 13), "02:00", "08:00", Aktiv),
		sh(a1, cTurning, D(2026, 10, 14), "08:00", "16:00", Aktiv),
		sh(a2, cTurning, D(2026, 10, 20), "08:00", "16:00", Aktiv),
		sh(a3, cChild, D(2026, 10, 21), "08:00", "16:00", Aktiv),
		sh(a3, cTurning, D(2026, 10, 24), "22:00", "06:00", Aktiv),
		sh(a2, cChild, D(2026, 10, 31), "22:00", "06:00", Aktiv),
	}
	return d
}

// BusyMonth and Run serve the tests of the findings' words (check_words_test.go,
// package rules_test, which may import rules/say).
var BusyMonth, Run = busyMonth, run
