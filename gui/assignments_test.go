package gui

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/rules"
)

func TestAssignmentAddEditDelete(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	a := newAssignments(s)
	showScreen(s, a.content)
	ctx := context.Background()

	if len(a.frame.rows) != 2 {
		t.Fatalf("rows %+v", a.frame.rows)
	}
	if !a.frame.saveBtn.Disabled() || a.keyMsg.Visible() {
		t.Fatal("an empty new assignment: Spara enabled or a message shown")
	}
	// Xena already works for Anna.
	a.assistant.set(pnrXena)
	a.customer.set(pnrAnna)
	if !a.frame.saveBtn.Disabled() || a.keyMsg.Text != "Assistenten har redan ett uppdrag hos kunden; välj det i listan." {
		t.Fatalf("duplicate: %q", a.keyMsg.Text)
	}
	a.customer.set(pnrCecilia)
	a.employer.set(rules.EmployerOther)
	if !a.frame.saveBtn.Disabled() || a.employerName.entry.Disabled() {
		t.Fatal("another employer without name and number can be saved, or its fields are disabled")
	}
	typeText(a.employerName, "Bemanning AB")
	typeText(a.employerOrgnr, "55667788")
	if !a.frame.saveBtn.Disabled() || a.employerOrgnr.msg.Text != "Fel antal siffror (8), skriv 10 siffror (organisationsnummer) eller 12 (personnummer)." {
		t.Fatalf("short orgnr: %q", a.employerOrgnr.msg.Text)
	}
	typeText(a.employerOrgnr, "556677-8899")
	typeText(a.employedFrom, "2026-11-01")
	a.related.SetChecked(true)
	if !a.warning.Visible() {
		t.Fatal("no warning for an assignment without 3066")
	}
	test.Tap(a.frame.saveBtn)

	want := rules.Assignment{Assistant: pnrXena, Customer: pnrCecilia, ProviderOrgnr: orgKommun, Employer: rules.EmployerOther,
		EmployerName: "Bemanning AB", EmployerOrgnr: orgOmsorg, EmployedFrom: rules.D(2026, 11, 1), Related: true}
	find := func() rules.Assignment {
		got, err := st.Assignments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(got, func(x rules.Assignment) bool { return x.Assistant == pnrXena && x.Customer == pnrCecilia })
		if i < 0 {
			t.Fatalf("not stored: %+v", got)
		}
		return got[i]
	}
	if got := find(); got != want {
		t.Fatalf("stored %+v\nwant %+v", got, want)
	}
	i := slices.IndexFunc(a.shown, func(x rules.Assignment) bool { return x.Customer == pnrCecilia })
	if r := a.frame.rows[i]; r.Title != "Xena Xu → Cecilia Carlsson" || r.Warning != "Ingen 3066" {
		t.Fatalf("row %+v", r)
	}

	// Edit: the provider employs after all; the other employer's facts go.
	a.employer.set(rules.EmployerProvider)
	if !a.employerName.entry.Disabled() {
		t.Fatal("employer name editable for the provider as employer")
	}
	test.Tap(a.frame.saveBtn)
	want.Employer, want.EmployerName, want.EmployerOrgnr = rules.EmployerProvider, "", ""
	if got := find(); got != want {
		t.Fatalf("after edit %+v\nwant %+v", got, want)
	}

	// Markera 3066 skickad records today and saves.
	test.Tap(a.mark3066)
	want.Reported3066 = testToday
	if got := find(); got != want {
		t.Fatalf("after 3066 %+v\nwant %+v", got, want)
	}
	if a.warning.Visible() || a.frame.rows[i].Warning != "" {
		t.Fatalf("3066 warning left: %q %q", a.warning.Text, a.frame.rows[i].Warning)
	}

	test.Tap(a.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	if got, _ := st.Assignments(ctx); len(got) != 2 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestAssignmentSearch(t *testing.T) {
	s := newTestSession(t, openStore(t, smallBatch()))
	a := newAssignments(s)
	for q, want := range map[string]int{"": 2, "bertil": 1, "xena": 1, "19901001": 0, "199001011239": 1, "zzz": 0} {
		a.frame.search.SetText(q)
		if len(a.frame.rows) != want {
			t.Errorf("search %q: %d rows, want %d", q, len(a.frame.rows), want)
		}
	}
}
