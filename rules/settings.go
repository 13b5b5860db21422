package rules

// Fraction is an exact factor such as 1/4.
type Fraction struct{ Num, Den int64 }

// Of applies the factor to minutes, exactly as a rational number scaled by den;
// callers compare fractions of minutes by cross-multiplying, never by rounding early.
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

	// Schablon is the schablonbelopp per year, the default hourly amount of a new decision.
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
		Schablon: map[int]Ore{
			2015: 28400, 2016: 28800, 2017: 29100, 2018: 29540, 2019: 29980,
			2020: 30430, 2021: 31500, 2022: 31970, 2023: 32450, 2024: 33260,
		},
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
