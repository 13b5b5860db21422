package say

import (
	"errors"
	"strings"
	"testing"
	"time"

	"assistans/rules"
)

const (
	cAdult = "194512121239"
	a1     = "199001011239"
	a3     = "197003035677"
)

var oct = rules.Month{Year: 2026, Month: time.October}

// shift builds a shift from clock texts such as "08:00"; "" is a missing time.
func shift(day rules.Date, from, to string, k rules.Kind) rules.Shift {
	clock := func(s string) rules.Clock {
		if s == "" {
			return rules.NoClock
		}
		v, err := rules.ParseClock(s)
		if err != nil {
			panic(err)
		}
		return v
	}
	return rules.Shift{Assistant: a1, Customer: cAdult, Date: day, Start: clock(from), End: clock(to), Kind: k}
}

// english fails when msg holds å, ä or ö outside the law name kept in Swedish.
func english(t *testing.T, what, msg string) {
	t.Helper()
	if strings.ContainsAny(strings.ReplaceAll(msg, "socialförsäkringsbalken", ""), "åäöÅÄÖ") {
		t.Errorf("%s is not English: %s", what, msg)
	}
}

// Swedish texts checked by hand, word for word: `check` prints them (INTERFACE.md).
func TestSwedish(t *testing.T) {
	set := rules.DefaultSettings()
	cases := map[string]rules.Finding{
		"Assistenten har i snitt 53 h 15 min per vecka under perioden 2026-09-28 – 2026-10-25; " +
			"gränsen enligt lag (1970:943) är 52 h. FK betalar inte för timmar över gränsen.": {Code: rules.WorktimeAverage,
			Args: rules.WorktimeArgs{Limit: set.Husligt, Source: rules.LimitHusligt, Average: 53*60 + 15,
				Period: rules.Period{First: rules.D(2026, 9, 28), Last: rules.D(2026, 10, 25)}}},
		// 22:00–07:00 over the night summer time ends is 10 real hours, 9 on the clock.
		"Passet 2026-10-24 22:00–07:00 (väntetid) går över omställningen mellan sommartid och vintertid och varar " +
			"10 h 00 min i verklig tid, inte 9 h 00 min som klockan visar. Det redovisas med den verkliga tiden, " +
			"som FK kräver; inget behöver göras.": {Code: rules.DSTNight,
			Args: rules.ShiftArgs{Shift: shift(rules.D(2026, 10, 24), "22:00", "07:00", rules.Vantetid)}},
		"Anordnaren Vård AB (5566778899) saknar godkännande för F-skatt och registrering som arbetsgivare den " +
			"2026-10-05, en dag med pass för kunden. FK betalar inte ersättning till en privat anordnare utan " +
			"IVO-tillstånd, F-skatt och registrering som arbetsgivare. Kontrollera och rätta uppgifterna om anordnaren.": {
			Code: rules.ProviderPermit, Args: rules.ProviderPermitArgs{Provider: rules.Provider{Name: "Vård AB", Orgnr: "5566778899"},
				Day: rules.D(2026, 10, 5), NoFSkatt: true, NotEmployer: true}},
		"Assistenten är bosatt utanför EES. FK betalar för en sådan assistent bara om det finns " +
			"särskilda skäl (51 kap. 16 § socialförsäkringsbalken). Kontrollera att FK har godtagit skälen, annars " +
			"redovisa inte tiden.": {Code: rules.AssistantAbroad},
		// Day 14 is 2026-10-03; seven days after it is 2026-10-10.
		"Assistentens sjukperiod som började 2026-09-20 når dag 15 den 2026-10-04. Från dag 15 betalar FK sjukpenning " +
			"i stället för att arbetsgivaren betalar sjuklön, och arbetsgivaren ska anmäla sjukfallet till FK senast sju " +
			"dagar efter dag 14, alltså senast 2026-10-10 (12 § lagen (1991:1047) om sjuklön).": {Code: rules.SickDay15,
			Args: rules.SickDay15Args{Period: rules.SickPeriod{First: rules.D(2026, 9, 20), Day15: rules.D(2026, 10, 4)}}},
	}
	for want, f := range cases {
		if got := Finding(Swedish, f); got != want {
			t.Errorf("%s:\n got %s\nwant %s", f.Code, got, want)
		}
	}
}

// TestEnglish covers the texts the busy month of package rules' tests does not
// reach, and every reason the identity parsers give.
func TestEnglish(t *testing.T) {
	s := shift(rules.D(2026, 10, 5), "08:00", "16:00", rules.Aktiv)
	set := rules.DefaultSettings()
	p := rules.Period{First: rules.D(2026, 9, 1), Last: rules.D(2026, 10, 31)}
	dc := rules.Decision{From: rules.D(2026, 1, 1), HourlyAmount: rules.Kr(400, 0), HigherAmount: true}
	fs := []rules.Finding{
		{Code: rules.NoDecision, Args: rules.ShiftArgs{Shift: s}},
		{Code: rules.WorktimeAverage, Args: rules.WorktimeArgs{Limit: set.ATL, Source: rules.LimitATL, Average: 41 * 60, Period: p}},
		{Code: rules.WorktimeAverage, Args: rules.WorktimeArgs{Limit: set.Husligt, Source: rules.LimitHusligt, Average: 41 * 60, Period: p}},
		{Code: rules.DeadlinePassed, Args: rules.DeadlineArgs{Month: oct, Deadline: rules.D(2026, 12, 5), Days: -1}},
		{Code: rules.DeadlineNear, Args: rules.DeadlineArgs{Month: oct, Deadline: rules.D(2026, 12, 5), Days: 0}},
		{Code: rules.DeadlineNear, Args: rules.DeadlineArgs{Month: oct, Deadline: rules.D(2026, 12, 5), Days: 5}},
		{Code: rules.OverlapCustomer, Args: rules.OverlapCustomerArgs{Shift: s, Working: 3, Allowed: 2}},
		{Code: rules.PermitScope, Args: rules.PermitScopeArgs{Day: rules.D(2026, 10, 5), Adults: true, Age: 40}},
		{Code: rules.HourlyAmount, Args: rules.HourlyAmountArgs{Decision: dc, Schablon: rules.Kr(347, 70)}},
		{Code: rules.UnfilledShift, Args: rules.UnfilledArgs{Shift: s, Absence: rules.Absence{Reason: rules.VAB}}},
		{Code: rules.UnfilledShift, Args: rules.UnfilledArgs{Shift: s, Absence: rules.Absence{Reason: rules.Semester, Replacement: a3}}},
		{Code: rules.AssistantUnfit},
	}
	for _, in := range []rules.Shift{
		shift(rules.D(2026, 10, 5), "08:00", "", rules.Aktiv),
		shift(rules.D(2026, 10, 5), "08:00", "08:00", rules.Aktiv),
	} {
		fs = append(fs, rules.Finding{Code: rules.ShiftInvalid, Args: rules.ShiftArgs{Shift: in}})
	}
	for _, f := range fs {
		english(t, string(f.Code), Finding(English, f))
	}
	exact := map[string]rules.Finding{
		"The decision from 2026-01-01 has a higher hourly amount of 400,00 kr, more than 12 % " +
			"above the standard amount for 2026 (347,70 kr; at most 389,42 kr). A higher hourly amount can be at most 12 % " +
			"above the standard amount (section 5 of the ordinance (1993:1091)). Check that the amount was typed correctly.": {
			Code: rules.HourlyAmount, Args: rules.HourlyAmountArgs{Decision: dc, Schablon: rules.Kr(347, 70), Higher: true}},
		"The assistant's sick period that began on 2026-09-20 reaches day 15 on 2026-10-04. From day 15 FK pays sickness " +
			"benefit instead of the employer's sick pay, and the employer must report the sickness to FK no later than seven " +
			"days after day 14, that is by 2026-10-10 (section 12 of the Sick Pay Act (1991:1047)).": {Code: rules.SickDay15,
			Args: rules.SickDay15Args{Period: rules.SickPeriod{First: rules.D(2026, 9, 20), Day15: rules.D(2026, 10, 4)}}},
	}
	for want, f := range exact {
		if got := Finding(English, f); got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
	if got, want := lawText(true, rules.WorkLimit{Name: "Vård"}, rules.LimitAgreement), "the collective agreement Vård"; got != want {
		t.Errorf("lawText = %q, want %q", got, want)
	}

	// Each input is refused with a different reason; each must have an English text.
	today := rules.D(2026, 10, 20)
	for _, in := range []string{"", "19450x121239", "1945121212", "194512721239", "194512121239",
		"194513121239", "194502301239", "194512120009", "194512121238", "202612311234"} {
		_, err := rules.ParsePersonnummer(in, today)
		checkReason(t, in, err)
		_, err = rules.ParseIdentity(in, today)
		checkReason(t, in, err)
	}
	for _, in := range []string{"556677+8899", "165566778899", "55667788", "5516778899", "5566778890"} {
		_, err := rules.ParseProviderID(in, today)
		checkReason(t, in, err)
	}
	if _, err := rules.AgeOn("1945", today); err != nil {
		checkReason(t, "1945", err)
	}
	if _, err := rules.AgeOn(cAdult, rules.D(1900, 1, 1)); err != nil {
		checkReason(t, "1900", err)
	}
	if got := idReasonText(true, errors.New("x")); got != idReasonUnknown {
		t.Errorf("unknown reason = %q", got)
	}
}

func checkReason(t *testing.T, in string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if got := idReasonText(true, err); got == idReasonUnknown || strings.ContainsAny(got, "åäö") {
		t.Errorf("%q: reason %q has no English text (%q)", in, idReasonText(false, err), got)
	}
}
