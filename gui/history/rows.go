package history

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"assistans/data"
	"assistans/gui/session"
	"assistans/rules"
)

// Which audit rows belong to a customer, an assistant or a month.

// historyRows reads the audit rows of subj, newest first.
func historyRows(ctx context.Context, st session.HistoryStore, subj Subject) ([]data.AuditRow, error) {
	var out []data.AuditRow
	add := func(table, key string, keep func(data.AuditRow) bool) error {
		rows, err := st.Audit(ctx, table, key)
		for _, r := range rows {
			if keep == nil || keep(r) {
				out = append(out, r)
			}
		}
		return err
	}
	keyPart := func(r data.AuditRow, i int) string {
		parts := strings.Split(r.Key, "/")
		if i < len(parts) {
			return parts[i]
		}
		return ""
	}
	part := func(i int, want string) func(data.AuditRow) bool {
		return func(r data.AuditRow) bool { return keyPart(r, i) == want }
	}
	var err error
	switch subj.Kind {
	case historyCustomer:
		p := subj.pnr
		err = errors.Join(add(data.TableCustomers, p, nil),
			add(data.TableDecisions, "", part(0, p)),
			add(data.TableAssignments, "", part(1, p)),
			add(data.TableMonthInfo, "", part(0, p)),
			add(data.TableHospital, "", part(0, p)),
			add(data.TableCosts, "", part(0, p)),
			add(data.TablePrinted, "", part(0, p)),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Customer == p })
			}))
	case historyAssistant:
		p := subj.pnr
		err = errors.Join(add(data.TableAssistants, p, nil),
			add(data.TableAssignments, "", part(0, p)),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool { return sh.Assistant == p })
			}))
	case ByMonth:
		m := subj.Month
		err = errors.Join(add(data.TableMonthInfo, "", part(1, m.String())),
			add(data.TableCosts, "", part(1, m.String())),
			add(data.TablePrinted, "", part(1, m.String())),
			add(data.TableHospital, "", func(r data.AuditRow) bool { return stayInMonth(r, m) }),
			add(data.TableShifts, "", func(r data.AuditRow) bool {
				return rowHas(r, func(sh rules.Shift) bool {
					return sh.Date.MonthOf() == m || (sh.CrossesMonth() && sh.Date.MonthOf().Next() == m)
				})
			}))
	}
	if err != nil {
		return nil, err
	}
	// Ids grow with time, one per change.
	slices.SortFunc(out, func(a, b data.AuditRow) int { return cmp.Compare(b.ID, a.ID) })
	return out, nil
}

// rowHas reports whether the shift before or after the change satisfies f.
func rowHas(r data.AuditRow, f func(rules.Shift) bool) bool {
	for _, js := range []string{r.Old, r.New} {
		if sh, ok := shiftOf(js); ok && f(sh) {
			return true
		}
	}
	return false
}

// shiftOf reads a shift from its audit JSON (data's shiftCols).
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
func stayInMonth(r data.AuditRow, m rules.Month) bool {
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
