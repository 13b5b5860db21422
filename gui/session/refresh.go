package session

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// A change (another month, data saved) reloads only the screen in view: on a
// large provider each screen takes a good part of a second to reload, so
// reloading all nine on every change froze the window. The others are marked
// stale and reload when their tab is chosen.

// listener is a screen's reload function and the tab content it belongs to
// (nil for a screen that is in no tab: it reloads on every change).
type listener struct {
	f     func()
	owner fyne.CanvasObject
	stale bool
}

// Mark is the number of listeners registered so far; Own ties the ones
// registered after it to a tab's content.
func (s *Session) Mark() int { return len(s.listeners) }

// Own ties the listeners registered since mark to content, the screen they
// reload, and returns content. While the shell builds the tabs (Deferred),
// they start stale: a screen loads when it is first shown.
func (s *Session) Own(mark int, content fyne.CanvasObject) fyne.CanvasObject {
	for i := mark; i < len(s.listeners); i++ {
		s.listeners[i].owner = content
	}
	return content
}

// Load registers f as a screen's reload function and runs it now, unless the
// shell is building the tabs (Deferred): then it runs when the screen's tab is
// first shown, so that nothing but the first tab reads the database before
// the window's first frame.
func (s *Session) Load(f func()) {
	s.listeners = append(s.listeners, listener{f: f, stale: s.Deferred})
	if !s.Deferred {
		f()
	}
}

// UseTabs makes tabs the window's tabs: choosing one reloads its screen if a
// change has made it stale. The first tab's screen is loaded now, unless
// LoadLater leaves that to LoadShown.
func (s *Session) UseTabs(tabs *container.AppTabs) {
	holdTabs(tabs)
	s.Tabs = tabs
	s.Deferred = false
	tabs.OnSelected = func(*container.TabItem) {
		s.refreshShown()
		s.releaseMemory() // what drawing the tab frees
	}
	if !s.LoadLater {
		s.refreshShown()
	}
}

// LoadShown loads the screen in view if it waits for it (LoadLater).
func (s *Session) LoadShown() { s.refreshShown() }

// shown is the content of the tab in view; nil before the tabs exist.
func (s *Session) shown() fyne.CanvasObject {
	if s.Tabs == nil || s.Tabs.Selected() == nil {
		return nil
	}
	return ScreenOf(s.Tabs.Selected())
}

// refreshShown runs the stale listeners of the tab in view.
func (s *Session) refreshShown() {
	if in := s.shown(); in != nil {
		s.Fresh(in)
	}
}

// notify reloads the screen in view and those in no tab, and marks the rest stale.
func (s *Session) notify() {
	in := s.shown()
	for i := range s.listeners {
		l := &s.listeners[i]
		if l.owner == nil || l.owner == in || s.Tabs == nil {
			l.stale = false
			l.f()
		} else {
			l.stale = true
		}
	}
}

// Stale reports whether content's screen waits for a reload (for tests).
func (s *Session) Stale(content fyne.CanvasObject) bool {
	for _, l := range s.listeners {
		if l.owner == content && l.stale {
			return true
		}
	}
	return false
}

// Fresh reloads content's screen now if it is stale, for a screen that asks
// another what it offers (Kontroll asks Tidrapport which assignments it shows).
func (s *Session) Fresh(content fyne.CanvasObject) {
	for i := range s.listeners {
		if l := &s.listeners[i]; l.stale && l.owner == content {
			l.stale = false
			l.f()
		}
	}
}
