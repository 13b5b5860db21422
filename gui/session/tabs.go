package session

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// tabHolder holds one tab's screen. Fyne's AppTabs refreshes the content of
// every tab, hidden ones included, each time another tab is chosen; on a large
// provider that relaid every screen's rows on every tab switch. A hidden
// holder lets those refreshes pass: the tab is refreshed again when chosen.
type tabHolder struct {
	widget.BaseWidget
	screen fyne.CanvasObject
}

func newTabHolder(screen fyne.CanvasObject) *tabHolder {
	h := &tabHolder{screen: screen}
	h.ExtendBaseWidget(h)
	return h
}

func (h *tabHolder) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(h.screen) }

// Refresh refreshes the screen while its tab is in view, and nothing else.
func (h *tabHolder) Refresh() {
	if h.Visible() {
		h.BaseWidget.Refresh()
	}
}

// holdTabs puts each tab's screen in a holder.
func holdTabs(tabs *container.AppTabs) {
	for _, it := range tabs.Items {
		if _, ok := it.Content.(*tabHolder); !ok {
			it.Content = newTabHolder(it.Content)
		}
	}
}

// ScreenOf is the screen tab item it shows.
func ScreenOf(it *container.TabItem) fyne.CanvasObject {
	if h, ok := it.Content.(*tabHolder); ok {
		return h.screen
	}
	return it.Content
}

// InView reports whether content is the screen of the tab in view.
func (s *Session) InView(content fyne.CanvasObject) bool {
	return content != nil && s.shown() == content
}
