package rules

import (
	"errors"
	"fmt"
	"strings"
)

// The Swedish texts of the findings, all in one place so that they can be read
// and corrected together. Each says what is wrong (with the numbers), what FK
// does about it and what the user should do.

var monthNames = [...]string{"januari", "februari", "mars", "april", "maj", "juni",
	"juli", "augusti", "september", "oktober", "november", "december"}

// monthName prints "oktober 2026".
func monthName(m Month) string {
	if m.Month < 1 || m.Month > 12 {
		return m.String()
	}
	return fmt.Sprintf("%s %d", monthNames[m.Month-1], m.Year)
}

// shiftText prints "2026-10-05 08:00–16:00 (aktiv tid)".
func shiftText(s *Shift) string {
	return fmt.Sprintf("%s %s–%s (%s)", s.Date, s.Start, s.End, kindText(s.Kind))
}

func kindText(k Kind) string {
	switch k {
	case Aktiv:
		return "aktiv tid"
	case Vantetid:
		return "väntetid"
	case Beredskap:
		return "beredskap"
	}
	return string(k)
}

// hoursText prints minutes as "52 h" or "52 h 30 min".
func hoursText(min int) string {
	if min%60 == 0 {
		return fmt.Sprintf("%d h", min/60)
	}
	return FormatHM(min)
}

// centiText prints hundredths as "160,50".
func centiText(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d,%02d", sign, c/100, c%100)
}

// listText joins "a", "b" and "c" as "a, b och c".
func listText(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " och " + parts[len(parts)-1]
}

func msgShiftInvalid(s *Shift, problem string) string {
	return fmt.Sprintf("Passet den %s %s–%s kan inte redovisas: %s. FK kan inte betala för ett pass "+
		"som saknar giltiga tider eller tidsslag. Rätta start- och sluttid eller tidsslag (aktiv, väntetid eller beredskap).",
		s.Date, s.Start, s.End, problem)
}

func msgUnder18(s *Shift, age int) string {
	return fmt.Sprintf("Passet %s arbetades av en assistent som då var %d år. FK betalar inte för arbete som en "+
		"assistent under 18 år har utfört (51 kap. 16 § socialförsäkringsbalken). Ta bort passet eller låt en "+
		"assistent som fyllt 18 arbeta.", shiftText(s), age)
}

func msgNo3066Assignment(s *Shift) string {
	return fmt.Sprintf("Passet %s: assistenten är inte registrerad hos kunden, så ingen anmälan (3066) "+
		"finns. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Lägg in uppdraget, skicka 3066 till FK och registrera dagen FK tog emot den.", shiftText(s))
}

func msgNo3066(s *Shift) string {
	return fmt.Sprintf("Passet %s: ingen anmälan (3066) för assistenten och kunden är registrerad som "+
		"mottagen av FK. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Skicka 3066 och registrera dagen FK tog emot den.", shiftText(s))
}

func msgBefore3066(s *Shift, received Date) string {
	return fmt.Sprintf("Passet %s ligger före %s, dagen FK tog emot anmälan (3066) för assistenten och kunden. "+
		"FK betalar inte för tid före den dagen, och betalar den aldrig i efterhand. "+
		"Kontrollera datumet; stämmer det kan passet inte redovisas för ersättning.", shiftText(s), received)
}

func msgNoDecision(s *Shift) string {
	return fmt.Sprintf("Passet %s ligger på en dag som inget beslut om assistansersättning för kunden gäller. "+
		"FK betalar bara för dagar som ett beslut omfattar. Kontrollera beslutets datum eller lägg in det nya beslutet.",
		shiftText(s))
}

// msgOverlapAssistant names the other shift's customer by name where the register has it.
func msgOverlapAssistant(s, other *Shift, otherCustomer Customer) string {
	who := FormatPnr(other.Customer)
	if otherCustomer.Name != "" {
		who = otherCustomer.Name + " (" + who + ")"
	}
	return fmt.Sprintf("Passet %s överlappar assistentens pass %s hos kunden %s. En assistent kan inte "+
		"arbeta två pass samtidigt, och FK godtar inte tid som redovisas två gånger. Rätta tiderna.",
		shiftText(s), shiftText(other), who)
}

func msgOverlapCustomer(s *Shift, working, allowed int) string {
	why := "beslutet gäller inte dubbelassistans"
	if allowed > 1 {
		why = "beslutet gäller dubbelassistans"
	}
	return fmt.Sprintf("När passet %s börjar arbetar %d assistenter samtidigt hos kunden, men högst %d "+
		"får arbeta samtidigt (%s). FK kan ifrågasätta tiden. Kontrollera tiderna eller beslutet om dubbelassistans.",
		shiftText(s), working, allowed, why)
}

func msgDSTNight(s *Shift) string {
	return fmt.Sprintf("Passet %s går över omställningen mellan sommartid och vintertid och varar %s i verklig "+
		"tid, inte %s som klockan visar. Det redovisas med den verkliga tiden, som FK kräver; inget behöver göras.",
		shiftText(s), FormatHM(s.Minutes()), FormatHM(s.NominalMinutes()))
}

func msgMonthSplit(s *Shift, m Month) string {
	return fmt.Sprintf("Passet %s går över midnatt in i %s. %s räknas i %s och %s i %s, eftersom varje "+
		"månad redovisar sin egen del till FK; inget behöver göras.",
		shiftText(s), monthName(m.Next()), FormatHM(s.MinutesIn(m)), monthName(m),
		FormatHM(s.MinutesIn(m.Next())), monthName(m.Next()))
}

func msgHoursOver(m Month, t Totals, hours, granted int, vf, bf Fraction) string {
	return fmt.Sprintf("Kundens tid i %s motsvarar %s (aktiv tid %s + väntetid %s × %d/%d + beredskap %s × %d/%d), "+
		"men beslutet ger %s för månaden. FK betalar inte för fler timmar än beslutet ger. "+
		"Kontrollera tiderna, eller ansök hos FK om fler timmar.",
		monthName(m), FormatHM(hours), FormatHM(t.Aktiv), FormatHM(t.Vantetid), vf.Num, vf.Den,
		FormatHM(t.Beredskap), bf.Num, bf.Den, FormatHM(granted))
}

// lawText names where a working-time limit comes from.
func lawText(w WorkLimit, s Settings) string {
	switch w {
	case s.Husligt:
		return "lag (1970:943)"
	case s.ATL:
		return "arbetstidslagen"
	}
	return "kollektivavtalet " + w.Name
}

func msgWorktime(w WorkLimit, law string, avg int, p Period) string {
	return fmt.Sprintf("Assistenten har i snitt %s per vecka under perioden %s – %s; gränsen enligt %s är %s. "+
		"FK betalar inte för timmar över gränsen.", FormatHM(avg), p.First, p.Last, law, hoursText(w.LimitMinPerWeek))
}

func msgDailyRest(s *Shift, rest, need int) string {
	return fmt.Sprintf("Under de 24 timmarna från passets start (%s) har assistenten som längst %s "+
		"sammanhängande vila; dygnsvilan ska vara minst %s (13 § arbetstidslagen). FK kan ifrågasätta tid som "+
		"bryter mot arbetstidsreglerna. Planera om passen så att vilan räcker.",
		shiftText(s), FormatHM(rest), hoursText(need))
}

func msgWeeklyRest(monday Date, rest, need int) string {
	return fmt.Sprintf("Under veckan %s – %s har assistenten som längst %s sammanhängande vila; veckovilan ska "+
		"vara minst %s (14 § arbetstidslagen). FK kan ifrågasätta tid som bryter mot arbetstidsreglerna. "+
		"Planera om passen så att veckan får en längre sammanhängande ledighet.",
		monday, monday.AddDays(6), FormatHM(rest), hoursText(need))
}

func msgCostsMissing(m Month) string {
	return fmt.Sprintf("Kunden har förhöjt timbelopp men ingen kostnadsredovisning för %s. Den som har förhöjt "+
		"timbelopp ska redovisa alla kostnader varje månad (sidan 2 i 3057), och FK kan hålla inne ersättningen "+
		"utan den. Fyll i månadens kostnader.", monthName(m))
}

func msgCostsHours(m Month, category int, stated, want int64, minutes int) string {
	return fmt.Sprintf("Kostnadsredovisningen för %s anger %s timmar (kategori %d), men månadens redovisade tid "+
		"är %s timmar (%s). FK kan begära komplettering. Rätta antalet timmar i kostnadsredovisningen.",
		monthName(m), centiText(stated), category, centiText(want), FormatHM(minutes))
}

func msgTotalsMismatch(m Month, printed, now Totals) string {
	return fmt.Sprintf("Räkningen (3057) för %s som skrevs ut eller låstes har aktiv tid %s, väntetid %s och "+
		"beredskap %s, men tidsredovisningarna (3059) summerar nu till %s, %s och %s. FK stoppar hela månadens "+
		"utbetalning när räkningen och tidsredovisningarna inte stämmer. Skriv ut räkningen och "+
		"tidsredovisningarna på nytt och skicka in dem tillsammans.",
		monthName(m), FormatHM(printed.Aktiv), FormatHM(printed.Vantetid), FormatHM(printed.Beredskap),
		FormatHM(now.Aktiv), FormatHM(now.Vantetid), FormatHM(now.Beredskap))
}

func msgDeadlineNear(m Month, deadline Date, days int) string {
	when := fmt.Sprintf("om %d dagar", days)
	switch days {
	case 0:
		when = "i dag"
	case 1:
		when = "i morgon"
	}
	return fmt.Sprintf("Redovisningen för %s ska vara hos FK senast %s, %s, och är inte markerad som skickad. "+
		"FK kan neka ersättning för en redovisning som kommer in för sent (HFD 2023:9). "+
		"Skicka den i tid och markera månaden som skickad.", monthName(m), deadline, when)
}

func msgDeadlinePassed(m Month, deadline Date) string {
	return fmt.Sprintf("Redovisningen för %s skulle ha varit hos FK senast %s och är inte markerad som skickad. "+
		"FK kan neka ersättning för en redovisning som kommer in för sent (HFD 2023:9). Skicka den genast, "+
		"eller markera månaden som skickad om den redan är det.", monthName(m), deadline)
}

func msgAbroad() string {
	return "Assistenten är bosatt utanför EES. FK betalar för en sådan assistent bara om det finns " +
		"särskilda skäl (51 kap. 16 § socialförsäkringsbalken). Kontrollera att FK har godtagit skälen, annars " +
		"redovisa inte tiden."
}

func msgUnfit() string {
	return "Assistenten är markerad som oförmögen att arbeta som personlig assistent (på grund av ålder, " +
		"sjukdom eller liknande). FK betalar inte för den tiden (51 kap. 16 § socialförsäkringsbalken). " +
		"Låt en annan assistent ta passen, eller ta bort markeringen om den är fel."
}

func msgProviderPermit(p Provider, day Date, lacks []string) string {
	return fmt.Sprintf("Anordnaren %s (%s) saknar %s den %s, en dag med pass för kunden. FK betalar inte "+
		"ersättning till en privat anordnare utan IVO-tillstånd, F-skatt och registrering som arbetsgivare. "+
		"Kontrollera och rätta uppgifterna om anordnaren.", p.Name, p.Orgnr, listText(lacks), day)
}

func msgPermitScope(p Provider, day Date, outside []string) string {
	return fmt.Sprintf("Anordnarens (%s, %s) IVO-tillstånd omfattar enligt registret inte %s, men kunden får "+
		"assistans den %s. FK betalar inte för assistans som tillståndet inte omfattar. Kontrollera tillståndet "+
		"och kundens personkrets, och rätta uppgifterna.", p.Name, p.Orgnr, listText(outside), day)
}

func msgIDInvalid(what, value string, err error) string {
	reason := err.Error()
	if ie, ok := errors.AsType[*IDError](err); ok {
		reason = ie.Reason
	}
	return fmt.Sprintf("%s %q är ogiltigt: %s. FK kan inte koppla uppgifterna till rätt person eller "+
		"anordnare, och blanketterna blir fel. Rätta numret.", what, value, reason)
}
