package gui

// The window's keyboard: months, tabs, menus and the time sheet's undo.
//
// Fyne runs a main-menu item's shortcut before the focused widget sees the
// key, so the month and tab shortcuts sit on menu items (Månad and Visa) and
// no text field can swallow them. Alt+←/→ and the Alt+letter keys that open a
// menu are window shortcuts (widgets.AddWindowShortcut), which the window's
// text fields pass on. Fyne's menu bar has no mnemonics: Alt+letter and F10
// open the menu as a pop-up under the bar, where the arrow keys, Enter and Esc
// work; a plain Alt press opens Fyne's own bar as well.

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/widgets"
)

var (
	shortcutPrev    = &desktop.CustomShortcut{KeyName: fyne.KeyPageUp, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutNext    = &desktop.CustomShortcut{KeyName: fyne.KeyPageDown, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutPrevAlt = &desktop.CustomShortcut{KeyName: fyne.KeyLeft, Modifier: fyne.KeyModifierAlt}
	shortcutNextAlt = &desktop.CustomShortcut{KeyName: fyne.KeyRight, Modifier: fyne.KeyModifierAlt}
	shortcutNextTab = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl}
	shortcutPrevTab = &desktop.CustomShortcut{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierControl | fyne.KeyModifierShift}
	// shortcutTabs choose the tabs by their place: Ctrl+1 is Översikt, Ctrl+0 the tenth.
	shortcutTabs = []*desktop.CustomShortcut{
		{KeyName: fyne.Key1, Modifier: fyne.KeyModifierShortcutDefault}, {KeyName: fyne.Key2, Modifier: fyne.KeyModifierShortcutDefault},
		{KeyName: fyne.Key3, Modifier: fyne.KeyModifierShortcutDefault}, {KeyName: fyne.Key4, Modifier: fyne.KeyModifierShortcutDefault},
		{KeyName: fyne.Key5, Modifier: fyne.KeyModifierShortcutDefault}, {KeyName: fyne.Key6, Modifier: fyne.KeyModifierShortcutDefault},
		{KeyName: fyne.Key7, Modifier: fyne.KeyModifierShortcutDefault}, {KeyName: fyne.Key8, Modifier: fyne.KeyModifierShortcutDefault},
		{KeyName: fyne.Key9, Modifier: fyne.KeyModifierShortcutDefault}, {KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault},
	}
)

// viewMenu lists the tabs, so that each has its shortcut where a menu shows it.
func (w *window) viewMenu() *fyne.Menu {
	tabs := w.Tabs
	var items []*fyne.MenuItem
	for i, t := range tabs.Items {
		it := fyne.NewMenuItem(t.Text, func() { w.selectTab(i) })
		it.Icon = t.Icon
		if i < len(shortcutTabs) {
			it.Shortcut = shortcutTabs[i]
		}
		items = append(items, it)
	}
	next := fyne.NewMenuItem(lang.X("menu.next_tab", "Nästa flik"), func() { w.selectTab(tabs.SelectedIndex() + 1) })
	next.Shortcut = shortcutNextTab
	prev := fyne.NewMenuItem(lang.X("menu.prev_tab", "Föregående flik"), func() { w.selectTab(tabs.SelectedIndex() - 1) })
	prev.Shortcut = shortcutPrevTab
	items = append(items, fyne.NewMenuItemSeparator(), next, prev)
	return fyne.NewMenu(menuLabels()[2], items...)
}

// selectTab shows tab i, counted round: after the last comes the first.
func (w *window) selectTab(i int) {
	n := len(w.Tabs.Items)
	w.Tabs.SelectIndex((i%n + n) % n)
}

// addShortcuts puts the keys that are not on a menu item on the window.
func (w *window) addShortcuts(menu *fyne.MainMenu) {
	s := w.Session
	widgets.AddWindowShortcut(s.Win, shortcutPrevAlt, s.OnPrevMonth)
	widgets.AddWindowShortcut(s.Win, shortcutNextAlt, s.OnNextMonth)
	// Ctrl+Z in a time sheet row is the row's; elsewhere on the screen it is the screen's undo.
	s.Win.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) {
		if w.InView(w.to.Timesheet.Content) {
			w.to.Timesheet.Undo()
		}
	})
	for i := range menu.Items {
		widgets.AddWindowShortcut(s.Win, menuShortcut(menu.Items[i].Label), func() { w.openMenu(menu, i) })
	}
	widgets.AddWindowKey(s.Win, fyne.KeyF10, func() { w.openMenu(menu, 0) })
}

// menuLabels are the main menu's names, in the bar's order.
func menuLabels() []string {
	return []string{lang.X("menu.file", "Arkiv"), lang.X("menu.month", "Månad"), lang.X("menu.view", "Visa"), lang.X("menu.help", "Hjälp")}
}

// menuShortcut is Alt and the first letter of a menu's name: Alt+A for Arkiv.
func menuShortcut(label string) *desktop.CustomShortcut {
	first := []rune(label)[0]
	return &desktop.CustomShortcut{KeyName: fyne.KeyName(string(unicode.ToUpper(first))), Modifier: fyne.KeyModifierAlt}
}

// openMenu shows menu i as a pop-up under its place in the bar; it has the
// keyboard's focus, so arrows, Enter and Esc work in it.
func (w *window) openMenu(menu *fyne.MainMenu, i int) *widget.PopUpMenu {
	c := w.Win.Canvas()
	x := float32(0)
	for _, m := range menu.Items[:i] {
		x += fyne.MeasureText(m.Label, theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()
	}
	pop := widget.NewPopUpMenu(menu.Items[i], c)
	pop.ShowAtPosition(fyne.NewPos(x, 0))
	pop.ActivateNext() // the first item is lit, as in a menu opened with the keyboard
	w.openPopUp, w.openedMenu = pop, menu.Items[i]
	return pop
}

// menuKeys are the keys that open the menus, and the help's line for them: "Alt+A, Alt+M, …".
func menuKeys() ([]*desktop.CustomShortcut, string) {
	var scs []*desktop.CustomShortcut
	var keys []string
	for _, l := range menuLabels() {
		sc := menuShortcut(l)
		scs = append(scs, sc)
		keys = append(keys, keyText(sc))
	}
	return scs, strings.Join(keys, ", ")
}

// tabKeysText is the help's line for the tab keys: "Ctrl+1 … Ctrl+0".
func tabKeysText() string {
	return keyText(shortcutTabs[0]) + " … " + keyText(shortcutTabs[len(shortcutTabs)-1])
}
