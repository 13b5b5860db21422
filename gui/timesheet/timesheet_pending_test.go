package timesheet

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

// fullDisk refuses every shift, as a full disk would.
type fullDisk struct{ *data.Store }

func (fullDisk) SaveShift(context.Context, rules.Shift) (rules.Shift, error) {
	return rules.Shift{}, errors.New("disken är full")
}

// A row the store refuses stays, marked, when another month is shown and
// back; the total counts only what is stored; taking the row away asks first.
func TestTimesheetRefusedRowStays(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 5), "08:00-16:00", rules.Aktiv)))
	s := guitest.NewSession(t, fullDisk{st})
	ts := New(s)
	ts.Checking.Wait()
	ts.Spawn = func(f func()) { f() }
	s.Win.SetContent(ts.Content)
	s.Win.Resize(fyne.NewSize(1000, 800))
	k := tsKeys{t, s.Win.Canvas(), ts}
	ts.FocusField(ts.Rows[len(ts.Rows)-1], FieldDay)
	k.row("12", "8-16", true)
	refused := func(where string) *tsRow {
		t.Helper()
		for _, r := range ts.Rows {
			if r.Day.Text() == "12" && r.Pass.Text() == "8-16" {
				if !strings.Contains(r.note.Text, "Inte sparad: disken är full") {
					t.Errorf("%s: the row's note is %q", where, r.note.Text)
				}
				return r
			}
		}
		t.Fatalf("%s: the refused row is gone; rows %d", where, len(ts.Rows))
		return nil
	}
	refused("after Enter")
	// Only 5 October's 8 h are stored.
	if got := k.totals()[0]; got != "aktiv tid 8 h 00 min" {
		t.Errorf("aktiv %q, want the stored 8 h 00 min", got)
	}

	s.SetMonth(ts.Month.Next())
	if len(ts.Rows) != 1 {
		t.Fatalf("November shows %d rows, want the empty one", len(ts.Rows))
	}
	s.SetMonth(ts.Month.Prev())
	r := refused("back in October")
	if !strings.Contains(ts.status.Text, "Rader som inte är sparade finns kvar (1)") {
		t.Errorf("status %q", ts.status.Text)
	}

	ts.deleteRow(r, -1)
	guitest.TapDialogButton(t, s.Win, "Avbryt")
	refused("after Avbryt")
	ts.deleteRow(r, -1)
	if top := s.Win.Canvas().Overlays().Top(); top == nil || guitest.FindButton(top, "Släng") == nil {
		t.Fatal("no question before dropping the row")
	}
	guitest.TapDialogButton(t, s.Win, "Släng")
	for _, o := range ts.Rows {
		if o.Day.Text() == "12" {
			t.Fatal("the row is still there after Släng")
		}
	}
}

// In the English window, a shift typed into a month locked meanwhile is refused in English.
func TestTimesheetLockedInEnglish(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	language.Use("en")
	t.Cleanup(func() { language.Use("sv") })
	if err := st.MarkSent(context.Background(), guitest.PnrAnna, rules.Month{Year: 2026, Month: 10}, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	k.toFirstRow()
	k.row("5", "8-16", true)
	want := "Not saved: October 2026 is marked as sent to Försäkringskassan and is locked."
	if got := ts.Rows[0].note.Text; !strings.Contains(got, want) {
		t.Errorf("row note %q, want %q", got, want)
	}
	if !strings.HasPrefix(ts.status.Text, "October 2026 is marked as sent") {
		t.Errorf("status %q", ts.status.Text)
	}
}
