package gui

import (
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
// ASSISTANS_SHOTS (else a temporary folder) for a person to look at.
func TestPickAndLockScreenshots(t *testing.T) {
	dir := guitest.ShotsDir(t)
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
// folder in ASSISTANS_SHOTS (else a temporary folder).
func TestEnglishOverviewScreenshot(t *testing.T) {
	dir := guitest.ShotsDir(t)
	s, _ := windowOnFile(t, demo.Batch())
	language.Use("en") // after the session, which sets Swedish
	defer language.Use("sv")
	s.App.Settings().SetTheme(theme.DefaultTheme())
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1024, 700))
	guitest.Settle(s.Session)
	guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, "overview_en_1024.png"))
}
