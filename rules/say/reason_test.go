package say

import (
	"errors"
	"testing"

	"assistans/rules"
)

// Every reason has English words without a Swedish letter, unlike its Swedish.
func TestReasonsHaveEnglish(t *testing.T) {
	for code, w := range reasonWords {
		if w[0] == w[1] {
			t.Errorf("%s: the English is the Swedish: %s", code, w[1])
		}
		english(t, string(code), w[1])
	}
}

// Texts checked by hand: the Swedish is the import's, word for word.
func TestReasonWords(t *testing.T) {
	_, idErr := rules.ParsePersonnummer("19451212-1238", rules.D(2026, 10, 1))
	cases := []struct {
		r      *rules.Reason
		sv, en string
	}{
		{rules.Because(rules.BadIdentity, idErr), "kontrollsiffran stämmer inte", "the check digit is wrong"},
		{rules.Because(rules.DateOutOfRange, 1900, 2100), "datumet ligger utanför åren 1900–2100", "the date lies outside the years 1900–2100"},
		{rules.Because(rules.TextControl, '\t'), "texten innehåller ett styrtecken (U+0009, t.ex. radbrytning eller tabb); skriv den på en rad utan sådana tecken",
			"the text holds a control character (U+0009, e.g. a line break or a tab); write it on one line without such characters"},
		{rules.Because(rules.BadWord, []string{"sjuk", "vab"}), "okänt värde (tillåtna: sjuk, vab)", "unknown value (allowed: sjuk, vab)"},
		{rules.Because(rules.AmountTooLarge, rules.MaxAmount), "beloppet är orimligt stort (högst 1 000 000 000,00 kr)",
			"the amount is unreasonably large (at most 1 000 000 000,00 kr)"},
		{rules.Because(rules.UnknownColumn, "namn", "customers", "pnr, name"), `okänd kolumn "namn"; en customers-fil har kolumnerna pnr, name`,
			`unknown column "namn"; a customers file has the columns pnr, name`},
		{rules.Because(rules.RecordRefused, &rules.Refusal{Code: rules.MonthLocked, Args: []any{"2026-10"}}),
			"MONTH_LOCKED [2026-10]", "The month 2026-10 is marked as sent and locked; unlock it first."},
		{rules.Because(rules.NotCSV, errors.New("x")), "raden går inte att läsa som CSV: x", "the line cannot be read as CSV: x"},
	}
	for _, c := range cases {
		if got := Reason(Swedish, c.r); got != c.sv {
			t.Errorf("%s in Swedish: %q, want %q", c.r, got, c.sv)
		}
		if got := Reason(English, c.r); got != c.en {
			t.Errorf("%s in English: %q, want %q", c.r, got, c.en)
		}
	}
	if Reason(English, nil) != "" {
		t.Error("no reason has words")
	}
}

func TestCut(t *testing.T) {
	long := "abcdefghij"
	if got := Cut(Swedish, long, 4); got != `"abcd"… (10 tecken)` {
		t.Errorf("Swedish %s", got)
	}
	if got := Cut(English, long, 4); got != `"abcd"… (10 characters)` {
		t.Errorf("English %s", got)
	}
	if got := Cut(English, "abc", 4); got != `"abc"` {
		t.Errorf("short %s", got)
	}
}

// A record's field refused: the Swedish is what the store has always said.
func TestFieldError(t *testing.T) {
	err := rules.Customer{Pnr: "194512121239", Name: "Anna", Personkrets: 4}.Validate()
	fe, ok := errors.AsType[*rules.FieldError](err)
	if !ok {
		t.Fatalf("no FieldError: %v", err)
	}
	if got, want := FieldError(Swedish, fe), "Fältet personkrets kan inte sparas: personkretsen är 1, 2 eller 3, eller inte angiven."; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := Error(English, err), "The field personkrets cannot be saved: the personkrets is 1, 2 or 3, or not given."; got != want {
		t.Errorf("English %q, want %q", got, want)
	}
	d := rules.Decision{Customer: "194512121239", From: rules.D(2026, 1, 1), HourlyAmount: -1}.Validate()
	if got, want := FieldError(Swedish, d.(*rules.FieldError)), "Fältet hourly_amount_ore kan inte sparas: beloppet ligger utanför 0–1 000 000 000,00 kr."; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
}
