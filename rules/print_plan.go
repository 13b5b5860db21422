package rules

import (
	"cmp"
	"slices"
)

// PrintPlan is what printing a month writes and what stands against it: the
// customers with time in the month, each with its blocking findings, and the
// blocking findings that name no customer.
type PrintPlan struct {
	Month   Month
	Items   []PrintItem // by name, then personnummer
	General []Finding   // blocking findings that name no customer
}

// PrintItem is one customer's bundle in a print and what blocks it.
type PrintItem struct {
	Customer Customer
	Blocks   []Finding
}

// PlanPrint is the print of month md.Month for the customer pnr, or for every
// customer with time in the month when pnr is "", given the month's findings fs.
// A customer with time whom the register lacks is printed under its number.
func PlanPrint(md MonthData, fs []Finding, pnr string) PrintPlan {
	plan := PrintPlan{Month: md.Month}
	customers := map[string]Customer{}
	for _, c := range md.Customers {
		customers[c.Pnr] = c
	}
	for _, ct := range MonthTotals(md.Shifts, md.Month) {
		if pnr != "" && ct.Customer != pnr {
			continue
		}
		c, ok := customers[ct.Customer]
		if !ok {
			c = Customer{Pnr: ct.Customer}
		}
		it := PrintItem{Customer: c}
		for _, f := range fs {
			if f.Severity == Block && f.Customer == ct.Customer {
				it.Blocks = append(it.Blocks, f)
			}
		}
		plan.Items = append(plan.Items, it)
	}
	for _, f := range fs {
		if f.Severity == Block && f.Customer == "" {
			plan.General = append(plan.General, f)
		}
	}
	slices.SortFunc(plan.Items, func(a, b PrintItem) int {
		return cmp.Or(cmp.Compare(a.Customer.Name, b.Customer.Name), cmp.Compare(a.Customer.Pnr, b.Customer.Pnr))
	})
	return plan
}

// Blocked says whether the print needs a reason to be made despite blocking findings.
func (p PrintPlan) Blocked() bool {
	return len(p.General) > 0 || slices.ContainsFunc(p.Items, func(it PrintItem) bool { return len(it.Blocks) > 0 })
}

// Overridden says whether it is printed despite blocking findings (its own or
// the month's), so that its print record keeps the reason given.
func (p PrintPlan) Overridden(it PrintItem) bool { return len(it.Blocks) > 0 || len(p.General) > 0 }
