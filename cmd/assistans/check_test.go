package main

import (
	"bytes"
	"testing"
)

// writeCheckJSON writes what writeJSON writes, with findings whose texts need
// escaping and with none.
func TestWriteCheckJSONAsWriteJSON(t *testing.T) {
	for _, out := range []checkJSON{
		{Month: "2026-12", Findings: []findingJSON{}},
		{Month: "2026-12", Findings: []findingJSON{
			{Code: "X", Severity: "warn", Customer: "1", Message: "a <b> & \"c\"\n\t\\ \u2028 é \x01"},
			{Code: "Y", Severity: "block", Assistant: "2", Date: "2026-12-01"},
			{Code: "Z", Severity: "info", Message: "ok"},
		}},
	} {
		var want, got bytes.Buffer
		must := func(err error) {
			if err != nil {
				t.Fatal(err)
			}
		}
		must(writeJSON(&want, out))
		must(writeCheckJSON(&got, out))
		if got.String() != want.String() {
			t.Errorf("%d findings:\n got %q\nwant %q", len(out.Findings), got.String(), want.String())
		}
	}
}
