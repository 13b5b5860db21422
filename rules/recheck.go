package rules

// Saving one shift can change only some of a month's findings; Recheck works
// out those again and keeps the rest, so that the window does not load and
// check the whole month (a second and more on a large provider) after each
// shift typed.

// ShiftChange names the assistant and customer of a shift that was added,
// changed or removed. A shift moved to another assistant or customer is two
// changes: the old pair and the new.
type ShiftChange struct{ Assistant, Customer string }

// reach is what a finding of a code depends on, beyond the registers.
type reach int

const (
	reachNone      reach = iota // registers, decisions, absences only: no shift changes it
	reachPair                   // the shifts of its assistant for its customer
	reachAssistant              // every shift of its assistant, whatever the customer
	reachCustomer               // every shift of its customer, whoever the assistant
)

// codeReach is, for every code Check gives, the shifts its findings depend
// on (see the readings in check.go). A code missing here makes Recheck check
// the whole month.
var codeReach = map[Code]reach{
	IDInvalid:    reachNone,
	HourlyAmount: reachNone,
	SickDay15:    reachNone,
	// Per shift, from the shift and the registers alone; the abroad and unfit
	// flags once per assistant and customer with shifts.
	AssistantUnder18: reachPair,
	NotReported3066:  reachPair,
	NoDecision:       reachPair,
	ShiftInvalid:     reachPair,
	DSTNight:         reachPair,
	MonthSplit:       reachPair,
	AssistantAbroad:  reachPair,
	AssistantUnfit:   reachPair,
	// Working time and rest: the assistant's shifts with every customer.
	OverlapAssistant: reachAssistant,
	WorktimeAverage:  reachAssistant,
	DailyRest:        reachAssistant,
	WeeklyRest:       reachAssistant,
	// The customer's month: every assistant's shifts for the customer.
	OverlapCustomer:   reachCustomer,
	HoursOverDecision: reachCustomer,
	CostsMissing:      reachCustomer,
	CostsHours:        reachCustomer,
	TotalsMismatch:    reachCustomer,
	DeadlineNear:      reachCustomer,
	DeadlinePassed:    reachCustomer,
	ProviderPermit:    reachCustomer,
	PermitScope:       reachCustomer,
	UnfilledShift:     reachCustomer,
}

// changeSet is the assistants, customers and pairs some shift changes touch.
type changeSet struct {
	assistants, customers map[string]bool
	pairs                 map[pair]bool
}

func newChangeSet(changes []ShiftChange) changeSet {
	cs := changeSet{assistants: map[string]bool{}, customers: map[string]bool{}, pairs: map[pair]bool{}}
	for _, ch := range changes {
		cs.assistants[ch.Assistant] = true
		cs.customers[ch.Customer] = true
		cs.pairs[pair{ch.Assistant, ch.Customer}] = true
	}
	return cs
}

// affects says whether finding x may differ after the changes; known is
// false for a code codeReach does not list.
func (cs changeSet) affects(x Finding) (affected, known bool) {
	r, ok := codeReach[x.Code]
	switch {
	case !ok:
		return true, false
	case r == reachPair:
		return cs.pairs[pair{x.Assistant, x.Customer}], true
	case r == reachAssistant:
		return cs.assistants[x.Assistant], true
	case r == reachCustomer:
		return cs.customers[x.Customer], true
	}
	return false, true
}

// Recheck is Check(d) for a month whose findings were old before the shift
// changes: d is the month after them. The findings a change cannot reach are
// kept from old; the others are checked again on the shifts of the changed
// assistants and customers alone, which are all that those findings depend on.
func Recheck(d MonthData, old []Finding, changes []ShiftChange) []Finding {
	if len(changes) == 0 {
		return old
	}
	cs := newChangeSet(changes)
	out := make([]Finding, 0, len(old))
	for _, x := range old {
		affected, known := cs.affects(x)
		if !known {
			return Check(d)
		}
		if !affected {
			out = append(out, x)
		}
	}
	part := d
	part.Shifts, part.Worked = nil, nil
	for _, s := range d.Shifts {
		if cs.assistants[s.Assistant] || cs.customers[s.Customer] {
			part.Shifts = append(part.Shifts, s)
		}
	}
	for _, w := range d.Worked {
		if cs.assistants[w.Assistant] {
			part.Worked = append(part.Worked, w)
		}
	}
	for _, x := range Check(part) {
		affected, known := cs.affects(x)
		if !known {
			return Check(d)
		}
		if affected {
			out = append(out, x)
		}
	}
	// Findings that tie in SortFindings's order share code, customer and
	// assistant, so they all come from the same side, in Check's own order.
	SortFindings(out)
	return out
}
