package rules

import "fmt"

// Each register record's Validate says what keeps it from being stored; the
// store asks it before every write (record.Desc.Validate), whichever way the
// record came: the window, an import or the command line.

// FieldError is a field of a record that cannot be stored. Field is the
// field's stored name (record.FieldInfo.Name), Why says why; say.FieldError
// words it.
type FieldError struct {
	Field string
	Why   *Reason
}

// Error is for logs; the user reads say.FieldError's words.
func (e *FieldError) Error() string { return fmt.Sprintf("field %s: %s", e.Field, e.Why) }

// fieldCheck gathers the first problem of a record's fields.
type fieldCheck struct{ err *FieldError }

func (c *fieldCheck) fail(field string, reason *Reason) {
	if c.err == nil && reason != nil {
		c.err = &FieldError{field, reason}
	}
}

func (c *fieldCheck) text(field, s string) { c.fail(field, TextProblem(s)) }

func (c *fieldCheck) date(field string, d Date) {
	if !d.IsZero() && !DateInRange(d) {
		c.fail(field, DateRangeProblem())
	}
}

func (c *fieldCheck) period(toField string, from, to Date) {
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		c.fail(toField, Because(EndBeforeStart))
	}
}

func (c *fieldCheck) amount(field string, o Ore) {
	if o < 0 || o > MaxAmount {
		c.fail(field, Because(AmountOutOfRange, MaxAmount))
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
	c.fail(field, Because(UnknownWord, v))
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
		c.fail("personkrets", Because(PersonkretsRange))
	}
	return c.result()
}

func (d Decision) Validate() error {
	var c fieldCheck
	c.date("from_date", d.From)
	c.date("to_date", d.To)
	c.period("to_date", d.From, d.To)
	if d.HoursPerWeekCenti < 0 {
		c.fail("hours_per_week_centi", Because(NegativeHours))
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
		c.fail("to_time", Because(EndTimeBeforeStart))
	}
	return c.result()
}
