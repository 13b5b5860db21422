package gui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/data/demo"
	"assistans/rules"
)

var october = rules.Month{Year: 2026, Month: 10}

// openMonthScreen shows the Räkning tab in a window, with customer pnr chosen.
func openMonthScreen(t *testing.T, st Store, pnr string) (*session, *monthScreen) {
	t.Helper()
	s := newTestSession(t, st)
	m := newMonthScreen(s)
	s.win.SetContent(m.content)
	s.win.Resize(fyne.NewSize(1280, 900))
	m.customer.set(pnr)
	if m.key.customer != pnr {
		t.Fatalf("chose %s, the screen shows %q", pnr, m.key.customer)
	}
	return s, m
}

// buttonIn finds the visible button with text in obj, or in the dialog on top of w when obj is nil.
func buttonIn(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var obj fyne.CanvasObject = w.Content()
	if top := w.Canvas().Overlays().Top(); top != nil {
		obj = top
	}
	for _, b := range objectsIn[*widget.Button](obj) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func TestMonthFactsSaved(t *testing.T) {
	st := openStore(t, smallBatch())
	_, m := openMonthScreen(t, st, pnrAnna)
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
	m.prevUsed.radio.SetSelected("Nej")
	// Nej asks how much is left; until it is given, Spara is disabled with the reason shown.
	if !m.prevLeftRow.Visible() || !m.saveBtn.Disabled() {
		t.Fatalf("after Nej: amount row shown %v, save disabled %v", m.prevLeftRow.Visible(), m.saveBtn.Disabled())
	}
	test.Type(m.prevLeft.entry, "12a")
	if got := m.prevLeft.msg.Text; !m.prevLeft.msg.Visible() || got != "Skriv ett belopp i kronor, t.ex. 1 250,50 (högst två decimaler)." {
		t.Errorf("message under a bad amount: %q", got)
	}
	m.prevLeft.entry.SetText("")
	test.Type(m.prevLeft.entry, "1 250,5")
	if m.saveBtn.Disabled() || m.prevLeft.msg.Visible() {
		t.Fatalf("a good amount: save disabled %v, message %q", m.saveBtn.Disabled(), m.prevLeft.msg.Text)
	}

	// A hospital stay, 3 October 08:00 to 7 October 14:30.
	test.Type(m.stayFrom.entry, "2026-10-03")
	test.Type(m.stayFromT.entry, "08:00")
	test.Type(m.stayTo.entry, "2026-10-02")
	if got := m.stayMsg.Text; !m.stayAdd.Disabled() || got != "Vistelsen måste sluta efter att den börjar." {
		t.Errorf("a stay that ends before it begins: add enabled %v, message %q", !m.stayAdd.Disabled(), got)
	}
	m.stayTo.entry.SetText("2026-10-07")
	test.Type(m.stayToT.entry, "14:30")
	test.Tap(m.stayAdd)

	test.Tap(m.saveBtn)
	if got := m.status.Text; got != "Räkningen för oktober 2026 är sparad." {
		t.Errorf("status %q", got)
	}
	ctx := context.Background()
	mi, err := st.MonthInfo(ctx, pnrAnna, october)
	if err != nil {
		t.Fatal(err)
	}
	want := rules.MonthInfo{Customer: pnrAnna, Month: october, ChildcareSchool: true, PrevPaymentUsed: rules.No, PrevPaymentLeft: 125050, Version: 1}
	if mi != want {
		t.Errorf("stored %+v, want %+v", mi, want)
	}
	stays, err := st.HospitalStays(ctx, pnrAnna)
	wantStay := rules.HospitalStay{Customer: pnrAnna, FromDate: rules.D(2026, 10, 3), FromTime: 8 * 60, ToDate: rules.D(2026, 10, 7), ToTime: 14*60 + 30, Version: 1}
	if err != nil || !slices.Equal(stays, []rules.HospitalStay{wantStay}) {
		t.Errorf("stays %+v, %v", stays, err)
	}

	// A new screen reads it all back.
	_, m2 := openMonthScreen(t, st, pnrAnna)
	if m2.childcare.Selected != "Ja" || m2.abroad.Selected != "Nej" || m2.prevUsed.get() != rules.No ||
		m2.prevLeft.entry.Text != "1 250,50" || !m2.prevLeftRow.Visible() {
		t.Errorf("read back: childcare %q, abroad %q, prev %v, left %q", m2.childcare.Selected, m2.abroad.Selected, m2.prevUsed.get(), m2.prevLeft.entry.Text)
	}
	if labels := texts(m2.stayList); !slices.Contains(labels, "2026-10-03 08:00 – 2026-10-07 14:30") {
		t.Errorf("stays shown: %q", labels)
	}
	// The stay overlaps itself when typed again, and a fourth stay does not fit the form.
	test.Type(m2.stayFrom.entry, "2026-10-05")
	test.Type(m2.stayTo.entry, "2026-10-06")
	if got := m2.stayMsg.Text; got != "Vistelsen överlappar vistelsen 2026-10-03 08:00 – 2026-10-07 14:30." {
		t.Errorf("overlap message %q", got)
	}

	// Leaving an edited form for another customer saves it.
	m.abroad.SetSelected("Ja")
	m.customer.set(pnrBertil)
	if mi, _ := st.MonthInfo(ctx, pnrAnna, october); !mi.Abroad {
		t.Error("Anna's edit was dropped when Bertil was chosen")
	}
}

// texts are the texts of the labels under obj.
func texts(obj fyne.CanvasObject) []string {
	var out []string
	for _, l := range labelsIn(obj) {
		out = append(out, l.Text)
	}
	return out
}

func TestMonthLocked(t *testing.T) {
	st := openStore(t, smallBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	ctx := context.Background()

	// Another window marks the month as sent while this one is being edited:
	// the store refuses the save and the screen says why.
	m.childcare.SetSelected("Ja")
	if err := st.MarkSent(ctx, pnrAnna, october, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	test.Tap(m.saveBtn)
	if got := m.status.Text; got != "Månaden 2026-10 är markerad som skickad och låst; lås upp den först." {
		t.Errorf("status after a refused save: %q", got)
	}
	if mi, _ := st.MonthInfo(ctx, pnrAnna, october); mi.ChildcareSchool {
		t.Error("the locked month was changed")
	}

	// Shown again, the month is read-only.
	s.dataChanged()
	if got := m.state.Text; !strings.HasPrefix(got, "Skickad till Försäkringskassan 2026-11-02. Månaden är låst") {
		t.Errorf("state %q", got)
	}
	if !m.saveBtn.Disabled() || !m.childcare.Disabled() || m.stayForm.Visible() || !m.unlockBtn.Visible() || m.sentBtn.Visible() {
		t.Errorf("locked: save disabled %v, childcare disabled %v, stay form shown %v, unlock shown %v",
			m.saveBtn.Disabled(), m.childcare.Disabled(), m.stayForm.Visible(), m.unlockBtn.Visible())
	}
	if err := m.save(); err == nil || err.Error() != "Månaden oktober 2026 är markerad som skickad och låst; lås upp den först." {
		t.Errorf("save of a locked month: %v", err)
	}

	// Lås upp asks for a reason, and keeps it in the audit log.
	test.Tap(m.unlockBtn)
	u := m.unlockDialog
	if !u.ok.Disabled() {
		t.Error("Lås upp is enabled without a reason")
	}
	test.Type(u.reason, "FK begärde komplettering")
	test.Tap(u.ok)
	if mi, _ := st.MonthInfo(ctx, pnrAnna, october); !mi.Sent.IsZero() {
		t.Fatalf("still locked: %+v", mi)
	}
	rows, err := st.Audit(ctx, data.TableMonthInfo, pnrAnna+"/2026-10")
	if err != nil || len(rows) == 0 || rows[len(rows)-1].Note != "FK begärde komplettering" {
		t.Errorf("audit %+v, %v", rows, err)
	}
	if m.saveBtn.Disabled() || m.childcare.Disabled() {
		t.Error("the unlocked month is still read-only")
	}

	// Markera som skickad locks it again, with today's date.
	test.Tap(m.sentBtn)
	test.Tap(buttonIn(t, s.win, "Markera som skickad"))
	if mi, _ := st.MonthInfo(ctx, pnrAnna, october); mi.Sent != testToday {
		t.Errorf("after Markera som skickad: %+v", mi)
	}
	if !m.locked {
		t.Error("the screen does not show the month as locked")
	}
}

func TestMonthLoadError(t *testing.T) {
	s := newTestSession(t, failingStore{openStore(t, smallBatch())})
	m := newMonthScreen(s)
	if got := m.state.Text; got != "Kunde inte läsa månaden: disken är borta" {
		t.Errorf("state %q", got)
	}
}

func TestDaysLeftText(t *testing.T) {
	for days, want := range map[int]string{46: "46 dagar kvar", 1: "1 dag kvar", 0: "sista dagen i dag", -1: "1 dag för sent", -3: "3 dagar för sent"} {
		if got := daysLeftText(days); got != want {
			t.Errorf("%d: %q, want %q", days, got, want)
		}
	}
}

// TestMonthScreenshots writes PNGs of the Räkning tab and its dialogs on the
// demo register to the folder in ASSISTANS_SHOTS; without it the test is skipped.
func TestMonthScreenshots(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	const marta, ake = "194208193823", "193806074112" // in data/demo
	st := openStore(t, demo.Batch())
	s := newTestSession(t, st)
	s.app.Settings().SetTheme(theme.DefaultTheme())
	m := newMonthScreen(s)
	s.win.SetContent(container.NewBorder(s.monthBar(), nil, nil, nil, m.content))
	s.win.Resize(fyne.NewSize(1280, 860))
	shot := func(name string) {
		t.Helper()
		writeScreenshot(t, s.win, filepath.Join(dir, name+".png"))
	}
	p, _ := testPrinter(s, filepath.Join(t.TempDir(), "Dokument", "Assistans"))

	m.customer.set(marta)
	typeCosts(m.costs, "560,00", "150 080", "17 640", "5 040", "", "-3", "19 040")
	m.prevUsed.radio.SetSelected("Nej")
	shot("month_marta_oktober_fel")
	typeCosts(m.costs, "743,00", "199 124", "23 404,50", "6 687", "3 343,50", "4 458", "25 262")
	test.Type(m.prevLeft.entry, "1 200")
	shot("month_marta_oktober")
	test.Tap(m.saveBtn)
	test.Tap(m.costs.saveBtn)

	test.Tap(s.prev)
	shot("month_marta_september_last")
	m.customer.set(ake)
	shot("month_ake_september_last")
	test.Tap(m.unlockBtn)
	test.Type(m.unlockDialog.reason, "FK begärde komplettering")
	shot("month_unlock")
	m.unlockDialog.d.Hide()

	test.Tap(s.next)
	test.Tap(m.printAll)
	settle(s)
	test.Type(p.reason, "Beslutet för Åke är förlängt; FK informerad i telefon")
	shot("month_print_confirm")
	test.Tap(p.okBtn)
	settle(s)
	shot("month_print_result")
	p.dlg.Hide()

	m.customer.set(ake)
	test.Type(m.stayFrom.entry, "2026-10-12")
	test.Type(m.stayTo.entry, "2026-10-09")
	shot("month_ake_oktober_stay_error")

	o := newOverview(s)
	settle(s)
	s.win.SetContent(container.NewBorder(s.monthBar(), nil, nil, nil, o.content))
	shot("month_overview_status")
}
