package rules

import "time"

// The checks the time report makes as the user types: the live forms of
// OVERLAP_ASSISTANT and NO_DECISION (SHIFT_INVALID is Shift.Problem).

// CheckedLive says whether the time report checks code c itself as the user
// types; Check's finding would only repeat it, later.
func CheckedLive(c Code) bool {
	return c == OverlapAssistant || c == NoDecision || c == ShiftInvalid
}

// LiveMark is what the time report marks on a typed shift.
type LiveMark struct {
	Overlaps   []Shift // the first other row that overlaps it, then the first of the others
	NoDecision bool    // no decision of the customer covers its day
}

// span is a shift's real start and end instant. Spans are half-open, as
// OVERLAP_ASSISTANT counts them: a shift ending at 16:00 and one starting at
// 16:00 do not overlap.
type liveSpan struct{ from, to time.Time }

func spanOf(s Shift) liveSpan {
	a, b := s.Interval()
	return liveSpan{a, b}
}

func (a liveSpan) overlaps(b liveSpan) bool { return a.from.Before(b.to) && b.from.Before(a.to) }

// LiveCheck marks rows, the shifts typed for one assistant and one customer,
// against each other, against others (the assistant's shifts for other
// customers, each valid) and against the customer's decisions. A row with
// usable[i] false (it cannot be read, or has a Problem) is tested against the
// decisions only, and no row overlaps it.
func LiveCheck(rows []Shift, usable []bool, others []Shift, decisions []Decision) []LiveMark {
	spans := make([]liveSpan, len(rows))
	for i, s := range rows {
		if usable[i] {
			spans[i] = spanOf(s)
		}
	}
	var otherSpans []liveSpan // made when a usable row needs them
	marks := make([]LiveMark, len(rows))
	for i, s := range rows {
		m := &marks[i]
		m.NoDecision = !CoveredOn(decisions, s.Date)
		if !usable[i] {
			continue
		}
		for j := range rows {
			if j != i && usable[j] && spans[i].overlaps(spans[j]) {
				m.Overlaps = append(m.Overlaps, rows[j])
				break
			}
		}
		if otherSpans == nil {
			otherSpans = make([]liveSpan, len(others))
			for j, o := range others {
				otherSpans[j] = spanOf(o)
			}
		}
		for j, o := range others {
			if spans[i].overlaps(otherSpans[j]) {
				m.Overlaps = append(m.Overlaps, o)
				break
			}
		}
	}
	return marks
}

// OverlapIn is the first of shifts that overlaps s, each of them valid.
func OverlapIn(s Shift, shifts []Shift) (Shift, bool) {
	sp := spanOf(s)
	for _, o := range shifts {
		if sp.overlaps(spanOf(o)) {
			return o, true
		}
	}
	return Shift{}, false
}
