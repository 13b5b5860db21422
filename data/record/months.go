package record

import "assistans/rules"

// A customer's month facts and hospital stays, described as the registers are.

var MonthInfo = &Desc[rules.MonthInfo]{
	Type: "month", Table: "month_info",
	Fields: []Field[rules.MonthInfo]{
		Keyed(Str(Pnr, "customer", "customer_pnr", "history.c_customer", func(m *rules.MonthInfo) *string { return &m.Customer })),
		Keyed(MonthF("month", "month", "history.c_month", func(m *rules.MonthInfo) *rules.Month { return &m.Month })),
		BoolF("childcare_school", "childcare_school", "history.c_childcare_school", func(m *rules.MonthInfo) *bool { return &m.ChildcareSchool }),
		BoolF("abroad", "abroad", "history.c_abroad", func(m *rules.MonthInfo) *bool { return &m.Abroad }),
		FlagF("prev_payment_used", "prev_payment_used", "history.c_prev_payment_used", func(m *rules.MonthInfo) *rules.Flag { return &m.PrevPaymentUsed }),
		OreF("prev_payment_left", "prev_payment_left", "history.c_prev_payment_left", func(m *rules.MonthInfo) *rules.Ore { return &m.PrevPaymentLeft }),
		DateF("sent", "sent", "history.c_sent", func(m *rules.MonthInfo) *rules.Date { return &m.Sent }),
	},
	Version:  func(m *rules.MonthInfo) *int64 { return &m.Version },
	Validate: rules.MonthInfo.Validate,
}

var HospitalStay = &Desc[rules.HospitalStay]{
	Type: "hospital_stay", Table: "hospital_stays",
	Fields: []Field[rules.HospitalStay]{
		Keyed(Str(Pnr, "customer", "customer_pnr", "history.c_customer", func(h *rules.HospitalStay) *string { return &h.Customer })),
		Keyed(DateF("from_date", "from_date", "history.c_from_date", func(h *rules.HospitalStay) *rules.Date { return &h.FromDate })),
		Keyed(ClockF("from_time", "from_time", "history.c_from_time", func(h *rules.HospitalStay) *rules.Clock { return &h.FromTime })),
		DateF("to_date", "to_date", "history.c_to_date", func(h *rules.HospitalStay) *rules.Date { return &h.ToDate }),
		ClockF("to_time", "to_time", "history.c_to_time", func(h *rules.HospitalStay) *rules.Clock { return &h.ToTime }),
	},
	Version:  func(h *rules.HospitalStay) *int64 { return &h.Version },
	Validate: rules.HospitalStay.Validate,
}
