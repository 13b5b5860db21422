package rules

// checkHours compares the customer's month, weighted by the factors, with the
// hours the decisions grant for the month's days, exactly: both sides are
// scaled to the common denominator of the two factors before comparing.
func (c *checker) checkHours() {
	vf, bf := c.set.VantetidFactor, c.set.BeredskapFactor
	for _, cust := range c.worked {
		t := c.totals[cust]
		g, _ := GrantedMinutes(c.decisions[cust], c.m)
		granted := int64(g)
		den := vf.Den * bf.Den
		hours := int64(t.Aktiv)*den + int64(t.Vantetid)*vf.Num*bf.Den + int64(t.Beredskap)*bf.Num*vf.Den
		if hours > granted*den {
			c.monthFinding(HoursOverDecision, Warn, cust,
				HoursOverArgs{Month: c.m, Totals: t, Hours: int(RoundDiv(hours, den)), Granted: g, Vantetid: vf, Beredskap: bf})
		}
	}
}

// GrantedMinutes is the time a customer's decisions grant for month m: the sum
// over the month's days that a decision covers of hours per week × 60 / 7,
// rounded half up to whole minutes once, at the end. A day covered by two
// decisions counts once, with the one that starts latest. covered is false when
// no decision covers any day of the month.
func GrantedMinutes(decs []Decision, m Month) (minutes int, covered bool) {
	var centi int64 // Σ HoursPerWeekCenti over the covered days
	for d := m.First(); m.Contains(d); d = d.AddDays(1) {
		var best *Decision
		for i := range decs {
			if decs[i].Covers(d) && (best == nil || decs[i].From.After(best.From)) {
				best = &decs[i]
			}
		}
		if best != nil {
			centi += best.HoursPerWeekCenti
			covered = true
		}
	}
	return int(RoundDiv(centi*60, 700)), covered
}

// checkCosts asks a customer with a higher hourly amount for the month's cost
// report, and for its hours to equal the month's hours.
func (c *checker) checkCosts() {
	type key struct {
		customer string
		month    Month
	}
	costs := map[key][]Cost{}
	for _, x := range c.d.Costs {
		k := key{x.Customer, x.Month}
		costs[k] = append(costs[k], x)
	}
	for _, cust := range c.worked {
		if !c.higherAmount(cust) {
			continue
		}
		rows := costs[key{cust, c.m}]
		if len(rows) == 0 {
			c.monthFinding(CostsMissing, Block, cust, CostsMissingArgs{Month: c.m})
			continue
		}
		minutes := c.totals[cust].Sum()
		want := RoundDiv(int64(minutes)*100, 60) // hundredths of an hour, rounded half up
		for _, r := range rows {
			if r.HoursCenti != want {
				c.monthFinding(CostsHours, Warn, cust, CostsHoursArgs{Month: c.m, Category: r.Category, Stated: r.HoursCenti, Want: want, Minutes: minutes})
				break
			}
		}
	}
}

// higherAmount says whether a decision with a higher amount covers some day of the month.
func (c *checker) higherAmount(customer string) bool {
	return HigherAmountIn(c.decisions[customer], c.m)
}

// checkTotals compares every printed or locked 3057 of the month with the 3059s as they are now.
func (c *checker) checkTotals() {
	for _, p := range c.d.Printed {
		if p.Month != c.m {
			continue
		}
		if now := c.totals[p.Customer]; p.Totals != now {
			c.monthFinding(TotalsMismatch, Block, p.Customer, TotalsMismatchArgs{Month: c.m, Printed: p.Totals, Now: now})
		}
	}
}

// checkDeadline warns about a month that is not marked as sent when its deadline is near or past.
func (c *checker) checkDeadline() {
	sent := map[string]bool{}
	for _, mi := range c.d.MonthInfos {
		if mi.Month == c.m && !mi.Sent.IsZero() {
			sent[mi.Customer] = true
		}
	}
	deadline := c.m.Deadline()
	days := DaysBetween(c.d.Today, deadline)
	for _, cust := range c.worked {
		switch {
		case sent[cust]:
		case days < 0:
			c.monthFinding(DeadlinePassed, Block, cust, DeadlineArgs{Month: c.m, Deadline: deadline, Days: days})
		case days <= c.set.DeadlineNearDays:
			c.monthFinding(DeadlineNear, Warn, cust, DeadlineArgs{Month: c.m, Deadline: deadline, Days: days})
		}
	}
}

// checkAssistantFlags reports assistants living outside the EES or unable to work,
// once per customer they have shifts of the month with.
func (c *checker) checkAssistantFlags() {
	seen := map[pair]bool{}
	for _, sp := range c.spans {
		k := pair{sp.sh.Assistant, sp.sh.Customer}
		if !sp.inMonth || seen[k] {
			continue
		}
		seen[k] = true
		a := c.assistants[k.assistant]
		if a.OutsideEES {
			c.add(Finding{Code: AssistantAbroad, Severity: Warn, Customer: k.customer, Assistant: k.assistant,
				Date: c.m.First()})
		}
		if a.Unfit {
			c.add(Finding{Code: AssistantUnfit, Severity: Block, Customer: k.customer, Assistant: k.assistant,
				Date: c.m.First()})
		}
	}
}
