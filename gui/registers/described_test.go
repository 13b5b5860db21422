package registers

import (
	"slices"
	"testing"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Every register screen names only described fields (else it panics) and
// places every field it had before; only a field added later
// (record.AddedLater) may be left to a row of its own (below).
func TestScreensPlaceTheirFields(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	check := func(name string, added []bool) {
		for i, a := range added {
			if !a {
				t.Errorf("%s: extra field %d was not added later; the screen should place it", name, i)
			}
		}
	}
	check("customers", extraAdded(NewCustomers(s).register))
	check("assistants", extraAdded(NewAssistants(s).register))
	check("assignments", extraAdded(NewAssignments(s).register))
	check("providers", extraAdded(NewProviders(s).register))
}

func extraAdded[T any](r *register[T]) []bool {
	var out []bool
	for _, x := range r.extra {
		out = append(out, x.f.Added)
	}
	return out
}

// A described field that the screen does not place is edited in a row of
// its own, captioned from the description, filled and read with the record.
func TestDescribedRowsEditUnplacedFields(t *testing.T) {
	language.Use("sv")
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	c := NewCustomers(s)
	// As if the screen did not place the representative's name nor "inactive"
	// (rows it made for fields added later are dropped first).
	c.extra = nil
	box := c.describedRows(&widgets.FormGroup{}, "pnr", "name", "representative_pnr", "representative_role", "personkrets")
	// Fields added to the register later follow these two.
	if len(c.extra) < 2 || c.extra[0].f.Name != "representative_name" || c.extra[0].entry == nil ||
		c.extra[1].f.Name != "inactive" || c.extra[1].check == nil {
		t.Fatalf("extra fields %+v", c.extra)
	}
	if texts := guitest.Texts(box); !slices.Contains(texts, "Ställföreträdare") || !slices.Contains(texts, "Inaktiv") {
		t.Error("the rows are not captioned by the descriptions' labels")
	}
	c.edit(rules.Customer{Pnr: guitest.PnrAnna, Name: "Anna", RepresentativeRole: rules.GodMan, RepresentativeName: "Gustav Gode", Inactive: true})
	if got := c.extra[0].entry.Entry.Text; got != "Gustav Gode" || !c.extra[1].check.Checked {
		t.Errorf("filled %q, inactive %v", got, c.extra[1].check.Checked)
	}
	guitest.TypeText(c.extra[0].entry, "Greta Gode")
	c.extra[1].check.SetChecked(false)
	x, err := c.readForm()
	if err != nil || x.RepresentativeName != "Greta Gode" || x.Inactive {
		t.Errorf("read %+v, %v", x, err)
	}
	if !c.dirty() {
		t.Error("a change in a described row is not an unsaved change")
	}
}
