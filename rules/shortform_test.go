package rules

import (
	"strings"
	"testing"
)

func TestParseShiftShort(t *testing.T) {
	h := func(hh, mm int) Clock { return Clock(hh*60 + mm) }
	tests := []struct {
		in         string
		start, end Clock
		kind       Kind
	}{
		{"8-16", h(8, 0), h(16, 0), Aktiv},
		{"08-16", h(8, 0), h(16, 0), Aktiv},
		{"08:00-16:30", h(8, 0), h(16, 30), Aktiv},
		{"8:05-9:59", h(8, 5), h(9, 59), Aktiv},
		{"8.30-16", h(8, 30), h(16, 0), Aktiv},
		{"8.05-16.45", h(8, 5), h(16, 45), Aktiv},
		{"8-16,5", h(8, 0), h(16, 30), Aktiv},
		{"8-16.5", h(8, 0), h(16, 30), Aktiv},
		{"7,5-16,0", h(7, 30), h(16, 0), Aktiv},
		{"0730-1600", h(7, 30), h(16, 0), Aktiv},
		{"730-1600", h(7, 30), h(16, 0), Aktiv},
		{"0000-2359", h(0, 0), h(23, 59), Aktiv},
		{"22-7 v", h(22, 0), h(7, 0), Vantetid},
		{"22-7v", h(22, 0), h(7, 0), Vantetid},
		{"22-7 V", h(22, 0), h(7, 0), Vantetid},
		{"22-7 väntetid", h(22, 0), h(7, 0), Vantetid},
		{"22-7 vantetid", h(22, 0), h(7, 0), Vantetid},
		{"22-7 VÄNTETID", h(22, 0), h(7, 0), Vantetid},
		{"22-7 b", h(22, 0), h(7, 0), Beredskap},
		{"22-7 beredskap", h(22, 0), h(7, 0), Beredskap},
		{"7-22 a", h(7, 0), h(22, 0), Aktiv},
		{"7-22 aktiv", h(7, 0), h(22, 0), Aktiv},
		{"8–16", h(8, 0), h(16, 0), Aktiv}, // en dash
		{"8—16", h(8, 0), h(16, 0), Aktiv}, // em dash
		{" 8 - 16 ", h(8, 0), h(16, 0), Aktiv},
		{"8 – 16,5 b", h(8, 0), h(16, 30), Beredskap},
		{"18-24", h(18, 0), 0, Aktiv},
		{"18-24:00", h(18, 0), 0, Aktiv},
		{"18-2400", h(18, 0), 0, Aktiv},
		{"0-24", 0, 0, Aktiv}, // a whole day
		{"8-8", h(8, 0), h(8, 0), Aktiv},
	}
	for _, tt := range tests {
		start, end, kind, err := ParseShiftShort(tt.in)
		if err != nil || start != tt.start || end != tt.end || kind != tt.kind {
			t.Errorf("ParseShiftShort(%q) = %s, %s, %s, %v; want %s, %s, %s", tt.in, start, end, kind, err, tt.start, tt.end, tt.kind)
		}
	}
}

func TestParseShiftShortErrors(t *testing.T) {
	tests := []struct{ in, reason string }{
		{"", "skriv start-slut"},
		{"   ", "skriv start-slut"},
		{"8", "bindestreck saknas"},
		{"8 16", "bindestreck saknas"},
		{"8-16-17", "bara ett bindestreck"},
		{"-16", "starttiden: saknas"},
		{"8-", "sluttiden: saknas"},
		{"8- v", "sluttiden: saknas"},
		{"24-8", "starttiden kan inte vara 24"},
		{"25-8", "timmen ska vara 0–23"},
		{"8-24:30", "timmen ska vara 0–23"},
		{"8-24,5", "timmen ska vara 0–23"},
		{"8:60-16", "minuterna ska vara 00–59"},
		{"0860-16", "minuterna ska vara 00–59"},
		{"8-16,3", "som decimal går bara ,5"},
		{"8-16,45", "som decimal går bara ,5"},
		{"8-16,50", "som decimal går bara ,5"}, // beside 16.50 = 16:50, too easy to mix up
		{"8-16.3", "som decimal går bara ,5"},
		{"8-16,", "som decimal går bara ,5"},
		{"8:3-16", "går inte att läsa"},
		{"8:300-16", "går inte att läsa"},
		{"8:30:00-16", "går inte att läsa"},
		{"123:30-16", "går inte att läsa"},
		{"12345-16", "går inte att läsa"},
		{":30-16", "går inte att läsa"},
		{"8x-16", "går inte att läsa"},
		{"8-16 x", "okänt tidsslag \"x\""},
		{"8-16 v b", "okänt tidsslag"},
	}
	for _, tt := range tests {
		start, end, kind, err := ParseShiftShort(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.reason) || !strings.HasPrefix(err.Error(), "ogiltigt pass") {
			t.Errorf("ParseShiftShort(%q) = %s, %s, %s, %v; want an error with %q", tt.in, start, end, kind, err, tt.reason)
			continue
		}
		if start != NoClock || end != NoClock || kind != "" {
			t.Errorf("ParseShiftShort(%q) failed but returned %d, %d, %q", tt.in, start, end, kind)
		}
	}
}

func FuzzParseShiftShort(f *testing.F) {
	for _, s := range []string{"8-16", "08:00-16:30", "8.30-16", "8-16,5", "22-7 v", "0730-1600", "18-24", "8–16 b", "8-16,3", "-", "ä-ö"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, end, kind, err := ParseShiftShort(s)
		if err != nil {
			return
		}
		if start < 0 || start >= 24*60 || end < 0 || end >= 24*60 || !kind.Valid() {
			t.Fatalf("ParseShiftShort(%q) = %d, %d, %q: out of range", s, start, end, kind)
		}
		again := start.String() + "-" + end.String() + " " + string(kind)
		s2, e2, k2, err := ParseShiftShort(again)
		if err != nil || s2 != start || e2 != end || k2 != kind {
			t.Fatalf("ParseShiftShort(%q) = %s-%s %s; re-parsing %q gave %s-%s %s, %v", s, start, end, kind, again, s2, e2, k2, err)
		}
	})
}
