package bill

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
)

// The facts saved here, then changed by "lena" through the store behind the
// screen's back: saving the form's typing is refused with who, and Ladda om
// shows lena's facts; a save after that lands, and so does a second.
func TestMonthFactsSaveRefusedWhenChangedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	ctx := context.Background()
	m.childcare.SetSelected("Ja")
	test.Tap(m.SaveBtn)

	other, err := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October)
	if err != nil || !other.ChildcareSchool || other.Version == 0 {
		t.Fatalf("saved facts %+v, %v", other, err)
	}
	other.Abroad = true
	me := st.User
	st.User = "lena"
	err = st.SaveMonthInfo(ctx, other)
	st.User = me
	if err != nil {
		t.Fatal(err)
	}

	m.childcare.SetSelected("Nej")
	test.Tap(m.SaveBtn)
	texts := strings.Join(guitest.TopTexts(t, s.Win), "\n")
	if !strings.Contains(texts, "Uppgiften har ändrats av lena ") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	if got, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); !got.Abroad || !got.ChildcareSchool {
		t.Fatalf("lena's facts were overwritten: %+v", got)
	}
	guitest.TapDialogButton(t, s.Win, "Ladda om")
	if m.abroad.Selected != "Ja" || m.childcare.Selected != "Ja" {
		t.Fatalf("after Ladda om: utomlands %q, barnomsorg %q", m.abroad.Selected, m.childcare.Selected)
	}
	for _, want := range []string{"Nej", "Ja"} {
		m.childcare.SetSelected(want)
		test.Tap(m.SaveBtn)
		if got, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); got.ChildcareSchool != (want == "Ja") {
			t.Fatalf("saving %s after the reload: %+v, status %q", want, got, m.status.Text)
		}
	}
}

func TestCostsSaveRefusedWhenChangedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, higherBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	ctx := context.Background()
	c := m.Costs
	typeCosts(c, "250", "100000", "0", "0", "0", "0", "0")
	test.Tap(c.SaveBtn)
	costs, err := st.Costs(ctx, guitest.October)
	if err != nil || len(costs) != 6 || costs[0].Version == 0 {
		t.Fatalf("saved costs %+v, %v", costs, err)
	}
	other := costs[0]
	other.Amount = 120000_00
	me := st.User
	st.User = "lena"
	err = st.SaveCost(ctx, other)
	st.User = me
	if err != nil {
		t.Fatal(err)
	}

	typeCosts(c, "250", "90000", "0", "0", "0", "0", "0")
	test.Tap(c.SaveBtn)
	if texts := strings.Join(guitest.TopTexts(t, s.Win), "\n"); !strings.Contains(texts, "Uppgiften har ändrats av lena ") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	guitest.TapDialogButton(t, s.Win, "Ladda om")
	if got := c.amounts[0].Entry.Text; got != "120 000,00" {
		t.Fatalf("after Ladda om the first amount is %q", got)
	}
	typeCosts(c, "250", "90000", "0", "0", "0", "0", "0")
	test.Tap(c.SaveBtn)
	if costs, _ := st.Costs(ctx, guitest.October); costs[0].Amount != 90000_00 {
		t.Fatalf("after the reload the save did not land: %+v (status %q)", costs[0], c.status.Text)
	}
}
