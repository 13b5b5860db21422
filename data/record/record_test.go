package record

import (
	"testing"

	"assistans/rules"
)

func TestKeyAndTitle(t *testing.T) {
	a := rules.Customer{Pnr: "194512121239", Name: "Anna"}
	b := rules.Customer{Pnr: "194512121239", Name: "Anna Omdöpt"}
	c := rules.Customer{Pnr: "195003042347", Name: "Anna"}
	if !Customer.SameKey(&a, &b) || Customer.SameKey(&a, &c) {
		t.Error("customers are the same record by personnummer alone")
	}
	d1 := rules.Decision{Customer: a.Pnr, From: rules.D(2026, 1, 1)}
	d2 := rules.Decision{Customer: a.Pnr, From: rules.D(2026, 2, 1)}
	if Decision.SameKey(&d1, &d2) {
		t.Error("decisions from different days are different records")
	}
	if name, id := Customer.Title(&b); name != "Anna Omdöpt" || id != "194512121239" {
		t.Errorf("title %q, %q", name, id)
	}
	p := rules.Provider{Orgnr: "5566778899", Name: "Omsorg AB", Kind: rules.Kommun}
	if name, id := Provider.Title(&p); name != "Omsorg AB" || id != "5566778899" {
		t.Errorf("provider title %q, %q", name, id)
	}
	if got := Provider.Fields[2].Text(&p); got != "kommun" {
		t.Errorf("provider kind %q", got)
	}
	Provider.Fields[2].SetText(&p, "privat")
	if p.Kind != rules.Privat {
		t.Errorf("SetText gave %q", p.Kind)
	}
}

// Every register's keys come first and every field has a storage name; a CSV
// name is unique within its register.
func TestDescriptionsWellFormed(t *testing.T) {
	for _, in := range All() {
		seenCSV := map[string]bool{}
		keys := true
		for _, f := range in.Fields {
			if f.Name == "" {
				t.Errorf("%s: a field without a name", in.Type)
			}
			if f.Key && !keys {
				t.Errorf("%s.%s: a key field after a non-key field", in.Type, f.Name)
			}
			keys = keys && f.Key
			if f.CSV != "" && seenCSV[f.CSV] {
				t.Errorf("%s: CSV column %s twice", in.Type, f.CSV)
			}
			seenCSV[f.CSV] = true
			if f.Kind == Enum && len(f.Words) == 0 && in.Type != "shift" {
				t.Errorf("%s.%s: a choice without words", in.Type, f.Name)
			}
		}
	}
}
