package history

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"assistans/data"
	"assistans/data/record"
	"assistans/gui/language"
	"assistans/gui/widgets"
	"assistans/rules"
)

// A change in words: its record named, each field by its caption and its
// values as the screens show them. The store says which record and field
// changed (data.RecordChange); nothing here knows a table or column.

// describeChange turns a change into the lines the dialog shows.
func describeChange(c data.RecordChange, names map[string]string) historyEntry {
	var action string
	switch c.Action {
	case data.ActionCreated:
		action = lang.X("history.created", "Nytt")
	case data.ActionDeleted:
		action = lang.X("history.deleted", "Borttaget")
	default:
		action = lang.X("history.changed", "Ändrat")
	}
	e := historyEntry{
		head: strings.Join([]string{c.At.In(rules.Stockholm).Format("2006-01-02 15:04"), c.User, action}, " · "),
		what: recordTitle(c, names),
	}
	var lines []string
	if c.Unreadable != "" {
		lines = append(lines, c.Unreadable)
	}
	for _, f := range c.Fields {
		label := f.Name
		if f.Label != "" {
			label = language.Text(f.Label)
		}
		switch c.Action {
		case data.ActionCreated:
			lines = append(lines, label+": "+formatValue(f.Kind, f.New, names))
		case data.ActionDeleted:
			lines = append(lines, label+": "+formatValue(f.Kind, f.Old, names))
		default:
			lines = append(lines, label+": "+formatValue(f.Kind, f.Old, names)+" → "+formatValue(f.Kind, f.New, names))
		}
	}
	if c.Note != "" {
		lines = append(lines, lang.X("history.note", "Anledning: {{.Note}}", map[string]any{"Note": c.Note}))
	}
	e.changes = strings.Join(lines, "\n")
	return e
}

// recordTitle names the changed record: "Pass 2026-10-05: Xena Xu hos Anna Andersson".
func recordTitle(c data.RecordChange, names map[string]string) string {
	t := c.Title
	person := func(id string) string { return widgets.PersonLabel(names[id], id) }
	name := func(id string) string {
		if n := names[id]; n != "" {
			return n
		}
		return rules.FormatPnr(id)
	}
	month := func() string {
		m, err := rules.ParseMonth(t.Month)
		if err != nil {
			return t.Month
		}
		return widgets.MonthLabel(m)
	}
	switch c.Record {
	case "provider":
		return lang.X("history.t_provider", "Anordnare {{.Name}} ({{.Orgnr}})", map[string]any{"Name": t.Name, "Orgnr": t.ID})
	case "customer":
		return lang.X("history.t_customer", "Kund {{.Who}}", map[string]any{"Who": widgets.PersonLabel(t.Name, t.ID)})
	case "assistant":
		return lang.X("history.t_assistant", "Assistent {{.Who}}", map[string]any{"Who": widgets.PersonLabel(t.Name, t.ID)})
	case "decision":
		return lang.X("history.t_decision", "Beslut för {{.Who}} från {{.From}}", map[string]any{"Who": person(t.Customer), "From": t.Date})
	case "assignment":
		return lang.X("history.t_assignment", "Uppdrag: {{.Assistant}} hos {{.Customer}}", map[string]any{"Assistant": name(t.Assistant), "Customer": name(t.Customer)})
	case "shift":
		return lang.X("history.t_shift", "Pass {{.Date}}: {{.Assistant}} hos {{.Customer}}", map[string]any{"Date": t.Date, "Assistant": name(t.Assistant), "Customer": name(t.Customer)})
	case "month":
		return lang.X("history.t_month", "Månadsuppgifter {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(t.Customer)})
	case "hospital_stay":
		return lang.X("history.t_hospital", "Sjukhusvistelse från {{.From}} för {{.Who}}", map[string]any{"From": t.Date, "Who": name(t.Customer)})
	case "cost":
		return lang.X("history.t_cost", "Kostnader {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(t.Customer)})
	case "printed":
		return lang.X("history.t_printed", "Utskrift {{.Month}} för {{.Who}}", map[string]any{"Month": month(), "Who": name(t.Customer)})
	case "settings":
		return lang.X("history.t_settings", "Inställningar")
	}
	return c.Record + " " + t.ID
}

// formatValue shows a stored value as the screens show it: clock times,
// kronor, hours, yes or no, names with identity numbers.
func formatValue(k record.Kind, s string, names map[string]string) string {
	if s == "" {
		return "–"
	}
	n, numErr := strconv.ParseInt(s, 10, 64)
	isNum := numErr == nil
	switch k {
	case record.Pnr, record.Identity:
		return widgets.PersonLabel(names[s], s)
	case record.Clock:
		if isNum {
			return rules.Clock(n).String()
		}
	case record.Minutes:
		if isNum {
			return widgets.FormatMinutes(int(n))
		}
	case record.Ore:
		if isNum {
			return rules.Ore(n).String()
		}
	case record.Centi:
		if isNum {
			return widgets.FormatWeekHours(n) + " h"
		}
	case record.Bool, record.Flag:
		if isNum && n != 0 {
			return lang.X("history.yes", "ja")
		} else if isNum {
			return lang.X("history.no", "nej")
		}
	case record.Month:
		if m, err := rules.ParseMonth(s); err == nil {
			return widgets.MonthLabel(m)
		}
	case record.Enum:
		return enumText(s)
	case record.Time:
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.In(rules.Stockholm).Format("2006-01-02 15:04")
		}
	}
	return s
}

// enumText is a stored word of any of the record types' choices as the screens
// name it; the words of the different choices differ (TestEnumWordsDiffer).
func enumText(w string) string {
	for _, text := range enumTexts {
		if t := text(w); t != w {
			return t
		}
	}
	return w
}

var enumTexts = []func(string) string{
	func(w string) string { return widgets.ProviderKindText(rules.ProviderKind(w)) },
	func(w string) string { return widgets.RegimeText(rules.Regime(w)) },
	func(w string) string { return widgets.EmployerText(rules.EmployerKind(w)) },
	func(w string) string { return widgets.RoleText(rules.RepresentativeRole(w)) },
	func(w string) string { return widgets.KindName(rules.Kind(w)) },
}
