package language

import (
	"testing"

	"assistans/data/record"
)

// TestFieldLabels: every described field of every record type has its caption
// in both languages, so that a field added to a description without its label
// fails here rather than showing a key in the history.
func TestFieldLabels(t *testing.T) {
	n := 0
	for _, in := range record.All() {
		for _, f := range in.Fields {
			if f.Label == "" {
				t.Errorf("%s.%s has no label key", in.Type, f.Name)
				continue
			}
			for _, code := range languages {
				if !Has(code, f.Label) {
					t.Errorf("%s.%s: %s has no %q", in.Type, f.Name, code, f.Label)
				}
			}
			n++
		}
	}
	if n < 60 {
		t.Errorf("only %d fields described; is record.All complete?", n)
	}
}

func TestText(t *testing.T) {
	shownLanguage.Store(ptr("en"))
	defer shownLanguage.Store(ptr("sv"))
	if got := Text("history.c_outside_ees"); got != "Lives outside the EEA" {
		t.Errorf("English caption %q", got)
	}
	shownLanguage.Store(ptr("sv"))
	if got := Text("history.c_outside_ees"); got != "Bor utanför EES" {
		t.Errorf("Swedish caption %q", got)
	}
	if got := Text("no.such.key"); got != "no.such.key" {
		t.Errorf("missing key gives %q", got)
	}
}

func ptr(s string) *string { return &s }
