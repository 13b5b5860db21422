package rules

// checkShifts runs the per-shift codes that look at one shift at a time.
func (c *checker) checkShifts() {
	for _, s := range c.invalid {
		c.shiftFinding(ShiftInvalid, Block, s, ShiftArgs{Shift: *s})
	}
	for i := range c.spans {
		if !c.spans[i].inMonth {
			continue
		}
		sp := c.spans[i]
		s := sp.sh
		if age, err := c.ageOn(s.Assistant, s.Date); err == nil && age < AdultAge { // MinorOn
			c.shiftFinding(AssistantUnder18, Block, s, Under18Args{Shift: *s, Age: age})
		}
		switch a, ok := c.assign[pair{s.Assistant, s.Customer}]; {
		case !ok:
			c.shiftFinding(NotReported3066, Block, s, Report3066Args{Shift: *s, Why: NoAssignment})
		case a.Reported3066.IsZero():
			c.shiftFinding(NotReported3066, Block, s, Report3066Args{Shift: *s, Why: NotReported})
		case s.Date.Before(a.Reported3066):
			c.shiftFinding(NotReported3066, Block, s, Report3066Args{Shift: *s, Why: BeforeReceipt, Received: a.Reported3066})
		}
		if covered, _ := c.covers(s.Customer, s.Date); !covered {
			c.shiftFinding(NoDecision, Block, s, ShiftArgs{Shift: *s})
		}
		if int(sp.end-sp.start) != s.NominalMinutes() { // s.CrossesDST(), from the span's instants
			c.shiftFinding(DSTNight, Info, s, ShiftArgs{Shift: *s})
		}
		if s.CrossesMonth() {
			c.shiftFinding(MonthSplit, Info, s, ShiftArgs{Shift: *s, Month: c.m})
		}
	}
}

// checkOverlapAssistant marks every shift of the month that overlaps another
// shift of the same assistant. With the shifts sorted by start, shift i overlaps
// an earlier one exactly when the latest end so far lies after its start, and a
// later one exactly when the next shift starts before it ends.
func (c *checker) checkOverlapAssistant() {
	for _, a := range c.asstOrder {
		idx := c.byAsst[a]
		latest := -1 // the earlier shift that ends last
		for k, i := range idx {
			sp := c.spans[i]
			other := -1
			if latest >= 0 && c.spans[latest].end > sp.start {
				other = latest
			} else if k+1 < len(idx) && c.spans[idx[k+1]].start < sp.end {
				other = idx[k+1]
			}
			if sp.inMonth && other >= 0 {
				o := c.spans[other].sh
				c.shiftFinding(OverlapAssistant, Block, sp.sh,
					OverlapAssistantArgs{Shift: *sp.sh, Other: *o, OtherName: c.customers[o.Customer].Name})
			}
			if latest < 0 || sp.end > c.spans[latest].end {
				latest = i
			}
		}
	}
}

// checkOverlapCustomer sweeps each customer's shifts in start order, keeping the
// assistants at work, and counts them at the start of each shift of the month.
func (c *checker) checkOverlapCustomer() {
	// Only the month's shifts get findings, and only shifts still running at
	// the month's first minute can overlap them: the periods' earlier months,
	// most of the spans, are left out of the sweep.
	m0 := wallMin(c.m.First(), 0)
	for _, cust := range c.custOrder {
		var idx []int
		for _, i := range c.byCust[cust] {
			if c.spans[i].end > m0 {
				idx = append(idx, i)
			}
		}
		ends := make([]int, len(idx))
		copy(ends, idx)
		sortByEnd(c.spans, ends)
		working := map[string]int{} // assistant -> shifts in progress
		distinct := 0
		e := 0
		for k := 0; k < len(idx); {
			t := c.spans[idx[k]].start
			for ; e < len(ends) && c.spans[ends[e]].end <= t; e++ {
				a := c.spans[ends[e]].sh.Assistant
				if working[a]--; working[a] == 0 {
					distinct--
				}
			}
			first := k
			for ; k < len(idx) && c.spans[idx[k]].start == t; k++ {
				a := c.spans[idx[k]].sh.Assistant
				if working[a]++; working[a] == 1 {
					distinct++
				}
			}
			for _, i := range idx[first:k] {
				s := c.spans[i].sh
				if !c.spans[i].inMonth {
					continue
				}
				allowed := 1
				if _, double := c.covers(cust, s.Date); double {
					allowed = 2
				}
				if distinct > allowed {
					c.shiftFinding(OverlapCustomer, Warn, s, OverlapCustomerArgs{Shift: *s, Working: distinct, Allowed: allowed})
				}
			}
		}
	}
}
