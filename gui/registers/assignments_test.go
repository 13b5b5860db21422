package registers

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

func TestAssignmentAddEditDelete(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	a := NewAssignments(s)
	guitest.ShowScreen(s, a.Content)
	ctx := context.Background()

	if len(a.Frame.rows) != 2 {
		t.Fatalf("rows %+v", a.Frame.rows)
	}
	if !a.Frame.saveBtn.Disabled() || a.keyMsg.Visible() {
		t.Fatal("an empty new assignment: Spara enabled or a message shown")
	}
	// Xena already works for Anna.
	a.assistant.Set(guitest.PnrXena)
	a.customer.Set(guitest.PnrAnna)
	if !a.Frame.saveBtn.Disabled() || a.keyMsg.Text != "Assistenten har redan ett uppdrag hos kunden; välj det i listan." {
		t.Fatalf("duplicate: %q", a.keyMsg.Text)
	}
	a.customer.Set(guitest.PnrCecilia)
	a.employer.Set(rules.EmployerOther)
	if !a.Frame.saveBtn.Disabled() || a.employerName.Entry.Disabled() {
		t.Fatal("another employer without name and number can be saved, or its fields are disabled")
	}
	guitest.TypeText(a.employerName, "Bemanning AB")
	guitest.TypeText(a.employerOrgnr, "55667788")
	if !a.Frame.saveBtn.Disabled() || a.employerOrgnr.Msg.Text != "Fel antal siffror (8), skriv 10 siffror (organisationsnummer) eller 12 (personnummer)." {
		t.Fatalf("short orgnr: %q", a.employerOrgnr.Msg.Text)
	}
	guitest.TypeText(a.employerOrgnr, "556677-8899")
	guitest.TypeText(a.employedFrom, "2026-11-01")
	a.related.SetChecked(true)
	if !a.warning.Visible() {
		t.Fatal("no warning for an assignment without 3066")
	}
	test.Tap(a.Frame.saveBtn)

	want := rules.Assignment{Assistant: guitest.PnrXena, Customer: guitest.PnrCecilia, ProviderOrgnr: guitest.OrgKommun, Employer: rules.EmployerOther,
		EmployerName: "Bemanning AB", EmployerOrgnr: guitest.OrgOmsorg, EmployedFrom: rules.D(2026, 11, 1), Related: true, Version: 1}
	find := func() rules.Assignment {
		got, err := st.Assignments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(got, func(x rules.Assignment) bool {
			return x.Assistant == guitest.PnrXena && x.Customer == guitest.PnrCecilia
		})
		if i < 0 {
			t.Fatalf("not stored: %+v", got)
		}
		return got[i]
	}
	if got := find(); got != want {
		t.Fatalf("stored %+v\nwant %+v", got, want)
	}
	i := slices.IndexFunc(a.Shown, func(x rules.Assignment) bool { return x.Customer == guitest.PnrCecilia })
	if r := a.Frame.rows[i]; r.Title != "Xena Xu → Cecilia Carlsson" || r.Warning != "Ingen 3066" {
		t.Fatalf("row %+v", r)
	}

	// Edit: the provider employs after all; the other employer's facts go.
	a.employer.Set(rules.EmployerProvider)
	if !a.employerName.Entry.Disabled() {
		t.Fatal("employer name editable for the provider as employer")
	}
	test.Tap(a.Frame.saveBtn)
	want.Employer, want.EmployerName, want.EmployerOrgnr, want.Version = rules.EmployerProvider, "", "", 2
	if got := find(); got != want {
		t.Fatalf("after edit %+v\nwant %+v", got, want)
	}

	// Registrera att FK tog emot 3066 i dag records today and saves.
	test.Tap(a.mark3066)
	want.Reported3066, want.Version = guitest.TestToday, 3
	if got := find(); got != want {
		t.Fatalf("after 3066 %+v\nwant %+v", got, want)
	}
	if a.warning.Visible() || a.Frame.rows[i].Warning != "" {
		t.Fatalf("3066 warning left: %q %q", a.warning.Text, a.Frame.rows[i].Warning)
	}

	test.Tap(a.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	if got, _ := st.Assignments(ctx); len(got) != 2 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestAssignmentSearch(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	a := NewAssignments(s)
	for q, want := range map[string]int{"": 2, "bertil": 1, "xena": 1, "19901001": 0, "199001011239": 1, "zzz": 0} {
		a.Frame.search.SetText(q)
		if len(a.Frame.rows) != want {
			t.Errorf("search %q: %d rows, want %d", q, len(a.Frame.rows), want)
		}
	}
}

// Skriv ut 3066 saves a new assignment, writes its 3066 as a PDF into the
// print folder, opens it and offers Registrera att FK tog emot 3066 i dag; a 3066 of changed
// circumstances asks for the day and the change and offers no marking, since
// the first 3066's date is the day FK pays from.
func TestAssignmentPrint3066(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	dir := t.TempDir()
	s.App.Preferences().SetString(session.PrefPrintFolder, dir)
	var opened []string
	s.OpenFile = func(path string) error { opened = append(opened, path); return nil }
	a := NewAssignments(s)
	guitest.ShowScreen(s, a.Content)
	ctx := context.Background()
	isPDF := func(path string) {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
			t.Fatalf("%s: %v, starts %q", path, err, b[:min(len(b), 8)])
		}
	}

	// A new assignment, Xena for Cecilia, not yet stored: printing saves it first.
	if !a.print3066.Disabled() {
		t.Fatal("Skriv ut 3066 is enabled on an empty form")
	}
	a.assistant.Set(guitest.PnrXena)
	a.customer.Set(guitest.PnrCecilia)
	test.Tap(a.print3066)
	guitest.Settle(s)
	got, _ := st.Assignments(ctx)
	if i := slices.IndexFunc(got, func(x rules.Assignment) bool { return x.Customer == guitest.PnrCecilia }); i < 0 || !got[i].Reported3066.IsZero() {
		t.Fatalf("the new assignment was not saved before printing: %+v", got)
	}
	want := filepath.Join(dir, "3066 Xena Xu hos Cecilia Carlsson.pdf")
	isPDF(want)
	if len(opened) != 1 || opened[0] != want {
		t.Fatalf("opened %q, want %q", opened, want)
	}
	if !strings.Contains(a.printedText, want) {
		t.Fatalf("the dialog does not name the file: %q", a.printedText)
	}
	guitest.TapDialogButton(t, s.Win, "Registrera att FK tog emot 3066 i dag")
	got, _ = st.Assignments(ctx)
	if i := slices.IndexFunc(got, func(x rules.Assignment) bool { return x.Customer == guitest.PnrCecilia }); got[i].Reported3066 != guitest.TestToday {
		t.Fatalf("after Registrera att FK tog emot 3066 i dag: %+v", got[i])
	}

	// Changed circumstances for Xena → Anna, whose 3066 FK received 2026-01-01.
	a.Frame.List.Select(slices.IndexFunc(a.Shown, func(x rules.Assignment) bool { return x.Customer == guitest.PnrAnna }))
	test.Tap(a.printChanged)
	a.changeFrom.SetText("2026-11-01")
	a.ChangeText.SetText("")
	guitest.TapDialogButton(t, s.Win, "Skriv ut 3066") // refused: what changed is not said
	guitest.Settle(s)
	if len(opened) != 1 {
		t.Fatalf("printed without saying what changed: %q", opened)
	}
	test.Type(a.ChangeText, "Ny arbetsgivare")
	guitest.TapDialogButton(t, s.Win, "Skriv ut 3066")
	guitest.Settle(s)
	want = filepath.Join(dir, "3066 ändrad 2026-11-01 Xena Xu hos Anna Andersson.pdf")
	isPDF(want)
	if len(opened) != 2 || opened[1] != want {
		t.Fatalf("opened %q, want %q last", opened, want)
	}
	if guitest.FindButton(s.Win.Canvas().Overlays().Top(), "Registrera att FK tog emot 3066 i dag") != nil {
		t.Fatal("a change offers to move the date FK received the first 3066")
	}
	got, _ = st.Assignments(ctx)
	if i := slices.IndexFunc(got, func(x rules.Assignment) bool { return x.Customer == guitest.PnrAnna }); got[i].Reported3066 != rules.D(2026, 1, 1) {
		t.Fatalf("the change moved the 3066 date: %+v", got[i])
	}
}
