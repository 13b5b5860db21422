package bill

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"assistans/data"
	"assistans/data/demo"
	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// openMonthScreen shows the Räkning tab in a window, with customer pnr chosen.
func openMonthScreen(t *testing.T, st session.Store, pnr string) (*session.Session, *Screen) {
	t.Helper()
	s := guitest.NewSession(t, st)
	m := New(s)
	s.Win.SetContent(m.Content)
	s.Win.Resize(fyne.NewSize(1280, 900))
	m.Customer.Set(pnr)
	if m.Key.Customer != pnr {
		t.Fatalf("chose %s, the screen shows %q", pnr, m.Key.Customer)
	}
	return s, m
}

func TestMonthFactsSaved(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	_, m := openMonthScreen(t, st, guitest.PnrAnna)
	// Anna's October, worked out in TestOverviewOctober: aktiv 480, väntetid 270, beredskap 540.
	for i, want := range []string{"8 h 00 min", "4 h 30 min", "9 h 00 min"} {
		if got := m.totals[i].Text; got != want {
			t.Errorf("total %d: %q, want %q", i, got, want)
		}
	}
	if got := m.signer.Text; !strings.HasPrefix(got, "Kunden själv, Anna Andersson (19451212-1239)") {
		t.Errorf("signer %q", got)
	}

	m.childcare.SetSelected("Ja")
	m.PrevUsed.Radio.SetSelected("Nej")
	// Nej asks how much is left; until it is given, Spara is disabled with the reason shown.
	if !m.prevLeftRow.Visible() || !m.SaveBtn.Disabled() {
		t.Fatalf("after Nej: amount row shown %v, save disabled %v", m.prevLeftRow.Visible(), m.SaveBtn.Disabled())
	}
	test.Type(m.PrevLeft.Entry, "12a")
	if got := m.PrevLeft.Msg.Text; !m.PrevLeft.Msg.Visible() || got != "Skriv ett belopp i kronor, t.ex. 1 250,50 (högst två decimaler)." {
		t.Errorf("message under a bad amount: %q", got)
	}
	m.PrevLeft.Entry.SetText("")
	test.Type(m.PrevLeft.Entry, "1 250,5")
	if m.SaveBtn.Disabled() || m.PrevLeft.Msg.Visible() {
		t.Fatalf("a good amount: save disabled %v, message %q", m.SaveBtn.Disabled(), m.PrevLeft.Msg.Text)
	}

	// A hospital stay, 3 October 08:00 to 7 October 14:30.
	test.Type(m.StayFrom.Entry, "2026-10-03")
	test.Type(m.stayFromT.Entry, "08:00")
	test.Type(m.StayTo.Entry, "2026-10-02")
	if got := m.stayMsg.Text; !m.stayAdd.Disabled() || got != "Vistelsen måste sluta efter att den börjar." {
		t.Errorf("a stay that ends before it begins: add enabled %v, message %q", !m.stayAdd.Disabled(), got)
	}
	m.StayTo.Entry.SetText("2026-10-07")
	test.Type(m.stayToT.Entry, "14:30")
	test.Tap(m.stayAdd)

	test.Tap(m.SaveBtn)
	if got := m.status.Text; got != "Räkningen för oktober 2026 är sparad." {
		t.Errorf("status %q", got)
	}
	ctx := context.Background()
	mi, err := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October)
	if err != nil {
		t.Fatal(err)
	}
	want := rules.MonthInfo{Customer: guitest.PnrAnna, Month: guitest.October, ChildcareSchool: true, PrevPaymentUsed: rules.No, PrevPaymentLeft: 125050, Version: 1}
	if mi != want {
		t.Errorf("stored %+v, want %+v", mi, want)
	}
	stays, err := st.HospitalStays(ctx, guitest.PnrAnna)
	wantStay := rules.HospitalStay{Customer: guitest.PnrAnna, FromDate: rules.D(2026, 10, 3), FromTime: 8 * 60, ToDate: rules.D(2026, 10, 7), ToTime: 14*60 + 30, Version: 1}
	if err != nil || !slices.Equal(stays, []rules.HospitalStay{wantStay}) {
		t.Errorf("stays %+v, %v", stays, err)
	}

	// A new screen reads it all back.
	_, m2 := openMonthScreen(t, st, guitest.PnrAnna)
	if m2.childcare.Selected != "Ja" || m2.abroad.Selected != "Nej" || m2.PrevUsed.Get() != rules.No ||
		m2.PrevLeft.Entry.Text != "1 250,50" || !m2.prevLeftRow.Visible() {
		t.Errorf("read back: childcare %q, abroad %q, prev %v, left %q", m2.childcare.Selected, m2.abroad.Selected, m2.PrevUsed.Get(), m2.PrevLeft.Entry.Text)
	}
	if labels := guitest.Texts(m2.stayList); !slices.Contains(labels, "2026-10-03 08:00 – 2026-10-07 14:30") {
		t.Errorf("stays shown: %q", labels)
	}
	// The stay overlaps itself when typed again, and a fourth stay does not fit the form.
	test.Type(m2.StayFrom.Entry, "2026-10-05")
	test.Type(m2.StayTo.Entry, "2026-10-06")
	if got := m2.stayMsg.Text; got != "Vistelsen överlappar vistelsen 2026-10-03 08:00 – 2026-10-07 14:30." {
		t.Errorf("overlap message %q", got)
	}

	// Leaving an edited form for another customer saves it.
	m.abroad.SetSelected("Ja")
	m.Customer.Set(guitest.PnrBertil)
	if mi, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); !mi.Abroad {
		t.Error("Anna's edit was dropped when Bertil was chosen")
	}
}

func TestMonthLocked(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	ctx := context.Background()

	// Another window marks the month as sent while this one is being edited:
	// the store refuses the save and the screen says why.
	m.childcare.SetSelected("Ja")
	if err := st.MarkSent(ctx, guitest.PnrAnna, guitest.October, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	test.Tap(m.SaveBtn)
	if got := m.status.Text; got != "Månaden 2026-10 är markerad som skickad och låst; lås upp den först." {
		t.Errorf("status after a refused save: %q", got)
	}
	if mi, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); mi.ChildcareSchool {
		t.Error("the locked month was changed")
	}

	// Shown again, the month is read-only.
	s.DataChanged()
	if got := m.state.Text; !strings.HasPrefix(got, "Skickad till Försäkringskassan 2026-11-02. Månaden är låst") {
		t.Errorf("state %q", got)
	}
	if !m.SaveBtn.Disabled() || !m.childcare.Disabled() || m.stayForm.Visible() || !m.UnlockBtn.Visible() || m.sentBtn.Visible() {
		t.Errorf("locked: save disabled %v, childcare disabled %v, stay form shown %v, unlock shown %v",
			m.SaveBtn.Disabled(), m.childcare.Disabled(), m.stayForm.Visible(), m.UnlockBtn.Visible())
	}
	// The answers are read as text, not greyed out (Ja as typed: the screen keeps the refused typing).
	if m.childcare.Visible() || !m.answers[0].Box.Visible() || !slices.Contains(guitest.Texts(m.answers[0].Box), "Ja") {
		t.Errorf("locked answer: radio shown %v, text %q; want the text Ja", m.childcare.Visible(), guitest.Texts(m.answers[0].Box))
	}
	if err := m.save(); err == nil || err.Error() != "Månaden oktober 2026 är markerad som skickad och låst; lås upp den först." {
		t.Errorf("save of a locked month: %v", err)
	}

	// Lås upp asks for a reason, and keeps it in the audit log.
	test.Tap(m.UnlockBtn)
	u := m.UnlockDialog
	if !u.ok.Disabled() {
		t.Error("Lås upp is enabled without a reason")
	}
	test.Type(u.Reason, "FK begärde komplettering")
	test.Tap(u.ok)
	if mi, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); !mi.Sent.IsZero() {
		t.Fatalf("still locked: %+v", mi)
	}
	rows, err := st.Audit(ctx, data.TableMonthInfo, guitest.PnrAnna+"/2026-10")
	if err != nil || len(rows) == 0 || rows[len(rows)-1].Note != "FK begärde komplettering" {
		t.Errorf("audit %+v, %v", rows, err)
	}
	if m.SaveBtn.Disabled() || m.childcare.Disabled() || !m.childcare.Visible() {
		t.Error("the unlocked month is still read-only")
	}

	// Markera som skickad locks it again, with today's date.
	test.Tap(m.sentBtn)
	test.Tap(guitest.ButtonIn(t, s.Win, "Markera som skickad"))
	if mi, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); mi.Sent != guitest.TestToday {
		t.Errorf("after Markera som skickad: %+v", mi)
	}
	if !m.locked {
		t.Error("the screen does not show the month as locked")
	}
}

func TestMonthLoadError(t *testing.T) {
	s := guitest.NewSession(t, guitest.FailingStore{Store: guitest.OpenStore(t, guitest.SmallBatch())})
	m := New(s)
	if got := m.state.Text; got != "Kunde inte läsa månaden: disken är borta" {
		t.Errorf("state %q", got)
	}
}

func TestDaysLeftText(t *testing.T) {
	for days, want := range map[int]string{46: "46 dagar kvar", 1: "1 dag kvar", 0: "sista dagen i dag", -1: "1 dag för sent", -3: "3 dagar för sent"} {
		if got := widgets.DaysLeftText(days); got != want {
			t.Errorf("%d: %q, want %q", days, got, want)
		}
	}
}

// TestMonthScreenshots writes PNGs of the Räkning tab and its dialogs on the
// demo register to the folder in ASSISTANS_SHOTS (else a temporary folder).
func TestMonthScreenshots(t *testing.T) {
	dir := guitest.ShotsDir(t)
	const marta, ake = "194208193823", "193806074112" // in data/demo
	st := guitest.OpenStore(t, demo.Batch())
	s := guitest.NewSession(t, st)
	s.App.Settings().SetTheme(theme.DefaultTheme())
	m := New(s)
	s.Win.SetContent(container.NewBorder(s.MonthBar(), nil, nil, nil, m.Content))
	s.Win.Resize(fyne.NewSize(1280, 860))
	shot := func(name string) {
		t.Helper()
		guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+".png"))
	}
	p := m.Printer
	guitest.TestOpen(s, filepath.Join(t.TempDir(), "Dokument", "Assistans"))

	m.Customer.Set(marta)
	typeCosts(m.Costs, "560,00", "150 080", "17 640", "5 040", "", "-3", "19 040")
	m.PrevUsed.Radio.SetSelected("Nej")
	shot("month_marta_oktober_fel")
	typeCosts(m.Costs, "743,00", "199 124", "23 404,50", "6 687", "3 343,50", "4 458", "25 262")
	test.Type(m.PrevLeft.Entry, "1 200")
	shot("month_marta_oktober")
	test.Tap(m.SaveBtn)
	test.Tap(m.Costs.SaveBtn)

	test.Tap(s.Prev)
	shot("month_marta_september_last")
	m.Customer.Set(ake)
	shot("month_ake_september_last")
	test.Tap(m.UnlockBtn)
	test.Type(m.UnlockDialog.Reason, "FK begärde komplettering")
	shot("month_unlock")
	m.UnlockDialog.D.Hide()

	test.Tap(s.Next)
	test.Tap(m.PrintAll)
	guitest.Settle(s)
	test.Type(p.Reason, "Beslutet för Åke är förlängt; FK informerad i telefon")
	shot("month_print_confirm")
	test.Tap(p.OkBtn)
	guitest.Settle(s)
	shot("month_print_result")
	p.Dlg.Hide()

	m.Customer.Set(ake)
	test.Type(m.StayFrom.Entry, "2026-10-12")
	test.Type(m.StayTo.Entry, "2026-10-09")
	shot("month_ake_oktober_stay_error")
}
