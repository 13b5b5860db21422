package gui

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/rules"
)

func TestAssistantAddEditDelete(t *testing.T) {
	st := openStore(t, rules.Batch{})
	s := newTestSession(t, st)
	a := newAssistants(s)
	showScreen(s, a.content)
	ctx := context.Background()

	typeText(a.name, "Filip Falk")
	typeText(a.pnr, "19851231-9876")
	if !a.frame.saveBtn.Disabled() || a.pnr.msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("wrong check digit: disabled %v, %q", a.frame.saveBtn.Disabled(), a.pnr.msg.Text)
	}
	typeText(a.pnr, "19851231-9875")
	typeText(a.periodStart, "2026-13-01")
	if !a.frame.saveBtn.Disabled() || !a.periodStart.msg.Visible() {
		t.Fatal("month 13 accepted")
	}
	typeText(a.periodStart, "2026-01-05")
	a.regime.sel.SetSelectedIndex(0) // husligt arbete
	a.outsideEES.SetChecked(true)
	test.Tap(a.frame.saveBtn)

	want := rules.Assistant{Pnr: pnrFilip, Name: "Filip Falk", Regime: rules.Husligt, PeriodStart: rules.D(2026, 1, 5), OutsideEES: true, Version: 1}
	got, err := st.Assistants(ctx)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}
	if a.frame.rows[0].Warning != "Bor utanför EES" {
		t.Fatalf("row warning %q", a.frame.rows[0].Warning)
	}

	typeText(a.address, "Storgatan 1, 831 30 Östersund")
	a.agreement.SetChecked(true)
	test.Tap(a.frame.saveBtn)
	got, _ = st.Assistants(ctx)
	want.Address, want.CollectiveAgreement, want.Version = "Storgatan 1, 831 30 Östersund", true, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit %+v", got)
	}

	test.Tap(a.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	if got, _ = st.Assistants(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestAssistantUnder18AndSamordningsnummer(t *testing.T) {
	st := openStore(t, rules.Batch{})
	s := newTestSession(t, st)
	a := newAssistants(s)
	showScreen(s, a.content)

	// Born 2010-05-05: 16 years old on 2026-10-20 (testToday).
	typeText(a.name, "Greta Gran")
	typeText(a.pnr, "100505-2384")
	if !a.warning.Visible() || a.warning.Text != "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen." {
		t.Fatalf("form warning %v %q", a.warning.Visible(), a.warning.Text)
	}
	test.Tap(a.frame.saveBtn)
	if got, _ := st.Assistants(context.Background()); len(got) != 1 || got[0].Pnr != pnrGreta {
		t.Fatalf("stored %+v", got)
	}
	if a.frame.rows[0].Warning != "Under 18 år (FK betalar inte)" {
		t.Fatalf("row warning %q", a.frame.rows[0].Warning)
	}

	// A samordningsnummer: day 61 = the 1st + 60; Luhn over 850161123 gives 3.
	test.Tap(a.frame.newBtn)
	typeText(a.name, "Hamid Haddad")
	typeText(a.pnr, "19850161-1233")
	if a.frame.saveBtn.Disabled() {
		t.Fatalf("samordningsnummer refused: %q", a.pnr.msg.Text)
	}
}

func TestAssistantWithShiftsIsMarkedInactive(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	a := newAssistants(s)
	showScreen(s, a.content)
	a.frame.list.Select(slices.IndexFunc(a.shown, func(x rules.Assistant) bool { return x.Pnr == pnrXena }))
	test.Tap(a.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	tapDialogButton(t, s.win, "Markera som inaktiv")
	got, _ := st.Assistants(context.Background())
	i := slices.IndexFunc(got, func(x rules.Assistant) bool { return x.Pnr == pnrXena })
	if i < 0 || !got[i].Inactive {
		t.Fatalf("Xena after delete: %+v", got)
	}
}
