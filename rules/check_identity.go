package rules

// checkIdentities reports every stored identity number that its parser refuses.
// The import and the window refuse such numbers, so this mainly finds old data.
func (c *checker) checkIdentities() {
	today := c.d.Today
	if today.IsZero() {
		today = D(9999, 12, 31) // no "today" known: do not call any birth date future
	}
	bad := func(customer, assistant, what, value string, err error) {
		c.add(Finding{Code: IDInvalid, Severity: Block, Customer: customer, Assistant: assistant,
			Message: msgIDInvalid(c.en, what, value, err)})
	}
	for _, x := range c.d.Customers {
		if _, err := ParsePersonnummer(x.Pnr, today); err != nil {
			bad(x.Pnr, "", idCustomer(c.en), x.Pnr, err)
		}
		if x.RepresentativePnr == "" {
			continue
		}
		if _, err := ParsePersonnummer(x.RepresentativePnr, today); err != nil {
			bad(x.RepresentativePnr, "", idRepresentative(c.en, x.Pnr), x.RepresentativePnr, err)
		}
	}
	for _, x := range c.d.Assistants {
		if _, err := ParseIdentity(x.Pnr, today); err != nil {
			bad("", x.Pnr, idAssistant(c.en), x.Pnr, err)
		}
	}
	for _, x := range c.d.Providers {
		if _, err := ParseProviderID(x.Orgnr, today); err != nil {
			bad(x.Orgnr, "", idProvider(c.en), x.Orgnr, err)
		}
	}
}
