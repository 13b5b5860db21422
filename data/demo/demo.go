// Package demo builds the register that `assistans demo` stores: one private
// provider, four customers, eight assistants, the shifts of September and
// October 2026 and a schedule for November (plan.go), realistic enough to try every screen and form, with a few
// deliberate rule breaks so that the checks have something to find.
//
// The rosters (Monday–Sunday, every week unless an exception says otherwise):
//
//	Märta Sjöström (förhöjt timbelopp, dygnet runt):
//	  07–15 aktiv: Sara Mon–Fri, Maja Sat–Sun; 15–22 aktiv: Johan Mon–Fri, Erik Sat–Sun;
//	  22–07 väntetid: Fatima nights starting Sun–Wed, Oskar nights starting Thu–Sat
//	  (no night starts on 2026-10-31: the demo ends with October).
//	Elsa Öhman (child, dubbelassistans): 15–20 aktiv Mon–Thu, Erik; from 2026-10-12 also Linnea.
//	Åke Lindström (god man): his daughter Birgitta (husligt arbete) 08–20 aktiv, Mon–Thu
//	  until 2026-10-04 and Mon–Fri from 2026-10-05; none 2026-09-22–24 (hospital).
//	Ingrid Näslund (personkrets 3): 09–15 aktiv Mon–Thu Maja, Fri Fatima;
//	  22–07 beredskap nights starting Mon and Tue, Oskar.
//
// Deliberate rule breaks, with what `assistans check` reports (customer, assistant, date):
//
//	September 2026
//	- NOT_REPORTED_3066: Maja's 3066 for Ingrid reached FK on 2026-09-03, after her first
//	  shifts: Ingrid/Maja 2026-09-01 and 2026-09-02.
//	- MONTH_SPLIT (info): Fatima's night at Märta 2026-09-30 22:00–07:00 runs into October.
//	- PERMIT_SCOPE: Ingrid has personkrets 3, which the provider's IVO permit does not
//	  cover: Ingrid, 2026-09-01 (once per month).
//	- ASSISTANT_ABROAD (warn): Oskar lives outside the EES: Märta/Oskar and Ingrid/Oskar, 2026-09-01.
//	October 2026
//	- NO_DECISION: Åke's decision ended 2026-09-30 and the new one starts 2026-10-02:
//	  Åke/Birgitta 2026-10-01.
//	- OVERLAP_ASSISTANT: Fatima's extra morning at Ingrid 2026-10-15 06:30–09:00 overlaps
//	  her night at Märta 2026-10-14 22:00–07:00: Märta/Fatima 2026-10-14 and Ingrid/Fatima 2026-10-15.
//	- DAILY_REST (warn): Oskar's night at Märta 2026-10-10 22:00–07:00 is followed by
//	  his day shift 2026-10-11 07–15 (covering for Maja): 7 h rest: Märta/Oskar 2026-10-10.
//	- ASSISTANT_UNDER_18: Linnea turns 18 on 2026-10-15 and starts on 2026-10-12:
//	  Elsa/Linnea 2026-10-12, 2026-10-13 and 2026-10-14.
//	- NOT_REPORTED_3066: no 3066 was sent for Sara's two Saturday mornings at Åke:
//	  Åke/Sara 2026-10-17 and 2026-10-24.
//	- WORKTIME_AVERAGE: Birgitta (husligt arbete, periods of 28 days from 2026-09-07)
//	  works 240 h in the period 2026-10-05–2026-11-01, 60 h a week on average:
//	  Åke/Birgitta 2026-10-05.
//	- DST_NIGHT (info): Oskar's night at Märta 2026-10-24 22:00–07:00 is 10 hours: Märta/Oskar 2026-10-24.
//	- COSTS_MISSING: Märta has a higher amount and a cost report for September only: Märta, 2026-10-01.
//	- PERMIT_SCOPE: Ingrid, 2026-10-01.
//	- ASSISTANT_ABROAD (warn): Märta/Oskar and Ingrid/Oskar, 2026-10-01.
//	Deadlines: September is marked as sent on 2026-10-03; October is not, so
//	DEADLINE_NEAR fires from 2026-11-28 and DEADLINE_PASSED after 2026-12-05.
//
// Nothing else fires: every other shift keeps the rest, overlap, hours and 3066 rules.
// Hourly amounts: the schablonbelopp of the decision's first year (2026: 347,70 kr;
// 2025: 342,60 kr), and Märta's higher amount 378,00 kr, within 12 % of it, so
// HOURLY_AMOUNT finds nothing.
package demo

import (
	"time"

	"assistans/rules"
)

// The people. Every number passes the rules parsers (demo_test.go checks it);
// the third birth digit is odd for men and even for women, as in real numbers.
const (
	provider = "5592478134"

	marta  = "194208193823"
	elsa   = "201403154824"
	karin  = "198107026224" // Elsa's mother, vårdnadshavare
	ake    = "193806074112"
	lars   = "196111148513" // Åke's god man
	ingrid = "197502284222"

	sara     = "198704221624"
	johan    = "199209173518"
	fatima   = "198503142823"
	erik     = "197905125311"
	linnea   = "200810153825" // 18 on 2026-10-15
	maja     = "198805762427" // samordningsnummer: born 1988-05-16
	oskar    = "199108233314" // lives outside the EES
	birgitta = "196311022724" // Åke's daughter, husligt arbete
)

var (
	sep = rules.Month{Year: 2026, Month: time.September}
	oct = rules.Month{Year: 2026, Month: time.October}
)

// Batch returns the demo register. It is the same on every call.
func Batch() rules.Batch {
	b := rules.Batch{
		Providers:   providers(),
		Customers:   customers(),
		Decisions:   decisions(),
		Assistants:  assistants(),
		Assignments: assignments(),
		Shifts:      shifts(),
		MonthInfos:  monthInfos(),
		Hospital: []rules.HospitalStay{
			{Customer: ake, FromDate: rules.D(2026, 9, 22), FromTime: hm(14, 30), ToDate: rules.D(2026, 9, 24), ToTime: hm(11, 0)},
		},
	}
	b.Costs = costs(b.Shifts)
	b.Schedules, b.Absences = schedules(), absences()
	return b
}

func hm(h, m int) rules.Clock { return rules.Clock(h*60 + m) }

func providers() []rules.Provider {
	return []rules.Provider{{
		Orgnr: provider, Name: "Fjällsippans Assistans AB", Kind: rules.Privat,
		Contact: "Annika Höglund", Phone: "090-12 34 56",
		IVOFrom: rules.D(2019, 5, 1), FSkatt: rules.Yes, EmployerRegistered: rules.Yes,
		// Personkrets 1 and 2 only: Ingrid (personkrets 3) is outside the permit.
		PermitGroup:    [3]rules.Flag{rules.Yes, rules.Yes, rules.No},
		PermitChildren: rules.Yes, PermitAdults: rules.Yes,
	}}
}

func customers() []rules.Customer {
	return []rules.Customer{
		{Pnr: marta, Name: "Märta Sjöström", Personkrets: 1},
		{Pnr: elsa, Name: "Elsa Öhman", Personkrets: 1,
			RepresentativeName: "Karin Öhman", RepresentativePnr: karin, RepresentativeRole: rules.Vardnadshavare},
		{Pnr: ake, Name: "Åke Lindström", Personkrets: 2,
			RepresentativeName: "Lars Bergqvist", RepresentativePnr: lars, RepresentativeRole: rules.GodMan},
		{Pnr: ingrid, Name: "Ingrid Näslund", Personkrets: 3},
	}
}

func decisions() []rules.Decision {
	return []rules.Decision{
		// 126 h a week = 18 h a day; her week is 105 h aktiv and 63 h väntetid (¼): 120,75 h.
		{Customer: marta, From: rules.D(2026, 1, 1), To: rules.D(2026, 12, 31), HoursPerWeekCenti: 12600,
			HourlyAmount: rules.Kr(378, 0), HigherAmount: true},
		{Customer: elsa, From: rules.D(2026, 1, 1), To: rules.D(2026, 12, 31), HoursPerWeekCenti: 4000,
			HourlyAmount: rules.Kr(347, 70), DoubleAssistance: true},
		// The renewal starts a day late: 2026-10-01 has no decision.
		{Customer: ake, From: rules.D(2025, 10, 1), To: rules.D(2026, 9, 30), HoursPerWeekCenti: 6500,
			HourlyAmount: rules.Kr(342, 60)},
		{Customer: ake, From: rules.D(2026, 10, 2), HoursPerWeekCenti: 6500, HourlyAmount: rules.Kr(347, 70)},
		{Customer: ingrid, From: rules.D(2026, 9, 1), HoursPerWeekCenti: 3600, HourlyAmount: rules.Kr(347, 70)},
	}
}

func assistants() []rules.Assistant {
	return []rules.Assistant{
		{Pnr: sara, Name: "Sara Lindqvist", Address: "Storgatan 12, 903 26 Umeå", Regime: rules.ATL, PeriodStart: rules.D(2026, 1, 1)},
		{Pnr: johan, Name: "Johan Åkesson", Address: "Västra Esplanaden 4, 903 26 Umeå", Regime: rules.ATL, PeriodStart: rules.D(2026, 1, 1)},
		{Pnr: fatima, Name: "Fatima Hassan", Address: "Ålidhemsgatan 31, 907 36 Umeå", Regime: rules.Avtal,
			PeriodStart: rules.D(2026, 7, 1), CollectiveAgreement: true},
		{Pnr: erik, Name: "Erik Nyström", Address: "Björkvägen 7, 905 86 Umeå", Regime: rules.Avtal,
			PeriodStart: rules.D(2026, 7, 1), CollectiveAgreement: true},
		{Pnr: linnea, Name: "Linnea Sjöberg", Address: "Tvärgatan 3, 903 30 Umeå", Regime: rules.ATL, PeriodStart: rules.D(2026, 1, 1)},
		{Pnr: maja, Name: "Maja Karlsson", Address: "Skolgatan 58, 903 29 Umeå", Regime: rules.Avtal,
			PeriodStart: rules.D(2026, 7, 1), CollectiveAgreement: true},
		{Pnr: oskar, Name: "Oskar Pettersson", Address: "14 King Street, Aberdeen AB24 5AX, Storbritannien",
			OutsideEES: true, Regime: rules.ATL, PeriodStart: rules.D(2026, 1, 1)},
		{Pnr: birgitta, Name: "Birgitta Lindström", Address: "Rönnbärsvägen 2, 913 31 Holmsund", Regime: rules.Husligt,
			PeriodStart: rules.D(2026, 9, 7)},
	}
}

func assignments() []rules.Assignment {
	by := func(asst, cust string, from, reported rules.Date) rules.Assignment {
		return rules.Assignment{Assistant: asst, Customer: cust, ProviderOrgnr: provider,
			Employer: rules.EmployerProvider, EmployedFrom: from, Reported3066: reported}
	}
	aug := func(d int) rules.Date { return rules.D(2026, 8, d) }
	return []rules.Assignment{
		by(sara, marta, rules.D(2024, 3, 1), rules.D(2024, 2, 26)),
		by(johan, marta, rules.D(2025, 6, 15), rules.D(2025, 6, 10)),
		by(fatima, marta, rules.D(2023, 11, 1), rules.D(2023, 10, 27)),
		by(erik, marta, aug(17), aug(12)),
		by(erik, elsa, rules.D(2022, 1, 10), rules.D(2022, 1, 5)),
		by(linnea, elsa, rules.D(2026, 10, 12), rules.D(2026, 10, 8)),
		by(maja, marta, aug(1), rules.D(2026, 7, 28)),
		by(maja, ingrid, aug(31), rules.D(2026, 9, 3)), // reached FK after her first two shifts
		by(fatima, ingrid, aug(31), aug(27)),
		by(oskar, marta, aug(24), aug(20)),
		by(oskar, ingrid, aug(31), aug(27)),
		by(sara, ake, rules.D(2026, 10, 15), rules.Date{}), // 3066 never sent
		{Assistant: birgitta, Customer: ake, ProviderOrgnr: provider, Employer: rules.EmployerCustomer,
			EmployedFrom: rules.D(2021, 4, 1), Reported3066: rules.D(2021, 3, 25), Related: true},
	}
}

var (
	day     = [2]rules.Clock{hm(7, 0), hm(15, 0)}
	evening = [2]rules.Clock{hm(15, 0), hm(22, 0)}
	night   = [2]rules.Clock{hm(22, 0), hm(7, 0)}
)

func shifts() []rules.Shift {
	var out []rules.Shift
	add := func(asst, cust string, d rules.Date, t [2]rules.Clock, k rules.Kind) {
		out = append(out, rules.Shift{Assistant: asst, Customer: cust, Date: d, Start: t[0], End: t[1], Kind: k})
	}
	swapDay := rules.D(2026, 10, 11)   // Oskar covers Maja's Sunday day shift at Märta
	double := rules.D(2026, 10, 12)    // Linnea joins Elsa's afternoons
	husligt := rules.D(2026, 10, 5)    // Birgitta's long weeks start
	lastNight := rules.D(2026, 10, 31) // the demo ends with October
	for d := sep.First(); !d.After(oct.Last()); d = d.AddDays(1) {
		wd := (int(d.Weekday()) + 6) % 7 // Monday = 0
		weekday := wd < 5

		// Märta, round the clock.
		switch {
		case weekday:
			add(sara, marta, d, day, rules.Aktiv)
		case d == swapDay:
			add(oskar, marta, d, day, rules.Aktiv)
		default:
			add(maja, marta, d, day, rules.Aktiv)
		}
		if weekday {
			add(johan, marta, d, evening, rules.Aktiv)
		} else {
			add(erik, marta, d, evening, rules.Aktiv)
		}
		switch {
		case d == lastNight:
		case wd <= 2 || wd == 6: // nights starting Sunday to Wednesday
			add(fatima, marta, d, night, rules.Vantetid)
		default:
			add(oskar, marta, d, night, rules.Vantetid)
		}

		// Elsa, after school Monday to Thursday.
		if wd <= 3 {
			add(erik, elsa, d, [2]rules.Clock{hm(15, 0), hm(20, 0)}, rules.Aktiv)
			if !d.Before(double) {
				add(linnea, elsa, d, [2]rules.Clock{hm(15, 0), hm(20, 0)}, rules.Aktiv)
			}
		}

		// Åke: his daughter's long days, not while he is in hospital; Sara on two Saturdays.
		inHospital := !d.Before(rules.D(2026, 9, 22)) && !d.After(rules.D(2026, 9, 24))
		if !inHospital && (wd <= 3 || wd == 4 && !d.Before(husligt)) {
			add(birgitta, ake, d, [2]rules.Clock{hm(8, 0), hm(20, 0)}, rules.Aktiv)
		}
		if d == rules.D(2026, 10, 17) || d == rules.D(2026, 10, 24) {
			add(sara, ake, d, [2]rules.Clock{hm(8, 0), hm(11, 0)}, rules.Aktiv)
		}

		// Ingrid, weekdays and two nights on call.
		switch {
		case wd <= 3:
			add(maja, ingrid, d, [2]rules.Clock{hm(9, 0), hm(15, 0)}, rules.Aktiv)
		case wd == 4:
			add(fatima, ingrid, d, [2]rules.Clock{hm(9, 0), hm(15, 0)}, rules.Aktiv)
		}
		if d == rules.D(2026, 10, 15) {
			add(fatima, ingrid, d, [2]rules.Clock{hm(6, 30), hm(9, 0)}, rules.Aktiv) // overlaps her night at Märta
		}
		if wd <= 1 {
			add(oskar, ingrid, d, night, rules.Beredskap)
		}
	}
	return out
}

func monthInfos() []rules.MonthInfo {
	sent := rules.D(2026, 10, 3)
	return []rules.MonthInfo{
		{Customer: marta, Month: sep, PrevPaymentUsed: rules.No, Sent: sent},
		{Customer: elsa, Month: sep, PrevPaymentUsed: rules.No, Sent: sent},
		{Customer: ake, Month: sep, PrevPaymentUsed: rules.No, Sent: sent},
		{Customer: ingrid, Month: sep, PrevPaymentUsed: rules.No, Sent: sent},
	}
}

// costs is Märta's cost report for September: each category at a plausible
// rate per hour, on the month's hours (every kind in full, as COSTS_HOURS
// compares), so that the report agrees with the shifts.
func costs(shifts []rules.Shift) []rules.Cost {
	minutes := 0
	for _, ct := range rules.MonthTotals(shifts, sep) {
		if ct.Customer == marta {
			minutes = ct.Sum()
		}
	}
	perHour := [6]rules.Ore{rules.Kr(268, 0), rules.Kr(31, 50), rules.Kr(9, 0), rules.Kr(4, 50), rules.Kr(6, 0), rules.Kr(34, 0)}
	out := make([]rules.Cost, 6)
	for i, rate := range perHour {
		out[i] = rules.Cost{Customer: marta, Month: sep, Category: i + 1,
			Amount:     rules.Ore(rules.RoundDiv(int64(minutes)*int64(rate), 60)),
			HoursCenti: rules.RoundDiv(int64(minutes)*100, 60)}
	}
	return out
}
