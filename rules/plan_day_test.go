package rules

import "testing"

func TestDoubleCoverAndCovers(t *testing.T) {
	d := D(2026, 11, 10)
	day := Shift{Assistant: "a", Date: d, Start: 9 * 60, End: 15 * 60, Kind: Aktiv}
	night := Shift{Assistant: "b", Date: d.AddDays(-1), Start: 22 * 60, End: 7 * 60, Kind: Beredskap}
	if DoubleCover([]Shift{day, night}) {
		t.Error("a night ending 07:00 and a shift from 09:00 overlap")
	}
	late := Shift{Assistant: "b", Date: d, Start: 14*60 + 30, End: 22 * 60, Kind: Aktiv}
	if !DoubleCover([]Shift{day, late}) {
		t.Error("09–15 and 14:30–22 of two assistants do not overlap")
	}
	late.Assistant = "a"
	if DoubleCover([]Shift{day, late}) {
		t.Error("one assistant's own shifts count as double cover")
	}
	abs := Absence{Assistant: "b", Date: d, Reason: Sjuk}
	if abs.Covers(night) || !abs.Covers(Shift{Assistant: "b", Date: d, Start: 22 * 60, End: 7 * 60}) {
		t.Error("an absence takes the shifts that start on its day")
	}
}
