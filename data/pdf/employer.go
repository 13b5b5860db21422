package pdf

import "assistans/rules"

// writeEmployer fills the employer section the 3059 (section 5) and the 3066
// (section 3) share, under the same field names: the customer as employer
// ticks the first box and nothing more; otherwise the provider is named and
// who employs the assistant is ticked.
func writeEmployer(p *page, a rules.Assignment, prov rules.Provider) {
	if a.Employer == rules.EmployerCustomer {
		p.cross("own_employer", true)
		return
	}
	p.cross("uses_provider", true)
	p.text("provider_name", prov.Name)
	p.text("provider_orgnr", formatOrgnr(prov.Orgnr))
	p.text("provider_contact", prov.Contact)
	p.text("provider_phone", prov.Phone)
	switch a.Employer {
	case rules.EmployerProvider:
		p.cross("employer_provider", true)
	case rules.EmployerOther:
		p.cross("employer_other", true)
		p.text("employer_other_name", a.EmployerName)
		p.text("employer_other_orgnr", formatOrgnr(a.EmployerOrgnr))
	case rules.EmployerSelf:
		p.cross("employer_self", true)
	}
}
