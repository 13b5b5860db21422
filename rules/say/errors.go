package say

import (
	"errors"
	"fmt"
	"strings"

	"assistans/rules"
)

// Error is the message of err in language l: the words of a coded error the
// domain returns, else err's own text. In Swedish a refusal is err's own text,
// which the store made with these words and any context wrapped around them.
func Error(l Lang, err error) string {
	en := l == English
	if e, ok := errors.AsType[*rules.ShortFormError](err); ok {
		return shortFormText(en, e)
	}
	if fe, ok := errors.AsType[*rules.FieldError](err); ok && en {
		return FieldError(l, fe)
	}
	if r, ok := errors.AsType[*rules.Refusal](err); ok && en {
		return Refusal(l, r)
	}
	return err.Error()
}

// shortFormText is why a shift typed in the short form (8-16 v) is refused.
func shortFormText(en bool, e *rules.ShortFormError) string {
	if en {
		return fmt.Sprintf("invalid shift %q: %s", e.Input, shortFormReason(en, e))
	}
	return fmt.Sprintf("ogiltigt pass %q: %s", e.Input, shortFormReason(en, e))
}

func shortFormReason(en bool, e *rules.ShortFormError) string {
	switch e.Code {
	case rules.ShortEmpty:
		return pick(en, "skriv start-slut, t.ex. 8-16", "write start-end, e.g. 8-16")
	case rules.ShortNoDash:
		return pick(en, "bindestreck saknas mellan start och slut, skriv t.ex. 8-16",
			"a dash is missing between start and end, write e.g. 8-16")
	case rules.ShortTwoDashes:
		return pick(en, "bara ett bindestreck, mellan start och slut", "only one dash, between start and end")
	case rules.ShortStart24:
		return pick(en, "starttiden kan inte vara 24, skriv 0", "the start cannot be 24, write 0")
	case rules.ShortBadKind:
		if en {
			return fmt.Sprintf("unknown kind of time %q, write a (active), v (waiting) or b (on-call)", e.Text)
		}
		return fmt.Sprintf("okänt tidsslag %q, skriv a (aktiv), v (väntetid) eller b (beredskap)", e.Text)
	}
	which := pick(en, "starttiden", "the start time")
	if e.End {
		which = pick(en, "sluttiden", "the end time")
	}
	return which + ": " + shortTimeReason(en, e)
}

// shortTimeReason is why the start or end time e.Text cannot be read.
func shortTimeReason(en bool, e *rules.ShortFormError) string {
	t := e.Text
	switch e.Code {
	case rules.ShortTimeMissing:
		return pick(en, "saknas", "missing")
	case rules.ShortTimeDecimal:
		whole, _, _ := strings.Cut(t, ",")
		whole, _, _ = strings.Cut(whole, ".")
		if en {
			return fmt.Sprintf("%q: write minutes with a colon (e.g. %s:15); the only decimal taken is ,5 (half an hour)", t, whole)
		}
		return fmt.Sprintf("%q: skriv minuter med kolon (t.ex. %s:15); som decimal går bara ,5 (halv timme)", t, whole)
	case rules.ShortTimeMinutes:
		return fmt.Sprintf("%q: %s", t, pick(en, "minuterna ska vara 00–59", "the minutes must be 00–59"))
	case rules.ShortTimeHour:
		return fmt.Sprintf("%q: %s", t, pick(en, "timmen ska vara 0–23 (24 bara som sluttid, midnatt)",
			"the hour must be 0–23 (24 only as the end, midnight)"))
	}
	if en {
		return fmt.Sprintf("%q cannot be read as a time (write e.g. 8, 8:30 or 0830)", t)
	}
	return fmt.Sprintf("%q går inte att läsa som en tid (skriv t.ex. 8, 8:30 eller 0830)", t)
}
