package gui

import (
	"testing"

	"fyne.io/fyne/v2"

	"assistans/gui/guitest"
	"assistans/gui/widgets"
)

// TestMenuKeysFromFields: F10 and Alt+letter open the menus also while a
// settings field, a settings choice or a plan choice has the focus (a plain
// Entry or Select kept them).
func TestMenuKeysFromFields(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	w.Tabs.SelectIndex(9) // Inställningar
	guitest.Settle(w.Session)
	settings := w.Tabs.Items[9].Content
	entries := guitest.ObjectsIn[*widgets.KeyEntry](settings)
	selects := guitest.ObjectsIn[*widgets.Picker](settings)
	if len(entries) == 0 || len(selects) == 0 {
		t.Fatalf("settings show %d text fields and %d choices of the window's own kinds", len(entries), len(selects))
	}
	w.Tabs.SelectIndex(3) // Planering
	guitest.Settle(w.Session)
	focus := map[string]fyne.Focusable{
		"a settings field":           entries[0],
		"a settings choice":          selects[0],
		"the plan's schedule choice": w.plan.Grid.Pick,
		"the plan's customer":        w.plan.Customer,
	}
	for what, f := range focus {
		w.Win.Canvas().Focus(f)
		w.openPopUp = nil
		guitest.PressKey(w.Win, fyne.KeyF10)
		if w.openPopUp == nil || !w.openPopUp.Visible() || w.openedMenu.Items[0].Label != "Skriv ut månaden…" {
			t.Errorf("F10 in %s opened no Arkiv menu", what)
		} else {
			w.openPopUp.Hide()
		}
		w.Win.Canvas().Focus(f)
		w.openPopUp = nil
		guitest.PressShortcut(w.Win, guitest.Keys(fyne.KeyModifierAlt, "M"))
		if w.openPopUp == nil || !w.openPopUp.Visible() || w.openedMenu.Items[0].Label != "Föregående månad" {
			t.Errorf("Alt+M in %s opened no Månad menu", what)
		} else {
			w.openPopUp.Hide()
		}
	}
}
