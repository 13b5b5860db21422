package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// The register screens' shortcuts; Delete is a plain key handled by the list.
var (
	ShortcutNew  = &desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}
	ShortcutSave = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	ShortcutFind = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
)

// KeyEntry is an Entry that lets the register and window shortcuts through: a focused
// Entry receives every shortcut and would swallow Ctrl+N, Ctrl+S and Ctrl+F.
type KeyEntry struct {
	widget.Entry
	onShortcut func(fyne.Shortcut) bool
}

func NewKeyEntry(onShortcut func(fyne.Shortcut) bool) *KeyEntry {
	e := &KeyEntry{onShortcut: onShortcut}
	e.ExtendBaseWidget(e)
	return e
}

func (e *KeyEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.onShortcut != nil && e.onShortcut(sc) {
		return
	}
	if wk := keysFor(e); wk != nil && wk.passShortcut(sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// TypedKey passes on the keys a text field has no use for: Esc, the function
// keys, and Enter in a one-line field that does nothing with it.
func (e *KeyEntry) TypedKey(ev *fyne.KeyEvent) {
	pass := ev.Name == fyne.KeyEscape || (len(ev.Name) >= 2 && ev.Name[0] == 'F' && ev.Name[1] >= '1' && ev.Name[1] <= '9') ||
		((ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && !e.MultiLine && e.OnSubmitted == nil)
	if wk := keysFor(e); pass && wk != nil && wk.typedKey(ev) {
		return
	}
	e.Entry.TypedKey(ev)
}

// keyList is a List that asks to delete its selected row when Delete is pressed.
type KeyList struct {
	widget.List
	OnDelete func()
}

func NewKeyList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *KeyList {
	l := &KeyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *KeyList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyDelete && l.OnDelete != nil {
		l.OnDelete()
		return
	}
	if wk := keysFor(l); wk != nil && wk.typedKey(ev) {
		return
	}
	l.List.TypedKey(ev)
}

// shortcutScope holds a screen's content and puts the screen's shortcuts on
// the window when the tab shows it. Tabs hide the screens they do not show,
// so a handler left on the window by a screen that is now hidden does nothing.
type ShortcutScope struct {
	widget.BaseWidget
	content fyne.CanvasObject
	win     fyne.Window
	handle  func(fyne.Shortcut) bool
}

func NewShortcutScope(win fyne.Window, content fyne.CanvasObject, handle func(fyne.Shortcut) bool) *ShortcutScope {
	sc := &ShortcutScope{content: content, win: win, handle: handle}
	sc.ExtendBaseWidget(sc)
	return sc
}

func (sc *ShortcutScope) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(sc.content)
}

// Show is called by the tabs each time they lay out the chosen tab.
func (sc *ShortcutScope) Show() {
	sc.BaseWidget.Show()
	sc.register()
}

func (sc *ShortcutScope) register() {
	c := sc.win.Canvas()
	for _, k := range []fyne.Shortcut{ShortcutNew, ShortcutSave, ShortcutFind} {
		c.AddShortcut(k, func(k fyne.Shortcut) {
			if sc.Visible() {
				sc.handle(k)
			}
		})
	}
}
