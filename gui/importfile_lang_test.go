package gui

import (
	"strings"
	"testing"

	"assistans/gui/language"
	"assistans/rules"
)

// TestEnglishImportRefusal: the English window lists a bad customers file's
// rows in English, each placed on its file, line and column as the command
// line places them, with no Swedish word left.
func TestEnglishImportRefusal(t *testing.T) {
	t.Cleanup(func() { language.Use("sv") })
	w := newTestWindowIn(t, rules.Batch{}, "en")
	d := importFile(t, w, "customers.csv", "pnr;name;personkrets;extra\n"+
		"19451212-1239;Anna Andersson;1;\n"+
		"19750101-1239;Edvin Eklund;4;\n"+
		";Utan nummer;;\n"+
		"19451212-1239;Anna igen;;\n"+
		"196811023339;Åke;3\n")
	want := []string{
		`customers.csv:1: unknown column "extra"; a customers file has the columns pnr, name, representative_name, representative_pnr, representative_role, personkrets`,
		`customers.csv:3: column pnr: "19750101-1239": the check digit is wrong`,
		`customers.csv:3: column personkrets: "4": write 1, 2 or 3 (personkrets under 1 § LSS), or leave it empty`,
		`customers.csv:4: column pnr: "": the value is missing (the column is part of the row's key)`,
		`customers.csv:5: column pnr: "19451212-1239": the same key as line 2; a key may be on one line only`,
		`customers.csv:6: the row has 3 fields but the header has 4; check the separator and the quotes`,
	}
	if d.Outcome != strings.Join(want, "\n") {
		t.Errorf("refused rows\n%s\nwant\n%s", d.Outcome, strings.Join(want, "\n"))
	}
	for _, sv := range []string{"kolumn ", "saknas", "värdet", "rad ", "å", "ä", "ö"} {
		if strings.Contains(d.Outcome, sv) {
			t.Errorf("Swedish %q in the English list:\n%s", sv, d.Outcome)
		}
	}
}
