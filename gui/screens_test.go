package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"assistans/gui/guitest"
)

// TestEveryScreenFits shows every tab of the whole window at 1024×700 and at
// 1920×1080, checks that the window's content fits the small size (a screen
// that needs more would be cut off or widen the window), and writes a PNG of
// each to ASSISTANS_SHOTS when it is set, else to a temporary folder, so that
// a person can look at them.
func TestEveryScreenFits(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t, demoRegisters())
	w.App.Settings().SetTheme(theme.DefaultTheme())
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1920, Height: 1080}} {
		w.Win.Resize(size)
		for i := range w.Tabs.Items {
			w.Tabs.SelectIndex(i)
			guitest.Settle(w.Session)
			name := fmt.Sprintf("%dx%d-%02d-%s.png", int(size.Width), int(size.Height), i+1, w.Tabs.Items[i].Text)
			guitest.WriteScreenshot(t, w.Win, filepath.Join(dir, name))
			if min := w.Win.Content().MinSize(); min.Width > 1024 || min.Height > 700 {
				t.Errorf("%s: the window needs %v, more than 1024×700", w.Tabs.Items[i].Text, min)
			}
		}
	}
}
