package bill

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
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

// A hospital stay from the same time that "lena" stored after the screen read
// the month: adding it here is refused with who, lena's stay is kept, and
// Ladda om shows it; removing a stay lena changed meanwhile is refused too.
func TestStaySaveRefusedWhenAddedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	ctx := context.Background()
	lenas := rules.HospitalStay{Customer: guitest.PnrAnna, FromDate: rules.D(2026, 10, 3), FromTime: 8 * 60, ToDate: rules.D(2026, 10, 9), ToTime: rules.NoClock}
	me := st.User
	st.User = "lena"
	err := st.AddHospitalStay(ctx, lenas)
	st.User = me
	if err != nil {
		t.Fatal(err)
	}
	test.Type(m.StayFrom.Entry, "2026-10-03")
	test.Type(m.stayFromT.Entry, "08:00")
	test.Type(m.StayTo.Entry, "2026-10-07")
	test.Tap(m.stayAdd)
	if texts := strings.Join(guitest.TopTexts(t, s.Win), "\n"); !strings.Contains(texts, "Uppgiften har ändrats av lena ") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	if stays, _ := st.HospitalStays(ctx, guitest.PnrAnna); len(stays) != 1 || stays[0].ToDate != lenas.ToDate {
		t.Fatalf("lena's stay was overwritten: %+v", stays)
	}
	guitest.TapDialogButton(t, s.Win, "Ladda om")
	if labels := guitest.Texts(m.stayList); !slices.Contains(labels, "2026-10-03 08:00 – 2026-10-09") {
		t.Fatalf("after Ladda om the stays shown: %q", labels)
	}

	// lena moves the end; deleting the stay as this screen read it is refused.
	lenas.Version = 1
	lenas.ToDate = rules.D(2026, 10, 10)
	st.User = "lena"
	err = st.SaveHospitalStay(ctx, lenas)
	st.User = me
	if err != nil {
		t.Fatal(err)
	}
	m.onDeleteStay(m.stays[0])
	guitest.TapInTop(t, s.Win, "Ta bort")
	if stays, _ := st.HospitalStays(ctx, guitest.PnrAnna); len(stays) != 1 {
		t.Fatalf("a stay lena changed was deleted: %+v", stays)
	}
	if texts := strings.Join(guitest.TopTexts(t, s.Win), "\n"); !strings.Contains(texts, "Uppgiften har ändrats av lena ") {
		t.Fatalf("conflict dialog on delete:\n%s", texts)
	}
}
