package record

// The other audited record types, described for the history only: their
// storage is written by hand (shifts are read by the tens of thousands; the
// month's tables have their own code), but their changes are shown by these
// fields' labels and kinds like a register's.

func info(typ, table string, fields ...FieldInfo) Info {
	return Info{Type: typ, Table: table, Fields: fields}
}

func fi(name, label string, k Kind) FieldInfo { return FieldInfo{Name: name, Label: label, Kind: k} }

var (
	customerRef  = fi("customer", "history.c_customer", Pnr)
	assistantRef = fi("assistant", "history.c_assistant", Identity)
	monthField   = fi("month", "history.c_month", Month)
)

var (
	Shift = info("shift", "shifts", assistantRef, customerRef, fi("date", "history.c_date", Date),
		fi("start_min", "history.c_start", Clock), fi("end_min", "history.c_end", Clock), fi("kind", "history.c_shift_kind", Enum))
	Cost = info("cost", "costs", customerRef, monthField, fi("category", "history.c_category", Small),
		fi("amount_ore", "history.c_amount", Ore), fi("hours_centi", "history.c_hours", Centi))
	Printed = info("printed", "printed", customerRef, monthField,
		fi("aktiv_min", "history.c_aktiv", Minutes), fi("vantetid_min", "history.c_vantetid", Minutes),
		fi("beredskap_min", "history.c_beredskap", Minutes), fi("printed_at", "history.c_printed_at", Time),
		fi("override_reason", "history.c_override_reason", Text))
	// Settings are one JSON text, shown field by field under their own names.
	Settings = info("settings", "settings", fi("key", "history.c_key", Text))
)

// All lists every described record type, the registers first.
func All() []Info {
	return []Info{Provider.Info(), Customer.Info(), Decision.Info(), Assistant.Info(), Assignment.Info(),
		MonthInfo.Info(), HospitalStay.Info(), Shift, Cost, Printed, Settings}
}
