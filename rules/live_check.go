package rules

import "time"

// The checks the time report makes as the user types: the live forms of
// OVERLAP_ASSISTANT and NO_DECISION (SHIFT_INVALID is Shift.Fault).

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

// LiveChecker checks the rows of one assistant's time report for one
// customer as they are typed. It is made once per load: the assistant's shifts
// for other customers and the customer's decisions do not change while typing.
type LiveChecker struct {
	others     []Shift
	otherSpans []liveSpan
	decisions  []Decision
}

// NewLiveChecker checks against others (the assistant's shifts for other
// customers, each valid) and the customer's decisions.
func NewLiveChecker(others []Shift, decisions []Decision) *LiveChecker {
	c := &LiveChecker{others: others, otherSpans: make([]liveSpan, len(others)), decisions: decisions}
	for j, o := range others {
		c.otherSpans[j] = spanOf(o)
	}
	return c
}

// Check marks rows against each other, the other shifts and the decisions. A
// row with usable[i] false (it cannot be read, or has a Fault) is tested
// against the decisions only, and no row overlaps it.
func (c *LiveChecker) Check(rows []Shift, usable []bool) []LiveMark {
	spans := make([]liveSpan, len(rows))
	for i, s := range rows {
		if usable[i] {
			spans[i] = spanOf(s)
		}
	}
	marks := make([]LiveMark, len(rows))
	for i, s := range rows {
		m := &marks[i]
		m.NoDecision = !CoveredOn(c.decisions, s.Date)
		if !usable[i] {
			continue
		}
		for j := range rows {
			if j != i && usable[j] && spans[i].overlaps(spans[j]) {
				m.Overlaps = append(m.Overlaps, rows[j])
				break
			}
		}
		for j, o := range c.others {
			if spans[i].overlaps(c.otherSpans[j]) {
				m.Overlaps = append(m.Overlaps, o)
				break
			}
		}
	}
	return marks
}

// Overlap is the first of rows, then of the other shifts, that overlaps s; the
// rows must be valid.
func (c *LiveChecker) Overlap(s Shift, rows []Shift) (Shift, bool) {
	sp := spanOf(s)
	for _, o := range rows {
		if sp.overlaps(spanOf(o)) {
			return o, true
		}
	}
	for j, o := range c.others {
		if sp.overlaps(c.otherSpans[j]) {
			return o, true
		}
	}
	return Shift{}, false
}
