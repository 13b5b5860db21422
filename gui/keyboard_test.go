package gui

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/gui/plan"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// shownObjects are the objects under o that are on screen: hidden ones and
// everything inside them are left out, as Fyne's focus chain leaves them out.
func shownObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	var kids []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		kids = v.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(v).Objects()
	}
	for _, k := range kids {
		out = append(out, shownObjects(k)...)
	}
	return out
}

// focusChain is what Tab reaches, in order, from nothing focused round to the start.
func focusChain(c fyne.Canvas) []fyne.Focusable {
	c.Unfocus()
	var chain []fyne.Focusable
	seen := map[fyne.Focusable]bool{}
	for range 5000 {
		c.FocusNext()
		f := c.Focused()
		if f == nil || seen[f] {
			break
		}
		seen[f] = true
		chain = append(chain, f)
	}
	c.Unfocus()
	return chain
}

// TestKeyboardReachesEveryButton walks the window by keys alone: the menus by
// Alt+letter and F10, every tab by Ctrl+digit and Ctrl+Tab, and in each tab
// every enabled button, which Tab must reach; each is pressed with Space
// (with a list's first row chosen by Space too, for the buttons that act on a
// record), and whatever it opens must close with Esc. The dialogs listed in
// want were checked by hand to be what the button opens.
func TestKeyboardReachesEveryButton(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	w := newTestWindow(t, demoRegisters())
	w.OpenFile = func(string) error { return nil }
	w.App.Preferences().SetString(session.PrefPrintFolder, t.TempDir())
	c := w.Win.Canvas()

	menu := w.Win.MainMenu()
	for i, l := range menuLabels() {
		guitest.PressShortcut(w.Win, menuShortcut(l))
		if w.openPopUp == nil || !w.openPopUp.Visible() || w.openedMenu != menu.Items[i] {
			t.Fatalf("Alt+%c did not open %s", []rune(l)[0], l)
		}
		guitest.PressKey(w.Win, fyne.KeyEscape)
		if w.openPopUp.Visible() {
			t.Errorf("Esc left %s open", l)
		}
	}
	guitest.PressKey(w.Win, fyne.KeyF10)
	if !w.openPopUp.Visible() || w.openedMenu != menu.Items[0] {
		t.Fatal("F10 did not open Arkiv")
	}
	guitest.PressKey(w.Win, fyne.KeyEscape)
	openByMenu(t, w, "A", "Importera…")
	if got := guitest.TopTexts(t, w.Win); !slices.Contains(got, "Välj fil…") {
		t.Errorf("Arkiv → Importera… by keys opened %q", got)
	}
	closeByEsc(t, w, "Importera…")

	// The month bar's buttons are on Tab's way too.
	chain := focusChain(c)
	for _, b := range []*widget.Button{w.Prev, w.Next, w.Current} {
		if !slices.Contains(chain, fyne.Focusable(b)) {
			t.Errorf("month bar button %q not reached by Tab", b.Text)
		}
	}

	opened := map[string]string{} // "tab: button" → the texts of the dialog it opened
	for i := range w.Tabs.Items {
		// Ctrl+digit to the tab before (a button may have shown another), Ctrl+Tab on.
		guitest.PressShortcut(w.Win, shortcutTabs[max(i-1, 0)])
		if i > 0 {
			guitest.PressShortcut(w.Win, shortcutNextTab)
		}
		guitest.Settle(w.Session)
		if w.Tabs.SelectedIndex() != i {
			t.Fatalf("tab %d not reached", i)
		}
		tab := w.Tabs.Items[i]
		pressAll(t, w, tab.Text, nil, opened)
		// The first row chosen in each list (focus, Space) shows the buttons
		// that act on it; it is chosen again before each button, since "Ny"
		// leaves it.
		// A list that appears on a choice (a customer's decisions) comes next.
		for j := 0; j < len(lists(w.Tabs.Selected().Content)); j++ {
			choose := func() {
				for k := 0; k <= j; k++ {
					ls := lists(w.Tabs.Selected().Content)
					if k >= len(ls) {
						return
					}
					c.Focus(ls[k])
					guitest.PressKey(w.Win, fyne.KeySpace)
					guitest.Settle(w.Session)
					// A form left edited by a button before asks first: its typing is dropped.
					if c.Overlays().Top() != nil && slices.Contains(guitest.TopTexts(t, w.Win), "Släng") {
						guitest.TapInTop(t, w.Win, "Släng")
						guitest.Settle(w.Session)
					}
					closeByEsc(t, w, tab.Text+" list")
				}
			}
			choose()
			pressAll(t, w, tab.Text, choose, opened)
		}
		// A calendar day (of the customer Planering shows first) opens with Enter once Tab has reached it.
		for _, d := range objectsOf[*plan.DayCell](tab.Content) {
			if !slices.Contains(focusChain(c), fyne.Focusable(d)) {
				t.Errorf("%s: day %v not reached by Tab", tab.Text, d.Date)
				continue
			}
			if d.Date != rules.D(2026, 10, 20) {
				continue
			}
			c.Focus(d)
			guitest.PressKey(w.Win, fyne.KeyReturn)
			guitest.Settle(w.Session)
			if c.Overlays().Top() != nil {
				opened[tab.Text+": day "+d.Date.String()] = strings.Join(guitest.TopTexts(t, w.Win), "|")
			}
			closeByEsc(t, w, tab.Text+" day")
		}
	}
	want := map[string]string{
		"Tidrapport: Så skriver du pass (F1)":           "Så skriver du pass",
		"Planering: day 2026-10-20":                     "Tisdag 20 oktober 2026 – Anna Andersson",
		"Kunder: Ta bort kund":                          "Vill du ta bort kunden Anna Andersson",
		"Kunder: Ta bort beslut":                        "Vill du ta bort beslutet från 2026-01-01 för Anna Andersson?",
		"Assistenter: Ta bort":                          "Vill du ta bort assistenten Filip Falk",
		"Uppdrag: Ta bort":                              "Vill du ta bort uppdraget Filip Falk → Edvin Eklund?",
		"Uppdrag: Skriv ut 3066":                        "Blankett 3066 för Filip Falk → Edvin Eklund skrevs till",
		"Uppdrag: Skriv ut 3066, ändrade förhållanden…": "3066, ändrade förhållanden",
		"Anordnare: Ta bort":                            "Vill du ta bort anordnaren Omsorg i Norr AB",
		"Räkning: Skriv ut kunden":                      "för Anna Andersson (19451212-1239) i oktober 2026 skrivs som en PDF-fil",
		"Räkning: Skriv ut månaden (Ctrl+P)":            "för 2 kunder i oktober 2026 skrivs som en PDF-fil per kund",
		"Räkning: Markera som skickad…":                 "Markera att räkningen och tidsredovisningarna för Anna Andersson",
	}
	for k, text := range want {
		if !strings.Contains(opened[k], text) {
			t.Errorf("%s opened %q, want a dialog with %q", k, opened[k], text)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(opened)) {
		t.Logf("%s opened %.80q", k, opened[k])
	}
}

// lists are the shown lists under o that hold rows: widget.List and widgets.KeyList.
func lists(o fyne.CanvasObject) []fyne.Focusable {
	var out []fyne.Focusable
	for _, x := range shownObjects(o) {
		switch l := x.(type) {
		case *widget.List:
			if l.Length() > 0 {
				out = append(out, l)
			}
		case *widgets.KeyList:
			if l.Length() > 0 {
				out = append(out, l)
			}
		}
	}
	return out
}

// objectsOf are the shown objects of type T under o.
func objectsOf[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	for _, x := range shownObjects(o) {
		if v, ok := x.(T); ok {
			out = append(out, v)
		}
	}
	return out
}

// pressAll checks that Tab reaches every enabled button of the tab in view,
// then presses each (focus, Space) and closes what it opened with Esc.
func pressAll(t *testing.T, w *window, where string, prepare func(), opened map[string]string) {
	t.Helper()
	c := w.Win.Canvas()
	if prepare != nil {
		prepare()
	}
	w.Win.Content().Refresh()
	content := w.Tabs.Selected().Content
	reached := map[fyne.Focusable]bool{}
	for _, f := range focusChain(c) {
		reached[f] = true
	}
	buttons := objectsOf[*widget.Button](content)
	for _, b := range buttons {
		if !b.Disabled() && !reached[b] {
			t.Errorf("%s: button %q is not reached by Tab", where, b.Text)
		}
	}
	for _, b := range buttons {
		if prepare != nil {
			prepare()
		}
		if !b.Visible() || b.Disabled() || !reached[b] {
			continue
		}
		c.Focus(b)
		guitest.PressKey(w.Win, fyne.KeySpace)
		guitest.Settle(w.Session)
		if at := w.Tabs.SelectedIndex(); w.Tabs.Items[at].Content != content { // it showed another tab ("Visa i Kontroll"): back by Ctrl+digit
			guitest.PressShortcut(w.Win, shortcutTabs[slices.IndexFunc(w.Tabs.Items, func(it *container.TabItem) bool { return it.Content == content })])
			guitest.Settle(w.Session)
		}
		if c.Overlays().Top() == nil {
			continue
		}
		opened[where+": "+b.Text] = strings.Join(guitest.TopTexts(t, w.Win), "|")
		closeByEsc(t, w, fmt.Sprintf("%s: %q", where, b.Text))
	}
}

// closeByEsc presses Esc until no dialog is open (a dialog may ask a question first).
func closeByEsc(t *testing.T, w *window, what string) {
	t.Helper()
	c := w.Win.Canvas()
	for n := 0; c.Overlays().Top() != nil && n < 5; n++ {
		guitest.PressKey(w.Win, fyne.KeyEscape)
		guitest.Settle(w.Session)
	}
	if c.Overlays().Top() != nil {
		t.Errorf("%s: Esc does not close %q (focus on %T)", what, guitest.TopTexts(t, w.Win), c.Focused())
		for top := c.Overlays().Top(); top != nil; top = c.Overlays().Top() {
			c.Overlays().Remove(top)
		}
	}
}
