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

// A schedule row's and an absence's faults, Swedish as the import prints them.
func TestPlanProblems(t *testing.T) {
	tue := rules.ScheduleShift{From: rules.D(2026, 9, 29)}
	if got, want := ScheduleProblem(Swedish, tue), "ett schema börjar på en måndag; 2026-09-29 är en tisdag"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	if got, want := ScheduleProblem(English, tue), "a schedule starts on a Monday; 2026-09-29 is a Tuesday"; got != want {
		t.Errorf("English %q, want %q", got, want)
	}
	mon := rules.ScheduleShift{From: rules.D(2026, 9, 28), Weeks: 2, Week: 3, Weekday: 1, Start: 480, End: 960, Kind: rules.Aktiv, Assistant: a1}
	if got, want := ScheduleProblem(Swedish, mon), "veckan ska vara 1–2 (schemat är 2 veckor långt)"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	mon.Week = 1
	if got := ScheduleProblem(Swedish, mon); got != "" {
		t.Errorf("a good row: %q", got)
	}
	self := rules.Absence{Assistant: a1, Reason: rules.Sjuk, Replacement: a1}
	if got, want := AbsenceProblem(Swedish, self), "ersättaren kan inte vara den frånvarande assistenten själv"; got != want {
		t.Errorf("Swedish %q, want %q", got, want)
	}
	english(t, "absence", AbsenceProblem(English, self))
	for f := rules.SchedNoFrom; f <= rules.SchedNoAssistant; f++ {
		if f.Field() == 0 {
			t.Errorf("fault %d names no field", f)
		}
	}
}
