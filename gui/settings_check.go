package gui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"assistans/gui/widgets"
	"assistans/rules"
)

// The checks and parsers of the settings screen's fields.

func severityOf(text string) rules.Severity {
	if text == widgets.SeverityText(rules.Block) {
		return rules.Block
	}
	return rules.Warn
}

// maxHours keeps parseHours far from overflow; no setting needs more.
const maxHours = 100000

// parseHours reads hours as "52", "37,5", "37.5" or "37:30" and returns whole
// minutes; a decimal that is not a whole number of minutes is refused.
func parseHours(s string) (int, error) {
	s = strings.TrimSpace(s)
	bad := errors.New(lang.X("settings.err_hours", "Skriv timmar, t.ex. 40, 37,5 eller 37:30."))
	if s == "" {
		return 0, bad
	}
	if h, m, ok := strings.Cut(s, ":"); ok {
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || hh > maxHours || mm < 0 || mm > 59 {
			return 0, bad
		}
		return hh*60 + mm, nil
	}
	whole, frac, _ := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	h, err := strconv.Atoi(whole)
	if err != nil || h < 0 || h > maxHours || len(frac) > 4 || strings.Trim(frac, "0123456789") != "" {
		return 0, bad
	}
	if frac == "" {
		return h * 60, nil
	}
	// frac/10^len × 60 must be whole minutes.
	num, _ := strconv.Atoi(frac)
	den := 1
	for range frac {
		den *= 10
	}
	if num*60%den != 0 {
		return 0, errors.New(lang.X("settings.err_hours_minutes", "Timmarna blir inte hela minuter; skriv t.ex. 37:20."))
	}
	return h*60 + num*60/den, nil
}

// formatHoursEntry is the reverse of parseHours: "52" or "37:30".
func formatHoursEntry(min int) string {
	if min%60 == 0 {
		return strconv.Itoa(min / 60)
	}
	return fmt.Sprintf("%d:%02d", min/60, min%60)
}

func checkWeekHours(s string) error {
	m, err := parseHours(s)
	switch {
	case err != nil:
		return err
	case m <= 0 || m > 168*60:
		return errors.New(lang.X("settings.err_week_hours", "Ange mellan 0 och 168 timmar per vecka."))
	}
	return nil
}

// checkRestHours accepts a rest of more than 0 and at most maxHours hours.
func checkRestHours(maxHours int) func(string) error {
	return func(s string) error {
		m, err := parseHours(s)
		switch {
		case err != nil:
			return err
		case m <= 0 || m > maxHours*60:
			return errors.New(lang.X("settings.err_rest", "Ange mellan 0 och {{.Max}} timmar.", map[string]any{"Max": maxHours}))
		}
		return nil
	}
}

// checkPeriod accepts 1–366 days or 1–12 months.
func checkPeriod(s string, months bool) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	switch {
	case months && (err != nil || n < 1 || n > 12):
		return errors.New(lang.X("settings.err_period_months", "Ange 1–12 månader."))
	case !months && (err != nil || n < 1 || n > 366):
		return errors.New(lang.X("settings.err_period_days", "Ange 1–366 dagar."))
	}
	return nil
}

// parseFraction reads "1/4" (or "0" and "1"); the factor must lie between 0 and 1.
func parseFraction(s string) (rules.Fraction, error) {
	bad := errors.New(lang.X("settings.err_fraction", "Skriv ett bråk mellan 0 och 1, t.ex. 1/4."))
	s = strings.TrimSpace(s)
	num, den, ok := strings.Cut(s, "/")
	if !ok {
		den = "1"
	}
	n, err1 := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	d, err2 := strconv.ParseInt(strings.TrimSpace(den), 10, 64)
	if err1 != nil || err2 != nil || d <= 0 || n < 0 || n > d || d > 1000 {
		return rules.Fraction{}, bad
	}
	return rules.Fraction{Num: n, Den: d}, nil
}

func checkFraction(s string) error { _, err := parseFraction(s); return err }

func formatFraction(f rules.Fraction) string {
	if f.Den == 1 {
		return strconv.FormatInt(f.Num, 10)
	}
	return fmt.Sprintf("%d/%d", f.Num, f.Den)
}

func checkDeadlineDays(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 || n > 60 {
		return errors.New(lang.X("settings.err_deadline", "Ange 0–60 dagar."))
	}
	return nil
}

func checkName(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("settings.err_name", "Namnet saknas."))
	}
	return nil
}

func checkYear(s string) error {
	y, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || y < 2000 || y > 2100 {
		return errors.New(lang.X("settings.err_year", "Ange ett år, t.ex. 2026."))
	}
	return nil
}

func checkAmount(s string) error {
	o, err := rules.ParseKr(s)
	if err != nil || o <= 0 {
		return errors.New(lang.X("settings.err_amount", "Ange ett belopp i kronor, t.ex. 342,40."))
	}
	return nil
}
