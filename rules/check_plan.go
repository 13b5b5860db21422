package rules

// The checks of planning: the decision's hourly amount against the rate table,
// scheduled shifts left without an assistant, and sick periods reaching day 15.
// Their readings are at the top of check.go.

// checkHourlyAmount compares each decision covering a day of the month with the
// schablonbelopp of the year it starts in.
func (c *checker) checkHourlyAmount() {
	for _, cust := range sortedKeys(c.decisions) {
		if c.customers[cust].Inactive {
			continue
		}
		for _, dc := range c.decisions[cust] {
			if dc.From.After(c.m.Last()) || !dc.To.IsZero() && dc.To.Before(c.m.First()) {
				continue
			}
			sch, ok := c.set.DecisionAmount(dc.From)
			if !ok || dc.HourlyAmount == 0 {
				continue
			}
			switch {
			case !dc.HigherAmount && dc.HourlyAmount != sch:
			case dc.HigherAmount && AboveCeiling(dc.HourlyAmount, sch):
			default:
				continue
			}
			day := dc.From
			if day.Before(c.m.First()) {
				day = c.m.First()
			}
			c.add(Finding{Code: HourlyAmount, Severity: Warn, Customer: cust, Date: day,
				Args: HourlyAmountArgs{Decision: dc, Schablon: sch, Higher: dc.HigherAmount}})
		}
	}
}

// checkUnfilled lays the schedules on the month as `schedule` would now and
// reports the shifts nobody is there to work.
func (c *checker) checkUnfilled() {
	if len(c.d.Schedules) == 0 {
		return
	}
	lay := LaySchedules(c.m, ActiveSchedules(c.d.Schedules, c.d.Customers), c.d.Absences, c.d.Shifts)
	for _, u := range lay.Unfilled {
		s := u.Shift
		c.add(Finding{Code: UnfilledShift, Severity: Warn, Customer: s.Customer, Assistant: s.Assistant,
			Date: s.Date, Args: UnfilledArgs{Shift: s, Absence: u.Absence}})
	}
}

// checkSickDay15 reports each sick period whose 15th day falls in the month.
func (c *checker) checkSickDay15() {
	for _, p := range SickPeriodsAt15(c.d.Absences, c.m) {
		c.add(Finding{Code: SickDay15, Severity: Info, Assistant: p.Assistant, Date: p.Day15,
			Args: SickDay15Args{Period: p}})
	}
}
