package rules

import (
	"unicode"
	"unicode/utf8"
)

// Bounds on what the program stores, so that bad input is refused with a reason
// instead of printed on a form, overflowing a sum or stored as a surprise. The
// CSV import and the window both ask these.

// MinYear and MaxYear bound every date the program takes, birth dates included.
const (
	MinYear = 1900
	MaxYear = 2100
)

// DateInRange says d lies in the years MinYear–MaxYear.
func DateInRange(d Date) bool { return d.Year >= MinYear && d.Year <= MaxYear }

// DateRangeProblem is why a date outside the range is refused.
func DateRangeProblem() *Reason { return Because(DateOutOfRange, MinYear, MaxYear) }

// MaxAmount is the largest amount taken, 1 000 000 000 kr: far above any month's
// costs, far below what öre in an int64 (and a cost's öre per hour × 100) hold.
const MaxAmount = Ore(1_000_000_000_00)

// MaxTextRunes is the longest name or other free text taken: every name box of
// FK's forms holds it (wrapped, in no less than 7 pt).
const MaxTextRunes = 80

// TextProblem says why s cannot be stored as a name or another free-text
// field, or nil when it can: it may not hold control characters (a NUL, a line
// break, a tab), which a form cannot print and a file name or CSV cell would
// carry on, nor be longer than MaxTextRunes characters.
func TextProblem(s string) *Reason {
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			return Because(TextUnreadable)
		case unicode.IsControl(r):
			return Because(TextControl, r)
		}
	}
	if n := utf8.RuneCountInString(s); n > MaxTextRunes {
		return Because(TextTooLong, n, MaxTextRunes)
	}
	return nil
}
