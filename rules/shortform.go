package rules

import (
	"fmt"
	"strings"
)

// ParseShiftShort reads a shift as typed on the month screen: start, a dash, end
// and, optionally, a kind. Every accepted form (the time report's F1 help says the same to users):
//
//   - a time is H or HH (whole hour), H:MM or HH:MM, H.MM or HH.MM (a dot and two
//     digits are minutes, as Swedes write clock times), HMM or HHMM (three or four
//     digits), or decimal hours H,5 or H.5 (16,5 = 16:30; also H,0 and H.0);
//   - 24 (also 24:00, 24.00, 2400, 24,0) is midnight and is allowed only as the end;
//   - the dash is "-", "–" (en dash) or "—" (em dash), with or without spaces around it;
//   - after the end, with or without a space, a kind as ParseKind reads it:
//     a/aktiv, v/väntetid/vantetid, b/beredskap (any letter case); none means aktiv;
//   - an end not after the start ends the next day (22-7 is a night, 8-8 a whole day).
//
// Other decimals are refused rather than read: 16,3 or 16,45 is far more often a
// mistyped 16:30 or 16:45 than 16:18 or 16:27, and 16,50 would read as 16:30
// beside 16.50 as 16:50. A wrong time here goes onto a form sent to FK.
func ParseShiftShort(s string) (start, end Clock, kind Kind, err error) {
	fail := func(e ShortFormError) (Clock, Clock, Kind, error) {
		e.Input = s
		return NoClock, NoClock, "", &e
	}
	t := strings.NewReplacer("–", "-", "—", "-").Replace(strings.TrimSpace(s))
	if t == "" {
		return fail(ShortFormError{Code: ShortEmpty})
	}
	left, right, ok := strings.Cut(t, "-")
	if !ok {
		return fail(ShortFormError{Code: ShortNoDash})
	}
	if strings.Contains(right, "-") {
		return fail(ShortFormError{Code: ShortTwoDashes})
	}
	left = strings.TrimSpace(left)
	right = strings.TrimSpace(right)
	n := strings.IndexFunc(right, func(r rune) bool { return !strings.ContainsRune("0123456789:.,", r) })
	endText, kindText := right, ""
	if n >= 0 {
		endText, kindText = right[:n], strings.TrimSpace(right[n:])
	}

	from, fault := parseShortTime(left)
	if fault != 0 {
		return fail(ShortFormError{Code: fault, End: false, Text: left})
	}
	if from == 24*60 {
		return fail(ShortFormError{Code: ShortStart24})
	}
	to, fault := parseShortTime(endText)
	if fault != 0 {
		return fail(ShortFormError{Code: fault, End: true, Text: endText})
	}
	kind = Aktiv
	if kindText != "" {
		if kind, err = ParseKind(kindText); err != nil {
			return fail(ShortFormError{Code: ShortBadKind, Text: kindText})
		}
	}
	return Clock(from), Clock(to % (24 * 60)), kind, nil
}

// ShortFormError says why ParseShiftShort refused Input; package say words it.
type ShortFormError struct {
	Input string
	Code  ShortFormCode
	End   bool   // a time's fault is the end time's, else the start time's
	Text  string // the time or the kind typed, as the code names it
}

// ShortFormCode is why a shift typed in the short form is refused.
type ShortFormCode int

const (
	ShortEmpty     ShortFormCode = iota + 1 // nothing typed
	ShortNoDash                             // no dash between start and end
	ShortTwoDashes                          // more than one dash
	ShortStart24                            // the start is 24, which is only an end
	ShortBadKind                            // Text is not a kind of time
	// A time's faults, of the start or (End) the end:
	ShortTimeMissing    // no time before or after the dash
	ShortTimeUnreadable // Text cannot be read as a time
	ShortTimeDecimal    // a decimal other than ,5 or ,0 (Text)
	ShortTimeMinutes    // minutes above 59
	ShortTimeHour       // an hour above 23 (24 only as 24:00)
)

// Error is for logs; the user reads say.Error's words.
func (e *ShortFormError) Error() string {
	return fmt.Sprintf("shift %q refused (short form code %d, %q)", e.Input, e.Code, e.Text)
}

// parseShortTime reads one time of ParseShiftShort as minutes after midnight,
// 0..1440 (1440 is 24:00); otherwise it returns why not.
func parseShortTime(t string) (int, ShortFormCode) {
	if t == "" {
		return 0, ShortTimeMissing
	}
	i := strings.IndexAny(t, ":.,")
	whole, frac := t, ""
	if i >= 0 {
		whole, frac = t[:i], t[i+1:]
	}
	if whole == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, ShortTimeUnreadable
	}
	var h, m int
	switch {
	case i < 0 && len(whole) <= 2:
		h = digitsToInt(whole)
	case i < 0 && len(whole) <= 4:
		h, m = digitsToInt(whole[:len(whole)-2]), digitsToInt(whole[len(whole)-2:])
	case i < 0:
		return 0, ShortTimeUnreadable
	case len(whole) > 2:
		return 0, ShortTimeUnreadable
	case t[i] == ':' && len(frac) != 2:
		return 0, ShortTimeUnreadable
	case t[i] == ':' || t[i] == '.' && len(frac) == 2:
		h, m = digitsToInt(whole), digitsToInt(frac)
	case frac == "0" || frac == "5": // decimal hours after "," or a dot with one digit
		h, m = digitsToInt(whole), digitsToInt(frac)*6
	default:
		return 0, ShortTimeDecimal
	}
	if m > 59 {
		return 0, ShortTimeMinutes
	}
	if h > 24 || h == 24 && m != 0 {
		return 0, ShortTimeHour
	}
	return h*60 + m, 0
}
