package gui

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"assistans/gui/guitest"
)

// BenchmarkWindowLarge drives the window on the large provider of
// scripts/bench (ASSISTANS_BENCH_DB) with Fyne's test driver, as an office
// worker would: every tab in turn, and the month back and forth. ui-ms is
// the time the UI thread is busy (the window frozen): the switch itself and
// the UI parts of the background work it starts; ready-ms is until the
// background work (Kontroll's check, Översikt's status columns) is shown too.
// A tab's first showing loads it; the tab cycle includes those first loads.
func BenchmarkWindowLarge(b *testing.B) {
	s := newWindow(guitest.NewSession(b, guitest.LargeStore(b)))
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1200, 800))
	guitest.SettleTimed(s.Session)

	measure := func(b *testing.B, step func(i int)) {
		var ui, ready time.Duration
		n := 0
		for b.Loop() {
			t0 := time.Now()
			step(n)
			busy := time.Since(t0)
			ui += busy + guitest.SettleTimed(s.Session)
			s.to.Timesheet.Checking.Wait() // Tidrapport's own check, in the background
			ready += time.Since(t0)
			n++
		}
		b.ReportMetric(float64(ui.Milliseconds())/float64(n), "ui-ms/op")
		b.ReportMetric(float64(ready.Milliseconds())/float64(n), "ready-ms/op")
	}
	b.Run("tab", func(b *testing.B) {
		items := s.Tabs.Items
		measure(b, func(i int) { s.Tabs.Select(items[(i+1)%len(items)]) })
	})
	b.Run("month", func(b *testing.B) {
		s.Tabs.SelectIndex(0)
		guitest.SettleTimed(s.Session)
		measure(b, func(i int) {
			if i%2 == 0 {
				s.OnNextMonth()
			} else {
				s.OnPrevMonth()
			}
		})
	})
}
