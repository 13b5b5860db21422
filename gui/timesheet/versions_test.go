package timesheet

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/rules"
)

// lenaChanges opens a second store on the window's file, as a second program
// would, and stores change as "lena".
func lenaChanges(t *testing.T, st *data.Store, change func(*data.Store) error) {
	t.Helper()
	other, err := data.Open(st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.User = "lena"
	if err := change(other); err != nil {
		t.Fatal(err)
	}
}

// A shift changed by another program after the screen read it: the row typed
// over it is refused with who changed it, lena's shift stays, and Ladda om
// shows it; the row can then be changed.
func TestTimesheetSaveRefusedWhenShiftChangedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 5), "08:00-16:00", rules.Aktiv)))
	ts, k := openTimesheet(t, st)
	ctx := context.Background()
	lenaChanges(t, st, func(o *data.Store) error {
		sh := ts.Rows[0].Saved
		sh.End = 17 * 60
		_, err := o.SaveShift(ctx, sh)
		return err
	})
	k.toFirstRow()
	k.tab()
	k.typ("9-15")
	k.enter()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-05 08:00-17:00 aktiv"}) {
		t.Fatalf("lena's change was overwritten: %q", got)
	}
	texts := strings.Join(guitest.TopTexts(t, ts.s.Win), "\n")
	if !strings.Contains(texts, "Uppgiften har ändrats av lena ") || !strings.Contains(texts, "Det du har skrivit i formuläret sparas inte") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	if got := ts.Rows[0].note.Text; !strings.HasPrefix(got, "Inte sparad: Uppgiften har ändrats av lena ") {
		t.Errorf("row note %q", got)
	}
	guitest.TapDialogButton(t, ts.s.Win, "Ladda om")
	if r := ts.Rows[0]; r.Pass.Text() != "08:00-17:00" || r.Saved.Version != 2 || r.note.Visible() {
		t.Fatalf("after Ladda om: %q version %d note %q", r.Pass.Text(), r.Saved.Version, r.note.Text)
	}
	k.ts.FocusField(ts.Rows[0], fieldPass)
	k.typ("9-15")
	k.enter()
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-05 09:00-15:00 aktiv"}) {
		t.Fatalf("after the reload the change did not land: %q", got)
	}
}

// Deleting a row whose shift another program changed meanwhile is refused the
// same way: the shift stays as lena left it.
func TestTimesheetDeleteRefusedWhenShiftChangedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 5), "08:00-16:00", rules.Aktiv)))
	ts, k := openTimesheet(t, st)
	ctx := context.Background()
	lenaChanges(t, st, func(o *data.Store) error {
		sh := ts.Rows[0].Saved
		sh.Kind = rules.Beredskap
		_, err := o.SaveShift(ctx, sh)
		return err
	})
	k.ts.FocusField(ts.Rows[0], FieldDay)
	k.shortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDelete, Modifier: fyne.KeyModifierControl})
	if got := guitest.Stored(t, st, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-05 08:00-16:00 beredskap"}) {
		t.Fatalf("lena's shift was deleted: %q", got)
	}
	if texts := strings.Join(guitest.TopTexts(t, ts.s.Win), "\n"); !strings.Contains(texts, "Uppgiften har ändrats av lena ") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	guitest.TapDialogButton(t, ts.s.Win, "Ladda om")
	if r := ts.Rows[0]; r.Pass.Text() != "08:00-16:00 b" || r.Saved.Version != 2 {
		t.Fatalf("after Ladda om: %q version %d", r.Pass.Text(), r.Saved.Version)
	}
}

// Typing not stored when the window changes database (a restore, another
// database chosen in Inställningar) belongs to the old one: it is stored in
// neither, and the screen shows the new database's month.
func TestTimesheetTypingStaysWithItsDatabase(t *testing.T) {
	st := guitest.OpenStore(t, tsBatch())
	ts, k := openTimesheet(t, st)
	k.toFirstRow()
	k.typ("5")
	k.tab()
	k.typ("8-16") // not left: not stored yet
	other := guitest.OpenStore(t, tsBatch(tsShift(guitest.PnrAnna, rules.D(2026, 10, 7), "10:00-12:00", rules.Aktiv)))
	ts.s.ReplaceStore(other, other.Path())
	if got := guitest.Stored(t, other, guitest.PnrAnna); !slices.Equal(got, []string{"2026-10-07 10:00-12:00 aktiv"}) {
		t.Errorf("the new database holds %q", got)
	}
	if got := guitest.Stored(t, st, guitest.PnrAnna); len(got) != 0 {
		t.Errorf("the old database holds %q", got)
	}
	if len(ts.Rows) != 2 || ts.Rows[0].Pass.Text() != "10:00-12:00" || !ts.Rows[1].blank() {
		t.Errorf("rows after the switch: %d, first %q", len(ts.Rows), ts.Rows[0].Pass.Text())
	}
}
