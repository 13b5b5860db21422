package gui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/gui/timesheet"
	"assistans/rules"
)

// BenchmarkWindowLarge drives the window on the large provider of
// scripts/bench (ASSISTANS_BENCH_DB) with Fyne's test driver, as an office
// worker would: every tab in turn, the month back and forth, a shift saved
// in the time report, and the month printed. ui-ms is the time the UI thread
// is busy (the window frozen): the step itself and the UI parts of the
// background work it starts; ready-ms is until the background work (the
// month's check, Översikt's rows and status columns) is shown too. A tab's
// first showing loads it; the tab cycle includes those first loads. rss-MB is
// the process's resident memory after the step's runs (the test driver draws
// nothing, so a real window holds its textures besides).
func BenchmarkWindowLarge(b *testing.B) {
	st := guitest.LargeStore(b)
	s := newWindow(guitest.NewSession(b, st))
	s.Win.SetContent(s.buildUI())
	s.Win.Resize(fyne.NewSize(1200, 800))
	guitest.SettleTimed(s.Session)
	startRSS := rssMB(b)

	measure := func(b *testing.B, prepare func(i int), step func(i int)) {
		var ui, ready time.Duration
		n := 0
		for b.Loop() {
			if prepare != nil {
				b.StopTimer()
				prepare(n)
				guitest.SettleTimed(s.Session)
				s.to.Timesheet.Checking.Wait()
				b.StartTimer()
			}
			t0 := time.Now()
			step(n)
			busy := time.Since(t0)
			ui += busy + guitest.SettleTimed(s.Session)
			s.to.Timesheet.Checking.Wait() // Tidrapport's own check, in the background
			ready += time.Since(t0)
			n++
		}
		b.ReportMetric(float64(ui.Microseconds())/1000/float64(n), "ui-ms/op")
		b.ReportMetric(float64(ready.Microseconds())/1000/float64(n), "ready-ms/op")
		b.ReportMetric(rssMB(b), "rss-MB")
	}
	b.Run("tab", func(b *testing.B) {
		items := s.Tabs.Items
		measure(b, nil, func(i int) { s.Tabs.Select(items[(i+1)%len(items)]) })
		b.ReportMetric(startRSS, "start-rss-MB")
	})
	b.Run("month", func(b *testing.B) {
		s.Tabs.SelectIndex(0)
		guitest.SettleTimed(s.Session)
		measure(b, nil, func(i int) {
			if i%2 == 0 {
				s.OnNextMonth()
			} else {
				s.OnPrevMonth()
			}
		})
	})
	// A shift saved in Tidrapport, as typed: its end moved half an hour and
	// back. "save" is the window as it is; "save-full" the same save after the
	// month's kept check is dropped (untimed), so that it loads and checks the
	// whole month again, as every save did before (and Kontrollera igen does).
	save := func(i int) { saveShift(b, s, i) }
	b.Run("save", func(b *testing.B) {
		s.Show(s.to.Timesheet.Content)
		guitest.SettleTimed(s.Session)
		measure(b, nil, save)
	})
	b.Run("save-full", func(b *testing.B) {
		s.Show(s.to.Timesheet.Content)
		measure(b, func(int) { s.DropChecks() }, save)
	})
	// The month printed from the window (Arkiv → Skriv ut månaden…, Skriv ut
	// ändå with a reason) against what the pdf command does in the same
	// process: load and check the month, then PrintMonth. Both write every
	// customer's bundle to a folder of their own.
	b.Run("print", func(b *testing.B) {
		s.Show(s.to.Bill.Content) // Räkning, where a month is printed from
		guitest.SettleTimed(s.Session)
		dir := b.TempDir()
		s.App.Preferences().SetString(session.PrefPrintFolder, filepath.Join(dir, "window"))
		s.OpenFile = func(string) error { return nil }
		var win, cli time.Duration
		n := 0
		for b.Loop() {
			s.DropChecks() // a cold check, as the command line's
			t0 := time.Now()
			printFromWindow(b, s)
			win += time.Since(t0)
			t0 = time.Now()
			printAsCommand(b, st, s.Month(), filepath.Join(dir, "cli"))
			cli += time.Since(t0)
			n++
		}
		b.ReportMetric(float64(win.Milliseconds())/float64(n), "window-ms/op")
		b.ReportMetric(float64(cli.Milliseconds())/float64(n), "cli-ms/op")
		b.ReportMetric(float64(win)/float64(cli), "x-cli")
		b.ReportMetric(rssMB(b), "rss-MB")
	})
}

// saveShift changes the end of the first stored shift of the time report's
// month by half an hour (back again on odd i), by the keyboard: the day
// field, Tab to the pass field, the new pass, Enter, which stores the row.
func saveShift(b *testing.B, s *window, i int) {
	ts := s.to.Timesheet
	for _, r := range ts.Rows {
		if r.Saved.ID == 0 || !ts.Month.Contains(r.Saved.Date) {
			continue
		}
		sh := r.Saved
		end := sh.End - 30
		if i%2 == 1 {
			end = sh.End + 30
		}
		ts.FocusField(r, timesheet.FieldDay)
		ts.Ed.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		ts.Ed.SetText(sh.Start.String() + "-" + end.String())
		ts.Ed.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if r.Saved.End != end {
			b.Fatalf("the shift %s %s was not saved with the end %s", sh.Date, r.Pass.Text(), end)
		}
		return
	}
	b.Fatal("the time report shows no stored shift of its month")
}

// printFromWindow prints the month from the window and waits until it is done.
func printFromWindow(b *testing.B, s *window) {
	p := s.printer
	p.MenuItem().Action()
	guitest.SettleTimed(s.Session) // the month's check, then the dialog
	if p.OkBtn == nil || p.Reason == nil {
		b.Fatal("Skriv ut asked nothing")
	}
	p.Reason.SetText("mätning") // the large provider has blocking findings
	test.Tap(p.OkBtn)
	guitest.SettleTimed(s.Session)
	files, _ := filepath.Glob(filepath.Join(s.BaseFolder(), s.Month().String(), "*.pdf"))
	if len(files) == 0 {
		b.Fatal("the print wrote nothing")
	}
	p.Dlg.Hide() // how it went
}

// printAsCommand is what `assistans pdf --month m --out dir` does after opening the database.
func printAsCommand(b *testing.B, st *data.Store, m rules.Month, dir string) {
	ctx := context.Background()
	md, err := st.MonthData(ctx, m, guitest.TestToday)
	if err != nil {
		b.Fatal(err)
	}
	rules.Check(md)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	if _, err := st.PrintMonth(ctx, m, "", dir, ""); err != nil {
		b.Fatal(err)
	}
}

// rssMB is the process's resident memory (VmRSS) once freed memory is back
// with the system, as the window has it when the user pauses (its release,
// gui/session/release.go, runs half a second after the last job or tab switch).
func rssMB(b *testing.B) float64 {
	debug.FreeOSMemory()
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	for line := range strings.SplitSeq(string(raw), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				b.Fatal(fmt.Errorf("VmRSS %q: %w", rest, err))
			}
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmRSS in /proc/self/status")
	return 0
}
