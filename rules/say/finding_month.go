package say

import (
	"fmt"

	"assistans/rules"
)

// The texts of the month's findings: hours, working time and rest, costs,
// totals, deadlines and the assistant's flags, in the style of finding_shift.go.

func msgHoursOver(en bool, m rules.Month, t rules.Totals, hours, granted int, vf, bf rules.Fraction) string {
	if en {
		return fmt.Sprintf("The customer's time in %s amounts to %s (active time %s + waiting time %s × %d/%d + on-call time %s × %d/%d), "+
			"but the decision grants %s for the month. FK does not pay for more hours than the decision grants. "+
			"Check the times, or apply to FK for more hours.",
			monthName(en, m), rules.FormatHM(hours), rules.FormatHM(t.Aktiv), rules.FormatHM(t.Vantetid), vf.Num, vf.Den,
			rules.FormatHM(t.Beredskap), bf.Num, bf.Den, rules.FormatHM(granted))
	}
	return fmt.Sprintf("Kundens tid i %s motsvarar %s (aktiv tid %s + väntetid %s × %d/%d + beredskap %s × %d/%d), "+
		"men beslutet ger %s för månaden. FK betalar inte för fler timmar än beslutet ger. "+
		"Kontrollera tiderna, eller ansök hos FK om fler timmar.",
		monthName(en, m), rules.FormatHM(hours), rules.FormatHM(t.Aktiv), rules.FormatHM(t.Vantetid), vf.Num, vf.Den,
		rules.FormatHM(t.Beredskap), bf.Num, bf.Den, rules.FormatHM(granted))
}

// lawText names where a working-time limit comes from.
func lawText(en bool, w rules.WorkLimit, source rules.LimitSource) string {
	switch source {
	case rules.LimitHusligt:
		return pick(en, "lag (1970:943)", "the Domestic Work Hours Act (1970:943)")
	case rules.LimitATL:
		return pick(en, "arbetstidslagen", "the Working Hours Act (arbetstidslagen)")
	}
	return pick(en, "kollektivavtalet ", "the collective agreement ") + w.Name
}

func msgWorktime(en bool, w rules.WorkLimit, law string, avg int, p rules.Period) string {
	if en {
		return fmt.Sprintf("The assistant averages %s per week in the period %s – %s; the limit under %s is %s. "+
			"FK does not pay for hours over the limit.", rules.FormatHM(avg), p.First, p.Last, law, hoursText(w.LimitMinPerWeek))
	}
	return fmt.Sprintf("Assistenten har i snitt %s per vecka under perioden %s – %s; gränsen enligt %s är %s. "+
		"FK betalar inte för timmar över gränsen.", rules.FormatHM(avg), p.First, p.Last, law, hoursText(w.LimitMinPerWeek))
}

func msgDailyRest(en bool, s *rules.Shift, rest, need int) string {
	if en {
		return fmt.Sprintf("In the 24 hours from the start of the shift (%s) the assistant's longest continuous rest is %s; "+
			"the daily rest must be at least %s (section 13 of the Working Hours Act, arbetstidslagen). FK may question time that "+
			"breaks the working-time rules. Rearrange the shifts so that the rest is long enough.",
			shiftText(en, s), rules.FormatHM(rest), hoursText(need))
	}
	return fmt.Sprintf("Under de 24 timmarna från passets start (%s) har assistenten som längst %s "+
		"sammanhängande vila; dygnsvilan ska vara minst %s (13 § arbetstidslagen). FK kan ifrågasätta tid som "+
		"bryter mot arbetstidsreglerna. Planera om passen så att vilan räcker.",
		shiftText(en, s), rules.FormatHM(rest), hoursText(need))
}

func msgWeeklyRest(en bool, monday rules.Date, rest, need int) string {
	if en {
		return fmt.Sprintf("In the week %s – %s the assistant's longest continuous rest is %s; the weekly rest must "+
			"be at least %s (section 14 of the Working Hours Act, arbetstidslagen). FK may question time that breaks the working-time rules. "+
			"Rearrange the shifts so that the week gets a longer continuous time off.",
			monday, monday.AddDays(6), rules.FormatHM(rest), hoursText(need))
	}
	return fmt.Sprintf("Under veckan %s – %s har assistenten som längst %s sammanhängande vila; veckovilan ska "+
		"vara minst %s (14 § arbetstidslagen). FK kan ifrågasätta tid som bryter mot arbetstidsreglerna. "+
		"Planera om passen så att veckan får en längre sammanhängande ledighet.",
		monday, monday.AddDays(6), rules.FormatHM(rest), hoursText(need))
}

func msgCostsMissing(en bool, m rules.Month) string {
	if en {
		return fmt.Sprintf("The customer has a higher hourly amount but no cost report for %s. A customer with a higher "+
			"hourly amount must report all costs every month (page 2 of the 3057), and FK may withhold the allowance "+
			"without it. Fill in the month's costs.", monthName(en, m))
	}
	return fmt.Sprintf("Kunden har förhöjt timbelopp men ingen kostnadsredovisning för %s. Den som har förhöjt "+
		"timbelopp ska redovisa alla kostnader varje månad (sidan 2 i 3057), och FK kan hålla inne ersättningen "+
		"utan den. Fyll i månadens kostnader.", monthName(en, m))
}

func msgCostsHours(en bool, m rules.Month, category int, stated, want int64, minutes int) string {
	if en {
		return fmt.Sprintf("The cost report for %s states %s hours (category %d), but the month's reported time "+
			"is %s hours (%s). FK may ask for more information. Correct the number of hours in the cost report.",
			monthName(en, m), centiText(en, stated), category, centiText(en, want), rules.FormatHM(minutes))
	}
	return fmt.Sprintf("Kostnadsredovisningen för %s anger %s timmar (kategori %d), men månadens redovisade tid "+
		"är %s timmar (%s). FK kan begära komplettering. Rätta antalet timmar i kostnadsredovisningen.",
		monthName(en, m), centiText(en, stated), category, centiText(en, want), rules.FormatHM(minutes))
}

func msgTotalsMismatch(en bool, m rules.Month, printed, now rules.Totals) string {
	if en {
		return fmt.Sprintf("The invoice (3057) for %s that was printed or locked has active time %s, waiting time %s and "+
			"on-call time %s, but the time reports (3059) now add up to %s, %s and %s. FK stops the whole month's "+
			"payment when the invoice and the time reports do not match. Print the invoice and the "+
			"time reports again and send them in together.",
			monthName(en, m), rules.FormatHM(printed.Aktiv), rules.FormatHM(printed.Vantetid), rules.FormatHM(printed.Beredskap),
			rules.FormatHM(now.Aktiv), rules.FormatHM(now.Vantetid), rules.FormatHM(now.Beredskap))
	}
	return fmt.Sprintf("Räkningen (3057) för %s som skrevs ut eller låstes har aktiv tid %s, väntetid %s och "+
		"beredskap %s, men tidsredovisningarna (3059) summerar nu till %s, %s och %s. FK stoppar hela månadens "+
		"utbetalning när räkningen och tidsredovisningarna inte stämmer. Skriv ut räkningen och "+
		"tidsredovisningarna på nytt och skicka in dem tillsammans.",
		monthName(en, m), rules.FormatHM(printed.Aktiv), rules.FormatHM(printed.Vantetid), rules.FormatHM(printed.Beredskap),
		rules.FormatHM(now.Aktiv), rules.FormatHM(now.Vantetid), rules.FormatHM(now.Beredskap))
}

func msgDeadlineNear(en bool, m rules.Month, deadline rules.Date, days int) string {
	if en {
		when := fmt.Sprintf("in %d days", days)
		switch days {
		case 0:
			when = "today"
		case 1:
			when = "tomorrow"
		}
		return fmt.Sprintf("The report for %s must reach FK by %s, %s, and is not marked as sent. "+
			"FK may refuse the allowance for a report that arrives late (HFD 2023:9). "+
			"Send it in time and mark the month as sent.", monthName(en, m), deadline, when)
	}
	when := fmt.Sprintf("om %d dagar", days)
	switch days {
	case 0:
		when = "i dag"
	case 1:
		when = "i morgon"
	}
	return fmt.Sprintf("Redovisningen för %s ska vara hos FK senast %s, %s, och är inte markerad som skickad. "+
		"FK kan neka ersättning för en redovisning som kommer in för sent (HFD 2023:9). "+
		"Skicka den i tid och markera månaden som skickad.", monthName(en, m), deadline, when)
}

func msgDeadlinePassed(en bool, m rules.Month, deadline rules.Date) string {
	if en {
		return fmt.Sprintf("The report for %s should have reached FK by %s and is not marked as sent. "+
			"FK may refuse the allowance for a report that arrives late (HFD 2023:9). Send it at once, "+
			"or mark the month as sent if it already is.", monthName(en, m), deadline)
	}
	return fmt.Sprintf("Redovisningen för %s skulle ha varit hos FK senast %s och är inte markerad som skickad. "+
		"FK kan neka ersättning för en redovisning som kommer in för sent (HFD 2023:9). Skicka den genast, "+
		"eller markera månaden som skickad om den redan är det.", monthName(en, m), deadline)
}

func msgAbroad(en bool) string {
	if en {
		return "The assistant lives outside the EEA. FK pays for such an assistant only if there are " +
			"special reasons (Chapter 51 § 16 of the Social Insurance Code, socialförsäkringsbalken). Check that FK has " +
			"accepted the reasons, otherwise do not report the time."
	}
	return "Assistenten är bosatt utanför EES. FK betalar för en sådan assistent bara om det finns " +
		"särskilda skäl (51 kap. 16 § socialförsäkringsbalken). Kontrollera att FK har godtagit skälen, annars " +
		"redovisa inte tiden."
}

func msgUnfit(en bool) string {
	if en {
		return "The assistant is marked as unable to work as a personal assistant (because of age, " +
			"illness or the like). FK does not pay for that time (Chapter 51 § 16 of the Social Insurance Code, socialförsäkringsbalken). " +
			"Let another assistant take the shifts, or remove the mark if it is wrong."
	}
	return "Assistenten är markerad som oförmögen att arbeta som personlig assistent (på grund av ålder, " +
		"sjukdom eller liknande). FK betalar inte för den tiden (51 kap. 16 § socialförsäkringsbalken). " +
		"Låt en annan assistent ta passen, eller ta bort markeringen om den är fel."
}
