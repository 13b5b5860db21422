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
