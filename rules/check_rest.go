package rules

// checkDailyRest looks, for each shift of the month, at the 24 real hours from
// its start: the longest stretch in it that none of the assistant's shifts
// covers must reach DailyRestMin.
func (c *checker) checkDailyRest() {
	need := int64(c.set.DailyRestMin)
	for _, a := range c.asstOrder {
		idx := c.byAsst[a]
		busy := c.working(a)
		p := 0
		for _, i := range idx { // in start order, so p only moves forward
			sp := c.spans[i]
			if !sp.inMonth {
				continue
			}
			for busy[p].end <= sp.start {
				p++
			}
			if rest := longestRest(busy, p, sp.start, sp.start+24*60); rest < need {
				c.add(Finding{Code: DailyRest, Severity: c.set.DailyRestSeverity, Customer: sp.sh.Customer,
					Assistant: a, Date: sp.sh.Date, ShiftID: sp.sh.ID,
					Args: DailyRestArgs{Shift: *sp.sh, Rest: int(rest), Need: c.set.DailyRestMin}})
			}
		}
	}
}

// checkWeeklyRest judges each calendar week that holds a shift of the month:
// its longest stretch that none of the assistant's shifts covers must reach WeeklyRestMin.
func (c *checker) checkWeeklyRest() {
	need := int64(c.set.WeeklyRestMin)
	for _, a := range c.asstOrder {
		idx := c.byAsst[a]
		var mondays []Date
		var sunday Date // of the last Monday's week: the spans come by date
		for _, i := range idx {
			if sp := c.spans[i]; sp.inMonth {
				if d := sp.sh.Date; len(mondays) == 0 || d.Before(mondays[len(mondays)-1]) || d.After(sunday) {
					if mon := d.Monday(); len(mondays) == 0 || mondays[len(mondays)-1] != mon {
						mondays, sunday = append(mondays, mon), mon.AddDays(6)
					}
				}
			}
		}
		if len(mondays) == 0 {
			continue
		}
		busy := c.working(a)
		p := 0
		for _, mon := range mondays {
			lo, hi := wallMin(mon, 0), wallMin(mon.AddDays(7), 0)
			for p < len(busy) && busy[p].end <= lo {
				p++
			}
			rest := longestRest(busy, p, lo, hi)
			if rest >= need {
				continue
			}
			sun := mon.AddDays(6)
			seen := map[string]bool{}
			var custs []string
			for _, i := range idx {
				s := c.spans[i].sh
				if !s.Date.Before(mon) && !s.Date.After(sun) && !seen[s.Customer] {
					seen[s.Customer] = true
					custs = append(custs, s.Customer)
				}
			}
			for _, cust := range custs {
				c.add(Finding{Code: WeeklyRest, Severity: c.set.WeeklyRestSeverity, Customer: cust,
					Assistant: a, Date: mon, Args: WeeklyRestArgs{Monday: mon, Rest: int(rest), Need: c.set.WeeklyRestMin}})
			}
		}
	}
}
