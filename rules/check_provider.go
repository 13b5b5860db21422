package rules

// checkProvider runs PROVIDER_PERMIT and PERMIT_SCOPE: once per customer, on the
// first day of the month with a shift whose private provider fails the rule.
func (c *checker) checkProvider() {
	permitDone := map[string]bool{}
	scopeDone := map[string]bool{}
	for _, sp := range c.spans { // in start order, so the first offending shift is on the first such day
		s := sp.sh
		if !sp.inMonth || permitDone[s.Customer] && scopeDone[s.Customer] {
			continue
		}
		p, ok := c.provider(s.Assistant, s.Customer)
		if !ok || p.Kind != Privat {
			continue
		}
		if lacks := permitLacks(c.en, p, s.Date); !permitDone[s.Customer] && len(lacks) > 0 {
			permitDone[s.Customer] = true
			c.add(Finding{Code: ProviderPermit, Severity: Block, Customer: s.Customer, Date: s.Date,
				Message: msgProviderPermit(c.en, p, s.Date, lacks)})
		}
		if outside := c.scopeOutside(p, s); !scopeDone[s.Customer] && len(outside) > 0 {
			scopeDone[s.Customer] = true
			c.add(Finding{Code: PermitScope, Severity: Block, Customer: s.Customer, Date: s.Date,
				Message: msgPermitScope(c.en, p, s.Date, outside)})
		}
	}
}

// permitLacks names what a private provider lacks on day d.
func permitLacks(en bool, p Provider, d Date) []string {
	var lacks []string
	if p.IVOFrom.IsZero() || d.Before(p.IVOFrom) || !p.IVOTo.IsZero() && d.After(p.IVOTo) {
		lacks = append(lacks, lackIVO(en))
	}
	if p.FSkatt != Yes {
		lacks = append(lacks, lackFSkatt(en))
	}
	if p.EmployerRegistered != Yes {
		lacks = append(lacks, lackEmployer(en))
	}
	return lacks
}

// scopeOutside names what of the customer the provider's recorded permit does
// not cover on the shift's day; what is not recorded is not judged.
func (c *checker) scopeOutside(p Provider, s *Shift) []string {
	var outside []string
	cust := c.customers[s.Customer]
	recorded := p.PermitGroup != [3]Flag{}
	if k := cust.Personkrets; k >= 1 && k <= 3 && recorded && p.PermitGroup[k-1] != Yes {
		outside = append(outside, outsideGroup(c.en, k))
	}
	if age, err := AgeOn(s.Customer, s.Date); err == nil {
		switch {
		case age < AdultAge && p.PermitChildren != Unset && p.PermitChildren != Yes:
			outside = append(outside, outsideChildren(c.en, age))
		case age >= AdultAge && p.PermitAdults != Unset && p.PermitAdults != Yes:
			outside = append(outside, outsideAdults(c.en, age))
		}
	}
	return outside
}
