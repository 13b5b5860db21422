package record

import "assistans/rules"

// The five registers. Field order is the storage order and the CSV order
// (INTERFACE.md); a field without a CSV name is not in the files.

var Provider = &Desc[rules.Provider]{
	Type: "provider", Table: "providers",
	Fields: []Field[rules.Provider]{
		Keyed(Str(OrgID, "orgnr", "orgnr", "history.c_orgnr", func(p *rules.Provider) *string { return &p.Orgnr })),
		Str(Text, "name", "name", "history.c_name", func(p *rules.Provider) *string { return &p.Name }),
		Choice("kind", "kind", "history.c_provider_kind", func(p *rules.Provider) *rules.ProviderKind { return &p.Kind },
			rules.Privat, rules.Kommun, rules.EgenArbgiv),
		Str(Text, "contact", "contact", "history.c_contact", func(p *rules.Provider) *string { return &p.Contact }),
		Str(Text, "phone", "phone", "history.c_phone", func(p *rules.Provider) *string { return &p.Phone }),
		DateF("ivo_from", "ivo_permit_from", "history.c_ivo_from", func(p *rules.Provider) *rules.Date { return &p.IVOFrom }),
		DateF("ivo_to", "ivo_permit_to", "history.c_ivo_to", func(p *rules.Provider) *rules.Date { return &p.IVOTo }),
		FlagF("fskatt", "fskatt", "history.c_fskatt", func(p *rules.Provider) *rules.Flag { return &p.FSkatt }),
		FlagF("employer_registered", "employer_registered", "history.c_employer_registered",
			func(p *rules.Provider) *rules.Flag { return &p.EmployerRegistered }),
		FlagF("permit_group1", "permit_group1", "history.c_permit_group1", func(p *rules.Provider) *rules.Flag { return &p.PermitGroup[0] }),
		FlagF("permit_group2", "permit_group2", "history.c_permit_group2", func(p *rules.Provider) *rules.Flag { return &p.PermitGroup[1] }),
		FlagF("permit_group3", "permit_group3", "history.c_permit_group3", func(p *rules.Provider) *rules.Flag { return &p.PermitGroup[2] }),
		FlagF("permit_children", "permit_children", "history.c_permit_children", func(p *rules.Provider) *rules.Flag { return &p.PermitChildren }),
		FlagF("permit_adults", "permit_adults", "history.c_permit_adults", func(p *rules.Provider) *rules.Flag { return &p.PermitAdults }),
	},
	Version:  func(p *rules.Provider) *int64 { return &p.Version },
	Validate: rules.Provider.Validate,
}

var Customer = &Desc[rules.Customer]{
	Type: "customer", Table: "customers",
	Fields: []Field[rules.Customer]{
		Keyed(Str(Pnr, "pnr", "pnr", "history.c_pnr", func(c *rules.Customer) *string { return &c.Pnr })),
		Str(Text, "name", "name", "history.c_name", func(c *rules.Customer) *string { return &c.Name }),
		Str(Text, "representative_name", "representative_name", "history.c_representative_name",
			func(c *rules.Customer) *string { return &c.RepresentativeName }),
		Str(Pnr, "representative_pnr", "representative_pnr", "history.c_representative_pnr",
			func(c *rules.Customer) *string { return &c.RepresentativePnr }),
		Choice("representative_role", "representative_role", "history.c_representative_role",
			func(c *rules.Customer) *rules.RepresentativeRole { return &c.RepresentativeRole },
			rules.Vardnadshavare, rules.GodMan, rules.Forvaltare),
		SmallF("personkrets", "personkrets", "history.c_personkrets", func(c *rules.Customer) *int { return &c.Personkrets }),
		BoolF("inactive", "", "history.c_inactive", func(c *rules.Customer) *bool { return &c.Inactive }),
	},
	Version:  func(c *rules.Customer) *int64 { return &c.Version },
	Validate: rules.Customer.Validate,
}

var Decision = &Desc[rules.Decision]{
	Type: "decision", Table: "decisions",
	Fields: []Field[rules.Decision]{
		Keyed(Str(Pnr, "customer", "customer_pnr", "history.c_customer", func(d *rules.Decision) *string { return &d.Customer })),
		Keyed(DateF("from_date", "from", "history.c_from_date", func(d *rules.Decision) *rules.Date { return &d.From })),
		DateF("to_date", "to", "history.c_to_date", func(d *rules.Decision) *rules.Date { return &d.To }),
		CentiF("hours_per_week_centi", "hours_per_week", "history.c_hours_per_week", func(d *rules.Decision) *int64 { return &d.HoursPerWeekCenti }),
		OreF("hourly_amount_ore", "hourly_amount", "history.c_hourly_amount", func(d *rules.Decision) *rules.Ore { return &d.HourlyAmount }),
		BoolF("higher_amount", "higher_amount", "history.c_higher_amount", func(d *rules.Decision) *bool { return &d.HigherAmount }),
		BoolF("double_assistance", "double_assistance", "history.c_double_assistance", func(d *rules.Decision) *bool { return &d.DoubleAssistance }),
	},
	Version:  func(d *rules.Decision) *int64 { return &d.Version },
	Validate: rules.Decision.Validate,
}

var Assistant = &Desc[rules.Assistant]{
	Type: "assistant", Table: "assistants",
	Fields: []Field[rules.Assistant]{
		Keyed(Str(Identity, "pnr", "pnr", "history.c_pnr", func(a *rules.Assistant) *string { return &a.Pnr })),
		Str(Text, "name", "name", "history.c_name", func(a *rules.Assistant) *string { return &a.Name }),
		Str(Text, "address", "address", "history.c_address", func(a *rules.Assistant) *string { return &a.Address }),
		BoolF("outside_ees", "outside_ees", "history.c_outside_ees", func(a *rules.Assistant) *bool { return &a.OutsideEES }),
		BoolF("unfit", "unfit", "history.c_unfit", func(a *rules.Assistant) *bool { return &a.Unfit }),
		Choice("regime", "regime", "history.c_regime", func(a *rules.Assistant) *rules.Regime { return &a.Regime },
			rules.Husligt, rules.ATL, rules.Avtal),
		DateF("period_start", "period_start", "history.c_period_start", func(a *rules.Assistant) *rules.Date { return &a.PeriodStart }),
		BoolF("collective_agreement", "collective_agreement", "history.c_collective_agreement",
			func(a *rules.Assistant) *bool { return &a.CollectiveAgreement }),
		BoolF("inactive", "", "history.c_inactive", func(a *rules.Assistant) *bool { return &a.Inactive }),
	},
	Version:  func(a *rules.Assistant) *int64 { return &a.Version },
	Validate: rules.Assistant.Validate,
}

var Assignment = &Desc[rules.Assignment]{
	Type: "assignment", Table: "assignments",
	Fields: []Field[rules.Assignment]{
		Keyed(Str(Identity, "assistant", "assistant_pnr", "history.c_assistant", func(a *rules.Assignment) *string { return &a.Assistant })),
		Keyed(Str(Pnr, "customer", "customer_pnr", "history.c_customer", func(a *rules.Assignment) *string { return &a.Customer })),
		Nullable(Str(OrgID, "provider_orgnr", "provider_orgnr", "history.c_provider_orgnr",
			func(a *rules.Assignment) *string { return &a.ProviderOrgnr })),
		Choice("employer", "employer", "history.c_employer", func(a *rules.Assignment) *rules.EmployerKind { return &a.Employer },
			rules.EmployerProvider, rules.EmployerOther, rules.EmployerSelf, rules.EmployerCustomer),
		Str(Text, "employer_name", "employer_name", "history.c_employer_name", func(a *rules.Assignment) *string { return &a.EmployerName }),
		Str(OrgID, "employer_orgnr", "employer_orgnr", "history.c_employer_orgnr", func(a *rules.Assignment) *string { return &a.EmployerOrgnr }),
		DateF("employed_from", "employed_from", "history.c_employed_from", func(a *rules.Assignment) *rules.Date { return &a.EmployedFrom }),
		DateF("reported_3066", "reported_3066", "history.c_reported_3066", func(a *rules.Assignment) *rules.Date { return &a.Reported3066 }),
		BoolF("related", "related", "history.c_related", func(a *rules.Assignment) *bool { return &a.Related }),
	},
	Version:  func(a *rules.Assignment) *int64 { return &a.Version },
	Validate: rules.Assignment.Validate,
}
