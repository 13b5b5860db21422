package rules

import (
	"strings"
	"testing"
)

func TestTextProblem(t *testing.T) {
	for s, bad := range map[string]bool{
		"Märta Åberg-Öst":        false,
		"":                       false,
		strings.Repeat("Å", 80):  false,
		strings.Repeat("Å", 81):  true,
		"Anna\x00":               true,
		"Anna\nBerg":             true,
		"Anna\rBerg":             true,
		"Anna\tBerg":             true,
		"Anna\u0085Berg":         true, // C1 next line
		"Anna\x1bBerg":           true,
		"Anna \xff":              true,
		"Łukasz Wróbel-Şahin 東京": false,
	} {
		if got := TextProblem(s); (got != nil) != bad {
			t.Errorf("TextProblem(%q) = %v", s, got)
		}
	}
}

func TestDateInRange(t *testing.T) {
	for d, ok := range map[Date]bool{D(1899, 12, 31): false, D(1900, 1, 1): true, D(2100, 12, 31): true, D(2101, 1, 1): false} {
		if DateInRange(d) != ok {
			t.Errorf("%v in range: %v", d, !ok)
		}
	}
}

// A personnummer whose birth year lies before 1900 is impossible for a living person.
func TestPersonnummerBirthYear(t *testing.T) {
	today := D(2026, 12, 3)
	if _, err := ParsePersonnummer("180001011238", today); err == nil || !strings.Contains(err.Error(), "födelseåret 1800 är före 1900") {
		t.Errorf("1800: %v", err)
	}
	if _, err := ParsePersonnummer("300101+1232", today); err == nil || !strings.Contains(err.Error(), "1830") {
		t.Errorf("300101+1232 (1830): %v", err)
	}
	if _, err := ParsePersonnummer("000101011237", today); err == nil {
		t.Error("year 0001 accepted")
	}
	if id, err := ParsePersonnummer("194512121239", today); err != nil || id != "194512121239" {
		t.Errorf("1945: %v %v", id, err)
	}
}
