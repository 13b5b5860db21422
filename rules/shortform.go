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
	fail := func(format string, a ...any) (Clock, Clock, Kind, error) {
		return NoClock, NoClock, "", fmt.Errorf("ogiltigt pass %q: %s", s, fmt.Sprintf(format, a...))
	}
	t := strings.NewReplacer("–", "-", "—", "-").Replace(strings.TrimSpace(s))
	if t == "" {
		return fail("skriv start-slut, t.ex. 8-16")
	}
	left, right, ok := strings.Cut(t, "-")
	if !ok {
		return fail("bindestreck saknas mellan start och slut, skriv t.ex. 8-16")
	}
	if strings.Contains(right, "-") {
		return fail("bara ett bindestreck, mellan start och slut")
	}
	left = strings.TrimSpace(left)
	right = strings.TrimSpace(right)
	n := strings.IndexFunc(right, func(r rune) bool { return !strings.ContainsRune("0123456789:.,", r) })
	endText, kindText := right, ""
	if n >= 0 {
		endText, kindText = right[:n], strings.TrimSpace(right[n:])
	}

	from, msg := parseShortTime(left)
	if msg != "" {
		return fail("starttiden: %s", msg)
	}
	if from == 24*60 {
		return fail("starttiden kan inte vara 24, skriv 0")
	}
	to, msg := parseShortTime(endText)
	if msg != "" {
		return fail("sluttiden: %s", msg)
	}
	kind = Aktiv
	if kindText != "" {
		if kind, err = ParseKind(kindText); err != nil {
			return fail("okänt tidsslag %q, skriv a (aktiv), v (väntetid) eller b (beredskap)", kindText)
		}
	}
	return Clock(from), Clock(to % (24 * 60)), kind, nil
}

// parseShortTime reads one time of ParseShiftShort as minutes after midnight,
// 0..1440 (1440 is 24:00); otherwise it returns a Swedish reason.
func parseShortTime(t string) (int, string) {
	if t == "" {
		return 0, "saknas"
	}
	bad := fmt.Sprintf("%q går inte att läsa som en tid (skriv t.ex. 8, 8:30 eller 0830)", t)
	i := strings.IndexAny(t, ":.,")
	whole, frac := t, ""
	if i >= 0 {
		whole, frac = t[:i], t[i+1:]
	}
	if whole == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, bad
	}
	var h, m int
	switch {
	case i < 0 && len(whole) <= 2:
		h = digitsToInt(whole)
	case i < 0 && len(whole) <= 4:
		h, m = digitsToInt(whole[:len(whole)-2]), digitsToInt(whole[len(whole)-2:])
	case i < 0:
		return 0, bad
	case len(whole) > 2:
		return 0, bad
	case t[i] == ':' && len(frac) != 2:
		return 0, bad
	case t[i] == ':' || t[i] == '.' && len(frac) == 2:
		h, m = digitsToInt(whole), digitsToInt(frac)
	case frac == "0" || frac == "5": // decimal hours after "," or a dot with one digit
		h, m = digitsToInt(whole), digitsToInt(frac)*6
	default:
		return 0, fmt.Sprintf("%q: skriv minuter med kolon (t.ex. %s:15); som decimal går bara ,5 (halv timme)", t, whole)
	}
	if m > 59 {
		return 0, fmt.Sprintf("%q: minuterna ska vara 00–59", t)
	}
	if h > 24 || h == 24 && m != 0 {
		return 0, fmt.Sprintf("%q: timmen ska vara 0–23 (24 bara som sluttid, midnatt)", t)
	}
	return h*60 + m, ""
}
