package rules

import (
	"errors"
	"fmt"
	"strings"
)

// The texts of the findings, all in one place so that they can be read and
// corrected together, Swedish and English side by side. Each says what is wrong
// (with the numbers), what FK does about it and what the user should do. Every
// function takes en (MonthData.Lang == "en"); Swedish is the default.

var monthNames = [...]string{"januari", "februari", "mars", "april", "maj", "juni",
	"juli", "augusti", "september", "oktober", "november", "december"}

var monthNamesEN = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// monthName prints "oktober 2026" / "October 2026".
func monthName(en bool, m Month) string {
	if m.Month < 1 || m.Month > 12 {
		return m.String()
	}
	if en {
		return fmt.Sprintf("%s %d", monthNamesEN[m.Month-1], m.Year)
	}
	return fmt.Sprintf("%s %d", monthNames[m.Month-1], m.Year)
}

// shiftText prints "2026-10-05 08:00–16:00 (aktiv tid)".
func shiftText(en bool, s *Shift) string {
	return fmt.Sprintf("%s %s–%s (%s)", s.Date, s.Start, s.End, kindText(en, s.Kind))
}

func kindText(en bool, k Kind) string {
	switch k {
	case Aktiv:
		return pick(en, "aktiv tid", "active time")
	case Vantetid:
		return pick(en, "väntetid", "waiting time")
	case Beredskap:
		return pick(en, "beredskap", "on-call time")
	}
	return string(k)
}

// pick chooses the Swedish or the English text.
func pick(en bool, sv, english string) string {
	if en {
		return english
	}
	return sv
}

// hoursText prints minutes as "52 h" or "52 h 30 min" (the same in both languages).
func hoursText(min int) string {
	if min%60 == 0 {
		return fmt.Sprintf("%d h", min/60)
	}
	return FormatHM(min)
}

// centiText prints hundredths as "160,50" (Swedish) or "160.50" (English).
func centiText(en bool, c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d%s%02d", sign, c/100, pick(en, ",", "."), c%100)
}

// listText joins "a", "b" and "c" as "a, b och c" / "a, b and c".
func listText(en bool, parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + pick(en, " och ", " and ") + parts[len(parts)-1]
}

// problemText is Shift.Problem in the chosen language.
func problemText(en bool, s *Shift) string {
	if !en {
		return s.Problem()
	}
	switch {
	case s.Empty():
		return "the shift has no start or end time"
	case !s.Kind.Valid():
		return fmt.Sprintf("unknown kind of time %q", string(s.Kind))
	case s.Minutes() <= 0:
		return "the shift has no length (the end time is not after the start time)"
	case s.Minutes() > 24*60:
		return fmt.Sprintf("the shift is %s long, more than 24 hours", FormatHM(s.Minutes()))
	}
	return ""
}

func msgShiftInvalid(en bool, s *Shift, problem string) string {
	if en {
		return fmt.Sprintf("The shift on %s %s–%s cannot be reported: %s. FK cannot pay for a shift "+
			"without valid times or kind of time. Correct the start and end time or the kind of time (active, waiting or on-call).",
			s.Date, s.Start, s.End, problem)
	}
	return fmt.Sprintf("Passet den %s %s–%s kan inte redovisas: %s. FK kan inte betala för ett pass "+
		"som saknar giltiga tider eller tidsslag. Rätta start- och sluttid eller tidsslag (aktiv, väntetid eller beredskap).",
		s.Date, s.Start, s.End, problem)
}

func msgUnder18(en bool, s *Shift, age int) string {
	if en {
		return fmt.Sprintf("The shift %s was worked by an assistant who was %d years old at the time. FK does not pay for work "+
			"done by an assistant under 18 (Chapter 51 § 16 of the Social Insurance Code, socialförsäkringsbalken). "+
			"Remove the shift or let an assistant who has turned 18 work it.", shiftText(en, s), age)
	}
	return fmt.Sprintf("Passet %s arbetades av en assistent som då var %d år. FK betalar inte för arbete som en "+
		"assistent under 18 år har utfört (51 kap. 16 § socialförsäkringsbalken). Ta bort passet eller låt en "+
		"assistent som fyllt 18 arbeta.", shiftText(en, s), age)
}

func msgNo3066Assignment(en bool, s *Shift) string {
	if en {
		return fmt.Sprintf("The shift %s: the assistant is not registered with the customer, so there is no notification (3066). "+
			"FK does not pay for time before the day FK received the 3066, and never pays it afterwards. "+
			"Add the assignment, send a 3066 to FK and record the day FK received it.", shiftText(en, s))
	}
	return fmt.Sprintf("Passet %s: assistenten är inte registrerad hos kunden, så ingen anmälan (3066) "+
		"finns. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Lägg in uppdraget, skicka 3066 till FK och registrera dagen FK tog emot den.", shiftText(en, s))
}

func msgNo3066(en bool, s *Shift) string {
	if en {
		return fmt.Sprintf("The shift %s: no notification (3066) for the assistant and the customer is recorded as "+
			"received by FK. FK does not pay for time before the day FK received the 3066, and never pays it afterwards. "+
			"Send the 3066 and record the day FK received it.", shiftText(en, s))
	}
	return fmt.Sprintf("Passet %s: ingen anmälan (3066) för assistenten och kunden är registrerad som "+
		"mottagen av FK. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Skicka 3066 och registrera dagen FK tog emot den.", shiftText(en, s))
}

func msgBefore3066(en bool, s *Shift, received Date) string {
	if en {
		return fmt.Sprintf("The shift %s lies before %s, the day FK received the notification (3066) for the assistant and the customer. "+
			"FK does not pay for time before that day, and never pays it afterwards. "+
			"Check the date; if it is right, the shift cannot be reported for payment.", shiftText(en, s), received)
	}
	return fmt.Sprintf("Passet %s ligger före %s, dagen FK tog emot anmälan (3066) för assistenten och kunden. "+
		"FK betalar inte för tid före den dagen, och betalar den aldrig i efterhand. "+
		"Kontrollera datumet; stämmer det kan passet inte redovisas för ersättning.", shiftText(en, s), received)
}

func msgNoDecision(en bool, s *Shift) string {
	if en {
		return fmt.Sprintf("The shift %s is on a day not covered by any decision on assistance allowance for the customer. "+
			"FK only pays for days that a decision covers. Check the dates of the decision or add the new decision.",
			shiftText(en, s))
	}
	return fmt.Sprintf("Passet %s ligger på en dag som inget beslut om assistansersättning för kunden gäller. "+
		"FK betalar bara för dagar som ett beslut omfattar. Kontrollera beslutets datum eller lägg in det nya beslutet.",
		shiftText(en, s))
}

// msgOverlapAssistant names the other shift's customer by name where the register has it.
func msgOverlapAssistant(en bool, s, other *Shift, otherCustomer Customer) string {
	who := FormatPnr(other.Customer)
	if otherCustomer.Name != "" {
		who = otherCustomer.Name + " (" + who + ")"
	}
	if en {
		return fmt.Sprintf("The shift %s overlaps the assistant's shift %s with the customer %s. An assistant cannot "+
			"work two shifts at the same time, and FK does not accept time reported twice. Correct the times.",
			shiftText(en, s), shiftText(en, other), who)
	}
	return fmt.Sprintf("Passet %s överlappar assistentens pass %s hos kunden %s. En assistent kan inte "+
		"arbeta två pass samtidigt, och FK godtar inte tid som redovisas två gånger. Rätta tiderna.",
		shiftText(en, s), shiftText(en, other), who)
}

func msgOverlapCustomer(en bool, s *Shift, working, allowed int) string {
	if en {
		why := "the decision does not grant double assistance"
		if allowed > 1 {
			why = "the decision grants double assistance"
		}
		return fmt.Sprintf("When the shift %s starts, %d assistants are working for the customer at the same time, but at most %d "+
			"may work at the same time (%s). FK may question the time. Check the times or the decision on double assistance.",
			shiftText(en, s), working, allowed, why)
	}
	why := "beslutet gäller inte dubbelassistans"
	if allowed > 1 {
		why = "beslutet gäller dubbelassistans"
	}
	return fmt.Sprintf("När passet %s börjar arbetar %d assistenter samtidigt hos kunden, men högst %d "+
		"får arbeta samtidigt (%s). FK kan ifrågasätta tiden. Kontrollera tiderna eller beslutet om dubbelassistans.",
		shiftText(en, s), working, allowed, why)
}

func msgDSTNight(en bool, s *Shift) string {
	if en {
		return fmt.Sprintf("The shift %s spans the change between summer time and winter time and lasts %s in real "+
			"time, not %s as the clock shows. It is reported with the real time, as FK requires; nothing needs to be done.",
			shiftText(en, s), FormatHM(s.Minutes()), FormatHM(s.NominalMinutes()))
	}
	return fmt.Sprintf("Passet %s går över omställningen mellan sommartid och vintertid och varar %s i verklig "+
		"tid, inte %s som klockan visar. Det redovisas med den verkliga tiden, som FK kräver; inget behöver göras.",
		shiftText(en, s), FormatHM(s.Minutes()), FormatHM(s.NominalMinutes()))
}

func msgMonthSplit(en bool, s *Shift, m Month) string {
	if en {
		return fmt.Sprintf("The shift %s goes past midnight into %s. %s counts in %s and %s in %s, because each "+
			"month reports its own part to FK; nothing needs to be done.",
			shiftText(en, s), monthName(en, m.Next()), FormatHM(s.MinutesIn(m)), monthName(en, m),
			FormatHM(s.MinutesIn(m.Next())), monthName(en, m.Next()))
	}
	return fmt.Sprintf("Passet %s går över midnatt in i %s. %s räknas i %s och %s i %s, eftersom varje "+
		"månad redovisar sin egen del till FK; inget behöver göras.",
		shiftText(en, s), monthName(en, m.Next()), FormatHM(s.MinutesIn(m)), monthName(en, m),
		FormatHM(s.MinutesIn(m.Next())), monthName(en, m.Next()))
}

func msgHoursOver(en bool, m Month, t Totals, hours, granted int, vf, bf Fraction) string {
	if en {
		return fmt.Sprintf("The customer's time in %s amounts to %s (active time %s + waiting time %s × %d/%d + on-call time %s × %d/%d), "+
			"but the decision grants %s for the month. FK does not pay for more hours than the decision grants. "+
			"Check the times, or apply to FK for more hours.",
			monthName(en, m), FormatHM(hours), FormatHM(t.Aktiv), FormatHM(t.Vantetid), vf.Num, vf.Den,
			FormatHM(t.Beredskap), bf.Num, bf.Den, FormatHM(granted))
	}
	return fmt.Sprintf("Kundens tid i %s motsvarar %s (aktiv tid %s + väntetid %s × %d/%d + beredskap %s × %d/%d), "+
		"men beslutet ger %s för månaden. FK betalar inte för fler timmar än beslutet ger. "+
		"Kontrollera tiderna, eller ansök hos FK om fler timmar.",
		monthName(en, m), FormatHM(hours), FormatHM(t.Aktiv), FormatHM(t.Vantetid), vf.Num, vf.Den,
		FormatHM(t.Beredskap), bf.Num, bf.Den, FormatHM(granted))
}

// lawText names where a working-time limit comes from.
func lawText(en bool, w WorkLimit, s Settings) string {
	switch w {
	case s.Husligt:
		return pick(en, "lag (1970:943)", "the Domestic Work Hours Act (1970:943)")
	case s.ATL:
		return pick(en, "arbetstidslagen", "the Working Hours Act (arbetstidslagen)")
	}
	return pick(en, "kollektivavtalet ", "the collective agreement ") + w.Name
}

func msgWorktime(en bool, w WorkLimit, law string, avg int, p Period) string {
	if en {
		return fmt.Sprintf("The assistant averages %s per week in the period %s – %s; the limit under %s is %s. "+
			"FK does not pay for hours over the limit.", FormatHM(avg), p.First, p.Last, law, hoursText(w.LimitMinPerWeek))
	}
	return fmt.Sprintf("Assistenten har i snitt %s per vecka under perioden %s – %s; gränsen enligt %s är %s. "+
		"FK betalar inte för timmar över gränsen.", FormatHM(avg), p.First, p.Last, law, hoursText(w.LimitMinPerWeek))
}

func msgDailyRest(en bool, s *Shift, rest, need int) string {
	if en {
		return fmt.Sprintf("In the 24 hours from the start of the shift (%s) the assistant's longest continuous rest is %s; "+
			"the daily rest must be at least %s (section 13 of the Working Hours Act, arbetstidslagen). FK may question time that "+
			"breaks the working-time rules. Rearrange the shifts so that the rest is long enough.",
			shiftText(en, s), FormatHM(rest), hoursText(need))
	}
	return fmt.Sprintf("Under de 24 timmarna från passets start (%s) har assistenten som längst %s "+
		"sammanhängande vila; dygnsvilan ska vara minst %s (13 § arbetstidslagen). FK kan ifrågasätta tid som "+
		"bryter mot arbetstidsreglerna. Planera om passen så att vilan räcker.",
		shiftText(en, s), FormatHM(rest), hoursText(need))
}

func msgWeeklyRest(en bool, monday Date, rest, need int) string {
	if en {
		return fmt.Sprintf("In the week %s – %s the assistant's longest continuous rest is %s; the weekly rest must "+
			"be at least %s (section 14 of the Working Hours Act, arbetstidslagen). FK may question time that breaks the working-time rules. "+
			"Rearrange the shifts so that the week gets a longer continuous time off.",
			monday, monday.AddDays(6), FormatHM(rest), hoursText(need))
	}
	return fmt.Sprintf("Under veckan %s – %s har assistenten som längst %s sammanhängande vila; veckovilan ska "+
		"vara minst %s (14 § arbetstidslagen). FK kan ifrågasätta tid som bryter mot arbetstidsreglerna. "+
		"Planera om passen så att veckan får en längre sammanhängande ledighet.",
		monday, monday.AddDays(6), FormatHM(rest), hoursText(need))
}

func msgCostsMissing(en bool, m Month) string {
	if en {
		return fmt.Sprintf("The customer has a higher hourly amount but no cost report for %s. A customer with a higher "+
			"hourly amount must report all costs every month (page 2 of the 3057), and FK may withhold the allowance "+
			"without it. Fill in the month's costs.", monthName(en, m))
	}
	return fmt.Sprintf("Kunden har förhöjt timbelopp men ingen kostnadsredovisning för %s. Den som har förhöjt "+
		"timbelopp ska redovisa alla kostnader varje månad (sidan 2 i 3057), och FK kan hålla inne ersättningen "+
		"utan den. Fyll i månadens kostnader.", monthName(en, m))
}

func msgCostsHours(en bool, m Month, category int, stated, want int64, minutes int) string {
	if en {
		return fmt.Sprintf("The cost report for %s states %s hours (category %d), but the month's reported time "+
			"is %s hours (%s). FK may ask for more information. Correct the number of hours in the cost report.",
			monthName(en, m), centiText(en, stated), category, centiText(en, want), FormatHM(minutes))
	}
	return fmt.Sprintf("Kostnadsredovisningen för %s anger %s timmar (kategori %d), men månadens redovisade tid "+
		"är %s timmar (%s). FK kan begära komplettering. Rätta antalet timmar i kostnadsredovisningen.",
		monthName(en, m), centiText(en, stated), category, centiText(en, want), FormatHM(minutes))
}

func msgTotalsMismatch(en bool, m Month, printed, now Totals) string {
	if en {
		return fmt.Sprintf("The invoice (3057) for %s that was printed or locked has active time %s, waiting time %s and "+
			"on-call time %s, but the time reports (3059) now add up to %s, %s and %s. FK stops the whole month's "+
			"payment when the invoice and the time reports do not match. Print the invoice and the "+
			"time reports again and send them in together.",
			monthName(en, m), FormatHM(printed.Aktiv), FormatHM(printed.Vantetid), FormatHM(printed.Beredskap),
			FormatHM(now.Aktiv), FormatHM(now.Vantetid), FormatHM(now.Beredskap))
	}
	return fmt.Sprintf("Räkningen (3057) för %s som skrevs ut eller låstes har aktiv tid %s, väntetid %s och "+
		"beredskap %s, men tidsredovisningarna (3059) summerar nu till %s, %s och %s. FK stoppar hela månadens "+
		"utbetalning när räkningen och tidsredovisningarna inte stämmer. Skriv ut räkningen och "+
		"tidsredovisningarna på nytt och skicka in dem tillsammans.",
		monthName(en, m), FormatHM(printed.Aktiv), FormatHM(printed.Vantetid), FormatHM(printed.Beredskap),
		FormatHM(now.Aktiv), FormatHM(now.Vantetid), FormatHM(now.Beredskap))
}

func msgDeadlineNear(en bool, m Month, deadline Date, days int) string {
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

func msgDeadlinePassed(en bool, m Month, deadline Date) string {
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

// What a private provider can lack (PROVIDER_PERMIT) and what a permit may not
// cover (PERMIT_SCOPE).
func lackIVO(en bool) string {
	return pick(en, "giltigt tillstånd från IVO", "a valid permit from IVO")
}

func lackFSkatt(en bool) string {
	return pick(en, "godkännande för F-skatt", "approval for F-tax (F-skatt)")
}

func lackEmployer(en bool) string {
	return pick(en, "registrering som arbetsgivare", "registration as an employer")
}

func outsideGroup(en bool, k int) string {
	if en {
		return fmt.Sprintf("group %d under section 1 of the LSS (personkrets), to which the customer belongs", k)
	}
	return fmt.Sprintf("personkrets %d enligt 1 § LSS, som kunden tillhör", k)
}

func outsideChildren(en bool, age int) string {
	if en {
		return fmt.Sprintf("children under 18 (the customer is %d)", age)
	}
	return fmt.Sprintf("barn under 18 år (kunden är %d år)", age)
}

func outsideAdults(en bool, age int) string {
	if en {
		return fmt.Sprintf("adults (the customer is %d)", age)
	}
	return fmt.Sprintf("vuxna (kunden är %d år)", age)
}

func msgProviderPermit(en bool, p Provider, day Date, lacks []string) string {
	if en {
		return fmt.Sprintf("The provider %s (%s) lacks %s on %s, a day with shifts for the customer. FK does not pay "+
			"the allowance to a private provider without an IVO permit, F-tax approval and registration as an employer. "+
			"Check and correct the provider's details.", p.Name, p.Orgnr, listText(en, lacks), day)
	}
	return fmt.Sprintf("Anordnaren %s (%s) saknar %s den %s, en dag med pass för kunden. FK betalar inte "+
		"ersättning till en privat anordnare utan IVO-tillstånd, F-skatt och registrering som arbetsgivare. "+
		"Kontrollera och rätta uppgifterna om anordnaren.", p.Name, p.Orgnr, listText(en, lacks), day)
}

func msgPermitScope(en bool, p Provider, day Date, outside []string) string {
	if en {
		return fmt.Sprintf("According to the register, the IVO permit of the provider (%s, %s) does not cover %s, but the customer "+
			"receives assistance on %s. FK does not pay for assistance that the permit does not cover. Check the permit "+
			"and the customer's group (personkrets), and correct the details.", p.Name, p.Orgnr, listText(en, outside), day)
	}
	return fmt.Sprintf("Anordnarens (%s, %s) IVO-tillstånd omfattar enligt registret inte %s, men kunden får "+
		"assistans den %s. FK betalar inte för assistans som tillståndet inte omfattar. Kontrollera tillståndet "+
		"och kundens personkrets, och rätta uppgifterna.", p.Name, p.Orgnr, listText(en, outside), day)
}

// The identity fields that ID_INVALID names.
func idCustomer(en bool) string {
	return pick(en, "Kundens personnummer", "The customer's personnummer")
}

func idRepresentative(en bool, customer string) string {
	return pick(en, "Ställföreträdarens personnummer (kund ", "The representative's personnummer (customer ") + customer + ")"
}

func idAssistant(en bool) string {
	return pick(en, "Assistentens person- eller samordningsnummer",
		"The assistant's personnummer or samordningsnummer")
}

func idProvider(en bool) string {
	return pick(en, "Anordnarens organisationsnummer", "The provider's organisationsnummer")
}

// idReasonEN is the reason of an identity number's refusal in English, from
// its code and the numbers it names; a refusal without a code gets
// idReasonUnknown.
func idReasonEN(e *IDError) string {
	a := e.Args
	switch e.Code {
	case IDMissing:
		return "the number is missing"
	case IDBadCharacter:
		return `only digits are allowed, and "-" or "+" before the last four`
	case IDDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 or 12 digits", a["N"])
	case IDOrgDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 digits", a["N"])
	case IDProviderDigitCount:
		return fmt.Sprintf("wrong number of digits (%v), write 10 digits (organisationsnummer) or 12 (personnummer)", a["N"])
	case IDIsSamordning:
		return fmt.Sprintf("it is a samordningsnummer (the day is %v), not a personnummer", a["Day"])
	case IDNotSamordning:
		return "it is not a samordningsnummer (the day must be 61–91)"
	case IDNoDate:
		return "the date does not exist"
	case IDNoSuchDate:
		return fmt.Sprintf("the date %v does not exist", a["Date"])
	case IDSerialZero:
		return "the birth number 000 is not valid"
	case IDCheckDigit:
		return "the check digit is wrong"
	case IDFutureBirth:
		return fmt.Sprintf("the birth date %v is in the future", a["Date"])
	case IDTooOld:
		return fmt.Sprintf("the birth year %v is before %v", a["Year"], a["Min"])
	case IDOrgPlus:
		return `an organisationsnummer has "-", not "+", before the last four digits`
	case IDOrgPrefix:
		return "a 12-digit organisationsnummer begins with 16"
	case IDOrgMonth:
		return "the third and fourth digits together must be at least 20"
	case IDStoredLength:
		return "must be 12 digits"
	case IDBeforeBirth:
		return fmt.Sprintf("%v is before the birth date", a["Date"])
	}
	return idReasonUnknown
}

const idReasonUnknown = "it cannot be read as a valid number"

func idReasonText(en bool, err error) string {
	reason := err.Error()
	ie, ok := errors.AsType[*IDError](err)
	if ok {
		reason = ie.Reason
	}
	if !en {
		return reason
	}
	if !ok {
		return idReasonUnknown
	}
	return idReasonEN(ie)
}

func msgIDInvalid(en bool, what, value string, err error) string {
	if en {
		return fmt.Sprintf("%s %q is not valid: %s. FK cannot link the details to the right person or "+
			"provider, and the forms will be wrong. Correct the number.", what, value, idReasonText(en, err))
	}
	return fmt.Sprintf("%s %q är ogiltigt: %s. FK kan inte koppla uppgifterna till rätt person eller "+
		"anordnare, och blanketterna blir fel. Rätta numret.", what, value, idReasonText(en, err))
}
