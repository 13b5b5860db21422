package gui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/rules"
)

// interceptWindow keeps the close intercept that buildUI sets, so that a test
// can close the window as its close button does (the test window never calls
// the intercept), and records that the window closed.
type interceptWindow struct {
	fyne.Window
	intercept func()
	closed    bool
}

func (w *interceptWindow) SetCloseIntercept(f func()) { w.intercept = f }
func (w *interceptWindow) Close()                     { w.closed = true }

// openWindow builds the whole window, every tab, on st, as Create does, and
// waits for the first background checks.
func openWindow(t *testing.T, st Store) (*window, *interceptWindow) {
	t.Helper()
	s := newWindow(newTestSession(t, st))
	w := &interceptWindow{Window: s.win}
	s.win = w
	w.SetContent(s.buildUI())
	w.Resize(fyne.NewSize(1200, 860))
	ts := s.to.timesheet
	ts.checking.Wait()
	ts.spawn = func(f func()) { f() } // see timesheet.spawn
	settle(s.session)
	if w.intercept == nil {
		t.Fatal("buildUI set no close intercept")
	}
	return s, w
}

// navBatch is findingsBatch with Yngve's assignment for Bertil not yet
// reported on a 3066, and Bertil's decision with a higher hourly amount.
func navBatch() rules.Batch {
	b := findingsBatch()
	b.Assignments[1].Reported3066 = rules.Date{}
	b.Decisions[1].HigherAmount = true
	return b
}

// findingRowOf is the list's row of the shown finding with code and date.
func findingRowOf(t *testing.T, f *findings, code rules.Code, d rules.Date) (*findingRow, rules.Finding) {
	t.Helper()
	i := slices.IndexFunc(f.shown, func(x rules.Finding) bool { return x.Code == code && x.Date == d })
	if i < 0 {
		t.Fatalf("no %s of %s among %v", code, d, codes(f.shown))
	}
	// The list holds each finding's row followed by a separator.
	return f.list.Objects[2*i].(*findingRow), f.shown[i]
}

func selectedTab(s *session) string { return s.tabs.Selected().Text }

func TestFindingOpensTimesheet(t *testing.T) {
	s, w := openWindow(t, openStore(t, navBatch()))
	ts, f := s.to.timesheet, s.findings
	oct := rules.Month{Year: 2026, Month: 10}
	if ts.chosen != (assignKey{pnrXena, pnrAnna}) {
		t.Fatalf("the time report first shows %v, want Xena's for Anna", ts.chosen)
	}
	s.show(f.content)
	// Bertil's night of 31 October, 22–06, is Yngve's for an assignment with no 3066 yet.
	row, x := findingRowOf(t, f, rules.NotReported3066, rules.D(2026, 10, 31))
	if x.ShiftID == 0 || x.Assistant != pnrYngve || x.Customer != pnrBertil {
		t.Fatalf("finding %+v", x)
	}
	test.Tap(row)
	if got := selectedTab(s.session); got != "Tidrapport" {
		t.Fatalf("tab %q after the tap, want Tidrapport", got)
	}
	if ts.chosen != (assignKey{pnrYngve, pnrBertil}) || ts.assignment.Selected != "Yngve Ytter – Bertil Berg" {
		t.Errorf("time report of %v (%q), want Yngve's for Bertil", ts.chosen, ts.assignment.Selected)
	}
	if ts.month != oct || s.Month() != oct {
		t.Errorf("month %v / %v, want 2026-10", ts.month, s.Month())
	}
	m := ts.marked
	if m == nil || m.saved.ID != x.ShiftID {
		t.Fatalf("marked row %+v, want the shift %d", m, x.ShiftID)
	}
	if m.day.Text() != "31" || m.pass.Text() != "22:00-06:00" || m.mark.StrokeColor != theme.Color(theme.ColorNamePrimary) {
		t.Errorf("marked row %q %q, frame %v", m.day.Text(), m.pass.Text(), m.mark.StrokeColor)
	}
	if w.Canvas().Focused() != ts.ed || ts.ed.cell != m.day {
		t.Errorf("the cursor is not in the marked row's day field")
	}
	// Going on to another row takes the mark away.
	ts.focusField(ts.rows[len(ts.rows)-1], fieldDay)
	if ts.marked != nil || m.mark.StrokeWidth != 0 {
		t.Errorf("the mark stayed after moving to another row")
	}
}

func TestFindingOpensCustomerAndAssistant(t *testing.T) {
	s, _ := openWindow(t, openStore(t, navBatch()))
	f, bill, cust := s.findings, s.to.bill, s.to.customers
	s.show(f.content)
	if bill.key.customer != pnrAnna {
		t.Fatalf("Räkning first shows %q, want Anna (first by name)", bill.key.customer)
	}
	// Bertil's decision from 16 October has a higher amount and he worked on
	// 31 October, but the month has no cost report: COSTS_MISSING, dated the 1st.
	row, _ := findingRowOf(t, f, rules.CostsMissing, rules.D(2026, 10, 1))
	test.Tap(row)
	if got := selectedTab(s.session); got != "Räkning" {
		t.Fatalf("tab %q, want Räkning", got)
	}
	if bill.key != (monthKey{pnrBertil, rules.Month{Year: 2026, Month: 10}}) || bill.customer.sel.Selected != "Bertil Berg (19500304-2347)" {
		t.Errorf("Räkning shows %+v, chosen %q; want Bertil's October", bill.key, bill.customer.sel.Selected)
	}

	// Enter on the focused row: Cecilia's 2 h and no decision (HOURS_OVER_DECISION, no assistant).
	s.show(f.content)
	row, _ = findingRowOf(t, f, rules.HoursOverDecision, rules.D(2026, 10, 1))
	s.win.Canvas().Focus(row)
	if !row.focused || row.bg.StrokeColor != theme.Color(theme.ColorNamePrimary) {
		t.Errorf("the focused row is not drawn focused")
	}
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := selectedTab(s.session); got != "Kunder" {
		t.Fatalf("tab %q, want Kunder", got)
	}
	if cust.current == nil || cust.current.Pnr != pnrCecilia || cust.name.entry.Text != "Cecilia Carlsson" {
		t.Errorf("customer form %v %q, want Cecilia", cust.current, cust.name.entry.Text)
	}
	if i := slices.IndexFunc(cust.shown, func(c rules.Customer) bool { return c.Pnr == pnrCecilia }); i < 0 || !listSelected(cust.frame.list, i) {
		t.Errorf("Cecilia is not selected in the list")
	}

	// An assistant's own finding (an invalid number cannot be stored, so it is made here).
	f.open(rules.Finding{Code: rules.IDInvalid, Severity: rules.Block, Assistant: pnrYngve})
	if got := selectedTab(s.session); got != "Assistenter" {
		t.Fatalf("tab %q, want Assistenter", got)
	}
	if a := s.to.assistants; a.current == nil || a.current.Pnr != pnrYngve {
		t.Errorf("assistant form %v, want Yngve", a.current)
	}
}

// listSelected says whether row i of l is selected. widget.List keeps its
// selection unexported, but selecting the selected row again does nothing,
// while selecting another row calls OnSelected.
func listSelected(l *keyList, i int) bool {
	called := false
	old := l.OnSelected
	l.OnSelected = func(widget.ListItemID) { called = true }
	l.Select(i)
	l.OnSelected = old
	return !called
}

// A register form with unsaved edits asks before a finding puts another record in it.
func TestFindingAsksBeforeLeavingEditedForm(t *testing.T) {
	st := openStore(t, navBatch())
	s, w := openWindow(t, st)
	f, cust := s.findings, s.to.customers
	cust.selectKey(rules.Customer{Pnr: pnrAnna})
	typeText(cust.name, "Anna Ny")
	row, _ := findingRowOf(t, f, rules.HoursOverDecision, rules.D(2026, 10, 1))
	test.Tap(row)
	tapDialogButton(t, w, "Avbryt")
	if cust.current.Pnr != pnrAnna || cust.name.entry.Text != "Anna Ny" {
		t.Errorf("after Avbryt the form holds %s %q, want Anna with the edit", cust.current.Pnr, cust.name.entry.Text)
	}
	test.Tap(row)
	tapDialogButton(t, w, "Nej")
	if cust.current.Pnr != pnrCecilia {
		t.Errorf("after Nej the form holds %s, want Cecilia", cust.current.Pnr)
	}
	if got := customerName(t, st, pnrAnna); got != "Anna Andersson" {
		t.Errorf("Nej stored Anna as %q", got)
	}
}

func customerName(t *testing.T, st *data.Store, pnr string) string {
	t.Helper()
	cs, err := st.Customers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Pnr == pnr {
			return c.Name
		}
	}
	return ""
}

// The pass typed in a field not yet left is stored when the window closes.
func TestCloseStoresTypedRow(t *testing.T) {
	st := openStore(t, smallBatch())
	s, w := openWindow(t, st)
	ts := s.to.timesheet
	s.show(ts.content)
	k := tsKeys{t, w.Canvas(), ts}
	ts.focusField(ts.rows[len(ts.rows)-1], fieldDay)
	k.typ("12")
	k.tab()
	k.typ("8-16") // still in the pass field
	before := stored(t, st, pnrAnna)
	if slices.Contains(before, "2026-10-12 08:00-16:00 aktiv") {
		t.Fatal("the row was stored before the field was left")
	}
	w.intercept()
	if !w.closed {
		t.Fatalf("the window did not close; dialog: %v", w.Canvas().Overlays().Top())
	}
	// smallBatch's three October shifts of Xena's for Anna, and the one typed.
	want := []string{"2026-10-05 08:00-16:00 aktiv", "2026-10-06 22:00-07:00 beredskap",
		"2026-10-07 08:00-12:30 vantetid", "2026-10-12 08:00-16:00 aktiv"}
	if got := stored(t, st, pnrAnna); !slices.Equal(got, want) {
		t.Errorf("stored %q, want %q", got, want)
	}
}

// fullDisk refuses every shift, as a full disk would.
type fullDisk struct{ *data.Store }

func (fullDisk) SaveShift(context.Context, rules.Shift) (rules.Shift, error) {
	return rules.Shift{}, errors.New("disken är full")
}

// A row the store refuses keeps the window open, with what was typed, until
// the user chooses to close without it.
func TestCloseKeepsWindowWhenRowNotStored(t *testing.T) {
	st := openStore(t, smallBatch())
	s, w := openWindow(t, fullDisk{st})
	ts := s.to.timesheet
	s.show(ts.content)
	k := tsKeys{t, w.Canvas(), ts}
	last := ts.rows[len(ts.rows)-1]
	ts.focusField(last, fieldDay)
	k.typ("12")
	k.tab()
	k.typ("8-16")
	w.intercept()
	if w.closed {
		t.Fatal("the window closed with a row the store refused")
	}
	msg := dialogText(w)
	if want := "Raden ”12 8-16” i tidrapporten Xena Xu – Anna Andersson är inte sparad.\nInte sparad: disken är full"; !strings.Contains(msg, want) {
		t.Errorf("dialog says %q, want %q", msg, want)
	}
	tapDialogButton(t, w, "Tillbaka")
	if w.closed || last.day.Text() != "12" || last.pass.Text() != "8-16" || selectedTab(s.session) != "Tidrapport" {
		t.Errorf("after Tillbaka: closed %v, row %q %q, tab %q", w.closed, last.day.Text(), last.pass.Text(), selectedTab(s.session))
	}
	w.intercept()
	tapDialogButton(t, w, "Stäng utan att spara")
	if !w.closed {
		t.Error("Stäng utan att spara did not close")
	}
}

// An edited register form asks Spara ändringarna? as the window closes.
func TestCloseAsksAboutEditedForm(t *testing.T) {
	st := openStore(t, smallBatch())
	s, w := openWindow(t, st)
	cust := s.to.customers
	cust.selectKey(rules.Customer{Pnr: pnrAnna})
	typeText(cust.name, "Anna Ny")
	s.show(s.findings.content)
	w.intercept()
	if got := dialogText(w); !strings.Contains(got, "Anna Andersson har ändringar som inte är sparade.") || selectedTab(s.session) != "Kunder" {
		t.Errorf("dialog %q on tab %q", got, selectedTab(s.session))
	}
	tapDialogButton(t, w, "Avbryt")
	if w.closed {
		t.Fatal("Avbryt closed the window")
	}
	w.intercept()
	tapDialogButton(t, w, "Ja")
	if !w.closed || customerName(t, st, pnrAnna) != "Anna Ny" {
		t.Errorf("after Ja: closed %v, Anna stored as %q", w.closed, customerName(t, st, pnrAnna))
	}

	// An unchanged form closes without a question.
	s, w = openWindow(t, openStore(t, smallBatch()))
	s.to.customers.selectKey(rules.Customer{Pnr: pnrAnna})
	w.intercept()
	if !w.closed {
		t.Errorf("an unchanged window asked: %q", dialogText(w))
	}
}

// dialogText is every text of the dialog on top of the window.
func dialogText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, l := range objectsIn[*widget.Label](top) {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

// TestNavigationScreenshot writes the Tidrapport tab after a finding was
// clicked, and the Kontroll tab, to GUICHECK_DIR (skipped without it).
func TestNavigationScreenshot(t *testing.T) {
	dir := os.Getenv("GUICHECK_DIR")
	if dir == "" {
		t.Skip("set GUICHECK_DIR to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	test.ApplyTheme(t, theme.DefaultTheme())
	s, w := openWindow(t, openStore(t, navBatch()))
	f := s.findings
	shot := func(name string) {
		t.Helper()
		writeScreenshot(t, w, filepath.Join(dir, name))
	}
	s.show(f.content)
	row, _ := findingRowOf(t, f, rules.MonthSplit, rules.D(2026, 10, 31))
	w.Canvas().Focus(row)
	shot("nav-findings.png")
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	shot("nav-timesheet.png")
}
