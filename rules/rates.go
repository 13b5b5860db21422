package rules

// DefaultSchablon is the schablonbelopp per calendar year (DOMAIN.md "Amounts"),
// the table a new database starts with. The user can correct any year and add
// a new one (a row in the table, no new program version): 2025 is derived, not
// confirmed.
func DefaultSchablon() map[int]Ore {
	return map[int]Ore{
		2015: Kr(284, 0), 2016: Kr(288, 0), 2017: Kr(291, 0), 2018: Kr(295, 40), 2019: Kr(299, 80),
		2020: Kr(304, 30), 2021: Kr(315, 0), 2022: Kr(319, 70), 2023: Kr(324, 50), 2024: Kr(332, 60),
		2025: Kr(342, 60), 2026: Kr(347, 70),
	}
}

// HigherAmountPercent is how far above the schablonbelopp a higher hourly
// amount (förhöjt timbelopp) may go.
const HigherAmountPercent = 12

// HigherCeiling is the highest higher amount of a year, schablon × 1,12, in
// whole öre rounded down (2026: 389,42 kr). Comparisons use AboveCeiling, which is exact.
func HigherCeiling(schablon Ore) Ore {
	return schablon * (100 + HigherAmountPercent) / 100
}

// AboveCeiling says whether amount is more than HigherAmountPercent above schablon, exactly.
func AboveCeiling(amount, schablon Ore) bool {
	return int64(amount)*100 > int64(schablon)*(100+HigherAmountPercent)
}

// DecisionAmount is the hourly amount a new decision starting on from gets by
// default: the schablonbelopp of from's year; ok is false for a year the table lacks.
func (s Settings) DecisionAmount(from Date) (amount Ore, ok bool) {
	amount, ok = s.Schablon[from.Year]
	return amount, ok && amount > 0
}

// WithDefaultAmount gives a decision without an hourly amount (an empty cell in
// an import) the schablonbelopp of its first year, where the table has one.
func (s Settings) WithDefaultAmount(d Decision) Decision {
	if d.HourlyAmount == 0 {
		if a, ok := s.DecisionAmount(d.From); ok {
			d.HourlyAmount = a
		}
	}
	return d
}
