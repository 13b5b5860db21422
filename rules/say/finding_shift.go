package say

import (
	"fmt"

	"assistans/rules"
)

// The texts of the per-shift findings. Each says what is wrong (with the
// numbers), what FK does about it and what the user should do; Swedish and
// English side by side so that they are read and corrected together.

func msgShiftInvalid(en bool, s *rules.Shift, problem string) string {
	if en {
		return fmt.Sprintf("The shift on %s %s–%s cannot be reported: %s. FK cannot pay for a shift "+
			"without valid times or kind of time. Correct the start and end time or the kind of time (active, waiting or on-call).",
			s.Date, s.Start, s.End, problem)
	}
	return fmt.Sprintf("Passet den %s %s–%s kan inte redovisas: %s. FK kan inte betala för ett pass "+
		"som saknar giltiga tider eller tidsslag. Rätta start- och sluttid eller tidsslag (aktiv, väntetid eller beredskap).",
		s.Date, s.Start, s.End, problem)
}

func msgUnder18(en bool, s *rules.Shift, age int) string {
	if en {
		return fmt.Sprintf("The shift %s was worked by an assistant who was %d years old at the time. FK does not pay for work "+
			"done by an assistant under 18 (Chapter 51 § 16 of the Social Insurance Code, socialförsäkringsbalken). "+
			"Remove the shift or let an assistant who has turned 18 work it.", shiftText(en, s), age)
	}
	return fmt.Sprintf("Passet %s arbetades av en assistent som då var %d år. FK betalar inte för arbete som en "+
		"assistent under 18 år har utfört (51 kap. 16 § socialförsäkringsbalken). Ta bort passet eller låt en "+
		"assistent som fyllt 18 arbeta.", shiftText(en, s), age)
}

func msgNo3066Assignment(en bool, s *rules.Shift) string {
	if en {
		return fmt.Sprintf("The shift %s: the assistant is not registered with the customer, so there is no notification (3066). "+
			"FK does not pay for time before the day FK received the 3066, and never pays it afterwards. "+
			"Add the assignment, send a 3066 to FK and record the day FK received it.", shiftText(en, s))
	}
	return fmt.Sprintf("Passet %s: assistenten är inte registrerad hos kunden, så ingen anmälan (3066) "+
		"finns. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Lägg in uppdraget, skicka 3066 till FK och registrera dagen FK tog emot den.", shiftText(en, s))
}

func msgNo3066(en bool, s *rules.Shift) string {
	if en {
		return fmt.Sprintf("The shift %s: no notification (3066) for the assistant and the customer is recorded as "+
			"received by FK. FK does not pay for time before the day FK received the 3066, and never pays it afterwards. "+
			"Send the 3066 and record the day FK received it.", shiftText(en, s))
	}
	return fmt.Sprintf("Passet %s: ingen anmälan (3066) för assistenten och kunden är registrerad som "+
		"mottagen av FK. FK betalar inte för tid före den dag FK tog emot 3066, och betalar den aldrig i efterhand. "+
		"Skicka 3066 och registrera dagen FK tog emot den.", shiftText(en, s))
}

func msgBefore3066(en bool, s *rules.Shift, received rules.Date) string {
	if en {
		return fmt.Sprintf("The shift %s lies before %s, the day FK received the notification (3066) for the assistant and the customer. "+
			"FK does not pay for time before that day, and never pays it afterwards. "+
			"Check the date; if it is right, the shift cannot be reported for payment.", shiftText(en, s), received)
	}
	return fmt.Sprintf("Passet %s ligger före %s, dagen FK tog emot anmälan (3066) för assistenten och kunden. "+
		"FK betalar inte för tid före den dagen, och betalar den aldrig i efterhand. "+
		"Kontrollera datumet; stämmer det kan passet inte redovisas för ersättning.", shiftText(en, s), received)
}

func msgNoDecision(en bool, s *rules.Shift) string {
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
func msgOverlapAssistant(en bool, s, other *rules.Shift, otherName string) string {
	who := rules.FormatPnr(other.Customer)
	if otherName != "" {
		who = otherName + " (" + who + ")"
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

func msgOverlapCustomer(en bool, s *rules.Shift, working, allowed int) string {
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

func msgDSTNight(en bool, s *rules.Shift) string {
	if en {
		return fmt.Sprintf("The shift %s spans the change between summer time and winter time and lasts %s in real "+
			"time, not %s as the clock shows. It is reported with the real time, as FK requires; nothing needs to be done.",
			shiftText(en, s), rules.FormatHM(s.Minutes()), rules.FormatHM(s.NominalMinutes()))
	}
	return fmt.Sprintf("Passet %s går över omställningen mellan sommartid och vintertid och varar %s i verklig "+
		"tid, inte %s som klockan visar. Det redovisas med den verkliga tiden, som FK kräver; inget behöver göras.",
		shiftText(en, s), rules.FormatHM(s.Minutes()), rules.FormatHM(s.NominalMinutes()))
}

func msgMonthSplit(en bool, s *rules.Shift, m rules.Month) string {
	if en {
		return fmt.Sprintf("The shift %s goes past midnight into %s. %s counts in %s and %s in %s, because each "+
			"month reports its own part to FK; nothing needs to be done.",
			shiftText(en, s), monthName(en, m.Next()), rules.FormatHM(s.MinutesIn(m)), monthName(en, m),
			rules.FormatHM(s.MinutesIn(m.Next())), monthName(en, m.Next()))
	}
	return fmt.Sprintf("Passet %s går över midnatt in i %s. %s räknas i %s och %s i %s, eftersom varje "+
		"månad redovisar sin egen del till FK; inget behöver göras.",
		shiftText(en, s), monthName(en, m.Next()), rules.FormatHM(s.MinutesIn(m)), monthName(en, m),
		rules.FormatHM(s.MinutesIn(m.Next())), monthName(en, m.Next()))
}
