package rules

// Which decisions and hospital stays a month or a day falls under. The window,
// the forms and Check ask these questions; the answers are made here only.

// Touches says whether the decision covers some day of month m.
func (dc Decision) Touches(m Month) bool {
	return !dc.From.After(m.Last()) && (dc.To.IsZero() || !dc.To.Before(m.First()))
}

// CoveredOn says whether one of decs covers day d.
func CoveredOn(decs []Decision, d Date) bool {
	for _, dc := range decs {
		if dc.Covers(d) {
			return true
		}
	}
	return false
}

// HigherAmountIn says whether a decision with a higher hourly amount covers
// some day of month m: the month's costs must then be reported with the 3057.
func HigherAmountIn(decs []Decision, m Month) bool {
	for _, dc := range decs {
		if dc.HigherAmount && dc.Touches(m) {
			return true
		}
	}
	return false
}

// Listed says whether customer c belongs in a month's lists (the overview, the
// bill), given its minutes in the month: an inactive customer only with time.
func (c Customer) Listed(month Totals) bool { return !c.Inactive || month.Sum() > 0 }
