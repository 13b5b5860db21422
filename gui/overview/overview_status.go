package overview

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// The month's status, per customer, for the overview.

// statusText is how far a customer's month has come, in words.
func statusText(k rules.StatusKind) string {
	switch k {
	case rules.StatusToFix:
		return lang.X("status.to_fix", "fel att åtgärda")
	case rules.StatusReady:
		return lang.X("status.ready", "klar")
	case rules.StatusPrinted:
		return lang.X("status.printed", "utskriven")
	case rules.StatusSent:
		return lang.X("status.sent", "skickad")
	}
	return lang.X("status.not_started", "ej påbörjad")
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
	byPnr  map[string]rules.MonthStatus
}

func newStatusColumns(s *session.Session, onDone func()) *statusColumns {
	return &statusColumns{s: s, onDone: onDone}
}

func (sc *statusColumns) headers() []string {
	return []string{
		lang.X("status.col_status", "Status"),
		lang.X("status.col_days", "Tid kvar till FK"),
		lang.X("status.col_payment", "Uppskattad ersättning"),
	}
}

// numeric says which of the columns are right-aligned.
func (sc *statusColumns) numeric() []bool { return []bool{false, true, true} }

// reload works out the chosen month's statuses in the background.
func (sc *statusColumns) reload() {
	sc.gen++
	gen, m, today := sc.gen, sc.s.Month(), sc.s.Today()
	sc.s.GoDo(func() func() {
		md, fs, err := sc.s.Checked(m, today)
		var byPnr map[string]rules.MonthStatus
		if err == nil {
			byPnr = rules.MonthStatuses(md, fs)
		}
		return func() {
			if gen != sc.gen {
				return // a newer run is under way
			}
			sc.month, sc.ready, sc.failed = m, true, err != nil
			sc.byPnr = byPnr
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
	if st.ShowDays {
		days = widgets.DaysLeftText(st.DaysLeft)
	}
	if st.HasPayment && st.Kind != rules.StatusNotStarted {
		pay = estimateText(st.Payment)
	}
	return []string{statusText(st.Kind), days, pay}
}

// sumCells are the sum row's cells: the estimated payment of every customer.
func (sc *statusColumns) sumCells(pnrs []string) []string {
	if !sc.current() || sc.failed {
		return []string{"", "", ""}
	}
	var sum rules.Ore
	for _, p := range pnrs {
		sum += sc.byPnr[p].Payment
	}
	return []string{"", "", estimateText(sum)}
}

// estimateText is an estimate in whole kronor: öre would claim a precision
// it does not have, and take room the columns need.
func estimateText(o rules.Ore) string {
	kr := (o + 50) / 100 * 100
	if o < 0 {
		kr = (o - 50) / 100 * 100
	}
	return strings.TrimSuffix(rules.FormatKr(kr), ",00") + " kr"
}
