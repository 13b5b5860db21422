package rules

import (
	"slices"
	"testing"
)

func TestCompareSwedish(t *testing.T) {
	names := []string{"Öhman", "Åberg", "Zander", "ärlig", "Andersson", "Ängel", "åkesson", "Édith", "Eva", "Müller", "Mylläri", "Östen"}
	slices.SortFunc(names, CompareSwedish)
	want := []string{"Andersson", "Édith", "Eva", "Müller", "Mylläri", "Zander", "Åberg", "åkesson", "Ängel", "ärlig", "Öhman", "Östen"}
	if !slices.Equal(names, want) {
		t.Errorf("got  %q\nwant %q", names, want)
	}
	if CompareSwedish("Ola", "ola") == 0 {
		t.Error("names differing in case must still have an order")
	}
}
