package say

import (
	"fmt"

	"assistans/rules"
)

// The texts of the planning findings (HOURLY_AMOUNT, UNFILLED_SHIFT,
// SICK_DAY_15), in the style of finding_shift.go: what is wrong, with the
// numbers, what it means and what to do; Swedish and English side by side.

func msgHourlyAmount(en bool, dc rules.Decision, schablon rules.Ore) string {
	if en {
		return fmt.Sprintf("The decision from %s has the hourly amount %s kr, but the standard amount (schablonbelopp) for %d is "+
			"%s kr and the decision has no higher amount. FK pays the amount in the decision; check that it was typed correctly, "+
			"or mark the decision as having a higher hourly amount if it grants one.",
			dc.From, rules.FormatKr(dc.HourlyAmount), dc.From.Year, rules.FormatKr(schablon))
	}
	return fmt.Sprintf("Beslutet från %s har timbeloppet %s kr, men schablonbeloppet för %d är %s kr och beslutet "+
		"har inte förhöjt timbelopp. FK betalar beloppet i beslutet; kontrollera att det är rätt inskrivet, "+
		"eller markera förhöjt timbelopp om beslutet ger det.",
		dc.From, rules.FormatKr(dc.HourlyAmount), dc.From.Year, rules.FormatKr(schablon))
}

func msgHigherCeiling(en bool, dc rules.Decision, schablon rules.Ore) string {
	if en {
		return fmt.Sprintf("The decision from %s has a higher hourly amount of %s kr, more than %d %% above the standard amount "+
			"for %d (%s kr; at most %s kr). A higher hourly amount can be at most %d %% above the standard amount "+
			"(section 5 of the ordinance (1993:1091)). Check that the amount was typed correctly.",
			dc.From, rules.FormatKr(dc.HourlyAmount), rules.HigherAmountPercent, dc.From.Year, rules.FormatKr(schablon),
			rules.FormatKr(rules.HigherCeiling(schablon)), rules.HigherAmountPercent)
	}
	return fmt.Sprintf("Beslutet från %s har förhöjt timbelopp %s kr, mer än %d %% över schablonbeloppet för %d "+
		"(%s kr; högst %s kr). Ett förhöjt timbelopp kan vara högst %d %% över schablonbeloppet "+
		"(5 § förordningen (1993:1091)). Kontrollera att beloppet är rätt inskrivet.",
		dc.From, rules.FormatKr(dc.HourlyAmount), rules.HigherAmountPercent, dc.From.Year, rules.FormatKr(schablon),
		rules.FormatKr(rules.HigherCeiling(schablon)), rules.HigherAmountPercent)
}

func reasonText(en bool, r rules.AbsenceReason) string {
	switch r {
	case rules.Sjuk:
		return pick(en, "sjuk", "sick")
	case rules.Semester:
		return pick(en, "på semester", "on holiday")
	case rules.VAB:
		return pick(en, "hemma för vård av barn (VAB)", "at home caring for a sick child (VAB)")
	case rules.Ledig:
		return pick(en, "ledig", "on leave")
	}
	return string(r)
}

func msgUnfilled(en bool, s *rules.Shift, a rules.Absence) string {
	if en {
		why := "no replacement is named"
		if a.Replacement != "" {
			why = fmt.Sprintf("the replacement %s is absent that day too", rules.FormatPnr(a.Replacement))
		}
		return fmt.Sprintf("The scheduled shift %s has no assistant: the assistant is %s and %s. Nobody is there to "+
			"assist the customer, and nothing is reported for the time. Name a replacement for the absence and lay the "+
			"schedule again, or enter the shift for another assistant.", shiftText(en, s), reasonText(en, a.Reason), why)
	}
	why := "ingen ersättare är angiven"
	if a.Replacement != "" {
		why = fmt.Sprintf("ersättaren %s är också frånvarande den dagen", rules.FormatPnr(a.Replacement))
	}
	return fmt.Sprintf("Det schemalagda passet %s saknar assistent: assistenten är %s och %s. Ingen finns där för "+
		"att assistera kunden, och ingen tid redovisas för passet. Ange en ersättare i frånvaron och lägg schemat "+
		"igen, eller lägg in passet för en annan assistent.", shiftText(en, s), reasonText(en, a.Reason), why)
}

// msgSickDay15 names the last day of the report: seven days after day 14.
func msgSickDay15(en bool, p rules.SickPeriod) string {
	last := p.Day15.AddDays(6)
	if en {
		return fmt.Sprintf("The assistant's sick period that began on %s reaches day 15 on %s. From day 15 FK pays sickness "+
			"benefit instead of the employer's sick pay, and the employer must report the sickness to FK no later than "+
			"seven days after day 14, that is by %s (section 12 of the Sick Pay Act (1991:1047)).", p.First, p.Day15, last)
	}
	return fmt.Sprintf("Assistentens sjukperiod som började %s når dag 15 den %s. Från dag 15 betalar FK sjukpenning "+
		"i stället för att arbetsgivaren betalar sjuklön, och arbetsgivaren ska anmäla sjukfallet till FK senast sju "+
		"dagar efter dag 14, alltså senast %s (12 § lagen (1991:1047) om sjuklön).", p.First, p.Day15, last)
}
