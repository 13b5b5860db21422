package registers

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestCustomerAddEditDelete(t *testing.T) {
	st := guitest.OpenStore(t, rules.Batch{})
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	ctx := context.Background()

	guitest.TypeText(c.Name, "Edvin Ek")
	guitest.TypeText(c.Pnr, guitest.PnrBadCheck)
	if !c.Frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled with an invalid personnummer")
	}
	if !c.Pnr.Msg.Visible() || c.Pnr.Msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("message under personnummer: %v %q", c.Pnr.Msg.Visible(), c.Pnr.Msg.Text)
	}
	guitest.TypeText(c.Pnr, "750101-1238") // 10 digits: the latest century that is not in the future, 1975
	c.personkrets.Sel.SetSelectedIndex(1)
	c.role.Sel.SetSelectedIndex(2) // god man
	if !c.Frame.saveBtn.Disabled() || !c.roleMsg.Visible() {
		t.Fatal("a god man without a name can be saved")
	}
	guitest.TypeText(c.repName, "Gustav Gode")
	guitest.TypeText(c.repPnr, "19451212-1239")
	if c.Frame.saveBtn.Disabled() {
		t.Fatal("Spara is disabled on a valid form")
	}
	if c.Dec.box.Visible() {
		t.Fatal("decisions can be entered before the customer is saved")
	}
	test.Tap(c.Frame.saveBtn)

	want := rules.Customer{Pnr: guitest.PnrEdvin, Name: "Edvin Ek", Personkrets: 1, RepresentativeRole: rules.GodMan,
		RepresentativeName: "Gustav Gode", RepresentativePnr: "194512121239", Version: 1}
	got, err := st.Customers(ctx)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}
	if c.Frame.rows[0].Warning != "Inget beslut gäller i dag" {
		t.Fatalf("row %+v", c.Frame.rows[0])
	}

	// Edit the name.
	guitest.TypeText(c.Name, "Edvin Eklund")
	test.Tap(c.Frame.saveBtn)
	got, _ = st.Customers(ctx)
	if got[0].Name != "Edvin Eklund" || got[0].Pnr != guitest.PnrEdvin {
		t.Fatalf("after edit %+v", got[0])
	}

	// Delete: the customer has no shifts and goes.
	test.Tap(c.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	if got, _ = st.Customers(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestCustomerDuplicatePnr(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	c := NewCustomers(s)
	guitest.TypeText(c.Name, "Anna igen")
	guitest.TypeText(c.Pnr, "19451212-1239")
	if !c.Frame.saveBtn.Disabled() || c.Pnr.Msg.Text != "Det finns redan en kund med det personnumret." {
		t.Fatalf("a second customer with Anna's number: disabled %v, %q", c.Frame.saveBtn.Disabled(), c.Pnr.Msg.Text)
	}
}

func TestCustomerWithShiftsIsMarkedInactive(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	ctx := context.Background()

	i := slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == guitest.PnrAnna })
	c.Frame.List.Select(i)
	test.Tap(c.Frame.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	// Anna has three shifts: the store refuses, and the second question offers inactive.
	guitest.TapDialogButton(t, s.Win, "Markera som inaktiv")

	got, _ := st.Customers(ctx)
	j := slices.IndexFunc(got, func(x rules.Customer) bool { return x.Pnr == guitest.PnrAnna })
	if j < 0 {
		t.Fatal("a customer with shifts was deleted")
	}
	if !got[j].Inactive {
		t.Fatal("the customer was not marked inactive")
	}
	if !c.inactive.Checked || c.Frame.status.Text != "Kunden Anna Andersson är markerad som inaktiv." {
		t.Fatalf("form after: inactive %v, status %q", c.inactive.Checked, c.Frame.status.Text)
	}
	if decs, _ := st.Decisions(ctx, guitest.PnrAnna); len(decs) != 1 {
		t.Fatalf("the decisions went: %+v", decs)
	}
}

func TestDecisionAddEditDelete(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	ctx := context.Background()
	d := &c.Dec

	i := slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == guitest.PnrCecilia })
	c.Frame.List.Select(i)
	if !d.box.Visible() || len(d.rows) != 0 {
		t.Fatalf("Cecilia's decisions: shown %v, %d", d.box.Visible(), len(d.rows))
	}
	guitest.TypeText(d.from, "2024-03-01")
	// The default schablon of 2024 is 332,60 kr.
	if d.amount.Entry.Text != "332,60" {
		t.Fatalf("amount filled in %q, want the 2024 schablon 332,60", d.amount.Entry.Text)
	}
	guitest.TypeText(d.to, "2024-02-29")
	guitest.TypeText(d.hours, "37,5")
	if !d.saveBtn.Disabled() || d.to.Msg.Text != "Slutdatumet ligger före startdatumet (2024-03-01)." {
		t.Fatalf("a decision ending before it starts: disabled %v, %q", d.saveBtn.Disabled(), d.to.Msg.Text)
	}
	guitest.TypeText(d.to, "")
	guitest.TypeText(d.hours, "37,5 h")
	if !d.saveBtn.Disabled() || !d.hours.Msg.Visible() {
		t.Fatal("hours with a unit are accepted")
	}
	guitest.TypeText(d.hours, "37,5")
	d.double.SetChecked(true)
	test.Tap(d.saveBtn)

	want := rules.Decision{Customer: guitest.PnrCecilia, From: rules.D(2024, 3, 1), HoursPerWeekCenti: 3750,
		HourlyAmount: 33260, DoubleAssistance: true, Version: 1}
	got, err := st.Decisions(ctx, guitest.PnrCecilia)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}

	// A year later: the amount follows the year until the user writes another.
	test.Tap(d.newBtn)
	guitest.TypeText(d.from, "2023-01-01")
	if d.amount.Entry.Text != "324,50" {
		t.Fatalf("2023 amount %q", d.amount.Entry.Text)
	}
	guitest.TypeText(d.from, "2024-03-01")
	if d.from.Msg.Text != "Kunden har redan ett beslut från det datumet." || !d.saveBtn.Disabled() {
		t.Fatalf("a second decision from the same day: %q", d.from.Msg.Text)
	}

	// Edit: a higher amount, 360 kr (332,60 × 1,12 = 372,51, so within 12 %).
	d.List.Select(0)
	guitest.TypeText(d.amount, "360")
	d.higher.SetChecked(true)
	if d.amountNote.Text != "Schablonbelopp 2024: 332,60 kr per timme." {
		t.Fatalf("note %q", d.amountNote.Text)
	}
	test.Tap(d.saveBtn)
	got, _ = st.Decisions(ctx, guitest.PnrCecilia)
	want.HourlyAmount, want.HigherAmount, want.Version = 36000, true, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit %+v", got)
	}

	test.Tap(d.delBtn)
	guitest.TapDialogButton(t, s.Win, "Ta bort")
	if got, _ = st.Decisions(ctx, guitest.PnrCecilia); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}
