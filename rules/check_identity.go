package rules

// checkIdentities reports every stored identity number that its parser refuses.
// The import and the window refuse such numbers, so this mainly finds old data.
func (c *checker) checkIdentities() {
	today := c.d.Today
	if today.IsZero() {
		today = D(9999, 12, 31) // no "today" known: do not call any birth date future
	}
	bad := func(customer, assistant string, args IDInvalidArgs) {
		c.add(Finding{Code: IDInvalid, Severity: Block, Customer: customer, Assistant: assistant, Args: args})
	}
	for _, x := range c.d.Customers {
		if _, err := ParsePersonnummer(x.Pnr, today); err != nil {
			bad(x.Pnr, "", IDInvalidArgs{Field: IDOfCustomer, Value: x.Pnr, Err: err})
		}
		if x.RepresentativePnr == "" {
			continue
		}
		if _, err := ParsePersonnummer(x.RepresentativePnr, today); err != nil {
			bad(x.RepresentativePnr, "", IDInvalidArgs{Field: IDOfRepresentative, Customer: x.Pnr, Value: x.RepresentativePnr, Err: err})
		}
	}
	for _, x := range c.d.Assistants {
		if _, err := ParseIdentity(x.Pnr, today); err != nil {
			bad("", x.Pnr, IDInvalidArgs{Field: IDOfAssistant, Value: x.Pnr, Err: err})
		}
	}
	for _, x := range c.d.Providers {
		if _, err := ParseProviderID(x.Orgnr, today); err != nil {
			bad(x.Orgnr, "", IDInvalidArgs{Field: IDOfProvider, Value: x.Orgnr, Err: err})
		}
	}
}
