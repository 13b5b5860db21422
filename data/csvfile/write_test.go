package csvfile

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
)

// fullBatch has records of every kind with the values that are easiest to get
// wrong: not-recorded flags, zero dates, missing clock times, an unknown shift
// kind, free text that a spreadsheet would take for a formula, and å/ä/ö.
func fullBatch() rules.Batch {
	sep, oct := rules.Month{Year: 2026, Month: 9}, rules.Month{Year: 2026, Month: 10}
	return rules.Batch{
		Providers: []rules.Provider{
			{Orgnr: orgnr, Name: "Assistans Norr AB", Kind: rules.Privat, Contact: "Åsa Öberg", Phone: "+46 90 12 34 56",
				IVOFrom: rules.D(2020, 1, 1), FSkatt: rules.Yes, EmployerRegistered: rules.No,
				PermitGroup: [3]rules.Flag{rules.Yes, rules.Unset, rules.No}, PermitAdults: rules.Yes},
			{Orgnr: "196811023339", Name: "Enskild firma; \"Åke\"", Kind: rules.EgenArbgiv}, // a sole trader's personnummer
		},
		Customers: []rules.Customer{
			{Pnr: custA, Name: "=HYPERLINK(\"http://x\")", Personkrets: 3},
			{Pnr: custB, Name: "Lilla My", RepresentativeName: "-Mamma", RepresentativePnr: custA,
				RepresentativeRole: rules.Vardnadshavare, Personkrets: 1},
		},
		Decisions: []rules.Decision{
			{Customer: custA, From: rules.D(2026, 1, 1), To: rules.D(2026, 12, 31), HoursPerWeekCenti: 3750, HourlyAmount: 34000},
			{Customer: custB, From: rules.D(2026, 3, 1), HoursPerWeekCenti: 16805, HourlyAmount: 37801, HigherAmount: true, DoubleAssistance: true},
		},
		Assistants: []rules.Assistant{
			{Pnr: asstA, Name: "@Anna", Address: "Storgatan 1, Umeå", Regime: rules.Husligt, PeriodStart: rules.D(2026, 1, 5), CollectiveAgreement: true},
			{Pnr: asstS, Name: "'Jonas'", Address: "+47 Oslo", OutsideEES: true, Unfit: true, Regime: rules.Avtal},
		},
		Assignments: []rules.Assignment{
			{Assistant: asstA, Customer: custA, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider,
				EmployedFrom: rules.D(2026, 1, 5), Reported3066: rules.D(2026, 1, 2)},
			{Assistant: asstS, Customer: custB, Employer: rules.EmployerOther, EmployerName: "Bemanning AB",
				EmployerOrgnr: orgnr2, Related: true},
		},
		Shifts: []rules.Shift{
			{Assistant: asstA, Customer: custA, Date: rules.D(2026, 10, 24), Start: 22 * 60, End: 7 * 60, Kind: rules.Vantetid},
			{Assistant: asstS, Customer: custB, Date: rules.D(2026, 10, 1), Start: 0, End: rules.NoClock, Kind: rules.Beredskap},
			{Assistant: asstS, Customer: custB, Date: rules.D(2026, 10, 2), Start: 7*60 + 5, End: 15 * 60, Kind: "+sovande"},
			{Assistant: asstS, Customer: custB, Date: rules.D(2026, 10, 3), Start: 8 * 60, End: 9 * 60, Kind: ""},
		},
		MonthInfos: []rules.MonthInfo{
			{Customer: custA, Month: sep, ChildcareSchool: true, Abroad: true, PrevPaymentUsed: rules.Yes, PrevPaymentLeft: 5, Sent: rules.D(2026, 10, 3)},
			{Customer: custA, Month: oct},
		},
		Hospital: []rules.HospitalStay{
			{Customer: custA, FromDate: rules.D(2026, 10, 12), FromTime: 0, ToDate: rules.D(2026, 10, 14), ToTime: 23*60 + 59},
			{Customer: custB, FromDate: rules.D(2026, 10, 30), FromTime: 12 * 60, ToTime: rules.NoClock},
		},
		Costs: []rules.Cost{
			{Customer: custB, Month: sep, Category: 1, Amount: 123456789, HoursCenti: 1},
			{Customer: custB, Month: sep, Category: 6, Amount: 0, HoursCenti: 0},
		},
		Schedules: []rules.ScheduleShift{
			{Customer: custA, From: rules.D(2026, 9, 28), Week: 1, Weekday: 1, Start: 8 * 60, End: 16 * 60,
				Kind: rules.Aktiv, Assistant: asstA, Weeks: 2},
			{Customer: custA, From: rules.D(2026, 9, 28), Week: 2, Weekday: 6, Start: 22 * 60, End: 7 * 60,
				Kind: rules.Vantetid, Assistant: asstS, Weeks: 2},
		},
		Absences: []rules.Absence{
			{Assistant: asstA, Date: rules.D(2026, 10, 14), Reason: rules.Sjuk, Replacement: asstS},
			{Assistant: asstS, Date: rules.D(2026, 10, 21), Reason: rules.Ledig},
		},
	}
}

// only keeps the records of one kind, as one file holds.
func only(kind string, b rules.Batch) rules.Batch {
	var out rules.Batch
	switch kind {
	case "providers":
		out.Providers = b.Providers
	case "customers":
		out.Customers = b.Customers
	case "decisions":
		out.Decisions = b.Decisions
	case "assistants":
		out.Assistants = b.Assistants
	case "assignments":
		out.Assignments = b.Assignments
	case "shifts":
		out.Shifts = b.Shifts
	case "months":
		out.MonthInfos = b.MonthInfos
	case "hospital":
		out.Hospital = b.Hospital
	case "costs":
		out.Costs = b.Costs
	case "schedules":
		out.Schedules = b.Schedules
	case "absences":
		out.Absences = b.Absences
	}
	return out
}

func TestRoundTripEveryKind(t *testing.T) {
	b := fullBatch()
	for _, kind := range Kinds {
		t.Run(kind, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(kind, &buf, b); err != nil {
				t.Fatal(err)
			}
			got, err := Read(kind, kind+".csv", &buf, today)
			if err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			if want := only(kind, b); !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestWriteFormat(t *testing.T) {
	var buf bytes.Buffer
	b := fullBatch()
	if err := Write("customers", &buf, b); err != nil {
		t.Fatal(err)
	}
	// The formula is guarded with ', quoted because it holds "; the representative
	// name "-Mamma" is guarded too; the 10-digit forms are never written.
	want := bom + "pnr;name;representative_name;representative_pnr;representative_role;personkrets\r\n" +
		"194512121239;\"'=HYPERLINK(\"\"http://x\"\")\";;;;3\r\n" +
		"201403152380;Lilla My;'-Mamma;194512121239;vardnadshavare;1\r\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	buf.Reset()
	if err := Write("decisions", &buf, b); err != nil {
		t.Fatal(err)
	}
	want = bom + "customer_pnr;from;to;hours_per_week;hourly_amount;higher_amount;double_assistance\r\n" +
		"194512121239;2026-01-01;2026-12-31;37,50;340,00;nej;nej\r\n" +
		"201403152380;2026-03-01;;168,05;378,01;ja;ja\r\n"
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	buf.Reset()
	if err := Write("providers", &buf, b); err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(buf.String(), "\r\n")[1]; got != "5566778899;Assistans Norr AB;privat;Åsa Öberg;'+46 90 12 34 56;2020-01-01;;ja;nej;ja;;nej;;ja" {
		t.Errorf("provider row %q", got)
	}
}

func TestWriteUnknownKind(t *testing.T) {
	if err := Write("brukare", &bytes.Buffer{}, rules.Batch{}); err == nil {
		t.Error("no error")
	}
}

// Every cell that Excel would run as a formula is neutralised, whatever its
// column, but a plain number; Read takes the ' off a free-text cell again.
func TestExcelWriterGuards(t *testing.T) {
	var buf bytes.Buffer
	x := NewExcelWriter(&buf)
	cells := []string{"=1+1", "+46", "-x", "@sum", "\tx", "'", "'=x", "Anna", "", "a=b", "-12,50", "3.5", "-", "1,", "-1+2"}
	if err := x.Write(cells); err != nil {
		t.Fatal(err)
	}
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
	want := bom + `'=1+1;'+46;'-x;'@sum;'` + "\t" + `x;'';''=x;Anna;;a=b;-12,50;3.5;'-;1,;'-1+2` + "\r\n"
	if got := buf.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, s := range cells {
		g := s
		if needsGuard(s) && !plainNumber(s) {
			g = "'" + s
		}
		if got := unguard(g); got != s {
			t.Errorf("unguard(%q) = %q, want %q", g, got, s)
		}
	}
}
