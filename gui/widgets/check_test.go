package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestParseWeekHours(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64 // hundredths of an hour; 0 = refused
	}{
		{"37,5", 3750}, {"37.5", 3750}, {"40", 4000}, {" 12,25 ", 1225}, {"0,5", 50}, {"168", 16800},
		{"", 0}, {"0", 0}, {"168,01", 0}, {"37,", 0}, {",5", 0}, {"37,555", 0}, {"3 7", 3700}, {"-5", 0}, {"1e2", 0}, {"37,5,5", 0},
	} {
		got, err := ParseWeekHours(c.in)
		if c.want == 0 {
			if err == nil {
				t.Errorf("parseWeekHours(%q) = %d, want an error", c.in, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("parseWeekHours(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
	for centi, want := range map[int64]string{3750: "37,5", 4000: "40", 1225: "12,25", 50: "0,5", 1205: "12,05"} {
		if got := FormatWeekHours(centi); got != want {
			t.Errorf("formatWeekHours(%d) = %q, want %q", centi, got, want)
		}
	}
}

func FuzzParseWeekHours(f *testing.F) {
	for _, s := range []string{"37,5", "40", "0,25", "168", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseWeekHours(s)
		if err != nil {
			return
		}
		if v <= 0 || v > 16800 {
			t.Fatalf("parseWeekHours(%q) = %d, outside 0–168 h", s, v)
		}
		// What is printed reads back as the same value.
		if back, err := ParseWeekHours(FormatWeekHours(v)); err != nil || back != v {
			t.Fatalf("round trip of %q: %d → %q → %d, %v", s, v, FormatWeekHours(v), back, err)
		}
	})
}

func TestCheckPeriodEnd(t *testing.T) {
	test.NewTempApp(t)
	from := NewField(nil, "", CheckOptionalDate, func() {})
	check := CheckPeriodEnd(from)
	from.Set("2026-03-01")
	if err := check("2026-02-28"); err == nil || !strings.Contains(err.Error(), "före startdatumet") {
		t.Errorf("end before start: %v", err)
	}
	for _, ok := range []string{"2026-03-01", "2027-01-01", ""} {
		if err := check(ok); err != nil {
			t.Errorf("end %q after start refused: %v", ok, err)
		}
	}
	if err := check("2026-02-30"); err == nil {
		t.Errorf("a date that does not exist was accepted")
	}
}
