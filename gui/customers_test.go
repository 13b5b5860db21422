package gui

import (
	"context"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/rules"
)

func TestCustomerAddEditDelete(t *testing.T) {
	st := openStore(t, rules.Batch{})
	s := newTestSession(t, st)
	c := newCustomers(s)
	showScreen(s, c.content)
	ctx := context.Background()

	typeText(c.name, "Edvin Ek")
	typeText(c.pnr, pnrBadCheck)
	if !c.frame.saveBtn.Disabled() {
		t.Fatal("Spara is enabled with an invalid personnummer")
	}
	if !c.pnr.msg.Visible() || c.pnr.msg.Text != "Kontrollsiffran stämmer inte." {
		t.Fatalf("message under personnummer: %v %q", c.pnr.msg.Visible(), c.pnr.msg.Text)
	}
	typeText(c.pnr, "750101-1238") // 10 digits: the latest century that is not in the future, 1975
	c.personkrets.sel.SetSelectedIndex(1)
	c.role.sel.SetSelectedIndex(2) // god man
	if !c.frame.saveBtn.Disabled() || !c.roleMsg.Visible() {
		t.Fatal("a god man without a name can be saved")
	}
	typeText(c.repName, "Gustav Gode")
	typeText(c.repPnr, "19451212-1239")
	if c.frame.saveBtn.Disabled() {
		t.Fatal("Spara is disabled on a valid form")
	}
	if c.dec.box.Visible() {
		t.Fatal("decisions can be entered before the customer is saved")
	}
	test.Tap(c.frame.saveBtn)

	want := rules.Customer{Pnr: pnrEdvin, Name: "Edvin Ek", Personkrets: 1, RepresentativeRole: rules.GodMan,
		RepresentativeName: "Gustav Gode", RepresentativePnr: "194512121239", Version: 1}
	got, err := st.Customers(ctx)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}
	if c.frame.rows[0].Warning != "Inget beslut gäller i dag" {
		t.Fatalf("row %+v", c.frame.rows[0])
	}

	// Edit the name.
	typeText(c.name, "Edvin Eklund")
	test.Tap(c.frame.saveBtn)
	got, _ = st.Customers(ctx)
	if got[0].Name != "Edvin Eklund" || got[0].Pnr != pnrEdvin {
		t.Fatalf("after edit %+v", got[0])
	}

	// Delete: the customer has no shifts and goes.
	test.Tap(c.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	if got, _ = st.Customers(ctx); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}

func TestCustomerDuplicatePnr(t *testing.T) {
	s := newTestSession(t, openStore(t, smallBatch()))
	c := newCustomers(s)
	typeText(c.name, "Anna igen")
	typeText(c.pnr, "19451212-1239")
	if !c.frame.saveBtn.Disabled() || c.pnr.msg.Text != "Det finns redan en kund med det personnumret." {
		t.Fatalf("a second customer with Anna's number: disabled %v, %q", c.frame.saveBtn.Disabled(), c.pnr.msg.Text)
	}
}

func TestCustomerWithShiftsIsMarkedInactive(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	c := newCustomers(s)
	showScreen(s, c.content)
	ctx := context.Background()

	i := slices.IndexFunc(c.shown, func(x rules.Customer) bool { return x.Pnr == pnrAnna })
	c.frame.list.Select(i)
	test.Tap(c.frame.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	// Anna has three shifts: the store refuses, and the second question offers inactive.
	tapDialogButton(t, s.win, "Markera som inaktiv")

	got, _ := st.Customers(ctx)
	j := slices.IndexFunc(got, func(x rules.Customer) bool { return x.Pnr == pnrAnna })
	if j < 0 {
		t.Fatal("a customer with shifts was deleted")
	}
	if !got[j].Inactive {
		t.Fatal("the customer was not marked inactive")
	}
	if !c.inactive.Checked || c.frame.status.Text != "Kunden Anna Andersson är markerad som inaktiv." {
		t.Fatalf("form after: inactive %v, status %q", c.inactive.Checked, c.frame.status.Text)
	}
	if decs, _ := st.Decisions(ctx, pnrAnna); len(decs) != 1 {
		t.Fatalf("the decisions went: %+v", decs)
	}
}

func TestDecisionAddEditDelete(t *testing.T) {
	st := openStore(t, smallBatch())
	s := newTestSession(t, st)
	c := newCustomers(s)
	showScreen(s, c.content)
	ctx := context.Background()
	d := &c.dec

	i := slices.IndexFunc(c.shown, func(x rules.Customer) bool { return x.Pnr == pnrCecilia })
	c.frame.list.Select(i)
	if !d.box.Visible() || len(d.rows) != 0 {
		t.Fatalf("Cecilia's decisions: shown %v, %d", d.box.Visible(), len(d.rows))
	}
	typeText(d.from, "2024-03-01")
	// The default schablon of 2024 is 332,60 kr.
	if d.amount.entry.Text != "332,60" {
		t.Fatalf("amount filled in %q, want the 2024 schablon 332,60", d.amount.entry.Text)
	}
	typeText(d.to, "2024-02-29")
	typeText(d.hours, "37,5")
	if !d.saveBtn.Disabled() || d.to.msg.Text != "Slutdatumet ligger före startdatumet (2024-03-01)." {
		t.Fatalf("a decision ending before it starts: disabled %v, %q", d.saveBtn.Disabled(), d.to.msg.Text)
	}
	typeText(d.to, "")
	typeText(d.hours, "37,5 h")
	if !d.saveBtn.Disabled() || !d.hours.msg.Visible() {
		t.Fatal("hours with a unit are accepted")
	}
	typeText(d.hours, "37,5")
	d.double.SetChecked(true)
	test.Tap(d.saveBtn)

	want := rules.Decision{Customer: pnrCecilia, From: rules.D(2024, 3, 1), HoursPerWeekCenti: 3750,
		HourlyAmount: 33260, DoubleAssistance: true, Version: 1}
	got, err := st.Decisions(ctx, pnrCecilia)
	if err != nil || len(got) != 1 || got[0] != want {
		t.Fatalf("stored %+v, %v\nwant %+v", got, err, want)
	}

	// A year later: the amount follows the year until the user writes another.
	test.Tap(d.newBtn)
	typeText(d.from, "2023-01-01")
	if d.amount.entry.Text != "324,50" {
		t.Fatalf("2023 amount %q", d.amount.entry.Text)
	}
	typeText(d.from, "2024-03-01")
	if d.from.msg.Text != "Kunden har redan ett beslut från det datumet." || !d.saveBtn.Disabled() {
		t.Fatalf("a second decision from the same day: %q", d.from.msg.Text)
	}

	// Edit: a higher amount, 360 kr (332,60 × 1,12 = 372,51, so within 12 %).
	d.list.Select(0)
	typeText(d.amount, "360")
	d.higher.SetChecked(true)
	if d.amountNote.Text != "Schablonbelopp 2024: 332,60 kr per timme." {
		t.Fatalf("note %q", d.amountNote.Text)
	}
	test.Tap(d.saveBtn)
	got, _ = st.Decisions(ctx, pnrCecilia)
	want.HourlyAmount, want.HigherAmount, want.Version = 36000, true, 2
	if len(got) != 1 || got[0] != want {
		t.Fatalf("after edit %+v", got)
	}

	test.Tap(d.delBtn)
	tapDialogButton(t, s.win, "Ta bort")
	if got, _ = st.Decisions(ctx, pnrCecilia); len(got) != 0 {
		t.Fatalf("after delete %+v", got)
	}
}
