package say

import (
	"fmt"
	"strings"

	"assistans/rules"
)

// The small pieces the messages are made of: month names, a shift, a kind of
// time, hours, hundredths and lists, in Swedish or English.

var monthNames = [...]string{"januari", "februari", "mars", "april", "maj", "juni",
	"juli", "augusti", "september", "oktober", "november", "december"}

var monthNamesEN = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// monthName prints "oktober 2026" / "October 2026".
func monthName(en bool, m rules.Month) string {
	if m.Month < 1 || m.Month > 12 {
		return m.String()
	}
	if en {
		return fmt.Sprintf("%s %d", monthNamesEN[m.Month-1], m.Year)
	}
	return fmt.Sprintf("%s %d", monthNames[m.Month-1], m.Year)
}

// shiftText prints "2026-10-05 08:00–16:00 (aktiv tid)".
func shiftText(en bool, s *rules.Shift) string {
	return fmt.Sprintf("%s %s–%s (%s)", s.Date, s.Start, s.End, kindText(en, s.Kind))
}

func kindText(en bool, k rules.Kind) string {
	switch k {
	case rules.Aktiv:
		return pick(en, "aktiv tid", "active time")
	case rules.Vantetid:
		return pick(en, "väntetid", "waiting time")
	case rules.Beredskap:
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
	return rules.FormatHM(min)
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

// problemText is why the shift cannot be reported (Shift.Fault), in the chosen language.
func problemText(en bool, s *rules.Shift) string {
	if !en {
		switch s.Fault() {
		case rules.ShiftNoTimes:
			return "passet saknar start- eller sluttid"
		case rules.ShiftBadKind:
			return fmt.Sprintf("okänt tidsslag %q", string(s.Kind))
		case rules.ShiftNoLength:
			return "passet har ingen längd (sluttiden ligger inte efter starttiden)"
		case rules.ShiftTooLong:
			return fmt.Sprintf("passet är %s långt, mer än 24 timmar", rules.FormatHM(s.Minutes()))
		}
		return ""
	}
	switch s.Fault() {
	case rules.ShiftNoTimes:
		return "the shift has no start or end time"
	case rules.ShiftBadKind:
		return fmt.Sprintf("unknown kind of time %q", string(s.Kind))
	case rules.ShiftNoLength:
		return "the shift has no length (the end time is not after the start time)"
	case rules.ShiftTooLong:
		return fmt.Sprintf("the shift is %s long, more than 24 hours", rules.FormatHM(s.Minutes()))
	}
	return ""
}
