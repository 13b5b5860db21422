package registers

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestAssistantAddEditDelete(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	a := NewAssistants(s)
	guitest.ShowScreen(s, a.Content)
	ctx := context.Background()

	guitest.TypeText(a.name, "Filip Falk")
	guitest.TypeText(a.pnr, "19851231-9876")
	if !a.Frame.saveBtn.Disabled() || a.pnr.Msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("wrong check digit: disabled %v, %q", a.Frame.saveBtn.Disabled(), a.pnr.Msg.Text)
	}
	guitest.TypeText(a.pnr, "19851231-9875")
	guitest.TypeText(a.periodStart, "2026-13-01")
	if !a.Frame.saveBtn.Disabled() || !a.periodStart.Msg.Visible() {
		t.Fatal("month 13 accepted")
	}
	guitest.TypeText(a.periodStart, "2026-01-05")
	a.regime.Sel.SetSelectedIndex(0) // husligt arbete
	a.outsideEES.SetChecked(true)
	test.Tap(a.Frame.saveBtn)

	want := rules.Assistant{Pnr: guitest.PnrFilip, Name: "Filip Falk", Regime: rules.Husligt, PeriodStart: rules.D(2026, 1, 5), OutsideEES: true, Version: 1}
	got, err := st.Assistants(ctx)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}
	if a.Frame.rows[0].Warning != "Bor utanför EES" {
		t.Fatalf("row warning %q", a.Frame.rows[0].Warning)
	}

	guitest.TypeText(a.address, "Storgatan 1, 831 30 Östersund")
	a.agreement.SetChecked(true)
	test.Tap(a.Frame.saveBtn)
	got, _ = st.Assistants(ctx)
	want.Address, want.CollectiveAgreement, want.Version = "Storgatan 1, 831 30 Östersund", true, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit %+v", got)
	}

	test.Tap(a.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	if got, _ = st.Assistants(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestAssistantUnder18AndSamordningsnummer(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	a := NewAssistants(s)
	guitest.ShowScreen(s, a.Content)

	// Born 2010-05-05: 16 years old on 2026-10-20 (testToday).
	guitest.TypeText(a.name, "Greta Gran")
	guitest.TypeText(a.pnr, "100505-2384")
	if !a.warning.Visible() || a.warning.Text != "Assistenten är under 18 år i dag: FK betalar inte för arbete före 18-årsdagen." {
		t.Fatalf("form warning %v %q", a.warning.Visible(), a.warning.Text)
	}
	test.Tap(a.Frame.saveBtn)
	if got, _ := st.Assistants(context.Background()); len(got) != 1 || got[0].Pnr != guitest.PnrGreta {
		t.Fatalf("stored %+v", got)
	}
	if a.Frame.rows[0].Warning != "Under 18 år (FK betalar inte)" {
		t.Fatalf("row warning %q", a.Frame.rows[0].Warning)
	}

	// A samordningsnummer: day 61 = the 1st + 60; Luhn over 850161123 gives 3.
	test.Tap(a.Frame.newBtn)
	guitest.TypeText(a.name, "Hamid Haddad")
	guitest.TypeText(a.pnr, "19850161-1233")
	if a.Frame.saveBtn.Disabled() {
		t.Fatalf("samordningsnummer refused: %q", a.pnr.Msg.Text)
	}
}

func TestAssistantWithShiftsIsMarkedInactive(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	a := NewAssistants(s)
	guitest.ShowScreen(s, a.Content)
	a.Frame.List.Select(slices.IndexFunc(a.Shown, func(x rules.Assistant) bool { return x.Pnr == guitest.PnrXena }))
	test.Tap(a.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	guitest.TapDialogButton(t, s.Win, "Markera som inaktiv")
	got, _ := st.Assistants(context.Background())
	i := slices.IndexFunc(got, func(x rules.Assistant) bool { return x.Pnr == guitest.PnrXena })
	if i < 0 || !got[i].Inactive {
		t.Fatalf("Xena after delete: %+v", got)
	}
}
