package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// Identity numbers with valid check digits (Luhn over the last ten digits).
const (
	cAdult   = "194512121239" // customer, 80 in October 2026
	cChild   = "201506152345" // customer, 11 in October 2026
	cTurning = "200810113456" // customer, 18 on 2026-10-11
	a1       = "199001011239"
	a2       = "198505054562"
	a3       = "197003035677"
	aYoung   = "200810101238" // assistant, 18 on 2026-10-10
	orgnr    = "5566778899"
)

var oct = Month{2026, time.October}

// base is a month in which a plain day shift breaks no rule: a private provider
// with every permit, decisions of 168 h/week at the 2026 schablonbelopp, every 3066 received on 2026-01-01,
// assistants under the ATL, and a today far from the deadline (2026-12-05).
func base() MonthData {
	d := MonthData{
		Month: oct,
		Today: D(2026, 10, 20),
		Providers: []Provider{{Orgnr: orgnr, Name: "Assistans AB", Kind: Privat, IVOFrom: D(2020, 1, 1),
			FSkatt: Yes, EmployerRegistered: Yes}},
		Settings: DefaultSettings(),
	}
	for _, c := range []string{cAdult, cChild, cTurning} {
		d.Customers = append(d.Customers, Customer{Pnr: c, Name: "Kund " + c[:4]})
		d.Decisions = append(d.Decisions, Decision{Customer: c, From: D(2026, 1, 1), HoursPerWeekCenti: 16800,
			HourlyAmount: Kr(347, 70)}) // the 2026 schablonbelopp: no HOURLY_AMOUNT
		for _, a := range []string{a1, a2, a3, aYoung} {
			d.Assignments = append(d.Assignments, Assignment{Assistant: a, Customer: c, ProviderOrgnr: orgnr,
				Employer: EmployerProvider, Reported3066: D(2026, 1, 1)})
		}
	}
	for _, a := range []string{a1, a2, a3, aYoung} {
		d.Assistants = append(d.Assistants, Assistant{Pnr: a, Name: "Assistent " + a[:4], Regime: ATL})
	}
	return d
}

// sh builds a shift from clock texts such as "08:00"; "" is a missing time.
func sh(a, c string, day Date, from, to string, k Kind) Shift {
	clock := func(s string) Clock {
		if s == "" {
			return NoClock
		}
		v, err := ParseClock(s)
		if err != nil {
			panic(err)
		}
		return v
	}
	return Shift{Assistant: a, Customer: c, Date: day, Start: clock(from), End: clock(to), Kind: k}
}

// run numbers the shifts 1, 2, ... in order and checks the month.
func run(d MonthData) []Finding {
	for i := range d.Shifts {
		if d.Shifts[i].ID == 0 {
			d.Shifts[i].ID = int64(i + 1)
		}
	}
	return Check(d)
}

// exp is what a test asserts of a finding; the facts of its message are only required to be there.
type exp struct {
	sev   Severity
	cust  string
	asst  string
	date  Date
	shift int64 // 0: not asserted
}

func (e exp) String() string {
	return fmt.Sprintf("{%s %s %s %s shift %d}", e.sev, e.cust, e.asst, e.date, e.shift)
}

// expect asserts the findings of one code, in their sorted order.
func expect(t *testing.T, fs []Finding, code Code, want []exp) {
	t.Helper()
	var got []exp
	for _, f := range fs {
		if f.Code != code {
			continue
		}
		if f.Args == nil && code != AssistantAbroad && code != AssistantUnfit {
			t.Errorf("%s without the facts of its message", code)
		}
		got = append(got, exp{f.Severity, f.Customer, f.Assistant, f.Date, f.ShiftID})
	}
	if len(got) != len(want) {
		t.Fatalf("%s: got %v, want %v", code, got, want)
	}
	for i := range want {
		g := got[i]
		if want[i].shift == 0 {
			g.shift = 0
		}
		if g != want[i] {
			t.Errorf("%s[%d]: got %v, want %v", code, i, got[i], want[i])
		}
	}
}

type caseT struct {
	name string
	edit func(d *MonthData)
	want []exp
}

func runCases(t *testing.T, code Code, cases []caseT) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := base()
			tc.edit(&d)
			expect(t, run(d), code, tc.want)
		})
	}
}

func TestCheckCleanMonth(t *testing.T) {
	d := base()
	d.Shifts = []Shift{
		sh(a1, cAdult, D(2026, 10, 5), "08:00", "16:00", Aktiv),
		sh(a2, cAdult, D(2026, 10, 5), "16:00", "22:00", Aktiv), // handover at the same minute
		sh(a1, cChild, D(2026, 10, 6), "08:00", "16:00", Aktiv),
	}
	if fs := run(d); len(fs) != 0 {
		t.Errorf("a clean month gave %+v", fs)
	}
}

func TestCheckSorted(t *testing.T) {
	d := base()
	d.Shifts = []Shift{
		sh(a2, cChild, D(2026, 10, 9), "08:00", "16:00", Aktiv),
		sh(a1, cChild, D(2026, 10, 7), "08:00", "", Aktiv),
		sh(a1, cAdult, D(2026, 10, 8), "08:00", "", Aktiv),
		sh(a1, cAdult, D(2026, 10, 6), "08:00", "", Aktiv),
	}
	d.Assistants[1].Unfit = true // a2: ASSISTANT_UNFIT dated 2026-10-01
	fs := run(d)
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s/%s/%s/%s", f.Customer, f.Assistant, f.Date, f.Code))
	}
	want := []string{
		cAdult + "/" + a1 + "/2026-10-06/SHIFT_INVALID",
		cAdult + "/" + a1 + "/2026-10-08/SHIFT_INVALID",
		cChild + "/" + a2 + "/2026-10-01/ASSISTANT_UNFIT", // a2 (1985…) sorts before a1 (1990…)
		cChild + "/" + a1 + "/2026-10-07/SHIFT_INVALID",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestCheckBadInputDoesNotPanic(t *testing.T) {
	d := MonthData{Month: oct,
		Customers:   []Customer{{Pnr: "x", Personkrets: 7}},
		Providers:   []Provider{{Orgnr: "", Kind: Privat, PermitGroup: [3]Flag{Yes}}},
		Assistants:  []Assistant{{Pnr: "", Regime: "okänd", PeriodStart: D(2030, 2, 31)}},
		Decisions:   []Decision{{Customer: "x", From: D(2026, 10, 1), HoursPerWeekCenti: -5}},
		Shifts:      []Shift{{Customer: "x", Date: D(2026, 10, 3), Start: 1500, End: -7, Kind: Aktiv}, {Customer: "x", Assistant: "y", Date: D(2026, 10, 3), Start: 60, End: 120, Kind: Aktiv}},
		Printed:     []PrintedTotals{{Customer: "z", Month: oct}},
		MonthInfos:  []MonthInfo{{Customer: "x"}},
		Costs:       []Cost{{Customer: "x", Month: oct, HoursCenti: -1}},
		Assignments: []Assignment{{Assistant: "y", Customer: "x", ProviderOrgnr: "nope"}},
	}
	d.Settings.VantetidFactor = Fraction{1, 0}
	_ = Check(d)
	_ = Check(MonthData{})
}
