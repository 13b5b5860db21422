package rules

// StatusKind is how far a customer's month has come.
type StatusKind int

const (
	StatusNotStarted StatusKind = iota // no time in the month
	StatusToFix                        // blocking findings other than the deadline
	StatusReady                        // time and no blocking findings, not printed
	StatusPrinted                      // printed, and the times are as printed
	StatusSent                         // marked as sent to FK
)

// MonthStatus is one customer's month: its state, the days left to FK's
// deadline, and the payment to expect: for the time FK pays (PaidShifts), at
// most the granted hours (CappedPayment).
type MonthStatus struct {
	Kind       StatusKind
	DaysLeft   int  // to the deadline; negative when passed
	ShowDays   bool // false when sent or without time: the deadline is no longer the customer's concern
	Payment    Ore
	HasPayment bool // a decision with an hourly amount covers the month
}

// MonthStatuses is every customer's status in month md.Month, from the month's
// data and its findings fs. A customer is StatusToFix for blocking findings
// other than DEADLINE_PASSED (the days left show that); a printed month whose
// times changed since has TOTALS_MISMATCH, which blocks.
func MonthStatuses(md MonthData, fs []Finding) map[string]MonthStatus {
	m := md.Month
	totals, paid := map[string]Totals{}, map[string]Totals{}
	for _, ct := range MonthTotals(md.Shifts, m) {
		totals[ct.Customer] = ct.Totals
	}
	for _, ct := range MonthTotals(PaidShifts(md.Shifts, fs), m) {
		paid[ct.Customer] = ct.Totals
	}
	sent := map[string]bool{}
	for _, mi := range md.MonthInfos {
		if mi.Month == m && !mi.Sent.IsZero() {
			sent[mi.Customer] = true
		}
	}
	printed := map[string]bool{}
	for _, p := range md.Printed {
		if p.Month == m {
			printed[p.Customer] = true
		}
	}
	blocked := map[string]bool{}
	for _, f := range fs {
		if f.Severity == Block && f.Code != DeadlinePassed {
			blocked[f.Customer] = true
		}
	}
	decs := map[string][]Decision{}
	for _, d := range md.Decisions {
		decs[d.Customer] = append(decs[d.Customer], d)
	}
	pnrs := map[string]bool{}
	for _, c := range md.Customers {
		pnrs[c.Pnr] = true
	}
	for p := range totals {
		pnrs[p] = true
	}
	days := DaysBetween(md.Today, m.Deadline())
	out := map[string]MonthStatus{}
	for pnr := range pnrs {
		t := totals[pnr]
		st := MonthStatus{DaysLeft: days}
		switch {
		case sent[pnr]:
			st.Kind = StatusSent
		case t.Sum() == 0:
			st.Kind = StatusNotStarted
		case blocked[pnr]:
			st.Kind = StatusToFix
		case printed[pnr]:
			st.Kind = StatusPrinted
		default:
			st.Kind = StatusReady
		}
		st.ShowDays = st.Kind != StatusSent && st.Kind != StatusNotStarted
		if amount, ok := MonthHourlyAmount(decs[pnr], m); ok {
			granted, _ := GrantedMinutes(decs[pnr], m)
			st.Payment = CappedPayment(paid[pnr], amount, md.Settings.VantetidFactor, md.Settings.BeredskapFactor, granted)
			st.HasPayment = true
		}
		out[pnr] = st
	}
	return out
}
