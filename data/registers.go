package data

import (
	"context"

	"assistans/rules"
)

// Table names, as Audit takes them.
const (
	TableProviders   = "providers"
	TableCustomers   = "customers"
	TableDecisions   = "decisions"
	TableAssistants  = "assistants"
	TableAssignments = "assignments"
	TableShifts      = "shifts"
	TableMonthInfo   = "month_info"
	TableHospital    = "hospital_stays"
	TableCosts       = "costs"
	TablePrinted     = "printed"
	TableSettings    = "settings"
)

var providers = newTable(TableProviders,
	[]string{"orgnr"},
	[]string{"name", "kind", "contact", "phone", "ivo_from", "ivo_to", "fskatt", "employer_registered",
		"permit_group1", "permit_group2", "permit_group3", "permit_children", "permit_adults", "version"},
	nil,
	func(p rules.Provider) []any {
		return []any{p.Orgnr, p.Name, string(p.Kind), p.Contact, p.Phone, dateV(p.IVOFrom), dateV(p.IVOTo),
			flagV(p.FSkatt), flagV(p.EmployerRegistered),
			flagV(p.PermitGroup[0]), flagV(p.PermitGroup[1]), flagV(p.PermitGroup[2]),
			flagV(p.PermitChildren), flagV(p.PermitAdults), p.Version}
	},
	func(r *row) rules.Provider {
		return rules.Provider{Orgnr: r.str(), Name: r.str(), Kind: rules.ProviderKind(r.str()), Contact: r.str(), Phone: r.str(),
			IVOFrom: r.date(), IVOTo: r.date(), FSkatt: r.flag(), EmployerRegistered: r.flag(),
			PermitGroup:    [3]rules.Flag{r.flag(), r.flag(), r.flag()},
			PermitChildren: r.flag(), PermitAdults: r.flag(), Version: r.i64()}
	})

var customers = newTable(TableCustomers,
	[]string{"pnr"},
	[]string{"name", "representative_name", "representative_pnr", "representative_role", "personkrets", "inactive", "version"},
	nil,
	func(c rules.Customer) []any {
		return []any{c.Pnr, c.Name, c.RepresentativeName, c.RepresentativePnr, string(c.RepresentativeRole),
			intOptV(c.Personkrets), boolV(c.Inactive), c.Version}
	},
	func(r *row) rules.Customer {
		return rules.Customer{Pnr: r.str(), Name: r.str(), RepresentativeName: r.str(), RepresentativePnr: r.str(),
			RepresentativeRole: rules.RepresentativeRole(r.str()), Personkrets: r.int(), Inactive: r.boolean(), Version: r.i64()}
	})

var decisions = newTable(TableDecisions,
	[]string{"customer", "from_date"},
	[]string{"to_date", "hours_per_week_centi", "hourly_amount_ore", "higher_amount", "double_assistance", "version"},
	[]ref{refCustomer},
	func(d rules.Decision) []any {
		return []any{d.Customer, dateV(d.From), dateV(d.To), d.HoursPerWeekCenti, int64(d.HourlyAmount),
			boolV(d.HigherAmount), boolV(d.DoubleAssistance), d.Version}
	},
	func(r *row) rules.Decision {
		return rules.Decision{Customer: r.str(), From: r.date(), To: r.date(), HoursPerWeekCenti: r.i64(),
			HourlyAmount: rules.Ore(r.i64()), HigherAmount: r.boolean(), DoubleAssistance: r.boolean(), Version: r.i64()}
	})

var assistants = newTable(TableAssistants,
	[]string{"pnr"},
	[]string{"name", "address", "outside_ees", "unfit", "regime", "period_start", "collective_agreement", "inactive", "version"},
	nil,
	func(a rules.Assistant) []any {
		return []any{a.Pnr, a.Name, a.Address, boolV(a.OutsideEES), boolV(a.Unfit), string(a.Regime),
			dateV(a.PeriodStart), boolV(a.CollectiveAgreement), boolV(a.Inactive), a.Version}
	},
	func(r *row) rules.Assistant {
		return rules.Assistant{Pnr: r.str(), Name: r.str(), Address: r.str(), OutsideEES: r.boolean(), Unfit: r.boolean(),
			Regime: rules.Regime(r.str()), PeriodStart: r.date(), CollectiveAgreement: r.boolean(), Inactive: r.boolean(), Version: r.i64()}
	})

var assignments = newTable(TableAssignments,
	[]string{"assistant", "customer"},
	[]string{"provider_orgnr", "employer", "employer_name", "employer_orgnr", "employed_from", "reported_3066", "related", "version"},
	[]ref{refAssistant, refCustomer, refProvider},
	func(a rules.Assignment) []any {
		return []any{a.Assistant, a.Customer, optV(a.ProviderOrgnr), string(a.Employer), a.EmployerName, a.EmployerOrgnr,
			dateV(a.EmployedFrom), dateV(a.Reported3066), boolV(a.Related), a.Version}
	},
	func(r *row) rules.Assignment {
		return rules.Assignment{Assistant: r.str(), Customer: r.str(), ProviderOrgnr: r.str(), Employer: rules.EmployerKind(r.str()),
			EmployerName: r.str(), EmployerOrgnr: r.str(), EmployedFrom: r.date(), Reported3066: r.date(), Related: r.boolean(), Version: r.i64()}
	})

// list reads the records of tb matching where in one read transaction.
func list[T any](ctx context.Context, s *Store, tb *table[T], where string, args ...any) ([]T, error) {
	var out []T
	err := s.read(ctx, func(t *tx) (err error) {
		out, err = tb.all(ctx, t, where, args...)
		return err
	})
	return out, err
}

// save stores one record in its own transaction.
func save[T any](ctx context.Context, s *Store, tb *table[T], v T) error {
	return s.write(ctx, func(t *tx) error {
		_, err := tb.put(ctx, t, v, "", nil)
		return err
	})
}

// count returns the number of rows in table whose col is val.
func count(ctx context.Context, t *tx, table, col string, val any) (int, error) {
	var n int
	err := t.queryRow(ctx, "SELECT COUNT(*) FROM "+table+" WHERE "+col+" = ?", val).Scan(&n)
	return n, err
}

func (s *Store) Providers(ctx context.Context) ([]rules.Provider, error) {
	return list(ctx, s, providers, "")
}

func (s *Store) SaveProvider(ctx context.Context, p rules.Provider) error {
	return save(ctx, s, providers, p)
}

// DeleteProvider refuses (ErrInUse) while an assignment names the provider.
func (s *Store) DeleteProvider(ctx context.Context, orgnr string) error {
	return s.write(ctx, func(t *tx) error {
		n, err := count(ctx, t, TableAssignments, "provider_orgnr", orgnr)
		if err != nil {
			return err
		}
		if n > 0 {
			return refuse(ErrInUse, rules.ProviderInUse, orgnr, n)
		}
		found, err := providers.remove(ctx, t, "", orgnr)
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.ProviderNotFound, orgnr)
		}
		return err
	})
}

func (s *Store) Customers(ctx context.Context) ([]rules.Customer, error) {
	return list(ctx, s, customers, "")
}

func (s *Store) SaveCustomer(ctx context.Context, c rules.Customer) error {
	return save(ctx, s, customers, c)
}

// DeleteCustomer removes a customer who has no shifts (else ErrHasShifts), and
// with it the customer's decisions, assignments, month facts, hospital stays,
// costs, printed totals and schedules, each recorded in the audit trail.
func (s *Store) DeleteCustomer(ctx context.Context, pnr string) error {
	return s.write(ctx, func(t *tx) error {
		if _, found, err := customers.get(ctx, t, pnr); err != nil || !found {
			if err == nil {
				err = refuse(ErrNotFound, rules.CustomerNotFound, pnr)
			}
			return err
		}
		n, err := count(ctx, t, TableShifts, "customer", pnr)
		if err != nil {
			return err
		}
		if n > 0 {
			return refuse(ErrHasShifts, rules.CustomerHasShifts, pnr, n)
		}
		for _, err := range []error{
			decisions.removeWhere(ctx, t, "customer", pnr, ""),
			assignments.removeWhere(ctx, t, "customer", pnr, ""),
			monthInfos.removeWhere(ctx, t, "customer", pnr, ""),
			hospitalStays.removeWhere(ctx, t, "customer", pnr, ""),
			costs.removeWhere(ctx, t, "customer", pnr, ""),
			printed.removeWhere(ctx, t, "customer", pnr, ""),
			schedules.removeWhere(ctx, t, "customer", pnr, ""),
		} {
			if err != nil {
				return err
			}
		}
		_, err = customers.remove(ctx, t, "", pnr)
		return err
	})
}

// SetCustomerInactive hides or shows a customer without deleting anything.
func (s *Store) SetCustomerInactive(ctx context.Context, pnr string, inactive bool) error {
	return s.write(ctx, func(t *tx) error {
		c, found, err := customers.get(ctx, t, pnr)
		if err != nil {
			return err
		}
		if !found {
			return refuse(ErrNotFound, rules.CustomerNotFound, pnr)
		}
		c.Inactive = inactive
		_, err = customers.put(ctx, t, c, "", nil)
		return err
	})
}

// Decisions lists one customer's decisions, or every customer's when customer is "".
func (s *Store) Decisions(ctx context.Context, customer string) ([]rules.Decision, error) {
	if customer == "" {
		return list(ctx, s, decisions, "")
	}
	return list(ctx, s, decisions, "customer = ?", customer)
}

func (s *Store) SaveDecision(ctx context.Context, d rules.Decision) error {
	return save(ctx, s, decisions, d)
}

func (s *Store) DeleteDecision(ctx context.Context, customer string, from rules.Date) error {
	return s.write(ctx, func(t *tx) error {
		found, err := decisions.remove(ctx, t, "", customer, dateV(from))
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.DecisionNotFound, customer, from)
		}
		return err
	})
}

func (s *Store) Assistants(ctx context.Context) ([]rules.Assistant, error) {
	return list(ctx, s, assistants, "")
}

func (s *Store) SaveAssistant(ctx context.Context, a rules.Assistant) error {
	return save(ctx, s, assistants, a)
}

// DeleteAssistant removes an assistant who has no shifts (else ErrHasShifts) and
// is in no schedule and no one's replacement (else ErrInUse), and the assistant's
// assignments and absences.
func (s *Store) DeleteAssistant(ctx context.Context, pnr string) error {
	return s.write(ctx, func(t *tx) error {
		if _, found, err := assistants.get(ctx, t, pnr); err != nil || !found {
			if err == nil {
				err = refuse(ErrNotFound, rules.AssistantNotFound, pnr)
			}
			return err
		}
		n, err := count(ctx, t, TableShifts, "assistant", pnr)
		if err != nil {
			return err
		}
		if n > 0 {
			return refuse(ErrHasShifts, rules.AssistantHasShifts, pnr, n)
		}
		if err := assistantUnplanned(ctx, t, pnr); err != nil {
			return err
		}
		if err := assignments.removeWhere(ctx, t, "assistant", pnr, ""); err != nil {
			return err
		}
		if err := absences.removeWhere(ctx, t, "assistant", pnr, ""); err != nil {
			return err
		}
		_, err = assistants.remove(ctx, t, "", pnr)
		return err
	})
}

func (s *Store) SetAssistantInactive(ctx context.Context, pnr string, inactive bool) error {
	return s.write(ctx, func(t *tx) error {
		a, found, err := assistants.get(ctx, t, pnr)
		if err != nil {
			return err
		}
		if !found {
			return refuse(ErrNotFound, rules.AssistantNotFound, pnr)
		}
		a.Inactive = inactive
		_, err = assistants.put(ctx, t, a, "", nil)
		return err
	})
}

// Assignments lists every assignment, by assistant and customer.
func (s *Store) Assignments(ctx context.Context) ([]rules.Assignment, error) {
	return list(ctx, s, assignments, "")
}

func (s *Store) SaveAssignment(ctx context.Context, a rules.Assignment) error {
	return save(ctx, s, assignments, a)
}

func (s *Store) DeleteAssignment(ctx context.Context, assistant, customer string) error {
	return s.write(ctx, func(t *tx) error {
		found, err := assignments.remove(ctx, t, "", assistant, customer)
		if err == nil && !found {
			err = refuse(ErrNotFound, rules.AssignmentNotFound, assistant, customer)
		}
		return err
	})
}
