package timesheet

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/rules"
)

// TestUnder18MarkIsRed: a stored shift of an assistant under 18 is blocking
// (ASSISTANT_UNDER_18), so its note is red as in Kontroll, not amber.
func TestUnder18MarkIsRed(t *testing.T) {
	b := tsBatch(rules.Shift{Assistant: guitest.PnrGreta, Customer: guitest.PnrAnna, Date: rules.D(2026, 10, 5),
		Start: 8 * 60, End: 12 * 60, Kind: rules.Aktiv})
	b.Assistants = append(b.Assistants, rules.Assistant{Pnr: guitest.PnrGreta, Name: "Greta Gran", Regime: rules.Husligt})
	b.Assignments = append(b.Assignments, rules.Assignment{Assistant: guitest.PnrGreta, Customer: guitest.PnrAnna,
		ProviderOrgnr: guitest.OrgKommun, Employer: rules.EmployerProvider, Reported3066: rules.D(2026, 1, 1)})
	ts, _ := openTimesheet(t, guitest.OpenStore(t, b))
	i := slices.IndexFunc(ts.Assignment.Options, func(o string) bool { return strings.HasPrefix(o, "Greta Gran") })
	if i < 0 {
		t.Fatalf("no Greta among %q", ts.Assignment.Options)
	}
	ts.Assignment.SetSelectedIndex(i)
	ts.Checking.Wait()
	r := ts.Rows[0]
	if !strings.Contains(r.note.Text, "18") || r.note.Importance != widget.DangerImportance {
		t.Errorf("note %q in importance %v, want the under-18 finding in red (%v)", r.note.Text, r.note.Importance, widget.DangerImportance)
	}
}

func TestFindingImportance(t *testing.T) {
	for _, c := range []struct {
		cur  widget.Importance
		sev  rules.Severity
		want widget.Importance
	}{
		{widget.MediumImportance, rules.Info, widget.MediumImportance},
		{widget.MediumImportance, rules.Warn, widget.WarningImportance},
		{widget.MediumImportance, rules.Block, widget.DangerImportance},
		{widget.WarningImportance, rules.Block, widget.DangerImportance},
		{widget.DangerImportance, rules.Warn, widget.DangerImportance},
	} {
		if got := findingImportance(c.cur, c.sev); got != c.want {
			t.Errorf("findingImportance(%v, %v) = %v, want %v", c.cur, c.sev, got, c.want)
		}
	}
}

// TestLockedRowsLegible: a locked month's fields keep the text colour of the
// columns beside them (a disabled grey was unreadable) and show no editor.
func TestLockedRowsLegible(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 5), "08:00-16:00", rules.Aktiv)))
	ts, _ := openTimesheet(t, st)
	ts.lock()
	f := ts.Rows[0].Pass
	r := test.WidgetRenderer(f).(*tsFieldRenderer)
	if r.text.Text != "08:00-16:00" || r.text.Color != theme.Color(theme.ColorNameForeground) {
		t.Errorf("locked field shows %q in %v, want 08:00-16:00 in the foreground colour", r.text.Text, r.text.Color)
	}
	ts.Ed.Cell = ts.Rows[0].Day
	if objs := test.WidgetRenderer(ts.Rows[0].Day).Objects(); slices.Contains(objs, fyne.CanvasObject(ts.Ed)) {
		t.Error("the locked row shows the greyed editor")
	}
}
