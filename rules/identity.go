package rules

import (
	"fmt"
	"strings"
	"time"
)

// IDError says why an identity number was refused: Code and Args for a
// window that words it in its own language, Reason in Swedish for the command
// line (Error() for a whole line, Reason under an entry field).
type IDError struct {
	What   string // "personnummer", "samordningsnummer", "organisationsnummer", ...
	Input  string
	Code   IDCode
	Args   map[string]any // the numbers Reason names, under the names each code lists
	Reason string
}

// IDCode is why an identity number is refused.
type IDCode string

const (
	IDMissing            IDCode = "missing"              // nothing typed
	IDBadCharacter       IDCode = "bad_character"        // other than digits and one "-" or "+"
	IDDigitCount         IDCode = "digit_count"          // N digits, not 10 or 12
	IDIsSamordning       IDCode = "is_samordning"        // a samordningsnummer (day Day) where a personnummer is asked for
	IDNotSamordning      IDCode = "not_samordning"       // the day is not 61–91
	IDNoDate             IDCode = "no_date"              // month or day out of range
	IDNoSuchDate         IDCode = "no_such_date"         // Date does not exist
	IDSerialZero         IDCode = "serial_zero"          // the birth number 000
	IDCheckDigit         IDCode = "check_digit"          // the check digit is wrong
	IDFutureBirth        IDCode = "future_birth"         // born on Date, after today
	IDTooOld             IDCode = "too_old"              // born in Year, before Min
	IDOrgPlus            IDCode = "org_plus"             // an organisationsnummer with "+"
	IDOrgPrefix          IDCode = "org_prefix"           // 12 digits not starting with 16
	IDOrgDigitCount      IDCode = "org_digit_count"      // N digits, not 10
	IDOrgMonth           IDCode = "org_month"            // third and fourth digit below 20
	IDProviderDigitCount IDCode = "provider_digit_count" // N digits, not 10 or 12
	IDStoredLength       IDCode = "stored_length"        // a stored number is not 12 digits
	IDBeforeBirth        IDCode = "before_birth"         // Date lies before the birth
)

func (e *IDError) Error() string {
	return fmt.Sprintf("ogiltigt %s %q: %s", e.What, e.Input, e.Reason)
}

const (
	whatPnr      = "personnummer"
	whatSamnr    = "samordningsnummer"
	whatIdentity = "person- eller samordningsnummer"
	whatOrgnr    = "organisationsnummer"
	whatProvider = "organisations- eller personnummer"
)

// idKind says which kinds of personal identity number a caller accepts.
type idKind int

const (
	personOnly idKind = iota + 1
	samordningOnly
	eitherID
)

func (k idKind) what() string {
	switch k {
	case personOnly:
		return whatPnr
	case samordningOnly:
		return whatSamnr
	}
	return whatIdentity
}

// ParsePersonnummer reads a personnummer written with 10 or 12 digits, with or
// without "-" or "+" before the last four, and returns its 12 digits.
// A 10-digit form takes the latest century that does not put the birth date
// after today; "+" (used from the year the person turns 100) moves it back 100 years.
func ParsePersonnummer(s string, today Date) (string, error) {
	return parsePersonal(s, today, personOnly)
}

// ParseSamordningsnummer is ParsePersonnummer for samordningsnummer, whose day is the birth day + 60.
func ParseSamordningsnummer(s string, today Date) (string, error) {
	return parsePersonal(s, today, samordningOnly)
}

// ParseIdentity accepts a personnummer or a samordningsnummer: assistants may have either.
func ParseIdentity(s string, today Date) (string, error) {
	return parsePersonal(s, today, eitherID)
}

func parsePersonal(s string, today Date, want idKind) (string, error) {
	fail := func(code IDCode, args map[string]any, format string, a ...any) (string, error) {
		return "", &IDError{What: want.what(), Input: s, Code: code, Args: args, Reason: fmt.Sprintf(format, a...)}
	}
	digits, sep, code, reason := splitID(s)
	if reason != "" {
		return fail(code, nil, "%s", reason)
	}
	if len(digits) != 10 && len(digits) != 12 {
		return fail(IDDigitCount, map[string]any{"N": len(digits)}, "fel antal siffror (%d), skriv 10 eller 12 siffror", len(digits))
	}
	short := digits[len(digits)-10:]
	month := time.Month(digitsToInt(short[2:4]))
	day := digitsToInt(short[4:6])
	samordning := day >= 61 && day <= 91
	if samordning {
		day -= 60
	}
	switch {
	case samordning && want == personOnly:
		return fail(IDIsSamordning, map[string]any{"Day": short[4:6]}, "det är ett samordningsnummer (dagen är %s), inte ett personnummer", short[4:6])
	case !samordning && want == samordningOnly:
		return fail(IDNotSamordning, nil, "det är inget samordningsnummer (dagen ska vara 61–91)")
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return fail(IDNoDate, nil, "datumet finns inte")
	}
	var year int
	if len(digits) == 12 {
		year = digitsToInt(digits[:4])
	} else {
		year = centuryFor(digitsToInt(short[:2]), month, day, today)
		if sep == '+' {
			year -= 100
		}
	}
	birth := D(year, month, day)
	if !validDate(birth) {
		return fail(IDNoSuchDate, map[string]any{"Date": fmt.Sprintf("%04d-%02d-%02d", year, int(month), day)}, "datumet %04d-%02d-%02d finns inte", year, int(month), day)
	}
	if short[6:9] == "000" {
		return fail(IDSerialZero, nil, "födelsenumret 000 är ogiltigt")
	}
	if !luhnValid(short) {
		return fail(IDCheckDigit, nil, "kontrollsiffran stämmer inte")
	}
	if birth.After(today) {
		return fail(IDFutureBirth, map[string]any{"Date": birth.String()}, "födelsedatumet %s ligger i framtiden", birth)
	}
	if birth.Year < MinYear {
		return fail(IDTooOld, map[string]any{"Year": birth.Year, "Min": MinYear}, "födelseåret %d är före %d", birth.Year, MinYear)
	}
	return fmt.Sprintf("%04d", year) + short[2:], nil
}

// centuryFor returns the latest year ending in yy whose month and day are not after today.
func centuryFor(yy int, month time.Month, day int, today Date) int {
	year := today.Year - ((today.Year-yy)%100+100)%100
	// Compared as plain numbers, so that Feb 29 in a common year still orders correctly.
	if (Date{year, month, day}).After(today) {
		year -= 100
	}
	return year
}

// ParseOrgnr reads an organisationsnummer: 10 digits, optionally NNNNNN-NNNN, or the
// 12-digit form with the prefix 16; it returns 10 digits.
func ParseOrgnr(s string) (string, error) {
	fail := func(code IDCode, args map[string]any, format string, a ...any) (string, error) {
		return "", &IDError{What: whatOrgnr, Input: s, Code: code, Args: args, Reason: fmt.Sprintf(format, a...)}
	}
	digits, sep, code, reason := splitID(s)
	switch {
	case reason != "":
		return fail(code, nil, "%s", reason)
	case sep == '+':
		return fail(IDOrgPlus, nil, "ett organisationsnummer har \"-\", inte \"+\", före de fyra sista siffrorna")
	case len(digits) == 12 && strings.HasPrefix(digits, "16"):
		digits = digits[2:]
	case len(digits) == 12:
		return fail(IDOrgPrefix, nil, "ett 12-siffrigt organisationsnummer börjar med 16")
	case len(digits) != 10:
		return fail(IDOrgDigitCount, map[string]any{"N": len(digits)}, "fel antal siffror (%d), skriv 10 siffror", len(digits))
	}
	if digitsToInt(digits[2:4]) < 20 {
		return fail(IDOrgMonth, nil, "tredje och fjärde siffran ska tillsammans vara minst 20")
	}
	if !luhnValid(digits) {
		return fail(IDCheckDigit, nil, "kontrollsiffran stämmer inte")
	}
	return digits, nil
}

// ParseProviderID accepts what a provider is identified by: an organisationsnummer
// (10 digits back) or, for a sole trader, the owner's personnummer (12 digits back).
func ParseProviderID(s string, today Date) (string, error) {
	digits, _, code, reason := splitID(s)
	if reason != "" {
		return "", &IDError{What: whatProvider, Input: s, Code: code, Reason: reason}
	}
	// A personnummer's month is at most 12, an organisationsnummer's "month" at least 20.
	isOrg := len(digits) == 10 && digitsToInt(digits[2:4]) >= 20 ||
		len(digits) == 12 && strings.HasPrefix(digits, "16")
	if isOrg {
		return ParseOrgnr(s)
	}
	if len(digits) != 10 && len(digits) != 12 {
		return "", &IDError{What: whatProvider, Input: s, Code: IDProviderDigitCount, Args: map[string]any{"N": len(digits)},
			Reason: fmt.Sprintf("fel antal siffror (%d), skriv 10 siffror (organisationsnummer) eller 12 (personnummer)", len(digits))}
	}
	return ParsePersonnummer(s, today)
}

// BirthDate reads the birth date out of a stored 12-digit personnummer or samordningsnummer.
// It checks the date, not the check digit: stored numbers were checked when they were saved.
func BirthDate(id string) (Date, error) {
	fail := func(code IDCode, reason string) (Date, error) {
		return Date{}, &IDError{What: whatIdentity, Input: id, Code: code, Reason: reason}
	}
	if len(id) != 12 || strings.Trim(id, "0123456789") != "" {
		return fail(IDStoredLength, "ska vara 12 siffror")
	}
	day := digitsToInt(id[6:8])
	if day > 60 {
		day -= 60
	}
	d := D(digitsToInt(id[:4]), time.Month(digitsToInt(id[4:6])), day)
	if !validDate(d) {
		return fail(IDNoDate, "datumet finns inte")
	}
	return d, nil
}

// AgeOn is the age in whole years on day d: on the 18th birthday the person is 18.
// Someone born on Feb 29 turns a year older on Mar 1 in common years (the birthday
// has not come while Feb 29 is missing); this is the reading that never makes
// anyone 18 a day early.
func AgeOn(id string, d Date) (int, error) {
	birth, err := BirthDate(id)
	if err != nil {
		return 0, err
	}
	if d.Before(birth) {
		return 0, &IDError{What: whatIdentity, Input: id, Code: IDBeforeBirth, Args: map[string]any{"Date": d.String()},
			Reason: fmt.Sprintf("%s ligger före födelsedagen", d)}
	}
	return yearsFrom(birth, d), nil
}

// yearsFrom is AgeOn's age on day d, not before birth.
func yearsFrom(birth, d Date) int {
	age := d.Year - birth.Year
	if (Date{d.Year, birth.Month, birth.Day}).After(d) {
		age--
	}
	return age
}

// FormatPnr shows a 12-digit identity number as YYYYMMDD-NNNN; anything else is returned unchanged.
func FormatPnr(id string) string {
	if len(id) != 12 || strings.Trim(id, "0123456789") != "" {
		return id
	}
	return id[:8] + "-" + id[8:]
}

// splitID trims s and takes away one "-" or "+" before the last four digits.
// It returns the digits, the separator (0 if none) and, if s has anything else, why it is refused.
func splitID(s string) (digits string, sep byte, code IDCode, reason string) {
	t := strings.TrimSpace(s)
	if n := len(t); n >= 5 && (t[n-5] == '-' || t[n-5] == '+') {
		sep = t[n-5]
		t = t[:n-5] + t[n-4:]
	}
	if t == "" {
		return "", 0, IDMissing, "numret saknas"
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return "", 0, IDBadCharacter, "bara siffror, och \"-\" eller \"+\" före de fyra sista, är tillåtna"
		}
	}
	return t, sep, "", ""
}

// luhnValid checks the last digit of s as a Luhn (mod 10) check digit: from the
// right, every second digit is doubled and the digits of all products summed.
func luhnValid(s string) bool {
	sum := 0
	for i := 0; i < len(s); i++ {
		v := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// digitsToInt reads a string already known to hold only ASCII digits.
func digitsToInt(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// validDate says whether d is a real calendar date (Feb 29 only in leap years).
func validDate(d Date) bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && DateOf(d.utc()) == d
}

// AdultAge is the age from which FK pays for an assistant's work.
const AdultAge = 18

// MinorOn says whether the person id is under AdultAge on day d, with the age;
// false when id holds no birth date.
func MinorOn(id string, d Date) (age int, minor bool) {
	age, err := AgeOn(id, d)
	return age, err == nil && age < AdultAge
}
