package registers

import (
	"strings"
	"testing"
)

func TestMatchesSearch(t *testing.T) {
	names, ids := []string{"Anna Andersson"}, []string{"194512121239"}
	for q, want := range map[string]bool{
		"": true, "anna": true, "anders": true, "451212-1239": true, "19451212": true, "1212": true,
		"bertil": false, "1239-9": false, "12a": false,
	} {
		if got := matchesSearch(strings.ToLower(q), names, ids); got != want {
			t.Errorf("matchesSearch(%q) = %v, want %v", q, got, want)
		}
	}
}
