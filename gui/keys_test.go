package gui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/rules"
)

// newTestWindow builds the whole window on a test app, as Create does.
func newTestWindow(t *testing.T, b rules.Batch) *window {
	t.Helper()
	return newTestWindowIn(t, b, "sv")
}

// newTestWindowIn builds the window in the language code.
func newTestWindowIn(t *testing.T, b rules.Batch, code string) *window {
	t.Helper()
	a := test.NewTempApp(t)
	language.Use(code)
	w := a.NewWindow("")
	win := newWindow(session.New(a, w, guitest.OpenStore(t, b), func() rules.Date { return guitest.TestToday }))
	guitest.QueueUI(win.Session)
	w.SetContent(win.buildUI())
	w.Resize(fyne.NewSize(1024, 700))
	guitest.Settle(win.Session)
	return win
}

// TestTabKeys: Ctrl+1…9 and 0 choose a tab by its place, Ctrl+Tab and
// Ctrl+Shift+Tab step round, also while a text field has the cursor.
func TestTabKeys(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	w.Win.Canvas().Focus(w.to.Customers.Name.Entry)
	for i, sc := range shortcutTabs {
		guitest.PressShortcut(w.Win, sc)
		if got := w.Tabs.SelectedIndex(); got != i {
			t.Fatalf("%s chose tab %d, want %d", keyText(sc), got, i)
		}
	}
	guitest.PressShortcut(w.Win, shortcutNextTab) // from the last (Inställningar) round to Översikt
	if got := w.Tabs.SelectedIndex(); got != 0 {
		t.Fatalf("Ctrl+Tab after the last tab: %d", got)
	}
	guitest.PressShortcut(w.Win, shortcutPrevTab)
	if got := w.Tabs.Selected().Text; got != "Inställningar" {
		t.Fatalf("Ctrl+Shift+Tab from the first tab: %q", got)
	}
	if got := w.App.Preferences().Int(session.PrefLastTab); got != 9 {
		t.Errorf("the last tab kept is %d, want 9", got)
	}
}

// TestMonthKeysInTextField: a focused text field passes the month keys on
// and keeps its text.
func TestMonthKeysInTextField(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	w.Tabs.SelectIndex(4) // Kunder
	e := w.to.Customers.Name.Entry
	e.SetText("Anna")
	w.Win.Canvas().Focus(e)
	guitest.PressShortcut(w.Win, shortcutNextAlt)
	guitest.PressShortcut(w.Win, shortcutNext) // oktober + 2
	guitest.PressShortcut(w.Win, shortcutPrevAlt)
	if w.Month() != (rules.Month{Year: 2026, Month: 11}) {
		t.Fatalf("after Alt+→, Ctrl+Page Down, Alt+← in a text field: %v, want 2026-11", w.Month())
	}
	if e.Text != "Anna" || w.Win.Canvas().Focused() != e {
		t.Errorf("the field has %q and focus %v after the month keys", e.Text, w.Win.Canvas().Focused() == e)
	}
}

// TestMenuKeys: Alt+letter opens that menu and F10 the first, as a pop-up the
// arrows and Enter work in; Esc closes it.
func TestMenuKeys(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	w.Win.Canvas().Focus(w.to.Customers.Name.Entry)
	for _, c := range []struct {
		mod   fyne.KeyModifier
		key   fyne.KeyName
		first string
	}{
		{fyne.KeyModifierAlt, "A", "Skriv ut månaden…"},
		{fyne.KeyModifierAlt, "M", "Föregående månad"},
		{fyne.KeyModifierAlt, "V", "Översikt"},
		{fyne.KeyModifierAlt, "H", "Kortkommandon"},
	} {
		w.openPopUp = nil
		guitest.PressShortcut(w.Win, guitest.Keys(c.mod, c.key))
		if w.openPopUp == nil || !w.openPopUp.Visible() {
			t.Fatalf("Alt+%s opened no menu", c.key)
		}
		if got := w.openedMenu.Items[0].Label; got != c.first {
			t.Errorf("Alt+%s opened a menu starting with %q, want %q", c.key, got, c.first)
		}
		guitest.PressKey(w.Win, fyne.KeyEscape)
		if w.openPopUp.Visible() {
			t.Errorf("Esc left the Alt+%s menu open", c.key)
		}
	}
	w.Win.Canvas().Unfocus()
	guitest.PressKey(w.Win, fyne.KeyF10)
	if got := w.openedMenu.Items[0].Label; !w.openPopUp.Visible() || got != "Skriv ut månaden…" {
		t.Fatalf("F10 opened %q", got)
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)

	// Alt+V, down to the third item (Kontroll), Enter: the tab is chosen.
	guitest.PressShortcut(w.Win, guitest.Keys(fyne.KeyModifierAlt, "V"))
	guitest.PressKey(w.Win, fyne.KeyDown)
	guitest.PressKey(w.Win, fyne.KeyDown)
	guitest.PressKey(w.Win, fyne.KeyReturn)
	if got := w.Tabs.Selected().Text; got != "Kontroll" {
		t.Errorf("Alt+V, ↓, ↓, Enter chose %q, want Kontroll", got)
	}
}

// openByMenu opens a menu by Alt+letter, steps down to the item labelled
// item and presses Enter.
func openByMenu(t *testing.T, w *window, letter fyne.KeyName, item string) {
	t.Helper()
	guitest.PressShortcut(w.Win, guitest.Keys(fyne.KeyModifierAlt, letter))
	if w.openPopUp == nil || !w.openPopUp.Visible() {
		t.Fatalf("Alt+%s opened no menu", letter)
	}
	steps := -1
	for _, it := range w.openedMenu.Items {
		if it.IsSeparator {
			continue
		}
		steps++
		if it.Label == item {
			for range steps { // the first item is lit as the menu opens
				guitest.PressKey(w.Win, fyne.KeyDown)
			}
			guitest.PressKey(w.Win, fyne.KeyReturn)
			return
		}
	}
	t.Fatalf("no item %q in the Alt+%s menu", item, letter)
}

// TestKeyboardWalk walks the window by keys alone: every tab by Ctrl+digit,
// and every dialog the menus open, each closed by Esc; a question confirmed
// by Enter.
func TestKeyboardWalk(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	for i, sc := range shortcutTabs {
		guitest.PressShortcut(w.Win, sc)
		guitest.Settle(w.Session)
		if w.Tabs.SelectedIndex() != i {
			t.Fatalf("tab %d not reached", i)
		}
	}
	overlays := w.Win.Canvas().Overlays()
	for _, c := range []struct {
		letter fyne.KeyName
		item   string
		title  string
	}{
		{"A", "Historik…", "Historik"},
		{"H", "Kortkommandon", "Kortkommandon"},
		{"H", "Användarhandbok", "Användarhandbok"},
		{"H", "Om Assistans", "Om Assistans"},
	} {
		openByMenu(t, w, c.letter, c.item)
		guitest.Settle(w.Session)
		if top := overlays.Top(); top == nil || !strings.Contains(strings.Join(guitest.TopTexts(t, w.Win), "|"), c.title) {
			t.Fatalf("%s: no dialog %q", c.item, c.title)
		}
		guitest.PressKey(w.Win, fyne.KeyEscape)
		if overlays.Top() != nil {
			t.Fatalf("Esc left the %s dialog open: %q", c.item, guitest.TopTexts(t, w.Win))
		}
	}
}
