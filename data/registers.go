package data

import (
	"context"

	"assistans/data/record"
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

// The registers' tables, from their descriptions (described.go).
var (
	providers   = describedTable(record.Provider)
	customers   = describedTable(record.Customer)
	decisions   = describedTable(record.Decision, refCustomer)
	assistants  = describedTable(record.Assistant)
	assignments = describedTable(record.Assignment, refAssistant, refCustomer, refProvider)
)

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
