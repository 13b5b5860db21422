package timesheet

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

// In the English window a stored shift's finding and a shift typed wrong are
// explained in English, from their codes.
func TestTimesheetEnglish(t *testing.T) {
	// 22:00–07:00 over the night summer time ends: DST_NIGHT, 10 real hours.
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 24), "22:00-07:00", rules.Vantetid)))
	s := guitest.NewSession(t, st) // in Swedish
	language.Use("en")
	t.Cleanup(func() { language.Use("sv") })
	ts := New(s)
	ts.Checking.Wait()
	ts.Spawn = func(f func()) { f() }
	s.Win.SetContent(ts.Content)
	s.Win.Resize(fyne.NewSize(1000, 800))
	stored := ts.Rows[0]
	if want := "spans the change between summer time and winter time and lasts 10 h 00 min in real time"; !strings.Contains(stored.note.Text, want) {
		t.Errorf("the stored night's note is %q, want it to hold %q", stored.note.Text, want)
	}

	k := tsKeys{t, s.Win.Canvas(), ts}
	ts.FocusField(ts.Rows[len(ts.Rows)-1], FieldDay)
	k.row("12", "8-16,45", false)
	for _, r := range ts.Rows {
		if r.Pass.Text() == "8-16,45" {
			want := `Invalid shift "8-16,45": the end time: "16,45": write minutes with a colon (e.g. 16:15)`
			if !strings.Contains(r.note.Text, want) {
				t.Errorf("the typed row's note is %q, want it to hold %q", r.note.Text, want)
			}
			return
		}
	}
	t.Fatal("the typed row is gone")
}
