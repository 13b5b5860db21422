package data

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"assistans/rules"
)

// HistoryOf chooses whose changes History lists: one customer's (Customer),
// one assistant's (Assistant), or one month's (Month, when both are "").
type HistoryOf struct {
	Customer, Assistant string
	Month               rules.Month
}

// History lists the recorded changes that belong to of, newest first: a
// customer's own, its decisions, assignments, month facts, hospital stays,
// costs, prints and shifts; an assistant's own, its assignments and shifts;
// a month's facts, costs, prints, hospital stays touching it and shifts on
// its days (a night into it included).
func (s *Store) History(ctx context.Context, of HistoryOf) ([]RecordChange, error) {
	var rows []AuditRow
	add := func(table, key string, keep func(AuditRow) bool) error {
		all, err := s.Audit(ctx, table, key)
		for _, r := range all {
			if keep == nil || keep(r) {
				rows = append(rows, r)
			}
		}
		return err
	}
	part := func(i int, want string) func(AuditRow) bool {
		return func(r AuditRow) bool {
			parts := strings.Split(r.Key, "/")
			return i < len(parts) && parts[i] == want
		}
	}
	var err error
	switch {
	case of.Customer != "":
		p := of.Customer
		err = errors.Join(add(TableCustomers, p, nil),
			add(TableDecisions, "", part(0, p)),
			add(TableAssignments, "", part(1, p)),
			add(TableMonthInfo, "", part(0, p)),
			add(TableHospital, "", part(0, p)),
			add(TableCosts, "", part(0, p)),
			add(TablePrinted, "", part(0, p)),
			add(TableShifts, "", func(r AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Customer == p })
			}))
	case of.Assistant != "":
		p := of.Assistant
		err = errors.Join(add(TableAssistants, p, nil),
			add(TableAssignments, "", part(0, p)),
			add(TableShifts, "", func(r AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Assistant == p })
			}))
	default:
		m := of.Month
		err = errors.Join(add(TableMonthInfo, "", part(1, m.String())),
			add(TableCosts, "", part(1, m.String())),
			add(TablePrinted, "", part(1, m.String())),
			add(TableHospital, "", func(r AuditRow) bool { return stayInMonth(r, m) }),
			add(TableShifts, "", func(r AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool {
					return sh.Date.MonthOf() == m || (sh.CrossesMonth() && sh.Date.MonthOf().Next() == m)
				})
			}))
	}
	if err != nil {
		return nil, err
	}
	// Ids grow with time, one per change; the shifts of one import part share
	// its id and come in the order it lists them, the last the newest.
	slices.SortStableFunc(rows, func(a, b AuditRow) int { return cmp.Compare(a.ID, b.ID) })
	slices.Reverse(rows)
	out := make([]RecordChange, len(rows))
	for i, r := range rows {
		out[i] = DescribeAudit(r)
	}
	return out, nil
}

// rowHas reports whether the shift before or after the change satisfies f.
func rowHas(r AuditRow, f func(rules.Shift) bool) bool {
	for _, js := range []string{r.Old, r.New} {
		if sh, ok := shiftOf(js); ok && f(sh) {
			return true
		}
	}
	return false
}

// shiftOf reads a shift from its audit JSON (shiftCols).
func shiftOf(js string) (rules.Shift, bool) {
	if js == "" {
		return rules.Shift{}, false
	}
	var v struct {
		Assistant, Customer, Date, Kind string
		Start                           *int `json:"start_min"`
		End                             *int `json:"end_min"`
	}
	if json.Unmarshal([]byte(js), &v) != nil {
		return rules.Shift{}, false
	}
	d, err := rules.ParseDate(v.Date)
	if err != nil {
		return rules.Shift{}, false
	}
	sh := rules.Shift{Assistant: v.Assistant, Customer: v.Customer, Date: d, Kind: rules.Kind(v.Kind), Start: rules.NoClock, End: rules.NoClock}
	if v.Start != nil {
		sh.Start = rules.Clock(*v.Start)
	}
	if v.End != nil {
		sh.End = rules.Clock(*v.End)
	}
	return sh, true
}

// stayInMonth reports whether a hospital stay, before or after the change, overlaps m.
func stayInMonth(r AuditRow, m rules.Month) bool {
	for _, js := range []string{r.Old, r.New} {
		var v struct {
			From string `json:"from_date"`
			To   string `json:"to_date"`
		}
		if js == "" || json.Unmarshal([]byte(js), &v) != nil {
			continue
		}
		from, err := rules.ParseDate(v.From)
		if err != nil {
			continue
		}
		to, _ := rules.ParseDate(v.To) // no end date: still in hospital
		if (rules.HospitalStay{FromDate: from, ToDate: to}).Touches(m) {
			return true
		}
	}
	return false
}
