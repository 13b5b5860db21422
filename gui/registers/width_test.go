package registers

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"assistans/gui/guitest"
)

// At 1024×700, the smallest window the program supports, and at 1920×1080
// every register list keeps room for a name (listMinWidth), and the form
// still has the rest. ASSISTANS_SHOTS, when set, gets a screenshot of each.
func TestRegisterListWidth(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	s.App.Settings().SetTheme(theme.DefaultTheme())
	screens := map[string]*registerFrame{
		"kunder":      NewCustomers(s).Frame,
		"assistenter": NewAssistants(s).Frame,
		"uppdrag":     NewAssignments(s).Frame,
		"anordnare":   NewProviders(s).Frame,
	}
	for name, f := range screens {
		for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1920, Height: 1080}} {
			s.Win.SetContent(f.content)
			s.Win.Resize(size)
			f.content.Refresh()
			if w := f.List.Size().Width; w < listMinWidth {
				t.Errorf("%s at %v: the list is %.0f px wide, want at least %.0f", name, size, w, listMinWidth)
			}
			if form := f.split.Trailing; form.Size().Width < form.MinSize().Width {
				t.Errorf("%s at %v: the form is %.0f px wide, narrower than its %.0f", name, size, form.Size().Width, form.MinSize().Width)
			}
			if dir := os.Getenv("ASSISTANS_SHOTS"); dir != "" {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+"-"+fmtSize(size)+".png"))
			}
		}
	}
}

func fmtSize(s fyne.Size) string {
	return fmt.Sprintf("%.0fx%.0f", s.Width, s.Height)
}
