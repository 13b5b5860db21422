package rules

import "testing"

const kommunOrgnr = "5560000001"

// twoDays gives a1 shifts for cust on 10-12 and 10-05 (listed out of order on purpose).
func twoDays(d *MonthData, cust string) {
	d.Shifts = []Shift{
		sh(a1, cust, D(2026, 10, 12), "08:00", "16:00", Aktiv),
		sh(a1, cust, D(2026, 10, 5), "08:00", "16:00", Aktiv),
	}
}

func TestProviderPermit(t *testing.T) {
	p := func(d *MonthData) *Provider { return &d.Providers[0] }
	runCases(t, ProviderPermit, []caseT{
		// The permit starts 10-10: the shift of 10-05 is the first day without it.
		{"permit starts later", func(d *MonthData) { p(d).IVOFrom = D(2026, 10, 10); twoDays(d, cAdult) },
			[]exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		{"permit starts on the day", func(d *MonthData) { p(d).IVOFrom = D(2026, 10, 5); twoDays(d, cAdult) }, nil},
		{"permit ended the day before", func(d *MonthData) { p(d).IVOTo = D(2026, 10, 4); twoDays(d, cAdult) },
			[]exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		{"permit ends on the last shift", func(d *MonthData) { p(d).IVOTo = D(2026, 10, 12); twoDays(d, cAdult) }, nil},
		// Ends 10-10: 10-05 is covered, 10-12 is the first day outside.
		{"permit ends between", func(d *MonthData) { p(d).IVOTo = D(2026, 10, 10); twoDays(d, cAdult) },
			[]exp{{Block, cAdult, "", D(2026, 10, 12), 0}}},
		{"no permit", func(d *MonthData) { p(d).IVOFrom = Date{}; twoDays(d, cAdult) },
			[]exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		{"no F-skatt", func(d *MonthData) { p(d).FSkatt = No; twoDays(d, cChild) },
			[]exp{{Block, cChild, "", D(2026, 10, 5), 0}}},
		{"employer registration not recorded", func(d *MonthData) { p(d).EmployerRegistered = Unset; twoDays(d, cAdult) },
			[]exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		{"kommun", func(d *MonthData) {
			*p(d) = Provider{Orgnr: orgnr, Kind: Kommun}
			twoDays(d, cAdult)
		}, nil},
		// The assignment names the kommun; the private provider without permit is not a1's.
		{"assignment names the provider", func(d *MonthData) {
			p(d).IVOFrom = Date{}
			d.Providers = append(d.Providers, Provider{Orgnr: kommunOrgnr, Kind: Kommun})
			for i := range d.Assignments {
				d.Assignments[i].ProviderOrgnr = kommunOrgnr
			}
			twoDays(d, cAdult)
		}, nil},
		// An unknown provider number with two providers: no provider can be judged.
		{"unknown provider, two providers", func(d *MonthData) {
			p(d).IVOFrom = Date{}
			d.Providers = append(d.Providers, Provider{Orgnr: kommunOrgnr, Kind: Kommun})
			for i := range d.Assignments {
				d.Assignments[i].ProviderOrgnr = "9999999999"
			}
			twoDays(d, cAdult)
		}, nil},
		// With one provider, an empty or unknown provider number means that provider.
		{"unknown provider, one provider", func(d *MonthData) {
			p(d).IVOFrom = Date{}
			for i := range d.Assignments {
				d.Assignments[i].ProviderOrgnr = ""
			}
			twoDays(d, cAdult)
		}, []exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
	})
}

func TestPermitScope(t *testing.T) {
	p := func(d *MonthData) *Provider { return &d.Providers[0] }
	krets := func(d *MonthData, k int) { d.Customers[0].Personkrets = k } // cAdult
	runCases(t, PermitScope, []caseT{
		{"group not covered", func(d *MonthData) {
			krets(d, 2)
			p(d).PermitGroup = [3]Flag{Yes, Unset, Unset}
			twoDays(d, cAdult)
		}, []exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		{"groups not recorded", func(d *MonthData) { krets(d, 2); twoDays(d, cAdult) }, nil},
		{"group covered", func(d *MonthData) {
			krets(d, 2)
			p(d).PermitGroup = [3]Flag{No, Yes, No}
			twoDays(d, cAdult)
		}, nil},
		{"personkrets not recorded", func(d *MonthData) {
			p(d).PermitGroup = [3]Flag{Yes, No, No}
			twoDays(d, cAdult)
		}, nil},
		{"child, children not covered", func(d *MonthData) { p(d).PermitChildren = No; twoDays(d, cChild) },
			[]exp{{Block, cChild, "", D(2026, 10, 5), 0}}},
		{"child, children not recorded", func(d *MonthData) { p(d).PermitAdults = No; twoDays(d, cChild) }, nil},
		{"adult, adults not covered", func(d *MonthData) {
			p(d).PermitChildren, p(d).PermitAdults = Yes, No
			twoDays(d, cAdult)
		}, []exp{{Block, cAdult, "", D(2026, 10, 5), 0}}},
		// cTurning is 17 on 10-10 and 18 on 10-11: with children only, 10-11 is the first day outside.
		{"turns 18, children only", func(d *MonthData) {
			p(d).PermitChildren, p(d).PermitAdults = Yes, No
			d.Shifts = []Shift{
				sh(a1, cTurning, D(2026, 10, 10), "08:00", "16:00", Aktiv),
				sh(a1, cTurning, D(2026, 10, 11), "08:00", "16:00", Aktiv),
			}
		}, []exp{{Block, cTurning, "", D(2026, 10, 11), 0}}},
		{"18th birthday, adults only", func(d *MonthData) {
			p(d).PermitChildren, p(d).PermitAdults = No, Yes
			d.Shifts = []Shift{sh(a1, cTurning, D(2026, 10, 11), "08:00", "16:00", Aktiv)}
		}, nil},
		{"kommun", func(d *MonthData) {
			krets(d, 3)
			*p(d) = Provider{Orgnr: orgnr, Kind: Kommun, PermitGroup: [3]Flag{Yes, No, No}, PermitAdults: No}
			twoDays(d, cAdult)
		}, nil},
	})
}

func TestIDInvalid(t *testing.T) {
	runCases(t, IDInvalid, []caseT{
		// 194512121238: the check digit should be 9.
		{"customer", func(d *MonthData) { d.Customers = append(d.Customers, Customer{Pnr: "194512121238"}) },
			[]exp{{Block, "194512121238", "", Date{}, 0}}},
		{"representative", func(d *MonthData) { d.Customers[0].RepresentativePnr = "197003035678" },
			[]exp{{Block, "197003035678", "", Date{}, 0}}},
		{"valid representative", func(d *MonthData) { d.Customers[0].RepresentativePnr = a3 }, nil},
		// 199001611236 is a valid samordningsnummer (day 01 + 60).
		{"samordningsnummer", func(d *MonthData) { d.Assistants = append(d.Assistants, Assistant{Pnr: "199001611236"}) }, nil},
		{"assistant", func(d *MonthData) { d.Assistants = append(d.Assistants, Assistant{Pnr: "199001011238"}) },
			[]exp{{Block, "", "199001011238", Date{}, 0}}},
		// A sole trader is identified by the owner's personnummer.
		{"sole trader", func(d *MonthData) { d.Providers[0].Orgnr = a3 }, nil},
		{"provider", func(d *MonthData) { d.Providers[0].Orgnr = "5566778890" },
			[]exp{{Block, "5566778890", "", Date{}, 0}}},
	})
}
