package say

import "assistans/rules"

// formWords are the refusals of filling in a form: Swedish as the command
// line has always printed them, and English.
var formWords = map[rules.RefusalCode][2]string{
	rules.FormTextTooLong: {"texten i rutan %s ryms inte, inte ens på flera rader i %g punkters stil (%d tecken): korta den",
		"the text in the box %s does not fit, not even on several lines in %g point type (%d characters): shorten it"},
	rules.FormCostCategory: {"kostnadsslag %d finns inte (1–6)", "there is no cost category %d (1–6)"},
	rules.FormCostTwice:    {"kostnadsslag %d (%s) finns två gånger", "cost category %d (%s) is there twice"},
	rules.FormTooManyPeriods: {"3059: %d beräkningsperioder ryms inte, blanketten har plats för 6",
		"3059: %d calculation periods do not fit, the form has room for 6"},
	rules.FormNoEmployer: {"uppdraget anger ingen giltig arbetsgivare (%q): välj anordnare, annan, egenforetagare eller brukare",
		"the assignment names no valid employer (%q): choose anordnare, annan, egenforetagare or brukare"},
	rules.FormOfAssistant: {"%s: %v", "the assistant %s: %v"},
}

func init() {
	for code, w := range formWords {
		refusalWords[code] = w
	}
}
