package gui

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"assistans/data/demo"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

// TestPickAndLockScreenshots writes PNGs of the searchable pick list open in
// the time report, a locked (sent) month's time report and bill, and the plan
// calendar with its finding labels, at 1024×700, to the folder in
// ASSISTANS_SHOTS for a person to look at; without it the test is skipped.
func TestPickAndLockScreenshots(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, _ := windowOnFile(t, demo.Batch())
	s.App.Settings().SetTheme(theme.DefaultTheme())
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1024, 700))
	guitest.Settle(s.Session)
	shot := func(name string) {
		t.Helper()
		guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+".png"))
	}
	ts := s.to.Timesheet
	s.Tabs.SelectIndex(1)
	guitest.Settle(s.Session)
	ts.Assignment.TypedRune('m')
	shot("pick_timesheet")
	ts.Assignment.SearchField().SetText("mä sj")
	shot("pick_timesheet_filtered")
	s.Win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})

	s.SetMonth(rules.Month{Year: 2026, Month: 9}) // sent in the demo: locked
	guitest.Settle(s.Session)
	shot("locked_timesheet")
	s.Tabs.SelectIndex(8)
	guitest.Settle(s.Session)
	shot("locked_bill")

	s.SetMonth(rules.Month{Year: 2026, Month: 11})
	s.Tabs.SelectIndex(3)
	guitest.Settle(s.Session)
	shot("plan_calendar")
	s.Tabs.SelectIndex(6)
	guitest.Settle(s.Session)
	shot("assignments")
}

// TestEnglishOverviewScreenshot writes the English overview at 1024×700 to the
// folder in ASSISTANS_SHOTS; without it the test is skipped.
func TestEnglishOverviewScreenshot(t *testing.T) {
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		t.Skip("set ASSISTANS_SHOTS to a folder to write the screenshots")
	}
	s, _ := windowOnFile(t, demo.Batch())
	language.Use("en") // after the session, which sets Swedish
	defer language.Use("sv")
	s.App.Settings().SetTheme(theme.DefaultTheme())
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1024, 700))
	guitest.Settle(s.Session)
	guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, "overview_en_1024.png"))
}
