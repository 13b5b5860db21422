package rules

// Fraction is an exact factor such as 1/4.
type Fraction struct{ Num, Den int64 }

// Valid says the factor can be used; callers compare fractions of minutes by
// cross-multiplying, never by rounding early.
func (f Fraction) Valid() bool { return f.Den > 0 && f.Num >= 0 }

// WorkLimit is a working-time limit: at most LimitMinPerWeek on average over
// calculation periods of PeriodDays days, or of PeriodMonths calendar months when PeriodDays is 0.
type WorkLimit struct {
	Name            string
	LimitMinPerWeek int
	PeriodDays      int
	PeriodMonths    int
}

// PeriodEnd returns the last day of the calculation period that starts on start.
// For a start on day 29–31 of a month-based limit it can differ from the end that
// Periods gives (which ends the day before the next period starts); use Periods
// to list an assistant's periods.
func (w WorkLimit) PeriodEnd(start Date) Date {
	if w.PeriodDays > 0 {
		return start.AddDays(w.PeriodDays - 1)
	}
	return start.AddMonths(w.PeriodMonths).AddDays(-1)
}

// Settings are the thresholds RULES.md marks as settings, with their defaults in DefaultSettings.
type Settings struct {
	Husligt WorkLimit
	ATL     WorkLimit
	// Agreements are the collective-agreement presets; Agreement names the one used
	// for assistants with regime avtal.
	Agreements []WorkLimit
	Agreement  string

	DailyRestMin       int
	DailyRestSeverity  Severity
	WeeklyRestMin      int
	WeeklyRestSeverity Severity

	// Factors for comparing reported time with granted hours (HOURS_OVER_DECISION).
	VantetidFactor  Fraction
	BeredskapFactor Fraction

	DeadlineNearDays int

	// Schablon is the schablonbelopp per year (the rate table): the default hourly
	// amount of a new decision (DecisionAmount) and HOURLY_AMOUNT's measure.
	Schablon map[int]Ore
}

// DefaultSettings are the values of RULES.md and DOMAIN.md.
func DefaultSettings() Settings {
	return Settings{
		Husligt: WorkLimit{Name: "Husligt arbete", LimitMinPerWeek: 52 * 60, PeriodDays: 28},
		ATL:     WorkLimit{Name: "Arbetstidslagen", LimitMinPerWeek: 48 * 60, PeriodMonths: 4},
		Agreements: []WorkLimit{
			{Name: "Fremia/Kommunal", LimitMinPerWeek: 40 * 60, PeriodMonths: 6},
			{Name: "Vårdföretagarna/Kommunal", LimitMinPerWeek: 40 * 60, PeriodMonths: 6},
			{Name: "Sobona/SKR–Kommunal", LimitMinPerWeek: 40 * 60, PeriodMonths: 4},
		},
		Agreement:          "Fremia/Kommunal",
		DailyRestMin:       11 * 60,
		DailyRestSeverity:  Warn,
		WeeklyRestMin:      36 * 60,
		WeeklyRestSeverity: Warn,
		VantetidFactor:     Fraction{1, 4},
		BeredskapFactor:    Fraction{1, 7},
		DeadlineNearDays:   7,
		Schablon:           DefaultSchablon(),
	}
}

// LimitFor returns the working-time limit that applies to an assistant.
func (s Settings) LimitFor(a Assistant) WorkLimit {
	switch a.Regime {
	case Husligt:
		return s.Husligt
	case Avtal:
		for _, w := range s.Agreements {
			if w.Name == s.Agreement {
				return w
			}
		}
	}
	return s.ATL
}

// Period is one calculation period, both days inclusive.
type Period struct{ First, Last Date }

// Days is the period's length in calendar days.
func (p Period) Days() int { return DaysBetween(p.First, p.Last) + 1 }

// Periods lists the calculation periods that overlap the days from..to. The
// periods run back to back from anchor, in both directions: period k starts on
// anchor + k×PeriodDays days, or on anchor + k×PeriodMonths calendar months
// (computed from the anchor each time, not chained, so a start on the 31st
// does not drift), and ends the day before period k+1 starts. A limit with no
// period length has no periods.
func (w WorkLimit) Periods(anchor, from, to Date) []Period {
	start := func(k int) Date {
		if w.PeriodDays > 0 {
			return anchor.AddDays(k * w.PeriodDays)
		}
		return anchor.AddMonths(k * w.PeriodMonths)
	}
	var k int
	switch {
	case w.PeriodDays > 0:
		k = floorDiv(DaysBetween(anchor, from), w.PeriodDays)
	case w.PeriodMonths > 0:
		months := (from.Year-anchor.Year)*12 + int(from.Month) - int(anchor.Month)
		// Two early: a start on the 29th–31st rolls up to 3 days into the next month, so
		// with 1-month periods even period k-1 can start after from.
		k = floorDiv(months, w.PeriodMonths) - 2
	default:
		return nil
	}
	var out []Period
	for ; !start(k).After(to); k++ {
		p := Period{start(k), start(k + 1).AddDays(-1)}
		if !p.Last.Before(from) {
			out = append(out, p)
		}
	}
	return out
}

// PeriodsFor returns the limit that applies to the assistant and its calculation
// periods that overlap month m. An assistant without a period start counts from
// January 1st of the month's year.
func (s Settings) PeriodsFor(a Assistant, m Month) (WorkLimit, []Period) {
	w := s.LimitFor(a)
	anchor := a.PeriodStart
	if anchor.IsZero() {
		anchor = D(m.Year, 1, 1)
	}
	return w, w.Periods(anchor, m.First(), m.Last())
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
