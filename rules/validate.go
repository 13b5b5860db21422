package rules

import "fmt"

// Each register record's Validate says what keeps it from being stored; the
// store asks it before every write (record.Desc.Validate), whichever way the
// record came: the window, an import or the command line.

// FieldError is a field of a record that cannot be stored. Field is the
// field's stored name (record.FieldInfo.Name), Reason says why.
type FieldError struct {
	Field, Reason string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("Fältet %s kan inte sparas: %s.", e.Field, e.Reason)
}

// fieldCheck gathers the first problem of a record's fields.
type fieldCheck struct{ err *FieldError }

func (c *fieldCheck) fail(field, reason string) {
	if c.err == nil && reason != "" {
		c.err = &FieldError{field, reason}
	}
}

func (c *fieldCheck) text(field, s string) { c.fail(field, TextReason(s)) }

func (c *fieldCheck) date(field string, d Date) {
	if !d.IsZero() && !DateInRange(d) {
		c.fail(field, DateRangeReason)
	}
}

func (c *fieldCheck) period(toField string, from, to Date) {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		c.fail(toField, "slutdatumet ligger före startdatumet")
	}
}

func (c *fieldCheck) amount(field string, o Ore) {
	if o < 0 || o > MaxAmount {
		c.fail(field, "beloppet ligger utanför 0–"+FormatKr(MaxAmount)+" kr")
	}
}

func (c *fieldCheck) word(field, v string, words ...string) {
	if v == "" {
		return
	}
	for _, w := range words {
		if v == w {
			return
		}
	}
	c.fail(field, fmt.Sprintf("okänt värde %q", v))
}

func (c *fieldCheck) result() error {
	if c.err == nil {
		return nil
	}
	return c.err
}

func (p Provider) Validate() error {
	var c fieldCheck
	c.text("name", p.Name)
	c.word("kind", string(p.Kind), string(Privat), string(Kommun), string(EgenArbgiv))
	c.text("contact", p.Contact)
	c.text("phone", p.Phone)
	c.date("ivo_from", p.IVOFrom)
	c.date("ivo_to", p.IVOTo)
	c.period("ivo_to", p.IVOFrom, p.IVOTo)
	return c.result()
}

func (x Customer) Validate() error {
	var c fieldCheck
	c.text("name", x.Name)
	c.text("representative_name", x.RepresentativeName)
	c.word("representative_role", string(x.RepresentativeRole), string(Vardnadshavare), string(GodMan), string(Forvaltare))
	if x.Personkrets < 0 || x.Personkrets > 3 {
		c.fail("personkrets", "personkretsen är 1, 2 eller 3, eller inte angiven")
	}
	return c.result()
}

func (d Decision) Validate() error {
	var c fieldCheck
	c.date("from_date", d.From)
	c.date("to_date", d.To)
	c.period("to_date", d.From, d.To)
	if d.HoursPerWeekCenti < 0 {
		c.fail("hours_per_week_centi", "timmarna kan inte vara negativa")
	}
	c.amount("hourly_amount_ore", d.HourlyAmount)
	return c.result()
}

func (a Assistant) Validate() error {
	var c fieldCheck
	c.text("name", a.Name)
	c.text("address", a.Address)
	c.word("regime", string(a.Regime), string(Husligt), string(ATL), string(Avtal))
	c.date("period_start", a.PeriodStart)
	return c.result()
}

func (a Assignment) Validate() error {
	var c fieldCheck
	c.word("employer", string(a.Employer), string(EmployerProvider), string(EmployerOther), string(EmployerSelf), string(EmployerCustomer))
	c.text("employer_name", a.EmployerName)
	c.date("employed_from", a.EmployedFrom)
	c.date("reported_3066", a.Reported3066)
	return c.result()
}

func (m MonthInfo) Validate() error {
	var c fieldCheck
	c.amount("prev_payment_left", m.PrevPaymentLeft)
	c.date("sent", m.Sent)
	return c.result()
}

func (h HospitalStay) Validate() error {
	var c fieldCheck
	c.date("from_date", h.FromDate)
	c.date("to_date", h.ToDate)
	c.period("to_date", h.FromDate, h.ToDate)
	if h.ToDate == h.FromDate && h.ToTime != NoClock && h.FromTime != NoClock && h.ToTime < h.FromTime {
		c.fail("to_time", "sluttiden ligger före starttiden samma dag")
	}
	return c.result()
}
