package widgets

// Checks used under the fields. They return Swedish messages for the user.

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"assistans/rules"
)

func CheckRequiredText(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_required", "Fältet måste fyllas i."))
	}
	return nil
}

// idMessage turns a parser's error into the short message under a field.
func IdMessage(err error) error {
	var ide *rules.IDError
	if errors.As(err, &ide) {
		return errors.New(idText(ide))
	}
	return err
}

// idText is why an identity number is refused, in the window's language.
func idText(e *rules.IDError) string {
	a := e.Args
	switch e.Code {
	case rules.IDMissing:
		return lang.X("id.missing", "Numret saknas.", a)
	case rules.IDBadCharacter:
		return lang.X("id.bad_character", "Bara siffror, och \"-\" eller \"+\" före de fyra sista, är tillåtna.", a)
	case rules.IDDigitCount:
		return lang.X("id.digit_count", "Fel antal siffror ({{.N}}), skriv 10 eller 12 siffror.", a)
	case rules.IDIsSamordning:
		return lang.X("id.is_samordning", "Det är ett samordningsnummer (dagen är {{.Day}}), inte ett personnummer.", a)
	case rules.IDNotSamordning:
		return lang.X("id.not_samordning", "Det är inget samordningsnummer (dagen ska vara 61–91).", a)
	case rules.IDNoDate:
		return lang.X("id.no_date", "Datumet finns inte.", a)
	case rules.IDNoSuchDate:
		return lang.X("id.no_such_date", "Datumet {{.Date}} finns inte.", a)
	case rules.IDSerialZero:
		return lang.X("id.serial_zero", "Födelsenumret 000 är ogiltigt.", a)
	case rules.IDCheckDigit:
		return lang.X("id.check_digit", "Kontrollsiffran stämmer inte.", a)
	case rules.IDFutureBirth:
		return lang.X("id.future_birth", "Födelsedatumet {{.Date}} ligger i framtiden.", a)
	case rules.IDTooOld:
		return lang.X("id.too_old", "Födelseåret {{.Year}} är före {{.Min}}.", a)
	case rules.IDOrgPlus:
		return lang.X("id.org_plus", "Ett organisationsnummer har \"-\", inte \"+\", före de fyra sista siffrorna.", a)
	case rules.IDOrgPrefix:
		return lang.X("id.org_prefix", "Ett 12-siffrigt organisationsnummer börjar med 16.", a)
	case rules.IDOrgDigitCount:
		return lang.X("id.org_digit_count", "Fel antal siffror ({{.N}}), skriv 10 siffror.", a)
	case rules.IDOrgMonth:
		return lang.X("id.org_month", "Tredje och fjärde siffran ska tillsammans vara minst 20.", a)
	case rules.IDProviderDigitCount:
		return lang.X("id.provider_digit_count", "Fel antal siffror ({{.N}}), skriv 10 siffror (organisationsnummer) eller 12 (personnummer).", a)
	case rules.IDStoredLength:
		return lang.X("id.stored_length", "Numret ska vara 12 siffror.", a)
	case rules.IDBeforeBirth:
		return lang.X("id.before_birth", "{{.Date}} ligger före födelsedagen.", a)
	}
	return Sentence(e.Reason)
}

// sentence starts s with a capital letter and ends it with a full stop.
func Sentence(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// parseOptionalDate reads a date field where empty means no date.
func ParseOptionalDate(s string) (rules.Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return rules.Date{}, nil
	}
	d, err := rules.ParseDate(s)
	if err != nil {
		return rules.Date{}, errors.New(lang.X("reg.err_date", "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-10-01."))
	}
	return d, nil
}

func CheckOptionalDate(s string) error { _, err := ParseOptionalDate(s); return err }

func CheckRequiredDate(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("reg.err_date_missing", "Datum saknas (ÅÅÅÅ-MM-DD)."))
	}
	return CheckOptionalDate(s)
}

// checkPeriodEnd checks an optional end date against the start in from.
func CheckPeriodEnd(from *Field) func(string) error {
	return func(s string) error {
		to, err := ParseOptionalDate(s)
		if err != nil || to.IsZero() {
			return err
		}
		if f, ferr := ParseOptionalDate(from.Entry.Text); ferr == nil && !f.IsZero() && to.Before(f) {
			return errors.New(lang.X("reg.err_period", "Slutdatumet ligger före startdatumet ({{.From}}).",
				map[string]any{"From": f.String()}))
		}
		return nil
	}
}

// parseWeekHours reads hours per week such as "37,5" or "40" into hundredths of an hour.
func ParseWeekHours(s string) (int64, error) {
	bad := errors.New(lang.X("reg.err_hours", "Skriv timmar per vecka, t.ex. 37,5 (högst 168)."))
	t := strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	whole, frac, hasSep := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	if whole == "" || len(whole) > 3 || len(frac) > 2 || hasSep && frac == "" {
		return 0, bad
	}
	var v int64
	for _, c := range whole + (frac + "00")[:2] {
		if c < '0' || c > '9' {
			return 0, bad
		}
		v = v*10 + int64(c-'0')
	}
	if v <= 0 || v > 168*100 {
		return 0, bad
	}
	return v, nil
}

// formatWeekHours prints hundredths of an hour as the field takes them: 3750 → "37,5".
func FormatWeekHours(centi int64) string {
	s := fmt.Sprintf("%d,%02d", centi/100, centi%100)
	return strings.TrimSuffix(strings.TrimSuffix(s, "0"), ",0")
}
