package gui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/widgets"
	"assistans/rules"
)

// importFile runs Arkiv → Importera… on a file written with text, as a user
// would: the path typed, the kind guessed from the file's name, Enter.
func importFile(t *testing.T, w *window, name, text string) *importDialog {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d := w.openImport()
	test.Type(d.Path, path)
	if d.Kind.SelectedIndex() < 0 {
		t.Fatalf("%s: no kind guessed from the name", name)
	}
	guitest.PressKey(w.Win, fyne.KeyReturn)
	guitest.Settle(w.Session)
	if d.Done == nil {
		t.Fatalf("%s: the import said nothing", name)
	}
	return d
}

// TestFirstStartAndImport: an empty database shows the four steps, none
// ticked; a bad file lists its bad row as the command line does and writes
// nothing; good files land one register at a time, each ticks its step, the
// registers show what landed, and the guide goes away when all four are done.
func TestFirstStartAndImport(t *testing.T) {
	w := newTestWindow(t, rules.Batch{})
	st := w.Store.(*data.Store)
	if !w.start.box.Visible() || w.start.done != [4]bool{} {
		t.Fatalf("empty database: guide shown %v, done %v", w.start.box.Visible(), w.start.done)
	}
	test.Tap(w.start.Steps[2])
	if w.Tabs.Selected().Content != w.to.Assistants.Content {
		t.Errorf("step 3 went to %q", w.Tabs.Selected().Text)
	}

	d := importFile(t, w, "kunder.csv", "pnr;name\n19451212-1239;Anna Andersson\n19750101-1239;Edvin Eklund\n")
	if want := `kunder.csv:3: kolumn pnr: "19750101-1239": kontrollsiffran stämmer inte`; d.Outcome != want {
		t.Errorf("refused rows %q, want %q", d.Outcome, want)
	}
	if texts := strings.Join(guitest.TopTexts(t, w.Win), "|"); !strings.Contains(texts, "Inget importerades från kunder.csv") {
		t.Errorf("refusal dialog: %q", texts)
	}
	if cs, _ := st.Customers(t.Context()); len(cs) != 0 {
		t.Errorf("a refused file stored %d customers", len(cs))
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	if widgets.DialogOpen(w.Win) {
		t.Error("Esc left the refusal open")
	}

	steps := []struct{ name, text, landed string }{
		{"providers.csv", "orgnr;name;kind\n212000-0142;Testkommunen;kommun\n", "Anordnare (providers): 1"},
		{"kunder.csv", "pnr;name;personkrets\n19451212-1239;Anna Andersson;1\n197501011238;Edvin Eklund;\n", "Kunder (customers): 2"},
		{"assistenter.csv", "pnr;name;regime\n199001011239;Xena Xu;atl\n", "Assistenter (assistants): 1"},
	}
	for i, s := range steps {
		d := importFile(t, w, s.name, s.text)
		if want := "Importen är klar:\n" + s.landed; d.Outcome != want {
			t.Fatalf("%s: %q, want %q", s.name, d.Outcome, want)
		}
		if d.Bar.Value != 1 {
			t.Errorf("%s: progress ended at %v", s.name, d.Bar.Value)
		}
		guitest.PressKey(w.Win, fyne.KeyEscape)
		want := [4]bool{}
		for j := 0; j <= i; j++ {
			want[j] = true
		}
		if w.start.done != want || !w.start.box.Visible() {
			t.Errorf("after %s: steps done %v (shown %v), want %v", s.name, w.start.done, w.start.box.Visible(), want)
		}
	}
	w.Session.Show(w.to.Customers.Content)
	guitest.Settle(w.Session)
	if got := len(w.to.Customers.Shown); got != 2 {
		t.Errorf("the customer register shows %d after the import, want 2", got)
	}

	// An assignment of a customer the register lacks (line 3) is refused by the store, placed on its line.
	d = importFile(t, w, "uppdrag.csv", "assistant_pnr;customer_pnr;provider_orgnr;employer\n"+
		"199001011239;194512121239;2120000142;anordnare\n199001011239;196207153450;2120000142;anordnare\n")
	if !strings.HasPrefix(d.Outcome, `uppdrag.csv:3: kolumn customer_pnr: "196207153450": `) || strings.Contains(d.Outcome, "\n") {
		t.Errorf("refused by the store: %q", d.Outcome)
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	if as, _ := st.Assignments(t.Context()); len(as) != 0 || w.start.done[3] {
		t.Errorf("a refused file stored %d assignments (step ticked %v)", len(as), w.start.done[3])
	}
	d = importFile(t, w, "uppdrag.csv", "assistant_pnr;customer_pnr;provider_orgnr;employer\n199001011239;194512121239;2120000142;anordnare\n")
	if d.Outcome != "Importen är klar:\nUppdrag (assignments): 1" {
		t.Errorf("assignments: %q", d.Outcome)
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	if w.start.box.Visible() {
		t.Error("the guide stays when every step is done")
	}
}

// TestFirstStartHiddenOnARegister: a database with its registers filled shows no guide.
func TestFirstStartHiddenOnARegister(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	if w.start.box.Visible() || !w.start.finished {
		t.Errorf("guide shown %v on a full register", w.start.box.Visible())
	}
}

// TestImportKindNames: every kind of the command line is offered, by its own
// word too; without a kind chosen the import says so and the dialog comes back.
func TestImportKindNames(t *testing.T) {
	w := newTestWindow(t, rules.Batch{})
	d := w.openImport()
	test.Type(d.Path, filepath.Join(t.TempDir(), "data.csv")) // a name that says nothing of the kind
	guitest.PressKey(w.Win, fyne.KeyReturn)
	if got := guitest.TopTexts(t, w.Win); !slices.Contains(got, "Välj en fil och vad den innehåller.") {
		t.Errorf("import without a kind: %q", got)
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	if top := guitest.TopTexts(t, w.Win); !slices.Contains(top, "Välj fil…") || !strings.HasSuffix(d.Path.Text, "data.csv") {
		t.Errorf("after the message the import dialog is not back with the path typed: %q, %q", top, d.Path.Text)
	}
	if len(d.Kind.Options) != 11 || !slices.Contains(d.Kind.Options, "Scheman (schedules)") || !slices.Contains(d.Kind.Options, "Frånvaro (absences)") {
		t.Errorf("kinds offered: %q", d.Kind.Options)
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	if widgets.DialogOpen(w.Win) {
		t.Error("Esc left the import dialog open")
	}
}
