package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"assistans/gui/session"
)

// defaultWindowSize is the first start's size; it fits a 1280×800 screen.
var defaultWindowSize = fyne.NewSize(1200, 800)

// WindowSize is the size the window had when it was last closed, else the
// default. It is never smaller than 1024×700 less the window's frame, so that a
// size saved on a large screen still opens on a small one as the system allows.
func WindowSize(a fyne.App) fyne.Size {
	p := a.Preferences()
	w, h := p.Float(session.PrefWindowWidth), p.Float(session.PrefWindowHeight)
	if w < 640 || h < 480 {
		return defaultWindowSize
	}
	return fyne.NewSize(float32(w), float32(h))
}

// rememberWindow shows the tab the user last had and, as the window closes,
// keeps its size and tab for the next start.
func (w *window) rememberWindow() {
	s := w.Session
	p := s.App.Preferences()
	loadOnShow := s.Tabs.OnSelected // the session loads a screen as its tab shows
	s.Tabs.OnSelected = func(t *container.TabItem) {
		if loadOnShow != nil {
			loadOnShow(t)
		}
		p.SetInt(session.PrefLastTab, s.Tabs.SelectedIndex())
	}
	if i := p.IntWithFallback(session.PrefLastTab, 0); i > 0 && i < len(s.Tabs.Items) {
		s.Tabs.SelectIndex(i)
	}
	s.OnClose(func(next func()) {
		size := s.Win.Canvas().Size()
		p.SetFloat(session.PrefWindowWidth, float64(size.Width))
		p.SetFloat(session.PrefWindowHeight, float64(size.Height))
		next()
	})
}
