package data

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
)

const (
	orgnr = "5566778899"
	cust1 = "194512121239"
	cust2 = "201001011234"
	asst1 = "199001011239"
	asst2 = "198505051234"
)

var (
	provider = rules.Provider{Orgnr: orgnr, Name: "Assistans AB", Kind: rules.Privat, Contact: "Eva", Phone: "08-123",
		IVOFrom: rules.D(2020, 1, 1), FSkatt: rules.Yes, EmployerRegistered: rules.No,
		PermitGroup: [3]rules.Flag{rules.Yes, rules.Unset, rules.No}, PermitChildren: rules.Unset, PermitAdults: rules.Yes}
	customer1 = rules.Customer{Pnr: cust1, Name: "Karl Kund", RepresentativeName: "Gun God", RepresentativePnr: "196001011234",
		RepresentativeRole: rules.GodMan, Personkrets: 2}
	customer2  = rules.Customer{Pnr: cust2, Name: "Lisa Liten", RepresentativeRole: rules.Vardnadshavare}
	assistant1 = rules.Assistant{Pnr: asst1, Name: "Anna Assistent", Address: "Gatan 1", Regime: rules.ATL,
		PeriodStart: rules.D(2026, 1, 1), CollectiveAgreement: true}
	assistant2 = rules.Assistant{Pnr: asst2, Name: "Bo Bror", Regime: rules.Husligt, OutsideEES: true, Unfit: true}
)

// register fills the registers most tests need.
func register(t testing.TB, s *Store) {
	t.Helper()
	must(t, s.Apply(ctx, rules.Batch{
		Providers:  []rules.Provider{provider},
		Customers:  []rules.Customer{customer1, customer2},
		Assistants: []rules.Assistant{assistant1, assistant2},
	}))
}

// equal compares records as stored, leaving their versions out (versions_test.go checks those).
func equal[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(unversioned(got), unversioned(want)) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

// unversioned is a copy of v with every field named Version set to 0.
func unversioned[T any](v T) T {
	c := reflect.New(reflect.TypeOf(&v).Elem()).Elem()
	c.Set(copyClearing(reflect.ValueOf(&v).Elem()))
	return c.Interface().(T)
}

func copyClearing(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			c.Index(i).Set(copyClearing(v.Index(i)))
		}
		return c
	case reflect.Struct:
		c := reflect.New(v.Type()).Elem()
		c.Set(v)
		for i := range v.NumField() {
			f := v.Type().Field(i)
			switch {
			case !f.IsExported():
			case f.Name == "Version":
				c.Field(i).SetInt(0)
			default:
				c.Field(i).Set(copyClearing(v.Field(i)))
			}
		}
		return c
	}
	return v
}

func TestRegistersRoundTrip(t *testing.T) {
	s := openTest(t)
	register(t, s)
	dec := rules.Decision{Customer: cust1, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 3750, HourlyAmount: 33260,
		HigherAmount: true, DoubleAssistance: true}
	dec2 := rules.Decision{Customer: cust2, From: rules.D(2025, 6, 1), To: rules.D(2026, 5, 31), HoursPerWeekCenti: 100}
	must(t, s.SaveDecision(ctx, dec2))
	must(t, s.SaveDecision(ctx, dec))
	asg := rules.Assignment{Assistant: asst1, Customer: cust1, ProviderOrgnr: orgnr, Employer: rules.EmployerOther,
		EmployerName: "Annan AB", EmployerOrgnr: "5512345678", EmployedFrom: rules.D(2025, 12, 1),
		Reported3066: rules.D(2026, 1, 15), Related: true}
	asg2 := rules.Assignment{Assistant: asst2, Customer: cust2, Employer: rules.EmployerCustomer} // no provider: NULL reference
	must(t, s.SaveAssignment(ctx, asg))
	must(t, s.SaveAssignment(ctx, asg2))

	ps, err := s.Providers(ctx)
	must(t, err)
	equal(t, "providers", ps, []rules.Provider{provider})
	cs, err := s.Customers(ctx)
	must(t, err)
	equal(t, "customers", cs, []rules.Customer{customer1, customer2})
	as, err := s.Assistants(ctx)
	must(t, err)
	equal(t, "assistants (by pnr)", as, []rules.Assistant{assistant2, assistant1})
	ds, err := s.Decisions(ctx, "")
	must(t, err)
	equal(t, "all decisions (by customer)", ds, []rules.Decision{dec, dec2})
	ds, err = s.Decisions(ctx, cust2)
	must(t, err)
	equal(t, "decisions of cust2", ds, []rules.Decision{dec2})
	gs, err := s.Assignments(ctx)
	must(t, err)
	equal(t, "assignments", gs, []rules.Assignment{asg2, asg})

	// Saving again with a change updates in place.
	dec.HoursPerWeekCenti = 4000
	must(t, s.SaveDecision(ctx, dec))
	ds, err = s.Decisions(ctx, cust1)
	must(t, err)
	equal(t, "updated decision", ds, []rules.Decision{dec})

	must(t, s.DeleteDecision(ctx, cust1, dec.From))
	must(t, s.DeleteAssignment(ctx, asst1, cust1))
	if err := s.DeleteDecision(ctx, cust1, dec.From); !errors.Is(err, ErrNotFound) {
		t.Errorf("second DeleteDecision = %v, want ErrNotFound", err)
	}
	if err := s.DeleteAssignment(ctx, asst1, cust1); !errors.Is(err, ErrNotFound) {
		t.Errorf("second DeleteAssignment = %v, want ErrNotFound", err)
	}
}

func TestMonthFactsRoundTrip(t *testing.T) {
	s := openTest(t)
	register(t, s)
	oct := rules.Month{Year: 2026, Month: 10}
	mi := rules.MonthInfo{Customer: cust1, Month: oct, ChildcareSchool: true, Abroad: true,
		PrevPaymentUsed: rules.Yes, PrevPaymentLeft: rules.Kr(1234, 50)}
	mi2 := rules.MonthInfo{Customer: cust2, Month: oct, PrevPaymentUsed: rules.No}
	must(t, s.SaveMonthInfo(ctx, mi))
	must(t, s.SaveMonthInfo(ctx, mi2))
	must(t, s.SaveMonthInfo(ctx, rules.MonthInfo{Customer: cust1, Month: oct.Next()}))
	got, err := s.MonthInfo(ctx, cust1, oct)
	must(t, err)
	equal(t, "month info", got, mi)
	got, err = s.MonthInfo(ctx, cust1, oct.Prev())
	must(t, err)
	equal(t, "month info never saved", got, rules.MonthInfo{Customer: cust1, Month: oct.Prev()})
	all, err := s.MonthInfos(ctx, oct)
	must(t, err)
	equal(t, "month infos of October", all, []rules.MonthInfo{mi, mi2})

	h1 := rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 10, 3), FromTime: 14 * 60, ToDate: rules.D(2026, 10, 9), ToTime: 10 * 60}
	h2 := rules.HospitalStay{Customer: cust1, FromDate: rules.D(2026, 11, 1), FromTime: rules.NoClock, ToTime: rules.NoClock} // still there, times unknown
	must(t, s.SaveHospitalStay(ctx, h1))
	must(t, s.SaveHospitalStay(ctx, h2))
	must(t, s.SaveHospitalStay(ctx, h2)) // same key (a NULL time matches itself): no second row
	hs, err := s.HospitalStays(ctx, "")
	must(t, err)
	equal(t, "hospital stays", hs, []rules.HospitalStay{h1, h2})
	must(t, s.DeleteHospitalStay(ctx, rules.HospitalStay{Customer: cust1, FromDate: h2.FromDate, FromTime: rules.NoClock}))
	hs, err = s.HospitalStays(ctx, cust1)
	must(t, err)
	equal(t, "hospital stays after delete", hs, []rules.HospitalStay{h1})

	c := rules.Cost{Customer: cust1, Month: oct, Category: 3, Amount: rules.Kr(5000, 0), HoursCenti: 12050}
	must(t, s.SaveCost(ctx, c))
	must(t, s.SaveCost(ctx, rules.Cost{Customer: cust1, Month: oct.Next(), Category: 1, Amount: 1}))
	if err := s.SaveCost(ctx, rules.Cost{Customer: cust1, Month: oct, Category: 7}); err == nil || !strings.Contains(err.Error(), "Kostnadskategori 7") {
		t.Errorf("category 7 = %v, want refusal", err)
	}
	cs, err := s.Costs(ctx, oct)
	must(t, err)
	equal(t, "costs of October", cs, []rules.Cost{c})
	must(t, s.DeleteCost(ctx, cust1, oct, 3))
	cs, err = s.Costs(ctx, oct)
	must(t, err)
	equal(t, "costs after delete", len(cs), 0)

	pt := []rules.PrintedTotals{{Customer: cust1, Month: oct, Totals: rules.Totals{Aktiv: 600, Vantetid: 30, Beredskap: 7}}}
	must(t, s.RecordPrinted(ctx, pt, "FK vet om det"))
	gotP, err := s.Printed(ctx, oct)
	must(t, err)
	equal(t, "printed", gotP, pt)
	rows, err := s.Audit(ctx, TablePrinted, cust1+"/2026-10")
	must(t, err)
	if len(rows) != 1 || rows[0].Note != "FK vet om det" || !strings.Contains(rows[0].New, `"override_reason":"FK vet om det"`) {
		t.Errorf("audit of printed = %+v", rows)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	s := openTest(t)
	st, err := s.Settings(ctx)
	must(t, err)
	equal(t, "settings before any save", st, rules.DefaultSettings())

	st.DailyRestMin = 10 * 60
	st.DailyRestSeverity = rules.Block
	st.Agreement = "Sobona/SKR–Kommunal"
	st.Schablon = map[int]rules.Ore{2026: 34000}
	must(t, s.SaveSettings(ctx, st))
	got, err := s.Settings(ctx)
	must(t, err)
	equal(t, "saved settings", got, st)
}

func TestDeleteRefusedWithShifts(t *testing.T) {
	s := openTest(t)
	register(t, s)
	must(t, s.SaveDecision(ctx, rules.Decision{Customer: cust2, From: rules.D(2026, 1, 1)}))
	must(t, s.SaveAssignment(ctx, rules.Assignment{Assistant: asst1, Customer: cust1, ProviderOrgnr: orgnr}))
	_, err := s.SaveShift(ctx, rules.Shift{Assistant: asst1, Customer: cust1, Date: rules.D(2026, 10, 1), Start: 480, End: 960, Kind: rules.Aktiv})
	must(t, err)

	err = s.DeleteCustomer(ctx, cust1)
	if !errors.Is(err, ErrHasShifts) || !strings.Contains(err.Error(), "Kunden 194512121239 har 1 pass") {
		t.Errorf("DeleteCustomer with shifts = %v, want ErrHasShifts naming the customer", err)
	}
	if err := s.DeleteAssistant(ctx, asst1); !errors.Is(err, ErrHasShifts) {
		t.Errorf("DeleteAssistant with shifts = %v, want ErrHasShifts", err)
	}
	if err := s.DeleteProvider(ctx, orgnr); !errors.Is(err, ErrInUse) {
		t.Errorf("DeleteProvider named by an assignment = %v, want ErrInUse", err)
	}

	// Without shifts, the customer goes, and its decision with it.
	must(t, s.DeleteCustomer(ctx, cust2))
	ds, err := s.Decisions(ctx, "")
	must(t, err)
	equal(t, "decisions after deleting cust2", len(ds), 0)
	must(t, s.DeleteAssistant(ctx, asst2))
	if err := s.DeleteCustomer(ctx, cust2); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a deleted customer = %v, want ErrNotFound", err)
	}
	cs, err := s.Customers(ctx)
	must(t, err)
	equal(t, "customers left", len(cs), 1)
	// The cascaded decision is in the audit trail.
	rows, err := s.Audit(ctx, TableDecisions, cust2+"/2026-01-01")
	must(t, err)
	if len(rows) != 2 || rows[1].New != "" || rows[1].Old == "" {
		t.Errorf("audit of the deleted decision = %+v, want an insert then a delete", rows)
	}
}

func TestInactiveFlags(t *testing.T) {
	s := openTest(t)
	register(t, s)
	must(t, s.SetCustomerInactive(ctx, cust1, true))
	must(t, s.SetAssistantInactive(ctx, asst1, true))
	// Import files carry no inactive column: importing the registers again keeps the flags.
	register(t, s)
	cs, err := s.Customers(ctx)
	must(t, err)
	as, err := s.Assistants(ctx)
	must(t, err)
	if !cs[0].Inactive || cs[1].Inactive || !as[1].Inactive || as[0].Inactive {
		t.Errorf("inactive flags after re-import: customers %+v assistants %+v", cs, as)
	}
	must(t, s.SetCustomerInactive(ctx, cust1, false))
	cs, err = s.Customers(ctx)
	must(t, err)
	if cs[0].Inactive {
		t.Error("customer still inactive after SetCustomerInactive(false)")
	}
	if err := s.SetAssistantInactive(ctx, "190001011234", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown assistant = %v, want ErrNotFound", err)
	}
}

func TestMissingReferenceNamed(t *testing.T) {
	s := openTest(t)
	register(t, s)
	err := s.SaveAssignment(ctx, rules.Assignment{Assistant: asst1, Customer: cust1, ProviderOrgnr: "1111111111"})
	if !errors.Is(err, ErrNotFound) || err.Error() != "Anordnaren 1111111111 finns inte i registret." {
		t.Errorf("assignment with unknown provider = %v", err)
	}
	err = s.SaveDecision(ctx, rules.Decision{Customer: "190101011234", From: rules.D(2026, 1, 1)})
	if err == nil || err.Error() != "Kunden 190101011234 finns inte i registret." {
		t.Errorf("decision of unknown customer = %v", err)
	}
	if err := s.SaveCustomer(ctx, rules.Customer{Name: "Utan nummer"}); err == nil || err.Error() != "Uppgiften saknar personnummer." {
		t.Errorf("customer without pnr = %v", err)
	}
}
