package timesheet

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/rules"
)

func TestTimesheetParseDay(t *testing.T) {
	oct := rules.Month{Year: 2026, Month: 10}
	for in, want := range map[string]rules.Date{
		"5": rules.D(2026, 10, 5), " 05 ": rules.D(2026, 10, 5), "31": rules.D(2026, 10, 31),
		"5/10": rules.D(2026, 10, 5), "2026-10-05": rules.D(2026, 10, 5),
	} {
		if got, msg := tsParseDay(in, oct); got != want || msg != "" {
			t.Errorf("tsParseDay(%q) = %v %q, want %v", in, got, msg, want)
		}
	}
	for _, in := range []string{"", "0", "32", "-1", "5/11", "2026-11-05", "x", "5.", "1e1", "2026-02-30"} {
		if _, msg := tsParseDay(in, oct); msg == "" {
			t.Errorf("tsParseDay(%q) accepted", in)
		}
	}
}

func TestTimesheetPassTextRoundTrip(t *testing.T) {
	for _, sh := range []rules.Shift{
		{Date: rules.D(2026, 10, 5), Start: 8 * 60, End: 16 * 60, Kind: rules.Aktiv},
		{Date: rules.D(2026, 10, 5), Start: 22 * 60, End: 7 * 60, Kind: rules.Vantetid},
		{Date: rules.D(2026, 10, 5), Start: 18 * 60, End: 0, Kind: rules.Beredskap},
	} {
		start, end, kind, err := rules.ParseShiftShort(tsPassText(sh))
		if err != nil || start != sh.Start || end != sh.End || kind != sh.Kind {
			t.Errorf("%q read back as %v %v %v %v", tsPassText(sh), start, end, kind, err)
		}
	}
}

// BenchmarkTimesheetOpenAndEdit opens a month of 60 shifts (two a day),
// September and October by turns, and types a change into one row: 7-11
// over 07:00-12:00, four keystrokes, each of which reads and marks every row
// and sums the month again. The background run of rules.Check that opening
// starts runs off the UI thread and is waited for outside the timing.
func BenchmarkTimesheetOpenAndEdit(b *testing.B) {
	var shifts []rules.Shift
	for _, m := range []time.Month{9, 10} {
		for d := 1; d <= 30; d++ {
			shifts = append(shifts,
				tsShift(guitest.PnrAnna, rules.D(2026, m, d), "07:00-12:00", rules.Aktiv),
				tsShift(guitest.PnrAnna, rules.D(2026, m, d), "13:00-17:00", rules.Vantetid))
		}
	}
	st, err := data.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Apply(context.Background(), tsBatch(shifts...)); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	language.Use("sv")
	w := a.NewWindow("")
	s := session.New(a, w, st, func() rules.Date { return guitest.TestToday })
	s.MonthBar()
	ts := New(s)
	ts.Checking.Wait()
	w.SetContent(ts.Content)
	w.Resize(fyne.NewSize(1000, 800))
	months := []rules.Month{{Year: 2026, Month: 9}, {Year: 2026, Month: 10}}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s.SetMonth(months[i%2])
		// The test driver runs fyne.Do at once on the check's goroutine, not
		// on the UI thread as the real one does: wait, or it races the typing.
		b.StopTimer()
		ts.Checking.Wait()
		b.StartTimer()
		if len(ts.Rows) != 61 {
			b.Fatalf("%d rows, want 60 and the empty one", len(ts.Rows))
		}
		r := ts.Rows[20] // the 11th, 07:00-12:00 aktiv
		ts.FocusField(r, fieldPass)
		test.Type(ts.Ed, "7-11")
		b.StopTimer()
		// 30 × 5 h of aktiv, one of them now 4 h: 149 h.
		if got := ts.totals[0].Text; got != "aktiv tid 149 h 00 min" {
			b.Fatalf("aktiv %q", got)
		}
		ts.revert(r)
		ts.Checking.Wait()
		b.StartTimer()
	}
}
