package gui

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/overview"
	"assistans/gui/session"
	"assistans/gui/timesheet"
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
func openWindow(t *testing.T, st session.Store) (*window, *interceptWindow) {
	t.Helper()
	s := newWindow(guitest.NewSession(t, st))
	w := &interceptWindow{Window: s.Win}
	s.Win = w
	w.SetContent(s.buildUI())
	w.Resize(fyne.NewSize(1200, 860))
	ts := s.to.Timesheet
	ts.Checking.Wait()
	ts.Spawn = func(f func()) { f() } // see timesheet.spawn
	guitest.Settle(s.Session)
	if w.intercept == nil {
		t.Fatal("buildUI set no close intercept")
	}
	return s, w
}

// navBatch is findingsBatch with Yngve's assignment for Bertil not yet
// reported on a 3066, and Bertil's decision with a higher hourly amount.
func navBatch() rules.Batch {
	b := guitest.FindingsBatch()
	b.Assignments[1].Reported3066 = rules.Date{}
	b.Decisions[1].HigherAmount = true
	return b
}

// findingRowOf is the list's row of the shown finding with code and date.
func findingRowOf(t *testing.T, f *overview.Findings, code rules.Code, d rules.Date) (*overview.FindingRow, rules.Finding) {
	t.Helper()
	i := slices.IndexFunc(f.Shown, func(x rules.Finding) bool { return x.Code == code && x.Date == d })
	if i < 0 {
		t.Fatalf("no %s of %s among %v", code, d, guitest.Codes(f.Shown))
	}
	row := f.Row(i)
	if row == nil {
		t.Fatalf("the list builds no row for %s of %s", code, d)
	}
	return row, f.Shown[i]
}

func selectedTab(s *session.Session) string { return s.Tabs.Selected().Text }

// show brings content's tab to the front, as a click on the tab does, and
// waits for the screen's background work: a screen loads when first shown.
func show(s *window, content fyne.CanvasObject) {
	s.Show(content)
	guitest.Settle(s.Session)
}

func TestFindingOpensTimesheet(t *testing.T) {
	s, w := openWindow(t, guitest.OpenStore(t, navBatch()))
	ts, f := s.to.Timesheet, s.findings
	oct := rules.Month{Year: 2026, Month: 10}
	show(s, ts.Content)
	if !ts.Shows(guitest.PnrXena, guitest.PnrAnna) {
		t.Fatalf("the time report first shows %v, want Xena's for Anna", ts.Chosen)
	}
	show(s, f.Content)
	// Bertil's night of 31 October, 22–06, is Yngve's for an assignment with no 3066 yet.
	row, x := findingRowOf(t, f, rules.NotReported3066, rules.D(2026, 10, 31))
	if x.ShiftID == 0 || x.Assistant != guitest.PnrYngve || x.Customer != guitest.PnrBertil {
		t.Fatalf("finding %+v", x)
	}
	test.Tap(row)
	if got := selectedTab(s.Session); got != "Tidrapport" {
		t.Fatalf("tab %q after the tap, want Tidrapport", got)
	}
	if !ts.Shows(guitest.PnrYngve, guitest.PnrBertil) || ts.Assignment.Selected != "Yngve Ytter – Bertil Berg" {
		t.Errorf("time report of %v (%q), want Yngve's for Bertil", ts.Chosen, ts.Assignment.Selected)
	}
	if ts.Month != oct || s.Month() != oct {
		t.Errorf("month %v / %v, want 2026-10", ts.Month, s.Month())
	}
	m := ts.Marked
	if m == nil || m.Saved.ID != x.ShiftID {
		t.Fatalf("marked row %+v, want the shift %d", m, x.ShiftID)
	}
	if m.Day.Text() != "31" || m.Pass.Text() != "22:00-06:00" || m.Mark.StrokeColor != theme.Color(theme.ColorNamePrimary) {
		t.Errorf("marked row %q %q, frame %v", m.Day.Text(), m.Pass.Text(), m.Mark.StrokeColor)
	}
	if w.Canvas().Focused() != ts.Ed || ts.Ed.Cell != m.Day {
		t.Errorf("the cursor is not in the marked row's day field")
	}
	// Going on to another row takes the mark away.
	ts.FocusField(ts.Rows[len(ts.Rows)-1], timesheet.FieldDay)
	if ts.Marked != nil || m.Mark.StrokeWidth != 0 {
		t.Errorf("the mark stayed after moving to another row")
	}
}

func TestFindingOpensCustomerAndAssistant(t *testing.T) {
	s, _ := openWindow(t, guitest.OpenStore(t, navBatch()))
	f, bill, cust := s.findings, s.to.Bill, s.to.Customers
	show(s, bill.Content)
	show(s, f.Content)
	if bill.Key.Customer != guitest.PnrAnna {
		t.Fatalf("Räkning first shows %q, want Anna (first by name)", bill.Key.Customer)
	}
	// Bertil's decision from 16 October has a higher amount and he worked on
	// 31 October, but the month has no cost report: COSTS_MISSING, dated the 1st.
	row, _ := findingRowOf(t, f, rules.CostsMissing, rules.D(2026, 10, 1))
	test.Tap(row)
	if got := selectedTab(s.Session); got != "Räkning" {
		t.Fatalf("tab %q, want Räkning", got)
	}
	if bill.Key.Customer != guitest.PnrBertil || bill.Month() != (rules.Month{Year: 2026, Month: 10}) || bill.Customer.Sel.Selected != "Bertil Berg (19500304-2347)" {
		t.Errorf("Räkning shows %+v, chosen %q; want Bertil's October", bill.Key, bill.Customer.Sel.Selected)
	}

	// Enter on the focused row: Cecilia's 2 h and no decision (HOURS_OVER_DECISION, no assistant).
	s.Show(f.Content)
	row, _ = findingRowOf(t, f, rules.HoursOverDecision, rules.D(2026, 10, 1))
	s.Win.Canvas().Focus(row)
	if !row.Focused || row.Bg.StrokeColor != theme.Color(theme.ColorNamePrimary) {
		t.Errorf("the focused row is not drawn focused")
	}
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := selectedTab(s.Session); got != "Kunder" {
		t.Fatalf("tab %q, want Kunder", got)
	}
	if cust.Current == nil || cust.Current.Pnr != guitest.PnrCecilia || cust.Name.Entry.Text != "Cecilia Carlsson" {
		t.Errorf("customer form %v %q, want Cecilia", cust.Current, cust.Name.Entry.Text)
	}
	if i := slices.IndexFunc(cust.Shown, func(c rules.Customer) bool { return c.Pnr == guitest.PnrCecilia }); i < 0 || !guitest.ListSelected(&cust.Frame.List.List, i) {
		t.Errorf("Cecilia is not selected in the list")
	}

	// An assistant's own finding (an invalid number cannot be stored, so it is made here).
	f.Open(rules.Finding{Code: rules.IDInvalid, Severity: rules.Block, Assistant: guitest.PnrYngve})
	if got := selectedTab(s.Session); got != "Assistenter" {
		t.Fatalf("tab %q, want Assistenter", got)
	}
	if a := s.to.Assistants; a.Current == nil || a.Current.Pnr != guitest.PnrYngve {
		t.Errorf("assistant form %v, want Yngve", a.Current)
	}
}

// A register form with unsaved edits asks before a finding puts another record in it.
func TestFindingAsksBeforeLeavingEditedForm(t *testing.T) {
	st := guitest.OpenStore(t, navBatch())
	s, w := openWindow(t, st)
	f, cust := s.findings, s.to.Customers
	show(s, cust.Content)
	cust.SelectKey(rules.Customer{Pnr: guitest.PnrAnna})
	guitest.TypeText(cust.Name, "Anna Ny")
	show(s, f.Content)
	row, _ := findingRowOf(t, f, rules.HoursOverDecision, rules.D(2026, 10, 1))
	test.Tap(row)
	guitest.TapDialogButton(t, w, "Avbryt")
	if cust.Current.Pnr != guitest.PnrAnna || cust.Name.Entry.Text != "Anna Ny" {
		t.Errorf("after Avbryt the form holds %s %q, want Anna with the edit", cust.Current.Pnr, cust.Name.Entry.Text)
	}
	test.Tap(row)
	guitest.TapDialogButton(t, w, "Släng")
	if cust.Current.Pnr != guitest.PnrCecilia {
		t.Errorf("after Nej the form holds %s, want Cecilia", cust.Current.Pnr)
	}
	if got := customerName(t, st, guitest.PnrAnna); got != "Anna Andersson" {
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
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, w := openWindow(t, st)
	ts := s.to.Timesheet
	s.Show(ts.Content)
	k := keys{w.Canvas(), ts.Ed}
	ts.FocusField(ts.Rows[len(ts.Rows)-1], timesheet.FieldDay)
	k.typ("12")
	k.tab()
	k.typ("8-16") // still in the pass field
	before := guitest.Stored(t, st, guitest.PnrAnna)
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
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, want) {
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
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, w := openWindow(t, fullDisk{st})
	ts := s.to.Timesheet
	s.Show(ts.Content)
	k := keys{w.Canvas(), ts.Ed}
	last := ts.Rows[len(ts.Rows)-1]
	ts.FocusField(last, timesheet.FieldDay)
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
	guitest.TapDialogButton(t, w, "Tillbaka")
	if w.closed || last.Day.Text() != "12" || last.Pass.Text() != "8-16" || selectedTab(s.Session) != "Tidrapport" {
		t.Errorf("after Tillbaka: closed %v, row %q %q, tab %q", w.closed, last.Day.Text(), last.Pass.Text(), selectedTab(s.Session))
	}
	w.intercept()
	guitest.TapDialogButton(t, w, "Stäng utan att spara")
	if !w.closed {
		t.Error("Stäng utan att spara did not close")
	}
}

// An edited register form asks Spara ändringarna? as the window closes.
func TestCloseAsksAboutEditedForm(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, w := openWindow(t, st)
	cust := s.to.Customers
	show(s, cust.Content)
	cust.SelectKey(rules.Customer{Pnr: guitest.PnrAnna})
	guitest.TypeText(cust.Name, "Anna Ny")
	s.Show(s.findings.Content)
	w.intercept()
	if got := dialogText(w); !strings.Contains(got, "Anna Andersson har ändringar som inte är sparade.") || selectedTab(s.Session) != "Kunder" {
		t.Errorf("dialog %q on tab %q", got, selectedTab(s.Session))
	}
	guitest.TapDialogButton(t, w, "Avbryt")
	if w.closed {
		t.Fatal("Avbryt closed the window")
	}
	w.intercept()
	guitest.TapDialogButton(t, w, "Spara")
	if !w.closed || customerName(t, st, guitest.PnrAnna) != "Anna Ny" {
		t.Errorf("after Ja: closed %v, Anna stored as %q", w.closed, customerName(t, st, guitest.PnrAnna))
	}

	// An unchanged form closes without a question.
	s, w = openWindow(t, guitest.OpenStore(t, guitest.SmallBatch()))
	s.to.Customers.SelectKey(rules.Customer{Pnr: guitest.PnrAnna})
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
	for _, l := range guitest.ObjectsIn[*widget.Label](top) {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

// TestNavigationScreenshot writes the Tidrapport tab after a finding was
// clicked, and the Kontroll tab, to ASSISTANS_SHOTS (else a temporary folder).
func TestNavigationScreenshot(t *testing.T) {
	dir := guitest.ShotsDir(t)
	test.ApplyTheme(t, theme.DefaultTheme())
	s, w := openWindow(t, guitest.OpenStore(t, navBatch()))
	f := s.findings
	shot := func(name string) {
		t.Helper()
		guitest.WriteScreenshot(t, w, filepath.Join(dir, name))
	}
	show(s, f.Content)
	row, _ := findingRowOf(t, f, rules.NotReported3066, rules.D(2026, 10, 31))
	w.Canvas().Focus(row)
	shot("nav-findings.png")
	row.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	shot("nav-timesheet.png")
}

// keys types into the focused widget of a window; tab is the Tab key, which
// the time report's editor takes itself and other widgets leave to the window.
type keys struct {
	c      fyne.Canvas
	editor fyne.Focusable
}

func (k keys) typ(s string) { test.Type(k.c.Focused(), s) }

func (k keys) tab() {
	if k.c.Focused() == k.editor {
		k.c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	test.FocusNext(k.c)
}
