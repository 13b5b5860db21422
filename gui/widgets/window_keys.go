package widgets

// The window's own keys (month, tabs, menus, dialogs) must work wherever the
// focus is. Fyne gives a key to the focused widget first, and a text field
// keeps every shortcut and key it gets, so the window's keys are registered
// here: the canvas handles them when nothing is focused, and KeyEntry, the
// text field every form uses, passes them on instead of swallowing them.

import (
	"fyne.io/fyne/v2"
)

type windowKeys struct {
	canvas    fyne.Canvas
	dialogs   []*openDialog
	keys      map[fyne.KeyName]func()
	shortcuts map[string]bool
}

// windows holds each window's keys by its canvas; used on the UI thread only.
var windows = map[fyne.Canvas]*windowKeys{}

func windowKeysOf(win fyne.Window) *windowKeys {
	c := win.Canvas()
	if wk := windows[c]; wk != nil {
		return wk
	}
	wk := &windowKeys{canvas: c, keys: map[fyne.KeyName]func(){}, shortcuts: map[string]bool{}}
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if !wk.typedKey(ev) && prev != nil {
			prev(ev)
		}
	})
	windows[c] = wk
	return wk
}

// AddWindowKey makes a plain key (F10) run f wherever the focus is.
func AddWindowKey(win fyne.Window, key fyne.KeyName, f func()) {
	windowKeysOf(win).keys[key] = f
}

// AddWindowShortcut makes sc run f wherever the focus is.
func AddWindowShortcut(win fyne.Window, sc fyne.Shortcut, f func()) {
	wk := windowKeysOf(win)
	wk.shortcuts[sc.ShortcutName()] = true
	win.Canvas().AddShortcut(sc, func(fyne.Shortcut) { f() })
}

// typedKey answers a key the focused widget did not take: the topmost
// dialog's Esc and Enter, else a window key (none while a dialog is open).
func (wk *windowKeys) typedKey(ev *fyne.KeyEvent) bool {
	if wk.dialogKey(ev) {
		return true
	}
	if f := wk.keys[ev.Name]; f != nil && len(wk.dialogs) == 0 {
		f()
		return true
	}
	return false
}

// passShortcut runs a window shortcut for a focused widget; false when sc is
// not one.
func (wk *windowKeys) passShortcut(sc fyne.Shortcut) bool {
	if !wk.shortcuts[sc.ShortcutName()] {
		return false
	}
	if h, ok := wk.canvas.(fyne.Shortcutable); ok {
		h.TypedShortcut(sc)
		return true
	}
	return false
}

// keysFor finds the window keys of the window obj is shown in.
func keysFor(obj fyne.CanvasObject) *windowKeys {
	app := fyne.CurrentApp()
	if app == nil {
		return nil
	}
	c := app.Driver().CanvasForObject(obj)
	if c == nil {
		return nil
	}
	return windows[c]
}

// PassShortcut lets a text field of its own kind (the time sheet's) pass on a
// window shortcut as KeyEntry does; false when sc is not one.
func PassShortcut(obj fyne.CanvasObject, sc fyne.Shortcut) bool {
	wk := keysFor(obj)
	return wk != nil && wk.passShortcut(sc)
}

// PassKey passes a key a field has no use for (F10) to the window; false when
// the window has nothing for it.
func PassKey(obj fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	wk := keysFor(obj)
	return wk != nil && wk.typedKey(ev)
}

// WindowShortcutNames are the names of win's window shortcuts, for the test
// that the shortcut help lists them all.
func WindowShortcutNames(win fyne.Window) []string {
	var names []string
	for n := range windowKeysOf(win).shortcuts {
		names = append(names, n)
	}
	return names
}
