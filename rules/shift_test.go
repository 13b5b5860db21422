package rules

import (
	"testing"
	"time"
)

func TestShiftMinutes(t *testing.T) {
	tests := []struct {
		name string
		s    Shift
		want int
	}{
		{"day", Shift{Date: D(2026, 10, 5), Start: 8 * 60, End: 16*60 + 30, Kind: Aktiv}, 510},
		{"night", Shift{Date: D(2026, 10, 5), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}, 540},
		// 2026-10-25: clocks go back 03:00 -> 02:00, so the night is one hour longer.
		{"autumn DST night", Shift{Date: D(2026, 10, 24), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}, 600},
		{"autumn 00-04", Shift{Date: D(2026, 10, 25), Start: 0, End: 4 * 60, Kind: Aktiv}, 300},
		// 2026-03-29: clocks go forward 02:00 -> 03:00.
		{"spring DST night", Shift{Date: D(2026, 3, 28), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}, 480},
		{"spring 00-04", Shift{Date: D(2026, 3, 29), Start: 0, End: 4 * 60, Kind: Aktiv}, 180},
		{"24 h", Shift{Date: D(2026, 10, 5), Start: 8 * 60, End: 8 * 60, Kind: Aktiv}, 1440},
		{"empty", Shift{Date: D(2026, 10, 5), Start: 8 * 60, End: NoClock, Kind: Aktiv}, 0},
	}
	for _, tt := range tests {
		if got := tt.s.Minutes(); got != tt.want {
			t.Errorf("%s: Minutes() = %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestShiftMonthSplit(t *testing.T) {
	s := Shift{Date: D(2026, 10, 31), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}
	if !s.CrossesMonth() {
		t.Fatal("31 Oct 22-07 must cross into November")
	}
	if got := s.MinutesIn(Month{2026, time.October}); got != 120 {
		t.Errorf("October part = %d, want 120", got)
	}
	if got := s.MinutesIn(Month{2026, time.November}); got != 420 {
		t.Errorf("November part = %d, want 420", got)
	}
	ends := Shift{Date: D(2026, 10, 31), Start: 16 * 60, End: 0, Kind: Aktiv}
	if ends.CrossesMonth() || ends.MinutesIn(Month{2026, time.November}) != 0 {
		t.Error("a shift ending at midnight does not run into the next month")
	}
}

func TestShiftProblem(t *testing.T) {
	ok := Shift{Date: D(2026, 10, 5), Start: 480, End: 960, Kind: Aktiv}
	if f := ok.Fault(); f != ShiftOK {
		t.Errorf("valid shift: %d", f)
	}
	bad := map[ShiftFault]Shift{
		ShiftNoTimes:  {Date: D(2026, 10, 5), Start: 480, End: NoClock, Kind: Aktiv},
		ShiftBadKind:  {Date: D(2026, 10, 5), Start: 480, End: 960, Kind: "natt"},
		ShiftTooLong:  {Date: D(2026, 10, 24), Start: 22 * 60, End: 22 * 60, Kind: Aktiv}, // 25 h on the autumn night
		ShiftNoLength: {Date: D(2026, 3, 29), Start: 2*60 + 30, End: 3 * 60, Kind: Aktiv}, // 02:30 does not exist; ends before it starts
	}
	for want, s := range bad {
		if got := s.Fault(); got != want {
			t.Errorf("%+v: fault %d, want %d", s, got, want)
		}
	}
}

func TestMonthTotals(t *testing.T) {
	m := Month{2026, time.October}
	shifts := []Shift{
		{Assistant: "A", Customer: "C", Date: D(2026, 10, 1), Start: 480, End: 960, Kind: Aktiv},
		{Assistant: "A", Customer: "C", Date: D(2026, 10, 31), Start: 22 * 60, End: 7 * 60, Kind: Vantetid},
		{Assistant: "B", Customer: "C", Date: D(2026, 9, 30), Start: 22 * 60, End: 6 * 60, Kind: Beredskap},
		{Assistant: "B", Customer: "D", Date: D(2026, 10, 2), Start: 480, End: NoClock, Kind: Aktiv},
	}
	got := MonthTotals(shifts, m)
	if len(got) != 1 || got[0].Customer != "C" {
		t.Fatalf("got %+v", got)
	}
	want := Totals{Aktiv: 480, Vantetid: 120, Beredskap: 360}
	if got[0].Totals != want {
		t.Errorf("customer totals %+v, want %+v", got[0].Totals, want)
	}
	if len(got[0].Assistants) != 2 || got[0].Assistants[1].Beredskap != 360 {
		t.Errorf("assistants %+v", got[0].Assistants)
	}
}

// MonthTotals must count what Fault and MinutesIn say of each shift, around
// both clock changes and the months' edges, whatever the shift's start, end and kind.
func TestMonthTotalsEqualMinutesIn(t *testing.T) {
	var shifts []Shift
	i := 0
	for _, first := range []Date{D(2026, 2, 25), D(2026, 9, 27), D(2026, 10, 22)} {
		for d := first; d.Before(first.AddDays(10)); d = d.AddDays(1) {
			for start := Clock(0); start < 24*60; start += 55 {
				for _, end := range []Clock{0, 90, 150, 7 * 60, start, (start + 600) % (24 * 60), NoClock} {
					kind := []Kind{Aktiv, Vantetid, Beredskap, "natt"}[i%4]
					shifts = append(shifts, Shift{Assistant: string(rune('A' + i%3)), Customer: string(rune('P' + i%2)),
						Date: d, Start: start, End: end, Kind: kind})
					i++
				}
			}
		}
	}
	for _, m := range []Month{{2026, time.February}, {2026, time.March}, {2026, time.September}, {2026, time.October}, {2026, time.November}} {
		want := map[[2]string]Totals{}
		for _, s := range shifts {
			if s.Fault() == ShiftOK && s.MinutesIn(m) > 0 {
				k := [2]string{s.Customer, s.Assistant}
				tot := want[k]
				tot.Add(s.Kind, s.MinutesIn(m))
				want[k] = tot
			}
		}
		n := 0
		for _, ct := range MonthTotals(shifts, m) {
			for _, at := range ct.Assistants {
				if w := want[[2]string{ct.Customer, at.Assistant}]; at.Totals != w {
					t.Errorf("%s %s/%s: %+v, want %+v", m, ct.Customer, at.Assistant, at.Totals, w)
				}
				n++
			}
		}
		if n != len(want) {
			t.Errorf("%s: %d customer-assistant totals, want %d", m, n, len(want))
		}
	}
}

func TestDeadline(t *testing.T) {
	if got := (Month{2026, time.March}).Deadline(); got != D(2026, 5, 5) {
		t.Errorf("March deadline %v", got)
	}
	if got := (Month{2026, time.December}).Deadline(); got != D(2027, 2, 5) {
		t.Errorf("December deadline %v", got)
	}
}

func TestParseClockRefusesSigns(t *testing.T) {
	for _, s := range []string{"+7:30", "-0:00", "07:-0", "7:+5", "24:00", "7:5", "", "07:60"} {
		if c, err := ParseClock(s); err == nil {
			t.Errorf("ParseClock(%q) = %v, want error", s, c)
		}
	}
	if c, err := ParseClock("7:05"); err != nil || c != 425 {
		t.Errorf("ParseClock(7:05) = %v, %v", c, err)
	}
}

// wallDays must give what time.Date gives for every clock time of every day,
// the two clock-change days included (2026-03-29 has no 02:00–02:59, and
// 2026-10-25 has it twice).
func TestWallDaysEqualTimeDate(t *testing.T) {
	var w wallDays
	for d := D(2025, 12, 30); d.Before(D(2027, 1, 2)); d = d.AddDays(1) {
		for c := Clock(0); c < 24*60; c += 5 {
			if got, want := w.at(d, c), wall(d, c).Unix()/60; got != want {
				t.Fatalf("wallDays.at(%s, %s) = %d, want %d", d, c, got, want)
			}
		}
	}
	if w.day(D(2026, 3, 29)).even || w.day(D(2026, 10, 25)).even || !w.day(D(2026, 3, 30)).even {
		t.Fatalf("days with a clock change marked wrong: %+v %+v", w.day(D(2026, 3, 29)), w.day(D(2026, 10, 25)))
	}
	// Every shift's interval, by day and ending the next, around both changes.
	var fresh wallDays
	for _, first := range []Date{D(2026, 3, 27), D(2026, 10, 23)} {
		for d := first; d.Before(first.AddDays(4)); d = d.AddDays(1) {
			for start := Clock(0); start < 24*60; start += 35 {
				for end := Clock(0); end < 24*60; end += 45 {
					s := Shift{Date: d, Start: start, End: end}
					a, b := fresh.interval(&s)
					wa, wb := s.Interval()
					if a != wa.Unix()/60 || b != wb.Unix()/60 {
						t.Fatalf("interval of %+v = %d–%d, want %d–%d", s, a, b, wa.Unix()/60, wb.Unix()/60)
					}
				}
			}
		}
	}
	night := Shift{Date: D(2026, 10, 24), Start: 22 * 60, End: 7 * 60, Kind: Vantetid}
	a, b := w.interval(&night)
	if b-a != 10*60 { // the clock goes back an hour during the night
		t.Fatalf("the night into 2026-10-25 is %d minutes, want 600", b-a)
	}
}
