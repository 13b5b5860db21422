package registers

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

func TestMatchesSearch(t *testing.T) {
	names, ids := []string{"Anna Andersson"}, []string{"194512121239"}
	for q, want := range map[string]bool{
		"": true, "anna": true, "anders": true, "451212-1239": true, "19451212": true, "1212": true,
		"bertil": false, "1239-9": false, "12a": false,
	} {
		if got := matchesSearch(strings.ToLower(q), names, ids); got != want {
			t.Errorf("matchesSearch(%q) = %v, want %v", q, got, want)
		}
	}
}

// Clicking another record in the list while the form holds unsaved changes
// asks first: Avbryt keeps the changes and the record, Släng drops them, Spara
// stores them. Ny asks the same.
func TestListAsksBeforeLeavingEdits(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	row := func(pnr string) int {
		t.Helper()
		i := slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == pnr })
		if i < 0 {
			t.Fatalf("%s is not in the list", pnr)
		}
		return i
	}
	storedName := func(pnr string) string {
		cs, err := st.Customers(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range cs {
			if x.Pnr == pnr {
				return x.Name
			}
		}
		return ""
	}
	question := func() string {
		top := s.Win.Canvas().Overlays().Top()
		if top == nil {
			return ""
		}
		var texts []string
		for _, l := range guitest.ObjectsIn[*widget.Label](top) {
			texts = append(texts, l.Text)
		}
		return strings.Join(texts, " ")
	}

	c.Frame.List.Select(row(guitest.PnrAnna))
	guitest.TypeText(c.Name, "Anna Ändrad")
	c.Frame.List.Select(row(guitest.PnrBertil))
	if q := question(); !strings.Contains(q, "Anna Andersson har ändringar som inte är sparade.") {
		t.Fatalf("no question on leaving Anna; dialog %q", q)
	}
	guitest.TapDialogButton(t, s.Win, "Avbryt")
	if c.Current == nil || c.Current.Pnr != guitest.PnrAnna || c.Name.Entry.Text != "Anna Ändrad" || !guitest.ListSelected(&c.Frame.List.List, row(guitest.PnrAnna)) {
		t.Fatalf("after Avbryt: form %+v %q; Anna's row chosen: %v", c.Current, c.Name.Entry.Text, guitest.ListSelected(&c.Frame.List.List, row(guitest.PnrAnna)))
	}

	c.Frame.List.Select(row(guitest.PnrBertil))
	guitest.TapDialogButton(t, s.Win, "Släng")
	if c.Current == nil || c.Current.Pnr != guitest.PnrBertil || c.Name.Entry.Text != "Bertil Berg" || storedName(guitest.PnrAnna) != "Anna Andersson" {
		t.Fatalf("after Släng: form %+v %q, Anna stored as %q", c.Current, c.Name.Entry.Text, storedName(guitest.PnrAnna))
	}

	guitest.TypeText(c.Name, "Bertil Bergström")
	c.Frame.List.Select(row(guitest.PnrCecilia))
	guitest.TapDialogButton(t, s.Win, "Spara")
	if c.Current == nil || c.Current.Pnr != guitest.PnrCecilia || storedName(guitest.PnrBertil) != "Bertil Bergström" {
		t.Fatalf("after Spara: form %+v, Bertil stored as %q", c.Current, storedName(guitest.PnrBertil))
	}

	// Unchanged, another record opens without a question.
	c.Frame.List.Select(row(guitest.PnrAnna))
	if q := question(); q != "" || c.Current.Pnr != guitest.PnrAnna {
		t.Fatalf("a question without changes: %q", q)
	}
	// Ny asks too.
	guitest.TypeText(c.Name, "Anna Igen")
	c.OnNew()
	guitest.TapDialogButton(t, s.Win, "Avbryt")
	if c.Current == nil || c.Name.Entry.Text != "Anna Igen" {
		t.Fatalf("Ny dropped the changes: %+v %q", c.Current, c.Name.Entry.Text)
	}
}

// In the English window, a personnummer is refused in English.
func TestPnrMessageInEnglish(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, rules.Batch{}))
	language.Use("en")
	t.Cleanup(func() { language.Use("sv") })
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	for input, want := range map[string]string{
		guitest.PnrBadCheck: "The check digit is wrong.",
		"12345":             "Wrong number of digits (5); type 10 or 12 digits.",
		"19450231-1234":     "The date 1945-02-31 does not exist.",
	} {
		guitest.TypeText(c.Pnr, input)
		if got := c.Pnr.Msg.Text; got != want {
			t.Errorf("%s: %q, want %q", input, got, want)
		}
	}
}
