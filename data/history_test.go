package data

import (
	"errors"
	"reflect"
	"testing"

	"assistans/data/record"
	"assistans/rules"
)

// A customer renamed and given a representative: History says which record
// and which fields changed, by their description's labels and kinds, with the
// values as stored; the created record lists its filled-in fields but those
// its title names.
func TestHistoryAsChanges(t *testing.T) {
	s := openTest(t)
	c := rules.Customer{Pnr: "194512121239", Name: "Anna Andersson", Personkrets: 1}
	must(t, s.SaveCustomer(ctx, c))
	c.Name, c.RepresentativeRole, c.RepresentativeName, c.Version = "Anna Omdöpt", rules.GodMan, "Gustav Gode", 1
	must(t, s.SaveCustomer(ctx, c))
	got, err := s.History(ctx, HistoryOf{Customer: c.Pnr})
	must(t, err)
	if len(got) != 2 {
		t.Fatalf("%d changes, want 2", len(got))
	}
	changed, created := got[0], got[1]
	if changed.Action != ActionChanged || changed.Record != "customer" ||
		changed.Title != (ChangeTitle{Name: "Anna Omdöpt", ID: c.Pnr}) {
		t.Errorf("newest: %+v", changed)
	}
	want := []FieldChange{
		{Label: "history.c_name", Name: "name", Kind: record.Text, Old: "Anna Andersson", New: "Anna Omdöpt"},
		{Label: "history.c_representative_name", Name: "representative_name", Kind: record.Text, New: "Gustav Gode"},
		{Label: "history.c_representative_role", Name: "representative_role", Kind: record.Enum, New: "god_man"},
	}
	if !reflect.DeepEqual(changed.Fields, want) {
		t.Errorf("changed fields\n got %+v\nwant %+v", changed.Fields, want)
	}
	// Created: personkrets 1 and inactive 0 are filled in; pnr and name are in the title.
	wantNew := []FieldChange{
		{Label: "history.c_personkrets", Name: "personkrets", Kind: record.Small, New: "1"},
		{Label: "history.c_inactive", Name: "inactive", Kind: record.Bool, New: "0"},
	}
	if created.Action != ActionCreated || !reflect.DeepEqual(created.Fields, wantNew) {
		t.Errorf("created: %v %+v", created.Action, created.Fields)
	}
}

// The store asks a record's Validate before writing it, whichever way it came.
func TestSaveValidates(t *testing.T) {
	s := openTest(t)
	var fe *rules.FieldError
	err := s.SaveCustomer(ctx, rules.Customer{Pnr: "194512121239", Name: "Anna", Personkrets: 4})
	if !errors.As(err, &fe) || fe.Field != "personkrets" {
		t.Errorf("personkrets 4: %v", err)
	}
	err = s.SaveDecision(ctx, rules.Decision{Customer: "194512121239", From: rules.D(2026, 2, 1), To: rules.D(2026, 1, 1)})
	if !errors.As(err, &fe) || fe.Field != "to_date" {
		t.Errorf("decision ending before it starts: %v", err)
	}
	cs, err := s.Customers(ctx)
	must(t, err)
	if len(cs) != 0 {
		t.Errorf("stored %+v", cs)
	}
}

// A field added to a register later is left out of the audit row while NULL,
// so a record stored before it existed keeps matching its audit row.
func TestRecordJSONLeavesOutAddedNulls(t *testing.T) {
	cols := []string{"pnr", "name", "phone"}
	added := []bool{false, false, true}
	if got := recordJSON(cols, []any{"1", "A", nil}, added); got != `{"pnr":"1","name":"A"}` {
		t.Errorf("added NULL: %s", got)
	}
	if got := recordJSON(cols, []any{"1", "A", "070"}, added); got != `{"pnr":"1","name":"A","phone":"070"}` {
		t.Errorf("added value: %s", got)
	}
	if got := recordJSON(cols, []any{"1", nil, nil}, []bool{false, false, false}); got != `{"pnr":"1","name":null,"phone":null}` {
		t.Errorf("no added column: %s", got)
	}
}
