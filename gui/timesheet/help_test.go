package timesheet

import (
	"encoding/json"
	"strings"
	"testing"

	"assistans/gui/language"
	"assistans/rules"
)

// TestShortFormHelpExamples keeps the F1 help honest in both languages: every
// example it shows must parse, and the English help is English.
func TestShortFormHelpExamples(t *testing.T) {
	for code, word := range map[string]string{"sv": "Exempel:", "en": "Examples:"} {
		files, err := language.Files(code)
		if err != nil {
			t.Fatal(err)
		}
		var texts map[string]string
		if err := json.Unmarshal(files["timesheet."+code+".json"], &texts); err != nil {
			t.Fatal(err)
		}
		help := texts["timesheet.shortform_help"]
		if code == "sv" && help != shortFormHelp() {
			t.Errorf("the Swedish help differs from the code's fallback")
		}
		if code == "en" && (strings.Contains(help, "eller") || !strings.Contains(help, "waiting time")) {
			t.Errorf("the English help is not English:\n%s", help)
		}
		_, examples, ok := strings.Cut(help, word)
		if !ok {
			t.Fatalf("%s: the help has no %q", code, word)
		}
		n := 0
		// The examples are separated by runs of spaces; a kind letter follows its shift after one space.
		for _, ex := range strings.Split(strings.TrimSpace(examples), "   ") {
			n++
			if _, _, _, err := rules.ParseShiftShort(ex); err != nil {
				t.Errorf("%s: help example %q: %v", code, ex, err)
			}
		}
		if n != 9 {
			t.Errorf("%s: %d examples, want 9", code, n)
		}
	}
}
