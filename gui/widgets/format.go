package widgets

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"assistans/rules"
)

// monthLabel is "oktober 2026".
func MonthLabel(m rules.Month) string {
	return fmt.Sprintf("%s %d", MonthName(m.Month), m.Year)
}

// monthName is the month's name in the chosen language, in lower case as Swedish writes it.
func MonthName(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("month.january", "januari")
	case time.February:
		return lang.X("month.february", "februari")
	case time.March:
		return lang.X("month.march", "mars")
	case time.April:
		return lang.X("month.april", "april")
	case time.May:
		return lang.X("month.may", "maj")
	case time.June:
		return lang.X("month.june", "juni")
	case time.July:
		return lang.X("month.july", "juli")
	case time.August:
		return lang.X("month.august", "augusti")
	case time.September:
		return lang.X("month.september", "september")
	case time.October:
		return lang.X("month.october", "oktober")
	case time.November:
		return lang.X("month.november", "november")
	case time.December:
		return lang.X("month.december", "december")
	}
	return fmt.Sprint(int(m))
}

// formatMinutes prints minutes as the forms do, "12 h 05 min"; zero is "0 h 00 min".
func FormatMinutes(min int) string {
	h, m := rules.HoursMinutes(min)
	return lang.X("format.hm", "{{.H}} h {{.M}} min", map[string]any{"H": h, "M": fmt.Sprintf("%02d", m)})
}

// daysLeftText is "12 dagar kvar", "sista dagen i dag" or "3 dagar för sent".
func DaysLeftText(days int) string {
	switch {
	case days == 0:
		return lang.X("bill.days_today", "sista dagen i dag")
	case days == 1:
		return lang.X("bill.days_one", "1 dag kvar")
	case days > 1:
		return lang.X("bill.days_left", "{{.N}} dagar kvar", map[string]any{"N": days})
	case days == -1:
		return lang.X("bill.days_late_one", "1 dag för sent")
	}
	return lang.X("bill.days_late", "{{.N}} dagar för sent", map[string]any{"N": -days})
}

func EmployerText(k rules.EmployerKind) string {
	switch k {
	case rules.EmployerProvider:
		return lang.X("assignment.employer_provider", "Anordnaren")
	case rules.EmployerOther:
		return lang.X("assignment.employer_other", "Annan arbetsgivare")
	case rules.EmployerSelf:
		return lang.X("assignment.employer_self", "Assistenten är egenföretagare")
	case rules.EmployerCustomer:
		return lang.X("assignment.employer_customer", "Kunden själv")
	}
	return string(k)
}

func RegimeText(r rules.Regime) string {
	switch r {
	case rules.Husligt:
		return lang.X("assistant.regime_husligt", "Husligt arbete (lag 1970:943)")
	case rules.ATL:
		return lang.X("assistant.regime_atl", "Arbetstidslagen")
	case rules.Avtal:
		return lang.X("assistant.regime_avtal", "Kollektivavtal")
	}
	return string(r)
}

func ProviderKindText(k rules.ProviderKind) string {
	switch k {
	case rules.Privat:
		return lang.X("provider.kind_privat", "Privat anordnare")
	case rules.Kommun:
		return lang.X("provider.kind_kommun", "Kommun")
	case rules.EgenArbgiv:
		return lang.X("provider.kind_egen", "Egen arbetsgivare")
	}
	return string(k)
}

// tsKindName is a kind as the screen shows it.
func KindName(k rules.Kind) string {
	switch k {
	case rules.Aktiv:
		return lang.X("timesheet.kind_aktiv", "aktiv")
	case rules.Vantetid:
		return lang.X("timesheet.kind_vantetid", "väntetid")
	case rules.Beredskap:
		return lang.X("timesheet.kind_beredskap", "beredskap")
	}
	return string(k)
}

// roleText is a representative's role as the customer screen names it.
func RoleText(r rules.RepresentativeRole) string {
	switch r {
	case rules.Vardnadshavare:
		return lang.X("customer.role_vardnadshavare", "Vårdnadshavare")
	case rules.GodMan:
		return lang.X("customer.role_god_man", "God man")
	case rules.Forvaltare:
		return lang.X("customer.role_forvaltare", "Förvaltare")
	}
	return string(r)
}

func SeverityText(s rules.Severity) string {
	switch s {
	case rules.Block:
		return lang.X("severity.block", "Blockerande")
	case rules.Warn:
		return lang.X("severity.warn", "Varning")
	}
	return lang.X("severity.info", "Information")
}

func SeverityColor(s rules.Severity) fyne.ThemeColorName {
	switch s {
	case rules.Block:
		return theme.ColorNameError
	case rules.Warn:
		return theme.ColorNameWarning
	}
	return theme.ColorNamePrimary
}

func SeverityIcon(s rules.Severity) fyne.Resource {
	switch s {
	case rules.Block:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case rules.Warn:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}

// paintMark draws rect as a frame in the theme's primary colour around a
// lightly shaded row (on), or not at all. A solid colour would hide the
// warning colours of the row's text.
func PaintMark(rect *canvas.Rectangle, on bool) {
	rect.FillColor, rect.StrokeColor, rect.StrokeWidth = color.Transparent, color.Transparent, 0
	if on {
		rect.FillColor = theme.Color(theme.ColorNameHover)
		rect.StrokeColor = theme.Color(theme.ColorNamePrimary)
		rect.StrokeWidth = 2
		rect.CornerRadius = theme.SelectionRadiusSize()
	}
	rect.Refresh()
}

// personLabel is "Anna Andersson (19451212-1239)", as selects and lists show people.
func PersonLabel(name, id string) string {
	if name == "" {
		return rules.FormatPnr(id)
	}
	return fmt.Sprintf("%s (%s)", name, rules.FormatPnr(id))
}
