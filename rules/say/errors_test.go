package say

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"assistans/rules"
)

// The short form's reasons, as the time report and the plan show them.
func TestShortFormError(t *testing.T) {
	tests := []struct{ in, sv, en string }{
		{"", "skriv start-slut", "write start-end"},
		{"8", "bindestreck saknas", "a dash is missing"},
		{"8-16-17", "bara ett bindestreck", "only one dash"},
		{"-16", "starttiden: saknas", "the start time: missing"},
		{"8-", "sluttiden: saknas", "the end time: missing"},
		{"24-8", "starttiden kan inte vara 24", "the start cannot be 24"},
		{"25-8", `starttiden: "25": timmen ska vara 0–23`, `the start time: "25": the hour must be 0–23`},
		{"8:60-16", `"8:60": minuterna ska vara 00–59`, `"8:60": the minutes must be 00–59`},
		{"8-16,45", `sluttiden: "16,45": skriv minuter med kolon (t.ex. 16:15); som decimal går bara ,5 (halv timme)`,
			`the end time: "16,45": write minutes with a colon (e.g. 16:15); the only decimal taken is ,5`},
		{"8-16.3", `(t.ex. 16:15)`, `(e.g. 16:15)`},
		{"8x-16", `"8x" går inte att läsa som en tid (skriv t.ex. 8, 8:30 eller 0830)`, `"8x" cannot be read as a time`},
		{"8-16 x", `okänt tidsslag "x", skriv a (aktiv), v (väntetid) eller b (beredskap)`, `unknown kind of time "x"`},
	}
	for _, tt := range tests {
		_, _, _, err := rules.ParseShiftShort(tt.in)
		if err == nil {
			t.Fatalf("%q is taken", tt.in)
		}
		sv, en := Error(Swedish, err), Error(English, err)
		if !strings.HasPrefix(sv, "ogiltigt pass \""+tt.in+"\": ") || !strings.Contains(sv, tt.sv) {
			t.Errorf("%q in Swedish: %s; want %q", tt.in, sv, tt.sv)
		}
		if !strings.HasPrefix(en, "invalid shift \""+tt.in+"\": ") || !strings.Contains(en, tt.en) {
			t.Errorf("%q in English: %s; want %q", tt.in, en, tt.en)
		}
		english(t, tt.in, en)
	}
	if got := Error(English, errors.New("annat fel")); got != "annat fel" {
		t.Errorf("an uncoded error = %q, want its own text", got)
	}
}

// Every refusal code has words in both languages taking the same arguments.
func TestRefusalWords(t *testing.T) {
	for code, w := range refusalWords {
		if strings.Count(w[0], "%") != strings.Count(w[1], "%") || w[0] == w[1] {
			t.Errorf("%s: %q / %q", code, w[0], w[1])
		}
		english(t, string(code), w[1])
	}
	r := &rules.Refusal{Code: rules.CustomerHasShifts, Args: []any{"194512121239", 3}}
	wrapped := fmt.Errorf("kunde inte ta bort: %w", r)
	if got, want := Error(English, wrapped), "The customer 194512121239 has shifts (3) and cannot be removed; mark the customer as inactive instead."; got != want {
		t.Errorf("English = %q, want %q", got, want)
	}
	if got, want := Refusal(Swedish, r), "Kunden 194512121239 har 3 pass och kan inte tas bort; markera kunden som inaktiv i stället."; got != want {
		t.Errorf("Swedish = %q, want %q", got, want)
	}
	if got := Error(Swedish, wrapped); got != wrapped.Error() {
		t.Errorf("Swedish = %q, want the error's own text", got)
	}
}
