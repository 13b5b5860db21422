package data

import (
	"io/fs"
	"slices"
	"testing"

	"assistans/data/postgres"
	"assistans/data/sqlite"
)

// One numbered list of migrations: every engine has a file for every number,
// under the same name, so that a backup's schema number means the same tables
// on both.
func TestEnginesHaveTheSameMigrations(t *testing.T) {
	lite, err := fs.Glob(sqlite.Migrations(), "*.sql")
	must(t, err)
	pg, err := fs.Glob(postgres.Migrations(), "*.sql")
	must(t, err)
	if len(lite) < 3 || !slices.Equal(lite, pg) {
		t.Errorf("SQLite's migrations %v\nPostgreSQL's %v", lite, pg)
	}
}

// Both engines have the same columns in every table, in the same order, and
// the column of every register field added later (record.AddedLater), which
// stands wherever the database's history put it.
func TestEnginesHaveTheSameColumns(t *testing.T) {
	s := openTest(t)
	for _, table := range append(slices.Clone(copyTables), "migrations") {
		rows, err := s.db.Query(`SELECT * FROM ` + table + ` LIMIT 0`)
		must(t, err)
		cols, err := rows.Columns()
		rows.Close()
		must(t, err)
		for _, in := range describedAdds {
			for _, f := range in.Fields {
				if in.Table != table || !f.Added {
					continue
				}
				if i := slices.Index(cols, f.Name); i >= 0 {
					cols = slices.Delete(cols, i, i+1)
				} else {
					t.Errorf("%s: no column %s", table, f.Name)
				}
			}
		}
		if want := tableColumns[table]; !slices.Equal(cols, want) {
			t.Errorf("%s: columns %q\nwant %q", table, cols, want)
		}
	}
}

// tableColumns are the schema's columns, as the migrations make them on both engines.
var tableColumns = map[string][]string{
	"migrations": {"number", "name", "applied_at"},
	TableProviders: {"orgnr", "name", "kind", "contact", "phone", "ivo_from", "ivo_to", "fskatt", "employer_registered",
		"permit_group1", "permit_group2", "permit_group3", "permit_children", "permit_adults", "version"},
	TableCustomers:  {"pnr", "name", "representative_name", "representative_pnr", "representative_role", "personkrets", "inactive", "version"},
	TableDecisions:  {"customer", "from_date", "to_date", "hours_per_week_centi", "hourly_amount_ore", "higher_amount", "double_assistance", "version"},
	TableAssistants: {"pnr", "name", "address", "outside_ees", "unfit", "regime", "period_start", "collective_agreement", "inactive", "version"},
	TableAssignments: {"assistant", "customer", "provider_orgnr", "employer", "employer_name", "employer_orgnr", "employed_from",
		"reported_3066", "related", "version"},
	TableShifts:    {"id", "assistant", "customer", "date", "start_min", "end_min", "kind", "version"},
	TableMonthInfo: {"customer", "month", "childcare_school", "abroad", "prev_payment_used", "prev_payment_left", "sent", "version"},
	TableHospital:  {"id", "customer", "from_date", "from_time", "to_date", "to_time", "version"},
	TableCosts:     {"customer", "month", "category", "amount_ore", "hours_centi", "version"},
	TablePrinted:   {"customer", "month", "aktiv_min", "vantetid_min", "beredskap_min", "printed_at", "override_reason"},
	TableSettings:  {"key", "value"},
	TableSchedules: {"customer", "from_date", "week", "weekday", "start_min", "end_min", "kind", "assistant", "weeks"},
	TableAbsences:  {"assistant", "date", "reason", "replacement"},
	TableRates:     {"year", "amount_ore"},
	TableWorked:    {"month", "assistant", "customer", "minutes"},
	"audit":        {"id", "at", "os_user", "tbl", "key", "old", "new", "note", "prev_hash", "hash"},
}
