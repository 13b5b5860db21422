package say

import "assistans/rules"

// payrollWords are the refusals of a payroll mapping: Swedish as the command
// line has always printed them, and English. The file's own keys (koder,
// fran, till) stay as they are written in it; its day names are Swedish.
var payrollWords = map[rules.RefusalCode][2]string{
	rules.PayrollUnreadable: {"lönekopplingen går inte att läsa: %v", "the payroll mapping cannot be read: %v"},
	rules.PayrollUnknownKind: {"lönekopplingen: okänt tidsslag %q under \"koder\" (aktiv, vantetid eller beredskap)",
		"the payroll mapping: unknown kind of time %q under \"koder\" (aktiv, vantetid or beredskap)"},
	rules.PayrollUnknownAbsence: {"lönekopplingen: okänd frånvaroorsak %q under \"franvarokoder\" (sjuk, semester, vab eller ledig)",
		"the payroll mapping: unknown reason of absence %q under \"franvarokoder\" (sjuk, semester, vab or ledig)"},
	rules.PayrollKindNoCode: {"lönekopplingen: koden för %s saknas", "the payroll mapping: the code for %s is missing"},
	rules.PayrollKindBadCode: {"lönekopplingen: koden för %s, %q, är ingen PAXml-tidkod (t.ex. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)",
		"the payroll mapping: the code for %s, %q, is no PAXml time code (e.g. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)"},
	rules.PayrollAbsenceNoCode: {"lönekopplingen: frånvarokoden för %s saknas", "the payroll mapping: the code of absence for %s is missing"},
	rules.PayrollAbsenceBadCode: {"lönekopplingen: frånvarokoden för %s, %q, är ingen PAXml-tidkod (t.ex. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)",
		"the payroll mapping: the code of absence for %s, %q, is no PAXml time code (e.g. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)"},
	rules.PayrollOBNoCode: {"lönekopplingen: OB-period %d (%s) saknas", "the payroll mapping: the code of OB period %d (%s) is missing"},
	rules.PayrollOBBadCode: {"lönekopplingen: OB-period %d (%s), %q, är ingen PAXml-tidkod (t.ex. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)",
		"the payroll mapping: OB period %d (%s), %q, is no PAXml time code (e.g. ARB, TID, JR1, BE1, OB1–OB5, NV1–NV9)"},
	rules.PayrollOBFrom: {"lönekopplingen, OB-period %d (%s): \"fran\": %v", "the payroll mapping, OB period %d (%s): \"fran\": %v"},
	rules.PayrollOBTo:   {"lönekopplingen, OB-period %d (%s): \"till\": %v", "the payroll mapping, OB period %d (%s): \"till\": %v"},
	rules.PayrollOBNoDays: {"lönekopplingen, OB-period %d (%s): inga dagar (skriv t.ex. [\"lör\", \"sön\"])",
		"the payroll mapping, OB period %d (%s): no days (write a list of weekdays, each as its first three letters in Swedish)"},
	rules.PayrollOBBadDay: {"lönekopplingen, OB-period %d (%s): okänd dag %q (mån, tis, ons, tor, fre, lör eller sön)",
		"the payroll mapping, OB period %d (%s): unknown day %q (write a weekday as its first three letters in Swedish)"},
	rules.PayrollNoEmployeeNo: {"lönekopplingen: tomt anställningsnummer för %s", "the payroll mapping: empty employee number for %s"},
	rules.PayrollNoCustomerNo: {"lönekopplingen: tomt kundnummer för %s", "the payroll mapping: empty customer number for %s"},
}

func init() {
	for code, w := range payrollWords {
		refusalWords[code] = w
	}
}
