package rules

import "testing"

// Fuzz targets for the small parsers of the rules package: bad input never
// panics, and whatever parses prints back to a text that parses to the same value.

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-10-05", "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2026-1-5", "", "2026-10-05T00:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if !validDate(d) {
			t.Fatalf("ParseDate(%q) = %v, not a real date", s, d)
		}
		if again, err := ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("ParseDate(%q) = %v; re-parsing %q gave %v, %v", s, d, d.String(), again, err)
		}
	})
}

func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2026-10", "2026-13", "2026-1", "", "0000-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMonth(s)
		if err != nil {
			return
		}
		if m.Month < 1 || m.Month > 12 {
			t.Fatalf("ParseMonth(%q) = %v, month out of range", s, m)
		}
		if again, err := ParseMonth(m.String()); err != nil || again != m {
			t.Fatalf("ParseMonth(%q) = %v; re-parsing %q gave %v, %v", s, m, m.String(), again, err)
		}
	})
}

func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"07:30", "7:30", "00:00", "23:59", "24:00", "7:5", " 8:00 ", ":", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			return
		}
		if c < 0 || c >= 24*60 {
			t.Fatalf("ParseClock(%q) = %d, out of range", s, c)
		}
		if again, err := ParseClock(c.String()); err != nil || again != c {
			t.Fatalf("ParseClock(%q) = %v; re-parsing %q gave %v, %v", s, c, c.String(), again, err)
		}
	})
}

func FuzzParseKind(f *testing.F) {
	for _, s := range []string{"aktiv", "väntetid", "vantetid", "beredskap", "B", " v ", "x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKind(s)
		if err != nil {
			return
		}
		if !k.Valid() {
			t.Fatalf("ParseKind(%q) = %q, not a valid kind", s, k)
		}
		if again, err := ParseKind(string(k)); err != nil || again != k {
			t.Fatalf("ParseKind(%q) = %q; re-parsing gave %q, %v", s, k, again, err)
		}
	})
}

func FuzzParseKr(f *testing.F) {
	for _, s := range []string{"1234,5", "1234.50", "1 234,50 kr", "-0,05", "1234:-", "1,234.5", "12,345", "", "-", "999999999999999,99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := ParseKr(s)
		if err != nil {
			return
		}
		for _, text := range []string{FormatKr(o), o.String()} {
			if again, err := ParseKr(text); err != nil || again != o {
				t.Fatalf("ParseKr(%q) = %d; re-parsing %q gave %d, %v", s, int64(o), text, int64(again), err)
			}
		}
	})
}
