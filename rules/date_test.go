package rules

import (
	"fmt"
	"testing"
	"time"
)

// Date.String writes a date directly; it must be what fmt wrote, also for
// years beyond four digits and days out of range.
func TestDateString(t *testing.T) {
	for _, d := range []Date{D(2026, 1, 1), D(1, 2, 3), D(9999, 12, 31), D(2024, 2, 29),
		{10000, time.March, 4}, {-1, time.May, 6}, {2026, 13, 1}, {2026, time.July, 100}} {
		if got, want := d.String(), fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
	if (Date{}).String() != "" {
		t.Error("the zero date is not empty")
	}
}
