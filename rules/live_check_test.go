package rules

import "testing"

func TestLiveCheck(t *testing.T) {
	decs := []Decision{{Customer: pnrAnna, From: D(2026, 10, 1), To: D(2026, 10, 20)}}
	rows := []Shift{
		shiftOn(pnrAnna, D(2026, 10, 5), 8*60, 16*60, Aktiv),  // 0: overlaps 1
		shiftOn(pnrAnna, D(2026, 10, 5), 15*60, 18*60, Aktiv), // 1: overlaps 0 and Bertil's
		shiftOn(pnrAnna, D(2026, 10, 5), 18*60, 20*60, Aktiv), // 2: starts as 1 ends: no overlap
		shiftOn(pnrAnna, D(2026, 10, 21), 8*60, 9*60, Aktiv),  // 3: after the decision
		shiftOn(pnrAnna, D(2026, 10, 5), 9*60, 9*60, Aktiv),   // 4: no length: not usable
		shiftOn(pnrAnna, D(2026, 10, 6), 22*60, 6*60, Aktiv),  // 5: the night into Bertil's morning
	}
	usable := []bool{true, true, true, true, false, true}
	others := []Shift{
		shiftOn(pnrBertil, D(2026, 10, 5), 17*60, 17*60+30, Aktiv),
		shiftOn(pnrBertil, D(2026, 10, 7), 5*60, 8*60, Aktiv),
	}
	lc := NewLiveChecker(others, decs)
	marks := lc.Check(rows, usable)
	want := []struct {
		overlaps []Shift
		noDec    bool
	}{
		{[]Shift{rows[1]}, false},
		{[]Shift{rows[0], others[0]}, false},
		{nil, false},
		{nil, true},
		{nil, false}, // within the decision; 9–9 overlaps nothing as it is not usable
		{[]Shift{others[1]}, false},
	}
	for i, w := range want {
		m := marks[i]
		if m.NoDecision != w.noDec || len(m.Overlaps) != len(w.overlaps) {
			t.Errorf("row %d: %+v, want %+v", i, m, w)
			continue
		}
		for k := range w.overlaps {
			if m.Overlaps[k] != w.overlaps[k] {
				t.Errorf("row %d overlap %d: %+v, want %+v", i, k, m.Overlaps[k], w.overlaps[k])
			}
		}
	}
	if o, ok := lc.Overlap(rows[2], rows[:2]); ok {
		t.Errorf("18–20 overlaps %+v", o)
	}
	if o, ok := lc.Overlap(rows[1], rows[2:4]); !ok || o != others[0] {
		t.Errorf("15–18 beside 18–20: %+v %v, want Bertil's 17–17:30", o, ok)
	}
	if o, ok := lc.Overlap(rows[5], nil); !ok || o != others[1] {
		t.Errorf("the night: %+v %v", o, ok)
	}
	if !CheckedLive(OverlapAssistant) || !CheckedLive(NoDecision) || !CheckedLive(ShiftInvalid) || CheckedLive(DailyRest) {
		t.Error("CheckedLive")
	}
}
