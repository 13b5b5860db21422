package gui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"assistans/gui/guitest"
	"assistans/gui/history"
	"assistans/gui/session"
	"assistans/rules"
)

// TestEveryScreenFits shows every tab of the whole window, the main dialogs
// and the first start on an empty database, at 1024×700 and at 1920×1080;
// it checks that the window's content and each dialog fit the size (a screen
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
	t.Setenv("HOME", t.TempDir())
	w := newTestWindow(t, demoRegisters())
	w.App.Settings().SetTheme(theme.DefaultTheme())
	w.OpenFile = func(string) error { return nil }
	w.App.Preferences().SetString(session.PrefPrintFolder, t.TempDir())
	sizes := []fyne.Size{{Width: 1024, Height: 700}, {Width: 1920, Height: 1080}}
	shot := func(win *window, size fyne.Size, name string) {
		t.Helper()
		file := fmt.Sprintf("%dx%d-%s.png", int(size.Width), int(size.Height), name)
		guitest.WriteScreenshot(t, win.Win, filepath.Join(dir, file))
		if min := win.Win.Content().MinSize(); min.Width > 1024 || min.Height > 700 {
			t.Errorf("%s: the window needs %v, more than 1024×700", name, min)
		}
		if top := win.Win.Canvas().Overlays().Top(); top != nil {
			if min := top.MinSize(); min.Width > size.Width || min.Height > size.Height {
				t.Errorf("%s: the dialog needs %v, more than the window's %v", name, min, size)
			}
		}
	}
	about := w.Win.MainMenu().Items[3].Items
	dialogs := []struct {
		name string
		open func()
	}{
		{"import", func() { w.openImport() }},
		{"guide", func() { w.showGuide() }},
		{"shortcuts", func() { w.showShortcuts() }},
		{"about", func() { about[len(about)-1].Action() }},
		{"history-month", func() {
			history.Open(w.Session, history.Subject{Kind: history.ByMonth, Month: rules.Month{Year: 2026, Month: 10}})
		}},
		{"print-month", func() { w.printer.MenuItem().Action() }},
		{"plan-day", func() {
			w.Show(w.plan.Content)
			guitest.Settle(w.Session)
			w.plan.Calendar.OpenDay(rules.D(2026, 10, 5))
		}},
		{"delete-customer", func() {
			c := w.to.Customers
			w.Show(c.Content)
			c.Frame.List.Select(slices.IndexFunc(c.Shown, func(x rules.Customer) bool { return x.Pnr == guitest.PnrAnna }))
			c.OnDelete()
		}},
	}
	for _, size := range sizes {
		w.Win.Resize(size)
		for i := range w.Tabs.Items {
			w.Tabs.SelectIndex(i)
			guitest.Settle(w.Session)
			shot(w, size, fmt.Sprintf("%02d-%s", i+1, w.Tabs.Items[i].Text))
		}
		for _, d := range dialogs {
			d.open()
			guitest.Settle(w.Session)
			if w.Win.Canvas().Overlays().Top() == nil {
				t.Errorf("%s opened nothing", d.name)
			}
			shot(w, size, "dialog-"+d.name)
			closeByEsc(t, w, d.name) // Esc ends the print asked about, as it would for the user
		}
	}

	// The first start, on an empty database: a second app, made after the
	// first is done with (the window keys find a window through the current app).
	empty := newTestWindow(t, rules.Batch{})
	empty.App.Settings().SetTheme(theme.DefaultTheme())
	empty.DataChanged() // the guide takes the theme's colour when it is shown again
	for _, size := range sizes {
		empty.Win.Resize(size)
		guitest.Settle(empty.Session)
		shot(empty, size, "first-start")
		importFile(t, empty, "kunder.csv", "pnr;name;personkrets\n19451212-1239;Anna Andersson;1\n"+
			"19750101-1239;Edvin Eklund;4\n196207153450;;1\n195003042347;Bertil Berg;x\n")
		shot(empty, size, "dialog-import-refused")
		closeByEsc(t, empty, "import refused")
	}
}
