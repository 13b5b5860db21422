package rules

import (
	"math"
	"testing"
)

func TestFormatKr(t *testing.T) {
	tests := []struct {
		o    Ore
		want string
	}{
		{0, "0,00"},
		{5, "0,05"},
		{99, "0,99"},
		{100, "1,00"},
		{99999, "999,99"},
		{100000, "1 000,00"},
		{123450, "1 234,50"},
		{-123450, "-1 234,50"},
		{-5, "-0,05"},
		{Kr(1_000_000_000, 0), "1 000 000 000,00"},
		{Kr(123_456_789, 1), "123 456 789,01"},
		// The extremes of int64: 9223372036854775807 öre = 92 233 720 368 547 758 kr 07 öre.
		{math.MaxInt64, "92 233 720 368 547 758,07"},
		{math.MinInt64, "-92 233 720 368 547 758,08"},
	}
	for _, tt := range tests {
		if got := FormatKr(tt.o); got != tt.want {
			t.Errorf("FormatKr(%d) = %q, want %q", int64(tt.o), got, tt.want)
		}
	}
	if got := Ore(123450).String(); got != "1 234,50 kr" {
		t.Errorf("String() = %q", got)
	}
}

func TestParseKr(t *testing.T) {
	tests := []struct {
		in   string
		want Ore
	}{
		{"1234", 123400},
		{"1234,5", 123450},
		{"1234,50", 123450},
		{"1234.50", 123450},
		{"1234.5", 123450},
		{"1 234,50", 123450},
		{"1 234,50 kr", 123450},
		{"1234kr", 123400},
		{"1234:-", 123400},
		{"1\u00a0234,50", 123450}, // what Swedish Excel copies
		{"  12 ", 1200},
		{"0,05", 5},
		{",5", 50},
		{"0", 0},
		{"-12,5", -1250},
		{"- 1 234,50 kr", -123450},
		{"999 999 999 999 999,99", 99999999999999999},
	}
	for _, tt := range tests {
		got, err := ParseKr(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseKr(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestParseKrErrors(t *testing.T) {
	for _, in := range []string{
		"",
		"kr",
		"-",
		"1,234.5",  // English grouping: "," cannot be both group and decimal mark
		"1.234,50", // dot grouping is refused, not read as 1,234
		"12,345",   // three decimals: money must be exact
		"12,3,4",
		"5.",
		"5,",
		"abc",
		"12a",
		"--5",
		"+5",
		"1e3",
		"1234567890123456", // 16 digits of kronor: beyond any real amount, and near int64's limit
	} {
		if got, err := ParseKr(in); err == nil {
			t.Errorf("ParseKr(%q) = %d, want an error", in, got)
		}
	}
}

func TestKrRoundTrip(t *testing.T) {
	for _, o := range []Ore{0, 1, -1, 123450, -123450, 99999999999999999, -99999999999999999} {
		if got, err := ParseKr(FormatKr(o)); err != nil || got != o {
			t.Errorf("ParseKr(FormatKr(%d)) = %d, %v", int64(o), got, err)
		}
	}
}
