package rules

import "slices"

// checkWorktime judges every calculation period of every assistant that overlaps
// the month, on all the assistant's minutes inside the period: those of its
// shifts outside the summed months, and the sums of the summed months the
// period holds (ReadsFor puts none across a period's end).
func (c *checker) checkWorktime() {
	summed := summedSpans(c.d.Summed)
	worked := map[string][]Worked{}
	for _, w := range c.d.Worked {
		if w.Minutes > 0 && slices.Contains(c.d.Summed, w.Month) {
			worked[w.Assistant] = append(worked[w.Assistant], w)
		}
	}
	order := c.asstOrder // sorted; shared with the other checks, so never sorted here
	var onlySums []string
	for a := range worked {
		if _, ok := c.byAsst[a]; !ok {
			onlySums = append(onlySums, a)
		}
	}
	if len(onlySums) > 0 {
		order = append(slices.Clone(order), onlySums...)
		slices.Sort(order)
	}
	var custs []string // the customers the assistant has minutes with in a period
	for _, a := range order {
		asst, ok := c.assistants[a]
		if !ok {
			asst = Assistant{Pnr: a}
		}
		limit, periods := c.set.PeriodsFor(asst, c.m)
		idx := c.byAsst[a]
		for _, p := range periods {
			lo, hi := wallMin(p.First, 0), wallMin(p.Last.AddDays(1), 0)
			var total int64
			custs = custs[:0]
			for _, i := range idx {
				sp := c.spans[i]
				if a, b := max(sp.start, lo), min(sp.end, hi); b > a {
					if n := minutesOutside(a, b, summed); n > 0 {
						total += n
						custs = addCustomer(custs, sp.sh.Customer)
					}
				}
			}
			for _, w := range worked[a] {
				if !w.Month.First().Before(p.First) && !w.Month.Last().After(p.Last) {
					total += w.Minutes
					custs = addCustomer(custs, w.Customer)
				}
			}
			days := int64(p.Days())
			over := total*7 - int64(limit.LimitMinPerWeek)*days
			if over <= 0 {
				continue
			}
			// Rounded up, so that an average just above the limit never reads as the limit itself.
			avg := int((total*7 + days - 1) / days)
			args := WorktimeArgs{Limit: limit, Source: c.set.source(limit), Average: avg, Period: p}
			slices.Sort(custs)
			for _, cust := range custs {
				c.add(Finding{Code: WorktimeAverage, Severity: Block, Customer: cust, Assistant: a,
					Date: p.First, Args: args})
			}
		}
	}
}

// source says where limit comes from: the ATL, lag (1970:943) or an agreement.
func (s Settings) source(limit WorkLimit) LimitSource {
	switch limit {
	case s.Husligt:
		return LimitHusligt
	case s.ATL:
		return LimitATL
	}
	return LimitAgreement
}

// addCustomer adds cust to custs unless it is there: an assistant works for a
// few customers, and a list is cheaper than a map for every shift.
func addCustomer(custs []string, cust string) []string {
	if slices.Contains(custs, cust) {
		return custs
	}
	return append(custs, cust)
}
