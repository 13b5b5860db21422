package rules

import (
	"cmp"
	"strings"
	"unicode"
)

// CompareSwedish orders names as a Swedish reader expects: case does not
// matter, å, ä and ö come after z in that order, é and è sort as e, ü as y,
// æ as ä and ø as ö. Equal keys fall back to the plain bytes so the order is total.
func CompareSwedish(a, b string) int {
	return cmp.Or(strings.Compare(swedishKey(a), swedishKey(b)), strings.Compare(a, b))
}

// swedishKey maps a name to a string whose byte order is the Swedish order:
// the three last letters become the three runes after 'z' in ASCII.
func swedishKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch r = unicode.ToLower(r); r {
		case 'å':
			return '{'
		case 'ä', 'æ':
			return '|'
		case 'ö', 'ø':
			return '}'
		case 'é', 'è', 'ê', 'ë':
			return 'e'
		case 'ü':
			return 'y'
		case 'á', 'à':
			return 'a'
		}
		return r
	}, s)
}
