package rules

import (
	"fmt"
	"strings"
)

// Ore is an amount of money in öre (1/100 krona). Money is never a float.
type Ore int64

// Kr builds an amount from whole kronor and öre.
func Kr(kr, ore int64) Ore { return Ore(kr*100 + ore) }

// String prints the Swedish form "1 234,50 kr".
func (o Ore) String() string { return FormatKr(o) + " kr" }

// FormatKr prints "1 234,50" (no unit), with a non-breaking group space avoided
// so that the text survives copy-paste into spreadsheets: a plain space.
func FormatKr(o Ore) string {
	neg := o < 0
	// Unsigned, so that the most negative amount has a magnitude too.
	v := uint64(o)
	if neg {
		v = -v
	}
	kr, ore := v/100, v%100
	digits := fmt.Sprint(kr)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	fmt.Fprintf(&b, ",%02d", ore)
	return b.String()
}

// ParseKr reads kronor written as 1234, 1234,5, 1234.50, 1 234,50 or "1234,50 kr".
// More than two decimals is refused rather than rounded: money must be exact.
func ParseKr(s string) (Ore, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(t, "kr"), ":-"))
	t = strings.ReplaceAll(t, " ", "")
	t = strings.ReplaceAll(t, "\u00a0", "")
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	intPart, frac, hasSep := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	bad := fmt.Errorf("ogiltigt belopp %q (skriv t.ex. 1234,50)", s)
	if intPart == "" && frac == "" || len(frac) > 2 || hasSep && frac == "" || len(intPart) > 15 {
		return 0, bad
	}
	var v int64
	for _, c := range intPart {
		if c < '0' || c > '9' {
			return 0, bad
		}
		v = v*10 + int64(c-'0')
	}
	f := frac
	for len(f) < 2 {
		f += "0"
	}
	for _, c := range f {
		if c < '0' || c > '9' {
			return 0, bad
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return Ore(v), nil
}

// RoundDiv divides and rounds half away from zero, for the few places money or
// minutes must be rounded (the rounding used is named where it is called).
func RoundDiv(a, b int64) int64 {
	if b < 0 {
		a, b = -a, -b
	}
	if a >= 0 {
		return (a + b/2) / b
	}
	return -((-a + b/2) / b)
}
