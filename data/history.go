package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"assistans/data/record"
)

// The audit trail as changes of records: what the window's history shows,
// with every field named by its description's label and kind, so that the
// window knows no table or column. The stored rows and their chain are as
// they were; this only reads them.

// Action is what a change did to its record.
type Action uint8

const (
	ActionCreated Action = iota
	ActionChanged
	ActionDeleted
)

// RecordChange is one recorded change of one record.
type RecordChange struct {
	ID     int64
	At     time.Time
	User   string
	Action Action
	Record string // the record type (record.Info.Type): "customer", "shift", …
	Title  ChangeTitle
	// Fields are the changed fields of a change, or the filled-in fields of a
	// record created or deleted, but those the title names.
	Fields []FieldChange
	Note   string // the reason the user gave
	// Unreadable, when set, is the stored row as it is (old → new): its JSON
	// could not be read, so Fields are empty.
	Unreadable string
}

// ChangeTitle is what names the changed record; empty when not part of it.
type ChangeTitle struct {
	Name      string // the record's own name: a provider's, customer's, assistant's
	ID        string // its own number: organisationsnummer or personnummer
	Customer  string // the personnummer of the customer it belongs to
	Assistant string // the number of the assistant it belongs to
	Date      string // YYYY-MM-DD: a decision's or stay's start, a shift's day
	Month     string // YYYY-MM
}

// FieldChange is one field's value before and after, as stored in text (a
// number in digits, a date as YYYY-MM-DD); "" is empty. A created record
// has only New, a deleted one only Old.
type FieldChange struct {
	Label string // translation key of the caption; "" for a settings field, shown by Name
	Name  string
	Kind  record.Kind
	Old   string
	New   string
}

// infoByTable is each audited table's description.
var infoByTable = func() map[string]record.Info {
	m := map[string]record.Info{}
	for _, in := range record.All() {
		m[in.Table] = in
	}
	return m
}()

// DescribeAudit turns a stored audit row into a RecordChange.
func DescribeAudit(r AuditRow) RecordChange {
	in, ok := infoByTable[r.Table]
	if !ok {
		in = record.Info{Type: r.Table, Table: r.Table}
	}
	c := RecordChange{ID: r.ID, At: r.At, User: r.User, Record: in.Type, Note: r.Note, Action: ActionChanged}
	switch {
	case r.Old == "":
		c.Action = ActionCreated
	case r.New == "":
		c.Action = ActionDeleted
	}
	oldF, err1 := decodeFields(r.Old)
	newF, err2 := decodeFields(r.New)
	fs := newF
	if len(fs) == 0 {
		fs = oldF
	}
	inTitle := map[string]bool{}
	v := func(name string) string {
		inTitle[name] = true
		return value(fs, name)
	}
	c.Title = ChangeTitle{Name: v("name"), Customer: v("customer"), Assistant: v("assistant"), Month: v("month")}
	switch in.Type {
	case "provider":
		c.Title.ID = v("orgnr")
	case "customer", "assistant":
		c.Title.ID = v("pnr")
		if c.Title.ID == "" {
			c.Title.ID = r.Key
		}
	case "shift":
		c.Title.Date = v("date")
	case "decision", "hospital_stay":
		c.Title.Date = v("from_date")
	case "settings":
		v("key")
	}
	if err := errors.Join(err1, err2); err != nil { // not ours to interpret: shown as stored
		c.Unreadable = r.Old + " → " + r.New
		return c
	}
	c.Fields = fieldChanges(in, oldF, newF, c.Action != ActionChanged, inTitle)
	return c
}

// fieldChanges lists every changed field of an update, and the filled-in
// fields of a record created or deleted but those in its title.
func fieldChanges(in record.Info, oldF, newF []auditField, whole bool, inTitle map[string]bool) []FieldChange {
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
	var out []FieldChange
	for _, name := range order {
		o, inOld := oldV[name]
		n, inNew := newV[name]
		fc := FieldChange{Name: name, Kind: record.Text, Old: text(o), New: text(n)}
		if f, ok := in.Field(name); ok {
			fc.Label, fc.Kind = f.Label, f.Kind
		} else {
			fc.Name = strings.TrimPrefix(name, "value.") // a settings field
		}
		switch {
		case whole:
			if !inTitle[name] && (fc.Old != "" || fc.New != "") {
				out = append(out, fc)
			}
		case !inOld || !inNew || fc.Old != fc.New:
			out = append(out, fc)
		}
	}
	return out
}

func text(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

// auditField is one column of an audit row, nested values flattened to "a.b".
type auditField struct {
	name string
	val  any // string, json.Number or nil
}

// value returns the named field's value as text ("" when absent or null).
func value(fs []auditField, name string) string {
	for _, f := range fs {
		if f.name == name {
			return text(f.val)
		}
	}
	return ""
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
