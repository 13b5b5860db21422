package overview

import (
	"fyne.io/fyne/v2/lang"

	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The month's status, per customer, for the overview.

// statusKind is how far a customer's month has come.
type statusKind int

const (
	statusNotStarted statusKind = iota // no time in the month
	statusToFix                        // blocking findings other than the deadline
	statusReady                        // time and no blocking findings, not printed
	statusPrinted                      // printed, and the times are as printed
	statusSent                         // marked as sent to FK
)

func (k statusKind) String() string {
	switch k {
	case statusToFix:
		return lang.X("status.to_fix", "fel att åtgärda")
	case statusReady:
		return lang.X("status.ready", "klar")
	case statusPrinted:
		return lang.X("status.printed", "utskriven")
	case statusSent:
		return lang.X("status.sent", "skickad")
	}
	return lang.X("status.not_started", "ej påbörjad")
}

// monthStatus is one customer's month as the overview shows it.
type monthStatus struct {
	kind       statusKind
	daysLeft   int  // to the deadline; negative when passed
	showDays   bool // false when sent or without time
	payment    rules.Ore
	hasPayment bool // a decision with an hourly amount covers the month
}

// monthStatuses works out every customer's status from the month's data and
// findings. A customer is "fel att åtgärda" for blocking findings other than
// the deadline's own (the days column shows that); printed months whose times
// changed since show TOTALS_MISMATCH, which blocks.
func monthStatuses(md rules.MonthData, fs []rules.Finding) map[string]monthStatus {
	m := md.Month
	totals := map[string]rules.Totals{}
	for _, ct := range rules.MonthTotals(md.Shifts, m) {
		totals[ct.Customer] = ct.Totals
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
		if f.Severity == rules.Block && f.Code != rules.DeadlinePassed {
			blocked[f.Customer] = true
		}
	}
	decs := map[string][]rules.Decision{}
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
	days := rules.DaysBetween(md.Today, m.Deadline())
	out := map[string]monthStatus{}
	for pnr := range pnrs {
		t := totals[pnr]
		st := monthStatus{daysLeft: days}
		switch {
		case sent[pnr]:
			st.kind = statusSent
		case t.Sum() == 0:
			st.kind = statusNotStarted
		case blocked[pnr]:
			st.kind = statusToFix
		case printed[pnr]:
			st.kind = statusPrinted
		default:
			st.kind = statusReady
		}
		st.showDays = st.kind != statusSent && st.kind != statusNotStarted
		if amount, ok := rules.MonthHourlyAmount(decs[pnr], m); ok {
			st.payment = rules.ExpectedPayment(t, amount, md.Settings.VantetidFactor, md.Settings.BeredskapFactor)
			st.hasPayment = true
		}
		out[pnr] = st
	}
	return out
}

// statusColumns are the overview's columns Status, Tid kvar and Beräknad
// ersättning. They need the month's check, which can take a while, so they are
// worked out off the UI thread and shown when ready ("…" until then).
type statusColumns struct {
	s      *session.Session
	onDone func() // the overview shows the new cells
	gen    int
	month  rules.Month
	ready  bool
	failed bool
	byPnr  map[string]monthStatus
}

func newStatusColumns(s *session.Session, onDone func()) *statusColumns {
	return &statusColumns{s: s, onDone: onDone}
}

func (sc *statusColumns) headers() []string {
	return []string{
		lang.X("status.col_status", "Status"),
		lang.X("status.col_days", "Tid kvar till FK"),
		lang.X("status.col_payment", "Ersättning (uppskattning)"),
	}
}

// numeric says which of the columns are right-aligned.
func (sc *statusColumns) numeric() []bool { return []bool{false, true, true} }

// reload works out the chosen month's statuses in the background.
func (sc *statusColumns) reload() {
	sc.gen++
	gen, m, today := sc.gen, sc.s.Month(), sc.s.Today()
	sc.s.GoDo(func() func() {
		md, fs, err := session.CheckMonth(sc.s.Ctx, sc.s.Store, m, today)
		return func() {
			if gen != sc.gen {
				return // a newer run is under way
			}
			sc.month, sc.ready, sc.failed = m, true, err != nil
			sc.byPnr = nil
			if err == nil {
				sc.byPnr = monthStatuses(md, fs)
			}
			sc.onDone()
		}
	})
}

// current says whether the statuses are for the month shown.
func (sc *statusColumns) current() bool { return sc.ready && sc.month == sc.s.Month() }

// cells are a customer's three cells.
func (sc *statusColumns) cells(pnr string) []string {
	if !sc.current() {
		return []string{"…", "…", "…"}
	}
	st, ok := sc.byPnr[pnr]
	if sc.failed || !ok {
		return []string{"?", "", ""}
	}
	days, pay := "–", "–"
	if st.showDays {
		days = widgets.DaysLeftText(st.daysLeft)
	}
	if st.hasPayment && st.kind != statusNotStarted {
		pay = st.payment.String()
	}
	return []string{st.kind.String(), days, pay}
}

// sumCells are the sum row's cells: the estimated payment of every customer.
func (sc *statusColumns) sumCells(pnrs []string) []string {
	if !sc.current() || sc.failed {
		return []string{"", "", ""}
	}
	var sum rules.Ore
	for _, p := range pnrs {
		sum += sc.byPnr[p].payment
	}
	return []string{"", "", sum.String()}
}
