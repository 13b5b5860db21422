package csvfile

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
	"assistans/rules/say"
)

var today = rules.D(2026, 11, 1)

const bom = "\ufeff"

// Identity numbers used below; each check digit was computed by hand with the
// Luhn rule (e.g. 451212123: 8+5+2+2+2+2+2+2+6 = 31, so the check digit is 9).
const (
	custA  = "194512121239"
	custB  = "201403152380" // a child
	asstA  = "199001011239"
	asstS  = "198805762484" // samordningsnummer (day 76 = 16 + 60)
	orgnr  = "5566778899"
	orgnr2 = "5590123450"
)

func TestReadEveryKind(t *testing.T) {
	tests := []struct {
		kind, file string
		want       rules.Batch
	}{
		{"providers",
			bom + "orgnr;name;kind;contact;phone;ivo_permit_from;ivo_permit_to;fskatt;employer_registered;permit_group1;permit_group2;permit_group3;permit_children;permit_adults\r\n" +
				"556677-8899;Assistans Norr AB;privat;Åsa Öberg;'+46 90 12 34 56;2020-01-01;;ja;JA;ja;Nej;;yes;1\r\n",
			rules.Batch{Providers: []rules.Provider{{Orgnr: orgnr, Name: "Assistans Norr AB", Kind: rules.Privat,
				Contact: "Åsa Öberg", Phone: "+46 90 12 34 56", IVOFrom: rules.D(2020, 1, 1),
				FSkatt: rules.Yes, EmployerRegistered: rules.Yes,
				PermitGroup: [3]rules.Flag{rules.Yes, rules.No, rules.Unset}, PermitChildren: rules.Yes, PermitAdults: rules.Yes}}}},
		{"customers", // comma separator, reordered columns, a left-out column, 10-digit numbers
			"name,pnr,representative_role,representative_pnr\n" +
				"Göran Ström,451212-1239,,\n" +
				"\"Lilla My, barn\",140315-2380,Vårdnadshavare,19451212-1239\n",
			rules.Batch{Customers: []rules.Customer{
				{Pnr: custA, Name: "Göran Ström"},
				{Pnr: custB, Name: "Lilla My, barn", RepresentativePnr: custA, RepresentativeRole: rules.Vardnadshavare}}}},
		{"decisions",
			bom + "customer_pnr;from;to;hours_per_week;hourly_amount;higher_amount;double_assistance\n" +
				"194512121239;2026-01-01;2026-12-31;37,5;340,00;nej;0\n" +
				"194512121239;2027-01-01;;120.25;378;JA;ja\n",
			rules.Batch{Decisions: []rules.Decision{
				{Customer: custA, From: rules.D(2026, 1, 1), To: rules.D(2026, 12, 31), HoursPerWeekCenti: 3750, HourlyAmount: 34000},
				{Customer: custA, From: rules.D(2027, 1, 1), HoursPerWeekCenti: 12025, HourlyAmount: 37800, HigherAmount: true, DoubleAssistance: true}}}},
		{"assistants",
			"regime;pnr;name;address;outside_ees;unfit;period_start;collective_agreement\n" +
				"husligt;199001011239;Anna Ek;Storgatan 1, Umeå;nej;nej;2026-01-05;ja\n" +
				"atl;19880576-2484;Jonas Väring;Oslo;ja;;;\n",
			rules.Batch{Assistants: []rules.Assistant{
				{Pnr: asstA, Name: "Anna Ek", Address: "Storgatan 1, Umeå", Regime: rules.Husligt, PeriodStart: rules.D(2026, 1, 5), CollectiveAgreement: true},
				{Pnr: asstS, Name: "Jonas Väring", Address: "Oslo", OutsideEES: true, Regime: rules.ATL}}}},
		{"assignments",
			"assistant_pnr,customer_pnr,provider_orgnr,employer,employer_name,employer_orgnr,employed_from,reported_3066,related\n" +
				"199001011239,194512121239,5566778899,anordnare,,,2026-01-05,2026-01-02,nej\n" +
				"198805762484,194512121239,,annan,Bemanning AB,559012-3450,2026-03-01,,ja\n",
			rules.Batch{Assignments: []rules.Assignment{
				{Assistant: asstA, Customer: custA, ProviderOrgnr: orgnr, Employer: rules.EmployerProvider,
					EmployedFrom: rules.D(2026, 1, 5), Reported3066: rules.D(2026, 1, 2)},
				{Assistant: asstS, Customer: custA, Employer: rules.EmployerOther, EmployerName: "Bemanning AB",
					EmployerOrgnr: orgnr2, EmployedFrom: rules.D(2026, 3, 1), Related: true}}}},
		{"shifts", // no end column at all: every end is NoClock
			bom + "date;start;assistant_pnr;customer_pnr;kind\n" +
				"2026-10-01;7:00;199001011239;194512121239;aktiv\n" +
				"2026-10-01;22:00;199001011239;194512121239;väntetid\n" +
				"2026-10-02;22:00;199001011239;194512121239;sovande\n",
			rules.Batch{Shifts: []rules.Shift{
				{Assistant: asstA, Customer: custA, Date: rules.D(2026, 10, 1), Start: 7 * 60, End: rules.NoClock, Kind: rules.Aktiv},
				{Assistant: asstA, Customer: custA, Date: rules.D(2026, 10, 1), Start: 22 * 60, End: rules.NoClock, Kind: rules.Vantetid},
				{Assistant: asstA, Customer: custA, Date: rules.D(2026, 10, 2), Start: 22 * 60, End: rules.NoClock, Kind: "sovande"}}}},
		{"months",
			"customer_pnr;month;childcare_school;abroad;prev_payment_used;prev_payment_left;sent\n" +
				"194512121239;2026-09;ja;nej;;;2026-10-03\n" +
				"194512121239;2026-10;nej;nej;nej;1 234,5;\n",
			rules.Batch{MonthInfos: []rules.MonthInfo{
				{Customer: custA, Month: rules.Month{Year: 2026, Month: 9}, ChildcareSchool: true, Sent: rules.D(2026, 10, 3)},
				{Customer: custA, Month: rules.Month{Year: 2026, Month: 10}, PrevPaymentUsed: rules.No, PrevPaymentLeft: 123450}}}},
		{"hospital",
			"to_time,to_date,from_time,from_date,customer_pnr\n" +
				"12:00,2026-10-14,08:30,2026-10-12,194512121239\n" +
				",,23:15,2026-10-30,194512121239\n",
			rules.Batch{Hospital: []rules.HospitalStay{
				{Customer: custA, FromDate: rules.D(2026, 10, 12), FromTime: 8*60 + 30, ToDate: rules.D(2026, 10, 14), ToTime: 12 * 60},
				{Customer: custA, FromDate: rules.D(2026, 10, 30), FromTime: 23*60 + 15, ToTime: rules.NoClock}}}},
		{"costs",
			"customer_pnr;month;category;amount;hours\n" +
				"194512121239;2026-09;1;98765,40;300\n" +
				"194512121239;2026-09;6;1500.5;300,25\n",
			rules.Batch{Costs: []rules.Cost{
				{Customer: custA, Month: rules.Month{Year: 2026, Month: 9}, Category: 1, Amount: 9876540, HoursCenti: 30000},
				{Customer: custA, Month: rules.Month{Year: 2026, Month: 9}, Category: 6, Amount: 150050, HoursCenti: 30025}}}},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			got, err := Read(tc.kind, tc.kind+".csv", strings.NewReader(tc.file), today)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// errorsOf asserts that err is an *Errors and returns it.
func errorsOf(t *testing.T, err error) *Errors {
	t.Helper()
	var e *Errors
	if !errors.As(err, &e) {
		t.Fatalf("want *Errors, got %T %v", err, err)
	}
	return e
}

func TestReadListsEveryBadRow(t *testing.T) {
	file := "pnr;name;personkrets\n" +
		"194512121239;Göran;1\n" + // line 2: good
		"19451212-1238;Bo;2\n" + // line 3: check digit (9 is right)
		"201403152380;Lilla My;\n" + // line 4: good
		"199001011239;Eva;4\n" + // line 5: personkrets
		";Utan nummer;\n" + // line 6: empty key
		"196811023339;Åke;3\n" // line 7: good
	_, err := Read("customers", "kunder.csv", strings.NewReader(file), today)
	got := errorsOf(t, err)
	want := []string{
		`kunder.csv:3: kolumn pnr: "19451212-1238": kontrollsiffran stämmer inte`,
		`kunder.csv:5: kolumn personkrets: "4": skriv 1, 2 eller 3 (personkrets enligt 1 § LSS), eller lämna tomt`,
		`kunder.csv:6: kolumn pnr: "": värdet saknas (kolumnen ingår i radens nyckel)`,
	}
	if s := got.Error(); s != strings.Join(want, "\n") || got.More != 0 {
		t.Fatalf("got\n%s\n(more %d)\nwant\n%s", s, got.More, strings.Join(want, "\n"))
	}
	english := []string{
		`kunder.csv:3: column pnr: "19451212-1238": the check digit is wrong`,
		`kunder.csv:5: column personkrets: "4": write 1, 2 or 3 (personkrets under 1 § LSS), or leave it empty`,
		`kunder.csv:6: column pnr: "": the value is missing (the column is part of the row's key)`,
	}
	for i, e := range got.List {
		if s := e.Text(say.English); s != english[i] {
			t.Errorf("English %d: %q, want %q", i, s, english[i])
		}
	}
}

func TestReadReportsSeveralCellsOfOneRowInFileOrder(t *testing.T) {
	file := "date,assistant_pnr,customer_pnr,start,end,kind\n" +
		"2026-13-01,199001011239,194512121238,7.00,15:00,aktiv\n"
	_, err := Read("shifts", "pass.csv", strings.NewReader(file), today)
	got := errorsOf(t, err)
	want := []string{
		`pass.csv:2: kolumn date: "2026-13-01": ogiltigt datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-10-05)`,
		`pass.csv:2: kolumn customer_pnr: "194512121238": kontrollsiffran stämmer inte`,
		`pass.csv:2: kolumn start: "7.00": ogiltig tid (skriv TT:MM, t.ex. 07:30)`,
	}
	if s := got.Error(); s != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", s, strings.Join(want, "\n"))
	}
}

func TestReadCapsTheList(t *testing.T) {
	var b strings.Builder
	b.WriteString("pnr;personkrets\n")
	for range MaxErrors + 50 {
		b.WriteString("194512121239;9\n")
	}
	_, err := Read("customers", "k.csv", strings.NewReader(b.String()), today)
	got := errorsOf(t, err)
	// 250 rows, each with one bad cell; a row with a bad cell is not compared
	// for duplicate keys, so there are exactly 250 errors: 200 listed, 50 counted.
	if len(got.List) != MaxErrors || got.More != 50 {
		t.Fatalf("listed %d, more %d; want %d and 50", len(got.List), got.More, MaxErrors)
	}
	if !strings.HasSuffix(got.Error(), "\noch 50 fel till") {
		t.Errorf("no final count: ...%s", got.Error()[len(got.Error())-40:])
	}
}

func TestReadDuplicateKeys(t *testing.T) {
	file := "customer_pnr;from;hours_per_week\n" +
		"194512121239;2026-01-01;10\n" +
		"194512121239;2026-07-01;10\n" +
		"451212-1239;2026-01-01;20\n" // line 4: the same key as line 2, written in another form
	_, err := Read("decisions", "beslut.csv", strings.NewReader(file), today)
	got := errorsOf(t, err)
	want := []RowError{{File: "beslut.csv", Line: 4, Column: "customer_pnr, from", Value: "451212-1239, 2026-01-01",
		Why: rules.Because(rules.SameKey, 2)}}
	if !reflect.DeepEqual(got.List, want) {
		t.Fatalf("got %+v\nwant %+v", got.List, want)
	}
}

func TestReadRefusesLatin1(t *testing.T) {
	// "Göran" saved by an old Excel as Latin-1: ö is the single byte 0xF6.
	file := "pnr;name\n194512121239;G\xf6ran\n"
	_, err := Read("customers", "kunder.csv", strings.NewReader(file), today)
	got := errorsOf(t, err)
	if len(got.List) != 1 || got.List[0].Line != 2 || got.List[0].Why.Code != rules.NotUTF8 {
		t.Fatalf("got %+v", got.List)
	}
	if !strings.Contains(got.Error(), "UTF-8") {
		t.Errorf("message does not say how to save: %s", got)
	}
}

func TestReadFileLevelErrors(t *testing.T) {
	tests := []struct{ name, file, want string }{
		{"empty", "", "k.csv: filen är tom; första raden ska namnge kolumnerna: pnr;name;representative_name;representative_pnr;representative_role;personkrets"},
		{"bom only", bom, "k.csv: filen är tom; första raden ska namnge kolumnerna: pnr;name;representative_name;representative_pnr;representative_role;personkrets"},
		{"blank first line", "\npnr\n194512121239\n", "k.csv:1: första raden är tom; den ska namnge kolumnerna: pnr;name;representative_name;representative_pnr;representative_role;personkrets"},
		{"utf-16", "\xff\xfep\x00n\x00r\x00", `k.csv: filen är sparad som UTF-16 (Unicode-text); spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och importera igen`},
		{"unknown and duplicate column, missing key", "name;namn;name\nBo;Bo;Bo\n",
			"k.csv:1: okänd kolumn \"namn\"; en customers-fil har kolumnerna pnr, name, representative_name, representative_pnr, representative_role, personkrets\n" +
				"k.csv:1: kolumnen \"name\" finns två gånger\n" +
				"k.csv:1: nyckelkolumnen \"pnr\" saknas"},
		{"field count", "pnr;name\n194512121239;Bo;extra\n", "k.csv:2: raden har 3 fält men rubrikraden har 2; kontrollera avgränsare och citattecken"},
		{"value under a column without a name", "pnr;name;\n194512121239;Bo;x\n", `k.csv:2: värdet "x" står i kolumn 3, som saknar rubrik`},
		{"bare quote", "pnr;name\n194512121239;Bo \"Bosse\" Ek\n196811023339;Åke\n",
			`k.csv:2: citattecken mitt i ett fält (tecken 17); ett fält med " ska skrivas inom citattecken, med "" för varje "`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("customers", "k.csv", strings.NewReader(tc.file), today)
			if got := errorsOf(t, err).Error(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestReadCrossColumnChecks(t *testing.T) {
	file := "customer_pnr;from;to\n194512121239;2026-07-01;2026-06-30\n"
	_, err := Read("decisions", "b.csv", strings.NewReader(file), today)
	want := `b.csv:2: kolumn to: "2026-06-30": slutdatumet ligger före startdatumet`
	if got := errorsOf(t, err).Error(); got != want {
		t.Errorf("got %s", got)
	}
}

func TestReadUnknownKind(t *testing.T) {
	if _, err := Read("brukare", "x.csv", strings.NewReader("pnr\n1\n"), today); err == nil ||
		!strings.Contains(err.Error(), "providers, customers") {
		t.Errorf("got %v", err)
	}
}

func TestParseCenti(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"37,5", 3750, true}, {"37.5", 3750, true}, {"37", 3700, true}, {"0,05", 5, true},
		{"120,25", 12025, true}, {"168", 16800, true},
		{"37,555", 0, false}, {"37,", 0, false}, {",5", 0, false}, {"-3", 0, false},
		{"3 7", 0, false}, {"1,2,3", 0, false}, {"abc", 0, false}, {"1234567890", 0, false},
	}
	for _, tc := range tests {
		got, err := parseCenti(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseCenti(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

// An exported empty register is a header line alone; it must import (as nothing)
// so that export → import round-trips for every kind.
func TestReadHeaderOnlyIsEmpty(t *testing.T) {
	for _, file := range []string{"pnr;name\r\n", "pnr;name\n;\n ; \n"} {
		b, err := Read("customers", "k.csv", strings.NewReader(file), today)
		if err != nil || len(b.Customers) != 0 {
			t.Errorf("%q: got %+v, %v", file, b, err)
		}
	}
}
