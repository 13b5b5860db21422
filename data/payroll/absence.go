package payroll

import (
	"slices"

	"assistans/rules"
	"assistans/rules/say"
)

// DefaultAbsenceCodes are the PAXml tidkoder of the absence reasons: sjuk is
// SJK (sjukfrånvaro; the payroll program applies karens and sjuklön), semester
// SEM, vab VAB (vård av barn) and ledig TJL (tjänstledighet, the nearest code
// PAXml 2.0 has for leave; PEM, permission, is paid leave and a matter of the
// agreement). The user may change them in payroll.json under "franvarokoder".
func DefaultAbsenceCodes() map[string]string {
	return map[string]string{string(rules.Sjuk): "SJK", string(rules.Semester): "SEM", string(rules.VAB): "VAB", string(rules.Ledig): "TJL"}
}

// compileAbsence checks the mapping's absence codes; a reason the file does
// not name (a file written before absences existed) takes its default code.
func (m Mapping) compileAbsence() (map[rules.AbsenceReason]string, error) {
	for r := range m.Absences {
		if !slices.Contains(rules.AbsenceReasons, rules.AbsenceReason(r)) {
			return nil, say.Refused(rules.PayrollUnknownAbsence, r)
		}
	}
	def := DefaultAbsenceCodes()
	out := map[rules.AbsenceReason]string{}
	for _, r := range rules.AbsenceReasons {
		code, ok := m.Absences[string(r)]
		if !ok {
			code = def[string(r)]
		}
		if err := checkCode(code, rules.PayrollAbsenceNoCode, rules.PayrollAbsenceBadCode, r); err != nil {
			return nil, err
		}
		out[r] = code
	}
	return out, nil
}

// AbsenceLines are the payroll lines of month m's absences: for each absence
// dated in m, one line per customer with the minutes the schedules planned for
// the absent assistant that day (planned as rules.Planned gives them, the
// assistant as scheduled), under the reason's code, dated the absence's day
// (a planned night counts there in full). An absence on a day without planned
// time gives no line: there are no hours to pay or deduct. Such lines never
// reach FK's forms, which are made from worked shifts only.
func AbsenceLines(absences []rules.Absence, planned []rules.Shift, m rules.Month, mp Mapping) ([]Line, error) {
	codes, err := mp.compileAbsence()
	if err != nil {
		return nil, err
	}
	type key struct {
		assistant, customer string
		date                rules.Date
	}
	away := map[key]rules.AbsenceReason{}
	for _, a := range absences {
		if m.Contains(a.Date) {
			away[key{a.Assistant, "", a.Date}] = a.Reason
		}
	}
	per := map[key]int{}
	var order []key
	for _, s := range planned {
		if _, ok := away[key{s.Assistant, "", s.Date}]; !ok || s.Fault() != rules.ShiftOK {
			continue
		}
		k := key{s.Assistant, s.Customer, s.Date}
		if _, seen := per[k]; !seen {
			order = append(order, k)
		}
		per[k] += s.Minutes()
	}
	out := make([]Line, 0, len(order))
	for _, k := range order {
		reason := away[key{k.assistant, "", k.date}]
		out = append(out, Line{Assistant: k.assistant, Customer: k.customer, Date: k.date, Absence: reason,
			Code: codes[reason], Minutes: per[k], order: absenceOrder})
	}
	return out, nil
}

// absenceOrder puts an absence line after a day's worked lines.
const absenceOrder = 1 << 20

// Merge joins worked and absence lines in the order Lines gives.
func Merge(worked, absence []Line) []Line {
	out := append(slices.Clone(worked), absence...)
	sortLines(out)
	return out
}
