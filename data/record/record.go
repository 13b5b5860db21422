// Package record describes each register's record type once: its fields in
// order, and for each how it is stored (Name, the column), carried in CSV
// files (CSV), captioned in the window (Label, a translation key) and what
// kind of value it holds (Kind). The store builds its SQL mapping from the
// description, data/csvfile its file columns, data's history its change
// values, and the register forms show a described field their screen does not
// place itself. Adding a column to a register is one line here, the field in
// the rules type, and its label in the two translation files.
//
// The package is pure Go, like rules, whose types it describes.
package record

import (
	"strconv"

	"assistans/rules"
)

// Kind is the kind of value a field holds: it decides how the value is
// stored, read from and written to CSV, edited and shown.
type Kind uint8

const (
	Text     Kind = iota // free text (string)
	Pnr                  // a personnummer (string of 12 digits)
	Identity             // a personnummer or samordningsnummer (string)
	OrgID                // an organisationsnummer, or a sole trader's personnummer (string)
	Enum                 // one of the field's Words (a string type)
	Date                 // rules.Date; zero = not given
	Flag                 // rules.Flag: yes, no or not recorded
	Bool                 // bool
	Ore                  // rules.Ore: kronor in öre
	Centi                // int64: hours in hundredths
	Small                // int: a small number, 0 = not recorded (personkrets)
	Clock                // rules.Clock: minutes after midnight; NoClock = not given
	Minutes              // a duration in minutes (history only)
	Month                // rules.Month: YYYY-MM
	Time                 // a moment, RFC 3339 (history only)
)

// Field is one field of records of type T.
type Field[T any] struct {
	FieldInfo
	ptr  func(*T) any // a pointer to the field: *string, *rules.Date, … (an Enum's is *E)
	getS func(*T) string
	setS func(*T, string)
}

// FieldInfo is what a field is, without its record type.
type FieldInfo struct {
	Name  string // the storage column; also the name history reports it by
	CSV   string // the CSV column; "" when files do not carry the field
	Label string // translation key of its caption
	Kind  Kind
	Key   bool // part of the record's key
	// NullEmpty stores an empty value as NULL: a reference that may be empty,
	// or a field added after records existed (see Added).
	NullEmpty bool
	// Added marks a field added to a register whose records are already in
	// audit trails: its column is created by the store when missing, and an
	// empty value is left out of the audit row, so that records stored before
	// the field existed still agree with their audit rows.
	Added bool
	Words []string // an Enum's values
}

// Ptr returns a pointer to the field in x: *string for the text kinds,
// *rules.Date, *rules.Flag, *bool, *rules.Ore, *int64 (Centi), *int (Small),
// *rules.Month or *rules.Clock.
// An Enum's pointer is to its own string type; use Text and SetText.
func (f Field[T]) Ptr(x *T) any { return f.ptr(x) }

// Text is an Enum's value, or a text kind's.
func (f Field[T]) Text(x *T) string {
	if f.getS != nil {
		return f.getS(x)
	}
	return *f.ptr(x).(*string)
}

// SetText sets an Enum's value, or a text kind's.
func (f Field[T]) SetText(x *T, v string) {
	if f.setS != nil {
		f.setS(x, v)
		return
	}
	*f.ptr(x).(*string) = v
}

// Desc describes the records of type T of one register.
type Desc[T any] struct {
	Type    string // what history calls a record: "customer"
	Table   string // the storage table
	Fields  []Field[T]
	Version func(*T) *int64 // the stored version; nil when not versioned
	// Validate checks a record before it is stored (the rules type's Validate).
	Validate func(T) error
}

// Info is a description without its record type, for the code that only
// names and shows fields (history, the label test).
type Info struct {
	Type, Table string
	Fields      []FieldInfo
}

func (d *Desc[T]) Info() Info {
	fs := make([]FieldInfo, len(d.Fields))
	for i, f := range d.Fields {
		fs[i] = f.FieldInfo
	}
	return Info{Type: d.Type, Table: d.Table, Fields: fs}
}

// Field returns the field with the given name.
func (i Info) Field(name string) (FieldInfo, bool) {
	for _, f := range i.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return FieldInfo{}, false
}

// SameKey says whether a and b are the same record: their key fields agree.
func (d *Desc[T]) SameKey(a, b *T) bool {
	for _, f := range d.Fields {
		if f.Key && f.display(a) != f.display(b) {
			return false
		}
	}
	return true
}

// Title is what a register lists a record by: its name (the field "name",
// if any) and its own number (its first key field).
func (d *Desc[T]) Title(x *T) (name, id string) {
	for _, f := range d.Fields {
		switch {
		case f.Name == "name":
			name = f.Text(x)
		case f.Key && id == "":
			id = f.display(x)
		}
	}
	return name, id
}

// display is a key field's value as text, for comparing and searching.
func (f Field[T]) display(x *T) string {
	switch p := f.ptr(x).(type) {
	case *rules.Date:
		return p.String()
	case *int:
		return strconv.Itoa(*p)
	case *rules.Month:
		return p.String()
	case *rules.Clock:
		return strconv.Itoa(int(*p))
	}
	return f.Text(x)
}
