package pdf

import (
	"io"

	"assistans/rules"
	"assistans/rules/say"
)

// Report3066 is the employer's report of one assistant working for one customer
// ("Uppgifter om en personlig assistent"), which must reach FK before the
// assistant's first shift for that customer.
type Report3066 struct {
	Customer   rules.Customer
	Assistant  rules.Assistant
	Assignment rules.Assignment
	// Provider is the assistansanordnare of the assignment; its name, number,
	// contact and phone fill section 3 unless the customer is the employer.
	Provider rules.Provider
	// Changed makes this a report of changed circumstances ("ändrade
	// förhållanden"): ChangedFrom is the day the change applies from and
	// ChangedText says what changed. Both are ignored when Changed is false.
	Changed     bool
	ChangedFrom rules.Date
	ChangedText string
}

// Write3066 writes one 3066 as a PDF of two pages. The date, signature and
// phone of section 4 are left for the signer's own hand.
func Write3066(w io.Writer, r Report3066) error {
	d := newDocument()
	if d.err == nil {
		d.f.SetTitle("Uppgifter om personlig assistent "+r.Assistant.Name, true)
	}
	if err := fill3066(d, r); err != nil {
		return err
	}
	return d.write(w)
}

func fill3066(d *document, r Report3066) error {
	a := r.Assignment
	switch a.Employer {
	case rules.EmployerProvider, rules.EmployerOther, rules.EmployerSelf, rules.EmployerCustomer:
	default:
		// Without it section 3 would be left blank and FK would send the form back.
		return say.Refused(rules.FormNoEmployer, a.Employer)
	}

	p := d.addPage(Form3066, 1)
	p.text("customer_name", r.Customer.Name)
	p.text("customer_pnr", formatPnr(r.Customer.Pnr))
	p.text("assistant_name", r.Assistant.Name)
	p.text("assistant_pnr", formatPnr(r.Assistant.Pnr))
	p.text("employed_from", a.EmployedFrom.String())
	p.cross("related_no", !a.Related)
	p.cross("related_yes", a.Related)
	p.cross("outside_ees_no", !r.Assistant.OutsideEES)
	p.cross("outside_ees_yes", r.Assistant.OutsideEES)
	// The form asks for the address only of an assistant living outside the EES.
	if r.Assistant.OutsideEES {
		p.text("outside_ees_address", r.Assistant.Address)
	}
	if r.Changed {
		p.text("changed_from", r.ChangedFrom.String())
		p.text("changed_text", r.ChangedText)
	}

	// Section 3 as on the 3059: the customer as employer ticks the first box and
	// nothing more; otherwise the provider is named and the employer ticked.
	p = d.addPage(Form3066, 2)
	writeEmployer(p, a, r.Provider)
	return d.err
}
