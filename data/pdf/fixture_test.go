package pdf

import (
	"time"

	"assistans/rules"
)

// Fixtures shared by the tests: March 2025, one customer, one assistant.

var (
	march2025 = rules.Month{Year: 2025, Month: time.March}

	testCustomer = rules.Customer{
		Pnr: "198503121234", Name: "Åsa Öberg-Ärlig",
		RepresentativeName: "Göran Ängström", RepresentativePnr: "196001011234",
		RepresentativeRole: rules.GodMan,
	}
	testAssistant = rules.Assistant{
		Pnr: "199207152345", Name: "Björn Sjöström", CollectiveAgreement: true,
	}
	testProvider = rules.Provider{
		Orgnr: "5561234567", Name: "Assistansbolaget Väst AB", Kind: rules.Privat,
		Contact: "Märta Lövgren", Phone: "031-12 34 56",
	}
)

func shift(d rules.Date, from, to string, k rules.Kind) rules.Shift {
	a, err := rules.ParseClock(from)
	if err != nil {
		panic(err)
	}
	b, err := rules.ParseClock(to)
	if err != nil {
		panic(err)
	}
	return rules.Shift{Assistant: testAssistant.Pnr, Customer: testCustomer.Pnr, Date: d, Start: a, End: b, Kind: k}
}

// shifts45 are 45 shifts for March 2025 (in shuffled order, as a store may give them):
//   - 28 Feb 22:00–06:00 väntetid, printed as 1 March 00:00–06:00: 6 h in March
//   - 1–31 March 08:00–16:00 aktiv: 31 × 8 h = 248 h
//   - 1–11 March 16:00–20:30 beredskap: 11 × 4 h 30 = 49 h 30
//   - 29 March 22:00–07:00 väntetid, the night summer time starts (02:00 on
//     the 30th): 8 h, not 9
//   - 31 March 21:45–07:00 väntetid, into April: 2 h 15 in March, printed to 24:00
//
// Totals by hand: aktiv 248 h 00 = 14880 min; väntetid 6 h + 8 h + 2 h 15 =
// 16 h 15 = 975 min; beredskap 49 h 30 = 2970 min.
func shifts45() []rules.Shift {
	var s []rules.Shift
	s = append(s, shift(rules.D(2025, 3, 31), "21:45", "07:00", rules.Vantetid))
	for d := 31; d >= 1; d-- {
		s = append(s, shift(rules.D(2025, 3, d), "08:00", "16:00", rules.Aktiv))
	}
	for d := 1; d <= 11; d++ {
		s = append(s, shift(rules.D(2025, 3, d), "16:00", "20:30", rules.Beredskap))
	}
	s = append(s, shift(rules.D(2025, 3, 29), "22:00", "07:00", rules.Vantetid))
	s = append(s, shift(rules.D(2025, 2, 28), "22:00", "06:00", rules.Vantetid))
	return s
}

func report3059() Report3059 {
	shifts := shifts45()
	totals := rules.MonthTotals(shifts, march2025)
	var t rules.Totals
	if len(totals) == 1 && len(totals[0].Assistants) == 1 {
		t = totals[0].Assistants[0].Totals
	}
	return Report3059{
		Month: march2025, Customer: testCustomer, Assistant: testAssistant, Provider: testProvider,
		Assignment: rules.Assignment{Assistant: testAssistant.Pnr, Customer: testCustomer.Pnr,
			ProviderOrgnr: testProvider.Orgnr, Employer: rules.EmployerProvider},
		Shifts: shifts,
		Periods: []Period{
			{rules.D(2025, 2, 3), rules.D(2025, 3, 2)},
			{rules.D(2025, 3, 3), rules.D(2025, 3, 30)},
			{rules.D(2025, 3, 31), rules.D(2025, 4, 27)},
		},
		Totals: t,
	}
}

// report3057 has the same totals as report3059 and a cost report on 200,00 hours;
// see TestCostReport for the figures worked by hand.
func report3057() Report3057 {
	r := report3059()
	costs := []rules.Cost{
		{Category: 1, Amount: rules.Kr(68432, 17)},
		{Category: 2, Amount: rules.Kr(12345, 0)},
		{Category: 3, Amount: rules.Kr(1250, 0)},
		{Category: 4, Amount: rules.Kr(480, 0)},
		{Category: 5, Amount: rules.Kr(912, 35)},
		{Category: 6, Amount: rules.Kr(6100, 0)},
	}
	for i := range costs {
		costs[i].Customer, costs[i].Month, costs[i].HoursCenti = testCustomer.Pnr, march2025, 20000
	}
	return Report3057{
		Month: march2025, Customer: testCustomer, Representative: true, Provider: testProvider,
		Totals: r.Totals, InfoRecorded: true,
		Info: rules.MonthInfo{Customer: testCustomer.Pnr, Month: march2025, ChildcareSchool: true,
			PrevPaymentUsed: rules.No, PrevPaymentLeft: rules.Kr(1520, 50)},
		Hospital: []rules.HospitalStay{
			{Customer: testCustomer.Pnr, FromDate: rules.D(2025, 2, 26), FromTime: 14*60 + 30, ToDate: rules.D(2025, 3, 3), ToTime: 11 * 60},
			{Customer: testCustomer.Pnr, FromDate: rules.D(2025, 3, 20), FromTime: 8 * 60, ToDate: rules.D(2025, 3, 21), ToTime: 16*60 + 45},
		},
		Costs: costs, CostHoursCenti: 20000, HigherAmount: true,
	}
}
