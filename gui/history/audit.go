package history

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"assistans/data"
	"assistans/gui/widgets"
	"assistans/rules"
)

// An audit row in words: its stored JSON flattened to fields, the fields that
// changed, and a title naming the record.

// auditField is one column of an audit row, nested values flattened to "a.b".
type auditField struct {
	name string
	val  any // string, json.Number or nil
}

// decodeFields reads a JSON object in its own order, flattening nested objects
// and arrays, and JSON objects stored as text (the settings), into dotted names.
func decodeFields(js string) ([]auditField, error) {
	if js == "" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(js))
	dec.UseNumber()
	var out []auditField
	if err := flatten(dec, "", &out); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("extra text after the JSON value")
	}
	return out, nil
}

func flatten(dec *json.Decoder, prefix string, out *[]auditField) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	join := func(k string) string {
		if prefix == "" {
			return k
		}
		return prefix + "." + k
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return err
				}
				if err := flatten(dec, join(fmt.Sprint(k)), out); err != nil {
					return err
				}
			}
		case '[':
			for i := 0; dec.More(); i++ {
				if err := flatten(dec, join(strconv.Itoa(i+1)), out); err != nil {
					return err
				}
			}
		}
		_, err := dec.Token() // the closing delimiter
		return err
	case string:
		if strings.HasPrefix(t, "{") {
			if inner, err := decodeFields(t); err == nil {
				for _, f := range inner {
					*out = append(*out, auditField{join(f.name), f.val})
				}
				return nil
			}
		}
		*out = append(*out, auditField{prefix, t})
	case json.Number:
		*out = append(*out, auditField{prefix, t})
	case bool:
		*out = append(*out, auditField{prefix, json.Number(map[bool]string{false: "0", true: "1"}[t])})
	default: // null
		*out = append(*out, auditField{prefix, nil})
	}
	return nil
}

// describeChange turns an audit row into the lines the dialog shows.
func describeChange(r data.AuditRow, names map[string]string) historyEntry {
	oldF, err1 := decodeFields(r.Old)
	newF, err2 := decodeFields(r.New)
	var action string
	switch {
	case r.Old == "":
		action = lang.X("history.created", "Nytt")
	case r.New == "":
		action = lang.X("history.deleted", "Borttaget")
	default:
		action = lang.X("history.changed", "Ändrat")
	}
	e := historyEntry{
		head: strings.Join([]string{r.At.In(rules.Stockholm).Format("2006-01-02 15:04"), r.User, action}, " · "),
		what: recordTitle(r, oldF, newF, names),
	}
	var lines []string
	if err := errors.Join(err1, err2); err != nil { // not ours to interpret: show it as stored
		lines = append(lines, r.Old+" → "+r.New)
	} else {
		lines = fieldChanges(r.Table, oldF, newF, names)
	}
	if r.Note != "" {
		lines = append(lines, lang.X("history.note", "Anledning: {{.Note}}", map[string]any{"Note": r.Note}))
	}
	e.changes = strings.Join(lines, "\n")
	return e
}

// inTitle are the columns recordTitle names a table's records by; a record
// created or deleted does not list them again.
var inTitle = map[string][]string{
	data.TableProviders:   {"orgnr", "name"},
	data.TableCustomers:   {"pnr", "name"},
	data.TableAssistants:  {"pnr", "name"},
	data.TableDecisions:   {"customer", "from_date"},
	data.TableAssignments: {"assistant", "customer"},
	data.TableShifts:      {"assistant", "customer", "date"},
	data.TableMonthInfo:   {"customer", "month"},
	data.TableHospital:    {"customer", "from_date"},
	data.TableCosts:       {"customer", "month"},
	data.TablePrinted:     {"customer", "month"},
	data.TableSettings:    {"key"},
}

// fieldChanges lists what changed: every changed column of an update, and the
// filled-in columns of a record created or deleted (but those in its title).
func fieldChanges(table string, oldF, newF []auditField, names map[string]string) []string {
	oldV := map[string]any{}
	for _, f := range oldF {
		oldV[f.name] = f.val
	}
	newV := map[string]any{}
	var order []string
	for _, f := range newF {
		newV[f.name] = f.val
		order = append(order, f.name)
	}
	for _, f := range oldF {
		if _, ok := newV[f.name]; !ok {
			order = append(order, f.name)
		}
	}
	var lines []string
	for _, name := range order {
		o, inOld := oldV[name]
		n, inNew := newV[name]
		label := columnLabel(table, name)
		switch {
		case len(oldF) == 0 || len(newF) == 0: // created or deleted: what it held
			if slices.Contains(inTitle[table], name) {
				continue
			}
			v := n
			if !inNew {
				v = o
			}
			if v != nil && v != "" {
				lines = append(lines, label+": "+formatValue(table, name, v, names))
			}
		case !inOld || !inNew || fmt.Sprint(o) != fmt.Sprint(n):
			lines = append(lines, label+": "+formatValue(table, name, o, names)+" → "+formatValue(table, name, n, names))
		}
	}
	return lines
}

// value returns the named field's value as text ("" when absent or null).
func value(fs []auditField, name string) string {
	for _, f := range fs {
		if f.name == name && f.val != nil {
			return fmt.Sprint(f.val)
		}
	}
	return ""
}

// recordTitle names the changed record: "Pass 2026-10-05: Xena Xu hos Anna Andersson".
func recordTitle(r data.AuditRow, oldF, newF []auditField, names map[string]string) string {
	fs := newF
	if len(fs) == 0 {
		fs = oldF
	}
	v := func(name string) string { return value(fs, name) }
	person := func(id string) string { return widgets.PersonLabel(names[id], id) }
	name := func(id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return rules.FormatPnr(id)
	}
	month := func() string {
		m, err := rules.ParseMonth(v("month"))
		if err != nil {
			return v("month")
		}
		return widgets.MonthLabel(m)
	}
	switch r.Table {
	case data.TableProviders:
		return lang.X("history.t_provider", "Anordnare {{.Name}} ({{.Orgnr}})", map[string]any{"Name": v("name"), "Orgnr": v("orgnr")})
	case data.TableCustomers:
		return lang.X("history.t_customer", "Kund {{.Who}}", map[string]any{"Who": widgets.PersonLabel(v("name"), cmp.Or(v("pnr"), r.Key))})
	case data.TableAssistants:
		return lang.X("history.t_assistant", "Assistent {{.Who}}", map[string]any{"Who": widgets.PersonLabel(v("name"), cmp.Or(v("pnr"), r.Key))})
	case data.TableDecisions:
		return lang.X("history.t_decision", "Beslut för {{.Who}} från {{.From}}", map[string]any{"Who": person(v("customer")), "From": v("from_date")})
	case data.TableAssignments:
		return lang.X("history.t_assignment", "Uppdrag: {{.Assistant}} hos {{.Customer}}", map[string]any{"Assistant": name(v("assistant")), "Customer": name(v("customer"))})
	case data.TableShifts:
		return lang.X("history.t_shift", "Pass {{.Date}}: {{.Assistant}} hos {{.Customer}}", map[string]any{"Date": v("date"), "Assistant": name(v("assistant")), "Customer": name(v("customer"))})
	case data.TableMonthInfo:
		return lang.X("history.t_month", "Månadsuppgifter {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TableHospital:
		return lang.X("history.t_hospital", "Sjukhusvistelse från {{.From}} för {{.Who}}", map[string]any{"From": v("from_date"), "Who": name(v("customer"))})
	case data.TableCosts:
		return lang.X("history.t_cost", "Kostnader {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TablePrinted:
		return lang.X("history.t_printed", "Utskrift {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(v("customer"))})
	case data.TableSettings:
		return lang.X("history.t_settings", "Inställningar")
	}
	return r.Table + " " + r.Key
}
