package rules

import (
	"errors"
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
	tests := []struct {
		in   string
		code ShortFormCode
		end  bool
		text string
	}{
		{"", ShortEmpty, false, ""},
		{"   ", ShortEmpty, false, ""},
		{"8", ShortNoDash, false, ""},
		{"8 16", ShortNoDash, false, ""},
		{"8-16-17", ShortTwoDashes, false, ""},
		{"-16", ShortTimeMissing, false, ""},
		{"8-", ShortTimeMissing, true, ""},
		{"8- v", ShortTimeMissing, true, ""},
		{"24-8", ShortStart24, false, ""},
		{"25-8", ShortTimeHour, false, "25"},
		{"8-24:30", ShortTimeHour, true, "24:30"},
		{"8-24,5", ShortTimeHour, true, "24,5"},
		{"8:60-16", ShortTimeMinutes, false, "8:60"},
		{"0860-16", ShortTimeMinutes, false, "0860"},
		{"8-16,3", ShortTimeDecimal, true, "16,3"},
		{"8-16,45", ShortTimeDecimal, true, "16,45"},
		{"8-16,50", ShortTimeDecimal, true, "16,50"}, // beside 16.50 = 16:50, too easy to mix up
		{"8-16.3", ShortTimeDecimal, true, "16.3"},
		{"8-16,", ShortTimeDecimal, true, "16,"},
		{"8:3-16", ShortTimeUnreadable, false, "8:3"},
		{"8:300-16", ShortTimeUnreadable, false, "8:300"},
		{"8:30:00-16", ShortTimeUnreadable, false, "8:30:00"},
		{"123:30-16", ShortTimeUnreadable, false, "123:30"},
		{"12345-16", ShortTimeUnreadable, false, "12345"},
		{":30-16", ShortTimeUnreadable, false, ":30"},
		{"8x-16", ShortTimeUnreadable, false, "8x"},
		{"8-16 x", ShortBadKind, false, "x"},
		{"8-16 v b", ShortBadKind, false, "v b"},
	}
	for _, tt := range tests {
		start, end, kind, err := ParseShiftShort(tt.in)
		want := ShortFormError{Input: tt.in, Code: tt.code, End: tt.end, Text: tt.text}
		if e, ok := errors.AsType[*ShortFormError](err); !ok || *e != want {
			t.Errorf("ParseShiftShort(%q) = %s, %s, %s, %v; want %+v", tt.in, start, end, kind, err, want)
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
