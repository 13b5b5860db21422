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
		if lacks := permitLacks(p, s.Date); !permitDone[s.Customer] && lacks != (ProviderPermitArgs{}) {
			permitDone[s.Customer] = true
			lacks.Provider, lacks.Day = p, s.Date
			c.add(Finding{Code: ProviderPermit, Severity: Block, Customer: s.Customer, Date: s.Date, Args: lacks})
		}
		if outside := c.scopeOutside(p, s); !scopeDone[s.Customer] && outside != (PermitScopeArgs{}) {
			scopeDone[s.Customer] = true
			outside.Provider, outside.Day = p, s.Date
			c.add(Finding{Code: PermitScope, Severity: Block, Customer: s.Customer, Date: s.Date, Args: outside})
		}
	}
}

// permitLacks says what a private provider lacks on day d; the zero value when nothing.
func permitLacks(p Provider, d Date) ProviderPermitArgs {
	return ProviderPermitArgs{
		NoIVO:       p.IVOFrom.IsZero() || d.Before(p.IVOFrom) || !p.IVOTo.IsZero() && d.After(p.IVOTo),
		NoFSkatt:    p.FSkatt != Yes,
		NotEmployer: p.EmployerRegistered != Yes,
	}
}

// scopeOutside says what of the customer the provider's recorded permit does
// not cover on the shift's day; what is not recorded is not judged. The zero
// value when the permit covers the customer.
func (c *checker) scopeOutside(p Provider, s *Shift) PermitScopeArgs {
	var out PermitScopeArgs
	cust := c.customers[s.Customer]
	recorded := p.PermitGroup != [3]Flag{}
	if k := cust.Personkrets; k >= 1 && k <= 3 && recorded && p.PermitGroup[k-1] != Yes {
		out.Group = k
	}
	judged := func(f Flag) bool { return f != Unset && f != Yes }
	if !judged(p.PermitChildren) && !judged(p.PermitAdults) {
		return out // no age to judge: the customer's age is not worked out
	}
	if age, err := c.ageOn(s.Customer, s.Date); err == nil {
		switch {
		case age < AdultAge && judged(p.PermitChildren):
			out.Children, out.Age = true, age
		case age >= AdultAge && judged(p.PermitAdults):
			out.Adults, out.Age = true, age
		}
	}
	return out
}
