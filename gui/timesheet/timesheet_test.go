package timesheet

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/rules"
)

// tsBatch: Xena works for Anna (decision all year) and for Bertil (decision
// from 16 October); Bertil's shift on 12 October lies outside his decision
// but is there for the overlap test. October 2026 begins on a Thursday.
func tsBatch(shifts ...rules.Shift) rules.Batch {
	reported := rules.D(2026, 1, 1)
	return rules.Batch{
		Providers: []rules.Provider{{Orgnr: guitest.OrgKommun, Name: "Testkommunen", Kind: rules.Kommun}},
		Customers: []rules.Customer{{Pnr: guitest.PnrAnna, Name: "Anna Andersson"}, {Pnr: guitest.PnrBertil, Name: "Bertil Berg"}},
		Decisions: []rules.Decision{
			{Customer: guitest.PnrAnna, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 8000},
			{Customer: guitest.PnrBertil, From: rules.D(2026, 10, 16), HoursPerWeekCenti: 2000},
		},
		Assistants: []rules.Assistant{{Pnr: guitest.PnrXena, Name: "Xena Xu", Regime: rules.ATL}},
		Assignments: []rules.Assignment{
			{Assistant: guitest.PnrXena, Customer: guitest.PnrAnna, ProviderOrgnr: guitest.OrgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
			{Assistant: guitest.PnrXena, Customer: guitest.PnrBertil, ProviderOrgnr: guitest.OrgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
		},
		Shifts: shifts,
	}
}

// tsShift is a shift of Xena's: customer, day, "HH:MM-HH:MM" and kind.
func tsShift(cust string, d rules.Date, times string, k rules.Kind) rules.Shift {
	a, b, _ := strings.Cut(times, "-")
	start, err1 := rules.ParseClock(a)
	end, err2 := rules.ParseClock(b)
	if err1 != nil || err2 != nil {
		panic("bad test times " + times)
	}
	return rules.Shift{Assistant: guitest.PnrXena, Customer: cust, Date: d, Start: start, End: end, Kind: k}
}

// tsKeys drives the month screen from the keyboard, as a user would: every
// key goes to the field that has the focus. The month's check that storing
// a row starts runs at once (timesheet.spawn), so each key's effects are
// complete when it returns.
type tsKeys struct {
	t  *testing.T
	c  fyne.Canvas
	ts *Screen
}

// openTimesheet shows Anna's October (the first assignment: "Xena Xu – Anna
// Andersson" sorts before "… – Bertil Berg") on a test window.
func openTimesheet(t *testing.T, st *data.Store) (*Screen, tsKeys) {
	t.Helper()
	s := guitest.NewSession(t, st)
	ts := New(s)
	ts.Checking.Wait()
	ts.Spawn = func(f func()) { f() } // see timesheet.spawn
	s.Win.SetContent(ts.Content)
	s.Win.Resize(fyne.NewSize(1000, 800))
	return ts, tsKeys{t, s.Win.Canvas(), ts}
}

func (k tsKeys) typ(s string) { test.Type(k.c.Focused(), s) }

// tab is the Tab key: the editor takes it itself, other widgets leave it to the window.
func (k tsKeys) tab() {
	if k.c.Focused() == k.ts.Ed {
		k.key(fyne.KeyTab)
		return
	}
	test.FocusNext(k.c)
}

// at says whether the keyboard focus is in field f.
func (k tsKeys) at(f *tsField) bool { return k.c.Focused() == k.ts.Ed && k.ts.Ed.Cell == f }
func (k tsKeys) key(name fyne.KeyName) {
	k.c.Focused().TypedKey(&fyne.KeyEvent{Name: name})
}
func (k tsKeys) enter() { k.key(fyne.KeyReturn) }
func (k tsKeys) shortcut(s fyne.Shortcut) {
	k.c.Focused().(fyne.Shortcutable).TypedShortcut(s)
}
func (k tsKeys) undo() { k.shortcut(&fyne.ShortcutUndo{}) }

// toFirstRow tabs from the top of the screen to the first row's day field.
func (k tsKeys) toFirstRow() {
	for range 20 {
		if k.at(k.ts.Rows[0].Day) {
			return
		}
		k.tab()
	}
	k.t.Fatal("Tab never reached the first row's day field")
}

// row types one row: the day, Tab, the pass, then Enter (or Tab).
func (k tsKeys) row(day, pass string, enter bool) {
	k.typ(day)
	k.tab()
	k.typ(pass)
	if enter {
		k.enter()
	} else {
		k.tab()
	}
}

func (k tsKeys) totals() [4]string {
	var out [4]string
	for i, l := range k.ts.totals {
		out[i] = l.Text
	}
	return out
}

func TestTimesheetTypeWeekFromKeyboard(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	if got := ts.Assignment.Selected; got != "Xena Xu – Anna Andersson" {
		t.Fatalf("assignment %q", got)
	}
	k.toFirstRow()
	// Monday 5 to Sunday 11 October 2026, each short form once, Enter and Tab both.
	k.row("5", "8-16", true)          // aktiv 8 h
	k.row("6", "8-16,5", false)       // aktiv 8 h 30
	k.row("7", "0730-1600", true)     // aktiv 8 h 30
	k.row("8", "22-7 v", true)        // väntetid 22:00–07:00 = 9 h
	k.row("9", "16-22", false)        // aktiv 6 h
	k.row("10", "9.30-12.30 b", true) // beredskap 3 h
	k.row("11", "18-24", true)        // aktiv 6 h, ends at midnight
	// aktiv 8 + 8:30 + 8:30 + 6 + 6 = 37 h; väntetid 9 h; beredskap 3 h; in all 49 h.
	want := [4]string{"aktiv tid 37 h 00 min", "väntetid 9 h 00 min", "beredskap 3 h 00 min", "totalt 49 h 00 min"}
	if got := k.totals(); got != want {
		t.Errorf("totals %q, want %q", got, want)
	}
	wantStored := []string{
		"2026-10-05 08:00-16:00 aktiv", "2026-10-06 08:00-16:30 aktiv", "2026-10-07 07:30-16:00 aktiv",
		"2026-10-08 22:00-07:00 vantetid", "2026-10-09 16:00-22:00 aktiv", "2026-10-10 09:30-12:30 beredskap",
		"2026-10-11 18:00-00:00 aktiv",
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, wantStored) {
		t.Errorf("stored\n%q\nwant\n%q", got, wantStored)
	}
	// Seven typed rows and the new empty row, which has the focus.
	if len(ts.Rows) != 8 || !k.at(ts.Rows[7].Day) {
		t.Fatalf("%d rows; want 8 rows and the focus in the last day field", len(ts.Rows))
	}
	// What was typed is shown as it was read.
	if r := ts.Rows[3]; r.Pass.Text() != "22:00-07:00 v" || r.weekday.Text() != "tor" || r.kind.Text() != "väntetid" || r.length.Text() != "9 h 00 min" {
		t.Errorf("row 8 Oct: %q %q %q %q", r.Pass.Text(), r.weekday.Text(), r.kind.Text(), r.length.Text())
	}

	// The totals count what is stored: 8-16 → 8-12 takes 4 h off aktiv once the row is left.
	for range 7 {
		k.key(fyne.KeyUp) // from the empty row up to 5 October
	}
	k.tab() // its pass field, text selected: typing replaces it
	k.typ("8-12")
	if got := k.totals()[0]; got != "aktiv tid 37 h 00 min" {
		t.Errorf("while typing, aktiv %q, want the stored 37 h 00 min", got)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna)[0]; got != "2026-10-05 08:00-16:00 aktiv" {
		t.Errorf("stored before the row is left: %q", got)
	}
	k.tab()
	if got := guitest.Stored(t, st, guitest.PnrAnna)[0]; got != "2026-10-05 08:00-12:00 aktiv" {
		t.Errorf("stored after Tab: %q", got)
	}
	if got := k.totals()[0]; got != "aktiv tid 33 h 00 min" {
		t.Errorf("after the row is stored, aktiv %q, want 33 h 00 min", got)
	}
}

func TestTimesheetDSTNight(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	k.toFirstRow()
	// 24 October 2026 22:00 (summer time, UTC+2) to 25 October 07:00 (winter
	// time, UTC+1): 20:00–06:00 UTC, 10 real hours, not the 9 the clock shows.
	k.row("24", "22-7", true)
	r := ts.Rows[0]
	if r.length.Text() != "10 h 00 min" {
		t.Errorf("length %q, want 10 h 00 min", r.length.Text())
	}
	if got := k.totals()[0]; got != "aktiv tid 10 h 00 min" {
		t.Errorf("aktiv %q, want 10 h 00 min", got)
	}
	// rules.Check's DST_NIGHT for the stored shift is shown under the row.
	if !r.note.Visible() || !strings.Contains(r.note.Text, "varar 10 h 00 min i verklig tid") {
		t.Errorf("note %q, want the DST_NIGHT finding", r.note.Text)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-24 22:00-07:00 aktiv"}) {
		t.Errorf("stored %q", got)
	}
}

// 8-8 is a whole day, 24 h, except across the night the clocks go back:
// 24 October 2026 08:00 CEST to 25 October 08:00 CET is 25 h, which no shift
// may be.
func TestTimesheetTooLong(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	k.toFirstRow()
	k.row("24", "8-8", true)
	want := "Inte sparad:\nPasset är 25 h 00 min långt, mer än 24 timmar."
	if got := ts.Rows[0].note.Text; got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); len(got) != 0 {
		t.Errorf("stored %q", got)
	}
	// Esc in the row takes the typing back.
	k.key(fyne.KeyUp)
	k.key(fyne.KeyEscape)
	if r := ts.Rows[0]; !r.blank() || r.note.Visible() {
		t.Errorf("after Esc: %q %q, note %q", r.Day.Text(), r.Pass.Text(), r.note.Text)
	}
}

func TestTimesheetOverlapMarked(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrBertil, rules.D(2026, 10, 12), "08:00-16:00", rules.Aktiv)))
	ts, k := openTimesheet(t, st)
	k.toFirstRow()
	// At Bertil's 08–16 on 12 October; 14–18 at Anna's overlaps it.
	k.row("12", "14-18", true)
	r := ts.Rows[0]
	want := "Inte sparad:\nKrockar med assistentens pass hos Bertil Berg den 12 oktober kl. 08:00–16:00."
	if r.note.Text != want || r.note.Importance != widget.DangerImportance {
		t.Errorf("note %q (importance %d), want %q in red", r.note.Text, r.note.Importance, want)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); len(got) != 0 {
		t.Errorf("an overlapping shift was stored: %q", got)
	}
	// The totals count what is stored: nothing.
	if got := k.totals()[0]; got != "aktiv tid 0 h 00 min" {
		t.Errorf("aktiv %q, want 0: the row is not stored", got)
	}

	// Two rows of the screen: the second is marked as soon as it is typed,
	// and so is the first, which it overlaps.
	k.row("5", "8-16", true)
	k.typ("5")
	k.tab()
	k.typ("12-14")
	if got := ts.Rows[2].note.Text; got != "Krockar med passet den 5 oktober kl. 08:00–16:00." {
		t.Errorf("second row while typing: %q", got)
	}
	if got := ts.Rows[1].note.Text; got != "Krockar med passet den 5 oktober kl. 12:00–14:00." {
		t.Errorf("first row: %q", got)
	}
	// 16–18 ends the overlap: both marks go, and the row is stored on Enter.
	for range 5 {
		k.key(fyne.KeyBackspace)
	}
	k.typ("16-18")
	k.enter()
	if ts.Rows[1].note.Visible() || ts.Rows[2].note.Visible() {
		t.Errorf("marks left: %q, %q", ts.Rows[1].note.Text, ts.Rows[2].note.Text)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-05 08:00-16:00 aktiv", "2026-10-05 16:00-18:00 aktiv"}) {
		t.Errorf("stored %q", got)
	}
	// Outside Bertil's decision (from 16 October): marked, and stored all the same.
	ts.Assignment.SetSelected("Xena Xu – Bertil Berg")
	if r := ts.Rows[0]; !strings.Contains(r.note.Text, "Inget beslut för Bertil Berg gäller den 12 oktober") {
		t.Errorf("Bertil's 12 October: %q", r.note.Text)
	}
}

func TestTimesheetUndo(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	k.toFirstRow()
	k.row("1", "8-16", true)
	k.row("2", "8-12", true)
	// Ctrl+Z in the empty row takes back the last row typed: 2 October.
	k.undo()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-01 08:00-16:00 aktiv"}) {
		t.Fatalf("after undo, stored %q", got)
	}
	if len(ts.Rows) != 2 || ts.Rows[0].Pass.Text() != "08:00-16:00" || !ts.Rows[1].blank() {
		t.Fatalf("after undo, rows %d", len(ts.Rows))
	}
	if got := k.totals()[0]; got != "aktiv tid 8 h 00 min" {
		t.Errorf("after undo, aktiv %q", got)
	}

	// A changed row goes back to what it was.
	k.key(fyne.KeyUp) // to the day field of 1 October
	k.tab()
	k.typ("10-14")
	k.enter()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-01 10:00-14:00 aktiv"}) {
		t.Fatalf("after the change, stored %q", got)
	}
	k.undo()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-01 08:00-16:00 aktiv"}) {
		t.Fatalf("after undoing the change, stored %q", got)
	}

	// Ctrl+Delete deletes the row; Ctrl+Z brings it back.
	k.ts.FocusField(ts.Rows[0], FieldDay)
	k.shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierControl})
	if got := guitest.Stored(t, st, guitest.PnrAnna); len(got) != 0 || len(ts.Rows) != 1 {
		t.Fatalf("after Ctrl+Delete, stored %q, %d rows", got, len(ts.Rows))
	}
	k.undo()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-01 08:00-16:00 aktiv"}) || len(ts.Rows) != 2 {
		t.Fatalf("after undoing the delete, stored %q, %d rows", got, len(ts.Rows))
	}
	// Typing not yet stored is what Ctrl+Z takes back first; the store is untouched.
	k.ts.FocusField(ts.Rows[0], fieldPass)
	k.typ("x")
	k.undo()
	if ts.Rows[0].Pass.Text() != "08:00-16:00" || len(guitest.Stored(t, st, guitest.PnrAnna)) != 1 {
		t.Errorf("Ctrl+Z over typing: %q", ts.Rows[0].Pass.Text())
	}
	// Delete in an empty field removes the row as Ctrl+Delete does.
	k.ts.FocusField(ts.Rows[0], FieldDay)
	k.key(fyne.KeyBackspace) // the day is selected: this empties the field
	k.key(fyne.KeyDelete)
	if got := guitest.Stored(t, st, guitest.PnrAnna); len(got) != 0 {
		t.Errorf("after Delete in the empty day field, stored %q", got)
	}
}

func TestTimesheetLocked(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 5), "08:00-16:00", rules.Aktiv)))
	ctx := context.Background()
	if err := st.MarkSent(ctx, guitest.PnrAnna, rules.Month{Year: 2026, Month: 10}, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	ts, _ := openTimesheet(t, st)
	want := "Månaden oktober 2026 är markerad som skickad till Försäkringskassan och är låst. Passen kan inte ändras förrän månaden låses upp."
	if ts.status.Text != want || !ts.status.Visible() {
		t.Errorf("status %q", ts.status.Text)
	}
	if len(ts.Rows) != 1 || !ts.Rows[0].Pass.Disabled() || !ts.copyPrev.Disabled() || !ts.copyWeek.Disabled() {
		t.Errorf("a locked month must offer no edit: %d rows, disabled %v", len(ts.Rows), ts.Rows[0].Pass.Disabled())
	}
	ts.deleteRow(ts.Rows[0], FieldDay)
	if len(guitest.Stored(t, st, guitest.PnrAnna)) != 1 {
		t.Error("a locked month's row was deleted")
	}
}

// A month locked after the screen opened: the store refuses the row with its
// Swedish message, and the screen locks.
func TestTimesheetLockedMeanwhile(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	if err := st.MarkSent(context.Background(), guitest.PnrAnna, rules.Month{Year: 2026, Month: 10}, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	k.toFirstRow()
	k.row("5", "8-16", true)
	if got := ts.Rows[0].note.Text; !strings.Contains(got, "Inte sparad: Månaden oktober 2026 är markerad som skickad till Försäkringskassan och är låst.") {
		t.Errorf("row note %q", got)
	}
	if !ts.locked || !ts.Rows[0].Pass.Disabled() || !strings.HasPrefix(ts.status.Text, "Månaden oktober 2026 är markerad som skickad") {
		t.Errorf("screen not locked: %v %q", ts.locked, ts.status.Text)
	}
}

func TestTimesheetCopyPreviousMonth(t *testing.T) {
	sep := func(d int) rules.Date { return rules.D(2026, 9, d) }
	st := guitest.OpenStore(t, tsBatch(
		tsShift(guitest.PnrAnna, sep(1), "08:00-16:00", rules.Aktiv),     // 1st Tuesday → 6 October
		tsShift(guitest.PnrAnna, sep(7), "22:00-07:00", rules.Beredskap), // 1st Monday → 5 October
		tsShift(guitest.PnrAnna, sep(17), "09:00-12:00", rules.Aktiv),    // 3rd Thursday → 15 October
		tsShift(guitest.PnrAnna, sep(30), "08:00-16:00", rules.Aktiv),    // 5th Wednesday: October has four
		tsShift(guitest.PnrAnna, rules.D(2026, 10, 15), "13:00-15:00", rules.Aktiv),
	))
	ts, k := openTimesheet(t, st)
	test.Tap(ts.copyPrev)
	// 15 October already has a shift and 30 September has no day: 2 copied, 2 not.
	want := []string{"2026-10-05 22:00-07:00 beredskap", "2026-10-06 08:00-16:00 aktiv", "2026-10-15 13:00-15:00 aktiv"}
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, want) {
		t.Errorf("stored %q, want %q", got, want)
	}
	if !strings.HasPrefix(ts.status.Text, "2 pass kopierades. 2 pass kopierades inte") {
		t.Errorf("status %q", ts.status.Text)
	}
	// Rows in date order, the empty row last; aktiv 2 + 8 = 10 h, beredskap 9 h.
	if len(ts.Rows) != 4 || ts.Rows[0].Day.Text() != "5" || ts.Rows[1].Day.Text() != "6" || !ts.Rows[3].blank() {
		t.Errorf("rows %d: %q %q", len(ts.Rows), ts.Rows[0].Day.Text(), ts.Rows[1].Day.Text())
	}
	if got := k.totals(); got[0] != "aktiv tid 10 h 00 min" || got[2] != "beredskap 9 h 00 min" {
		t.Errorf("totals %q", got)
	}
	// One Ctrl+Z takes back the whole copy.
	k.ts.FocusField(ts.Rows[3], FieldDay)
	k.undo()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-15 13:00-15:00 aktiv"}) || len(ts.Rows) != 2 {
		t.Errorf("after undo, stored %q, %d rows", got, len(ts.Rows))
	}
}

func TestTimesheetCopyWeek(t *testing.T) {
	oct := func(d int) rules.Date { return rules.D(2026, 10, d) }
	st := guitest.OpenStore(t, tsBatch(
		tsShift(guitest.PnrAnna, oct(2), "08:00-12:00", rules.Aktiv),    // Friday of the partial first week
		tsShift(guitest.PnrAnna, oct(5), "08:00-16:00", rules.Aktiv),    // Monday of the first full week
		tsShift(guitest.PnrAnna, oct(7), "22:00-07:00", rules.Vantetid), // its Wednesday
		tsShift(guitest.PnrAnna, oct(19), "10:00-11:00", rules.Aktiv),   // a Monday that has a shift already
		tsShift(guitest.PnrBertil, oct(21), "21:00-23:00", rules.Aktiv), // at Bertil's: overlaps the copy of 7 Oct
	))
	ts, _ := openTimesheet(t, st)
	test.Tap(ts.copyWeek)
	// The week of 5–11 October is copied to Mondays 12, 26 (19 has a shift)
	// and Wednesdays 14, 28 (21 overlaps Bertil's 21–23); 1–4 October has
	// neither a Monday nor a Wednesday.
	want := []string{
		"2026-10-02 08:00-12:00 aktiv", "2026-10-05 08:00-16:00 aktiv", "2026-10-07 22:00-07:00 vantetid",
		"2026-10-12 08:00-16:00 aktiv", "2026-10-14 22:00-07:00 vantetid", "2026-10-19 10:00-11:00 aktiv",
		"2026-10-26 08:00-16:00 aktiv", "2026-10-28 22:00-07:00 vantetid",
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, want) {
		t.Errorf("stored\n%q\nwant\n%q", got, want)
	}
	if !strings.HasPrefix(ts.status.Text, "4 pass kopierades. 2 pass kopierades inte") {
		t.Errorf("status %q", ts.status.Text)
	}
	// A chosen week: the partial week of 1–4 October, whose Friday goes to 9, 16, 23 and 30.
	ts.week.SetSelected("vecka 40 (1–4 oktober)")
	test.Tap(ts.copyWeek)
	if got := len(guitest.Stored(t, st, guitest.PnrAnna)); got != 12 {
		t.Errorf("after copying week 40: %d shifts, want 8 + 4", got)
	}
}

func TestTimesheetPreviousMonthNight(t *testing.T) {
	// 30 September 22:00 – 1 October 06:00: 6 h of it count in October.
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 9, 30), "22:00-06:00", rules.Aktiv)))
	ts, k := openTimesheet(t, st)
	r := ts.Rows[0]
	if !r.fixed || r.Day.Text() != "30/9" || !r.Day.Disabled() || !strings.Contains(r.note.Text, "Passet började i september 2026") {
		t.Errorf("row %q fixed %v note %q", r.Day.Text(), r.fixed, r.note.Text)
	}
	if got := k.totals()[0]; got != "aktiv tid 6 h 00 min" {
		t.Errorf("aktiv %q, want 6 h 00 min", got)
	}
}

// TestTimesheetScreenshot writes the screen with a filled month to
// timesheet.png in ASSISTANS_SHOTS (else a temporary folder), for a person to look at.
func TestTimesheetScreenshot(t *testing.T) {
	dir := guitest.ShotsDir(t)
	oct := func(d int) rules.Date { return rules.D(2026, 10, d) }
	var shifts []rules.Shift
	for d := 1; d <= 23; d++ {
		switch oct(d).Weekday() {
		case time.Saturday, time.Sunday:
			shifts = append(shifts, tsShift(guitest.PnrAnna, oct(d), "09:00-13:00", rules.Beredskap))
		case time.Wednesday:
			shifts = append(shifts, tsShift(guitest.PnrAnna, oct(d), "22:00-07:00", rules.Vantetid))
		default:
			shifts = append(shifts, tsShift(guitest.PnrAnna, oct(d), "08:00-16:30", rules.Aktiv))
		}
	}
	shifts = append(shifts, tsShift(guitest.PnrBertil, oct(26), "08:00-12:00", rules.Aktiv))
	s := guitest.NewSession(t, guitest.OpenStore(t, tsBatch(shifts...)))
	test.ApplyTheme(t, theme.DefaultTheme())
	ts := New(s)
	ts.Checking.Wait()
	ts.Spawn = func(f func()) { f() }
	s.Win.SetContent(ts.Content)
	s.Win.Resize(fyne.NewSize(1000, 760))
	k := tsKeys{t, s.Win.Canvas(), ts}
	k.ts.FocusField(ts.Rows[len(ts.Rows)-1], FieldDay)
	k.row("24", "22-7", true)      // the DST night
	k.row("26", "1030-15 v", true) // overlaps Bertil's 08–12: not stored, marked
	k.typ("27")
	k.tab()
	k.typ("8-1")
	ts.scroll.ScrollToBottom()
	img := k.c.Capture()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.CreateTemp(dir, "timesheet-*.png")
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	if err := f.Sync(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, "timesheet.png")); err != nil {
		t.Fatal(err)
	}
}
