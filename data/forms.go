package data

import (
	"cmp"
	"context"
	"slices"

	"assistans/data/pdf"
	"assistans/rules"
)

// registers are the records the forms are filled from, loaded once per print.
type registers struct {
	customers   map[string]rules.Customer
	assistants  map[string]rules.Assistant
	providers   []rules.Provider
	assignments map[[2]string]rules.Assignment // (assistant, customer)
	decisions   []rules.Decision
	settings    rules.Settings
}

func (s *Store) loadRegisters(ctx context.Context) (r registers, err error) {
	err = s.read(ctx, func(t *tx) error {
		r, err = readRegisters(ctx, t)
		return err
	})
	return r, err
}

func readRegisters(ctx context.Context, t *tx) (registers, error) {
	r := registers{customers: map[string]rules.Customer{}, assistants: map[string]rules.Assistant{}, assignments: map[[2]string]rules.Assignment{}}
	cs, err := customers.all(ctx, t, "")
	if err != nil {
		return r, err
	}
	for _, c := range cs {
		r.customers[c.Pnr] = c
	}
	as, err := assistants.all(ctx, t, "")
	if err != nil {
		return r, err
	}
	for _, a := range as {
		r.assistants[a.Pnr] = a
	}
	ags, err := assignments.all(ctx, t, "")
	if err != nil {
		return r, err
	}
	for _, a := range ags {
		r.assignments[[2]string{a.Assistant, a.Customer}] = a
	}
	if r.providers, err = providers.all(ctx, t, ""); err != nil {
		return r, err
	}
	if r.decisions, err = decisions.all(ctx, t, ""); err != nil {
		return r, err
	}
	r.settings, err = loadSettings(ctx, t)
	return r, err
}

// monthSource is what a month's forms are filled from, read in one transaction:
// the registers and, by customer, the shifts dated from the day before the month
// (a night shift from it runs into the month) to its end, sorted by assistant,
// date and start, and the month's facts, hospital stays and costs. Printing a
// month reads it once for every customer rather than once per customer, and
// fills the customers' forms from it at the same time: it is only read.
type monthSource struct {
	registers
	m      rules.Month
	shifts map[string][]rules.Shift
	infos  map[string]rules.MonthInfo
	stays  map[string][]rules.HospitalStay
	costs  map[string][]rules.Cost
}

// loadMonth reads the source of month m's forms for one customer, or for all when customer is "".
func (s *Store) loadMonth(ctx context.Context, m rules.Month, customer string) (*monthSource, error) {
	src := &monthSource{m: m, shifts: map[string][]rules.Shift{}, infos: map[string]rules.MonthInfo{},
		stays: map[string][]rules.HospitalStay{}, costs: map[string][]rules.Cost{}}
	// Each query's where and arguments, limited to the customer when there is one.
	where := func(w string, args ...any) (string, []any) {
		if customer == "" {
			return w, args
		}
		if w == "" {
			return "customer = ?", []any{customer}
		}
		return w + " AND customer = ?", append(args, customer)
	}
	err := s.read(ctx, func(t *tx) (err error) {
		if src.registers, err = readRegisters(ctx, t); err != nil {
			return err
		}
		w, args := where("")
		shifts, err := shiftsBetween(ctx, t, m.Prev().Last(), m.Last(), byAssistant, w, args...)
		if err != nil {
			return err
		}
		for _, sh := range shifts {
			src.shifts[sh.Customer] = append(src.shifts[sh.Customer], sh)
		}
		w, args = where("month = ?", m.String())
		infos, err := monthInfos.all(ctx, t, w, args...)
		if err != nil {
			return err
		}
		for _, mi := range infos {
			src.infos[mi.Customer] = mi
		}
		w, args = where("")
		stays, err := hospitalStays.all(ctx, t, w, args...)
		if err != nil {
			return err
		}
		for _, h := range stays {
			if h.Touches(m) {
				src.stays[h.Customer] = append(src.stays[h.Customer], h)
			}
		}
		w, args = where("month = ?", m.String())
		costs, err := costs.all(ctx, t, w, args...)
		for _, c := range costs {
			src.costs[c.Customer] = append(src.costs[c.Customer], c)
		}
		return err
	})
	return src, err
}

// allShifts are the shifts of every customer in src.
func (src *monthSource) allShifts() []rules.Shift {
	var all []rules.Shift
	for _, shifts := range src.shifts {
		all = append(all, shifts...)
	}
	return all
}

// provider is the assignment's provider, or the only one when the assignment names none.
func (r registers) provider(orgnr string) rules.Provider {
	for _, p := range r.providers {
		if p.Orgnr == orgnr {
			return p
		}
	}
	if len(r.providers) == 1 {
		return r.providers[0]
	}
	return rules.Provider{}
}

// higherAmount says whether a decision with a higher hourly amount covers some day of m.
func (r registers) higherAmount(customer string, m rules.Month) bool {
	return slices.ContainsFunc(r.decisions, func(d rules.Decision) bool {
		return d.Customer == customer && d.HigherAmount &&
			!d.From.After(m.Last()) && (d.To.IsZero() || !d.To.Before(m.First()))
	})
}

// MonthForms gathers one customer's forms for month m: the 3057 and one 3059 per
// assistant with time in the month. Both take their totals from the same
// rules.MonthTotals, so the 3057 equals the sum of its 3059s by construction.
func (s *Store) MonthForms(ctx context.Context, m rules.Month, customer string) (pdf.Report3057, []pdf.Report3059, error) {
	src, err := s.loadMonth(ctx, m, customer)
	if err != nil {
		return pdf.Report3057{}, nil, err
	}
	return src.forms(customer)
}

// forms are MonthForms from src.
func (src *monthSource) forms(customer string) (pdf.Report3057, []pdf.Report3059, error) {
	r, m := src.registers, src.m
	c, ok := r.customers[customer]
	if !ok {
		return pdf.Report3057{}, nil, refuse(ErrNotFound, rules.CustomerMissing, customer)
	}
	shifts := src.shifts[customer]
	var total rules.CustomerTotals
	if ts := rules.MonthTotals(shifts, m); len(ts) == 1 {
		total = ts[0]
	}
	info, found := src.infos[customer]
	if !found {
		info = rules.MonthInfo{Customer: customer, Month: m}
	}
	stays, costs := src.stays[customer], src.costs[customer]
	var costHours int64
	if len(costs) > 0 {
		costHours = costs[0].HoursCenti
	}
	var anyProvider string
	r3059s := make([]pdf.Report3059, 0, len(total.Assistants))
	for _, at := range total.Assistants {
		asg := r.assignments[[2]string{at.Assistant, customer}]
		anyProvider = cmp.Or(anyProvider, asg.ProviderOrgnr)
		_, periods := r.settings.PeriodsFor(r.assistants[at.Assistant], m)
		rep := pdf.Report3059{
			Month: m, Customer: c, Assistant: r.assistants[at.Assistant],
			Provider: r.provider(asg.ProviderOrgnr), Assignment: asg, Totals: at.Totals,
		}
		for _, p := range periods {
			rep.Periods = append(rep.Periods, pdf.Period{From: p.First, To: p.Last})
		}
		for _, sh := range shifts {
			if sh.Assistant == at.Assistant && sh.MinutesIn(m) > 0 {
				rep.Shifts = append(rep.Shifts, sh)
			}
		}
		r3059s = append(r3059s, rep)
	}
	r3057 := pdf.Report3057{
		Month: m, Customer: c, Representative: c.RepresentativeRole != rules.NoRepresentative,
		Provider: r.provider(anyProvider), Totals: total.Totals, Info: info, InfoRecorded: found, Hospital: stays,
		Costs: costs, CostHoursCenti: costHours, HigherAmount: r.higherAmount(customer, m),
	}
	return r3057, r3059s, nil
}

// Form3066 gathers the 3066 of one assistant for one customer.
func (s *Store) Form3066(ctx context.Context, assistant, customer string) (pdf.Report3066, error) {
	r, err := s.loadRegisters(ctx)
	if err != nil {
		return pdf.Report3066{}, err
	}
	a, ok := r.assistants[assistant]
	if !ok {
		return pdf.Report3066{}, refuse(ErrNotFound, rules.AssistantMissing, assistant)
	}
	c, ok := r.customers[customer]
	if !ok {
		return pdf.Report3066{}, refuse(ErrNotFound, rules.CustomerMissing, customer)
	}
	asg, ok := r.assignments[[2]string{assistant, customer}]
	if !ok {
		return pdf.Report3066{}, refuse(nil, rules.NotAssigned, assistant, customer)
	}
	return pdf.Report3066{Customer: c, Assistant: a, Assignment: asg, Provider: r.provider(asg.ProviderOrgnr)}, nil
}
