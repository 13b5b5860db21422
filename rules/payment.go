package rules

// ExpectedPayment estimates what FK pays for a customer's month: the hours FK
// compensates (aktiv in full, väntetid × vf, beredskap × bf; by default 1/4 and
// 1/7) times the hourly amount. It is computed as one fraction and rounded half
// up to whole öre once, at the end. A factor that is not valid falls back to
// its default, as Check does.
func ExpectedPayment(t Totals, hourly Ore, vf, bf Fraction) Ore {
	def := DefaultSettings()
	if !vf.Valid() {
		vf = def.VantetidFactor
	}
	if !bf.Valid() {
		bf = def.BeredskapFactor
	}
	// minutes × den = aktiv × vd × bd + väntetid × vn × bd + beredskap × bn × vd
	den := vf.Den * bf.Den
	scaled := int64(t.Aktiv)*den + int64(t.Vantetid)*vf.Num*bf.Den + int64(t.Beredskap)*bf.Num*vf.Den
	return Ore(RoundDiv(scaled*int64(hourly), den*60))
}

// MonthHourlyAmount is the hourly amount to estimate month m's payment with,
// from one customer's decisions: each day counts for the decision that covers
// it and starts latest (as the granted hours are counted), and the decision
// with the most days wins (on a tie the one that starts latest). ok is false
// when no decision covers a day of m or the winner has no amount recorded.
func MonthHourlyAmount(decs []Decision, m Month) (amount Ore, ok bool) {
	days := make([]int, len(decs))
	for d := m.First(); m.Contains(d); d = d.AddDays(1) {
		best := -1
		for i, dc := range decs {
			if dc.Covers(d) && (best < 0 || dc.From.After(decs[best].From)) {
				best = i
			}
		}
		if best >= 0 {
			days[best]++
		}
	}
	win := -1
	for i, n := range days {
		if n > 0 && (win < 0 || n > days[win] || n == days[win] && decs[i].From.After(decs[win].From)) {
			win = i
		}
	}
	if win < 0 || decs[win].HourlyAmount <= 0 {
		return 0, false
	}
	return decs[win].HourlyAmount, true
}

// CostHoursCenti is the default number of hours a month's cost report is
// computed on: every kind of time in full, in hundredths of an hour, rounded
// half up, the number COSTS_HOURS expects.
func CostHoursCenti(minutes int) int64 { return RoundDiv(int64(minutes)*100, 60) }

// CostPerHour is a cost report's kronor per hour: amount ÷ hours, rounded half
// up to whole öre. ok is false when there are no hours to divide by. The sum
// line divides the summed amount the same way (not the sum of rounded lines),
// as the printed 3057 does.
func CostPerHour(amount Ore, hoursCenti int64) (perHour Ore, ok bool) {
	if hoursCenti <= 0 {
		return 0, false
	}
	return Ore(RoundDiv(int64(amount)*100, hoursCenti)), true
}

// unpaidShiftCodes are findings about one shift that FK does not pay for
// (DOMAIN.md, "When FK does not pay"): an invalid shift, an assistant under 18,
// time before FK received the 3066, a day no decision covers.
var unpaidShiftCodes = map[Code]bool{ShiftInvalid: true, AssistantUnder18: true, NotReported3066: true, NoDecision: true}

// unpaidPairCodes are findings about an assistant that make all their time for
// the customer unpaid: unable to work, or living outside the EES (FK pays
// then only for special reasons, which the estimate does not assume).
var unpaidPairCodes = map[Code]bool{AssistantUnfit: true, AssistantAbroad: true}

// PaidShifts are the shifts of shifts that FK pays for as far as the month's
// findings fs tell: without those a finding of unpaidShiftCodes names, and
// without every shift of an assistant for a customer that a finding of
// unpaidPairCodes names. The working-time rules and the provider's permit are
// left to the findings: which hours they cost is FK's judgement, not a count.
func PaidShifts(shifts []Shift, fs []Finding) []Shift {
	type pair struct{ a, c string }
	badShift, badPair := map[int64]bool{}, map[pair]bool{}
	for _, f := range fs {
		switch {
		case unpaidShiftCodes[f.Code] && f.ShiftID != 0:
			badShift[f.ShiftID] = true
		case unpaidPairCodes[f.Code]:
			badPair[pair{f.Assistant, f.Customer}] = true
		}
	}
	out := make([]Shift, 0, len(shifts))
	for _, s := range shifts {
		if (s.ID == 0 || !badShift[s.ID]) && !badPair[pair{s.Assistant, s.Customer}] {
			out = append(out, s)
		}
	}
	return out
}

// CappedPayment is ExpectedPayment of the paid time t, but no more than the
// granted minutes at the hourly amount: FK pays at most the hours the decision
// grants (HOURS_OVER_DECISION counts the same weighted hours).
func CappedPayment(t Totals, hourly Ore, vf, bf Fraction, granted int) Ore {
	return min(ExpectedPayment(t, hourly, vf, bf), Ore(RoundDiv(int64(granted)*int64(hourly), 60)))
}
