package rules

import (
	"errors"
	"maps"
	"strings"
	"testing"
)

// Check digits used below, computed by hand with weights 2,1,2,... over the
// nine digits YYMMDDNNN (a product of 10 or more counts as the sum of its digits);
// the check digit is (10 - sum mod 10) mod 10:
//
//	121212121  2+2+2+2+2+2+2+2+2        = 18 -> 2  (Skatteverket's 121212-1212)
//	451212123  8+5+2+2+2+2+2+2+6        = 31 -> 9  (451212-1239)
//	121212000  2+2+2+2+2+2+0+0+0        = 12 -> 8  (121212-0008, birth number 000)
//	000229123  0+0+0+2+4+9+2+2+6        = 25 -> 5  (000229-1235)
//	230229123  4+3+0+2+4+9+2+2+6        = 32 -> 8  (230229-1238)
//	240229123  4+4+0+2+4+9+2+2+6        = 33 -> 7  (240229-1237)
//	701063239  (1+4)+0+2+0+(1+2)+3+4+3+(1+8) = 29 -> 1  (samordningsnummer 701063-2391, born 1970-10-03)
//	300101123  6+0+0+1+0+1+2+2+6        = 18 -> 2  (300101-1232)
//	080510123  0+8+0+5+2+0+2+2+6        = 25 -> 5  (080510-1235)
//	556000461  1+5+3+0+0+0+8+6+2        = 25 -> 5  (organisationsnummer 556000-4615)
//	202100544  4+0+4+1+0+0+1+4+8        = 22 -> 8  (organisationsnummer 202100-5448)
var idToday = D(2026, 6, 15)

func TestParsePersonnummer(t *testing.T) {
	tests := []struct {
		in      string
		idToday Date
		want    string
	}{
		{"121212-1212", idToday, "201212121212"},
		{"1212121212", idToday, "201212121212"},
		{"201212121212", idToday, "201212121212"},
		{"20121212-1212", idToday, "201212121212"},
		{"  121212-1212\t", idToday, "201212121212"},
		{"451212-1239", idToday, "194512121239"},
		{"194512121239", idToday, "194512121239"},
		// Century: the latest that does not put the birthday after idToday.
		{"121212-1212", D(2012, 12, 12), "201212121212"},
		{"121212-1212", D(2012, 12, 11), "191212121212"},
		{"300101-1232", idToday, "193001011232"},
		// "+" from the 100th year: back one more century.
		{"121212+1212", idToday, "191212121212"},
		// (300101+1232 would be born 1830: refused, see TestPersonnummerBirthYear.)
		// A 12-digit form states its century; the "+" changes nothing.
		{"19121212+1212", idToday, "191212121212"},
		// Feb 29 in leap years.
		{"000229-1235", idToday, "200002291235"},
		{"240229-1237", idToday, "202402291237"},
	}
	for _, tt := range tests {
		got, err := ParsePersonnummer(tt.in, tt.idToday)
		if err != nil || got != tt.want {
			t.Errorf("ParsePersonnummer(%q, %s) = %q, %v; want %q", tt.in, tt.idToday, got, err, tt.want)
		}
	}
}

func TestParsePersonnummerErrors(t *testing.T) {
	tests := []struct {
		in      string
		idToday Date
		reason  string // a part of the Swedish reason
	}{
		{"121212-1213", idToday, "kontrollsiffran stämmer inte"},
		{"121212-0008", idToday, "födelsenumret 000 är ogiltigt"},
		{"230229-1238", idToday, "datumet 2023-02-29 finns inte"},
		// 1900 was not a leap year: with idToday in 1999, 00 means 1900.
		{"000229-1235", D(1999, 6, 1), "datumet 1900-02-29 finns inte"},
		{"19000229-1235", idToday, "datumet 1900-02-29 finns inte"},
		{"121312-1212", idToday, "datumet finns inte"},
		{"121232-1212", idToday, "datumet finns inte"},
		{"121200-1212", idToday, "datumet finns inte"},
		{"701063-2391", idToday, "samordningsnummer"},
		{"20300101-1232", idToday, "ligger i framtiden"},
		{"12121212121", idToday, "fel antal siffror (11)"},
		{"12121212121212", idToday, "fel antal siffror (14)"},
		{"121212 1212", idToday, "bara siffror"},
		{"12121-21212", idToday, "bara siffror"},
		{"121212--1212", idToday, "bara siffror"},
		{"12121a-1212", idToday, "bara siffror"},
		{"   ", idToday, "numret saknas"},
	}
	for _, tt := range tests {
		got, err := ParsePersonnummer(tt.in, tt.idToday)
		var idErr *IDError
		if !errors.As(err, &idErr) || !strings.Contains(idErr.Reason, tt.reason) {
			t.Errorf("ParsePersonnummer(%q) = %q, %v; want an IDError with %q", tt.in, got, err, tt.reason)
		}
	}
}

func TestIDErrorText(t *testing.T) {
	_, err := ParsePersonnummer("121212-1213", idToday)
	want := `ogiltigt personnummer "121212-1213": kontrollsiffran stämmer inte`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestParseSamordningsnummer(t *testing.T) {
	got, err := ParseSamordningsnummer("701063-2391", idToday)
	if err != nil || got != "197010632391" {
		t.Errorf("ParseSamordningsnummer = %q, %v; want 197010632391", got, err)
	}
	for in, reason := range map[string]string{
		"121212-1212": "inget samordningsnummer",
		"701063-2392": "kontrollsiffran",
		"701092-2391": "inget samordningsnummer", // day 92 is beyond 31 + 60
		"700290-0000": "finns inte",              // Feb 30 (90 - 60)
	} {
		_, err := ParseSamordningsnummer(in, idToday)
		if err == nil || !strings.Contains(err.Error(), reason) || !strings.Contains(err.Error(), "ogiltigt samordningsnummer") {
			t.Errorf("ParseSamordningsnummer(%q) err = %v, want %q", in, err, reason)
		}
	}
}

func TestParseIdentity(t *testing.T) {
	for in, want := range map[string]string{
		"121212-1212": "201212121212",
		"701063-2391": "197010632391",
	} {
		got, err := ParseIdentity(in, idToday)
		if err != nil || got != want {
			t.Errorf("ParseIdentity(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseIdentity("121212-1213", idToday); err == nil || !strings.Contains(err.Error(), "person- eller samordningsnummer") {
		t.Errorf("ParseIdentity(bad) err = %v", err)
	}
}

func TestParseOrgnr(t *testing.T) {
	for _, in := range []string{"556000-4615", "5560004615", "165560004615", "16556000-4615", " 556000-4615 "} {
		got, err := ParseOrgnr(in)
		if err != nil || got != "5560004615" {
			t.Errorf("ParseOrgnr(%q) = %q, %v; want 5560004615", in, got, err)
		}
	}
	if got, err := ParseOrgnr("202100-5448"); err != nil || got != "2021005448" {
		t.Errorf("ParseOrgnr(202100-5448) = %q, %v", got, err)
	}
	for in, reason := range map[string]string{
		"556000-4616":   "kontrollsiffran stämmer inte",
		"556000+4615":   "inte \"+\"",
		"175560004615":  "börjar med 16",
		"55600046":      "fel antal siffror (8)",
		"121212-1212":   "minst 20", // a personnummer, Luhn-valid, but month 12 < 20
		"556 000-4615":  "bara siffror",
		"":              "numret saknas",
		"5560004615123": "fel antal siffror (13)",
	} {
		_, err := ParseOrgnr(in)
		if err == nil || !strings.Contains(err.Error(), reason) || !strings.Contains(err.Error(), "organisationsnummer") {
			t.Errorf("ParseOrgnr(%q) err = %v, want %q", in, err, reason)
		}
	}
}

func TestParseProviderID(t *testing.T) {
	for in, want := range map[string]string{
		"556000-4615":  "5560004615",
		"165560004615": "5560004615",
		"121212-1212":  "201212121212",
		"194512121239": "194512121239",
	} {
		got, err := ParseProviderID(in, idToday)
		if err != nil || got != want {
			t.Errorf("ParseProviderID(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for in, reason := range map[string]string{
		"556000-4616": "organisationsnummer",
		"121212-1213": "personnummer",
		"701063-2391": "samordningsnummer", // a sole trader is named by a personnummer
		"1234":        "fel antal siffror (4)",
	} {
		_, err := ParseProviderID(in, idToday)
		if err == nil || !strings.Contains(err.Error(), reason) {
			t.Errorf("ParseProviderID(%q) err = %v, want %q", in, err, reason)
		}
	}
}

func TestBirthDate(t *testing.T) {
	for id, want := range map[string]Date{
		"201212121212": D(2012, 12, 12),
		"197010632391": D(1970, 10, 3),
		"200002291235": D(2000, 2, 29),
	} {
		got, err := BirthDate(id)
		if err != nil || got != want {
			t.Errorf("BirthDate(%q) = %v, %v; want %v", id, got, err, want)
		}
	}
	for _, id := range []string{"1212121212", "19000229123x", "190002291235", "190013011235", "197010922391"} {
		if _, err := BirthDate(id); err == nil {
			t.Errorf("BirthDate(%q) accepted", id)
		}
	}
}

func TestAgeOn(t *testing.T) {
	tests := []struct {
		id   string
		on   Date
		want int
	}{
		{"200805101235", D(2026, 5, 9), 17},
		{"200805101235", D(2026, 5, 10), 18}, // 18 on the 18th birthday
		{"200805101235", D(2008, 5, 10), 0},
		// Born Feb 29: in the common year 2018 the birthday comes on Mar 1.
		{"200002291235", D(2018, 2, 28), 17},
		{"200002291235", D(2018, 3, 1), 18},
		{"200002291235", D(2016, 2, 28), 15},
		{"200002291235", D(2016, 2, 29), 16},
		{"197010632391", D(2026, 10, 2), 55},
		{"197010632391", D(2026, 10, 3), 56},
	}
	for _, tt := range tests {
		got, err := AgeOn(tt.id, tt.on)
		if err != nil || got != tt.want {
			t.Errorf("AgeOn(%s, %s) = %d, %v; want %d", tt.id, tt.on, got, err, tt.want)
		}
	}
	if _, err := AgeOn("200805101235", D(2008, 5, 9)); err == nil {
		t.Error("AgeOn before birth accepted")
	}
}

func TestFormatPnr(t *testing.T) {
	for in, want := range map[string]string{
		"194512121239": "19451212-1239",
		"5560004615":   "5560004615",
		"":             "",
		"19451212123x": "19451212123x",
	} {
		if got := FormatPnr(in); got != want {
			t.Errorf("FormatPnr(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParsePersonnummer(f *testing.F) {
	for _, s := range []string{"121212-1212", "19121212+1212", "701063-2391", "000229-1235", "121212-0008", "", "+1212", "ååååå-1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pnr, errP := ParsePersonnummer(s, idToday)
		id, err := ParseIdentity(s, idToday)
		if errP == nil && (err != nil || id != pnr) {
			t.Fatalf("ParsePersonnummer(%q) = %q but ParseIdentity = %q, %v", s, pnr, id, err)
		}
		if err != nil {
			return
		}
		if len(id) != 12 || strings.Trim(id, "0123456789") != "" {
			t.Fatalf("ParseIdentity(%q) = %q, not 12 digits", s, id)
		}
		for _, again := range []string{id, FormatPnr(id)} {
			if got, err := ParseIdentity(again, idToday); err != nil || got != id {
				t.Fatalf("ParseIdentity(%q) = %q; re-parsing %q gave %q, %v", s, id, again, got, err)
			}
		}
		if b, err := BirthDate(id); err != nil || b.After(idToday) {
			t.Fatalf("BirthDate(%q) = %v, %v", id, b, err)
		}
	})
}

func FuzzParseOrgnr(f *testing.F) {
	for _, s := range []string{"556000-4615", "165560004615", "16556000-4615", "121212-1212", "556000+4615", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		org, err := ParseOrgnr(s)
		if p, errP := ParseProviderID(s, idToday); err == nil && (errP != nil || p != org) {
			t.Fatalf("ParseOrgnr(%q) = %q but ParseProviderID = %q, %v", s, org, p, errP)
		}
		if err != nil {
			return
		}
		if len(org) != 10 {
			t.Fatalf("ParseOrgnr(%q) = %q, not 10 digits", s, org)
		}
		for _, again := range []string{org, org[:6] + "-" + org[6:], "16" + org} {
			if got, err := ParseOrgnr(again); err != nil || got != org {
				t.Fatalf("ParseOrgnr(%q) = %q; re-parsing %q gave %q, %v", s, org, again, got, err)
			}
		}
	})
}

func TestMinorOn(t *testing.T) {
	// 201005052384 is born 2010-05-05: 17 the day before turning 18 on 2028-05-05.
	if age, minor := MinorOn("201005052384", D(2028, 5, 4)); !minor || age != 17 {
		t.Errorf("the day before: %d %v", age, minor)
	}
	if age, minor := MinorOn("201005052384", D(2028, 5, 5)); minor || age != 18 {
		t.Errorf("the birthday: %d %v", age, minor)
	}
	if _, minor := MinorOn("not a number", D(2028, 5, 5)); minor {
		t.Error("no birth date is not a minor")
	}
}

// Each refusal carries its code and the numbers it names, for a window to word it.
func TestIDErrorCodes(t *testing.T) {
	today := D(2026, 10, 20)
	for _, c := range []struct {
		input string
		parse func(string) (string, error)
		code  IDCode
		args  map[string]any
	}{
		{"", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDMissing, nil},
		{"19451212-12x9", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDBadCharacter, nil},
		{"194512121238", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDCheckDigit, nil},
		{"12345", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDDigitCount, map[string]any{"N": 5}},
		{"19450231-1234", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDNoSuchDate, map[string]any{"Date": "1945-02-31"}},
		{"19451272-1236", func(s string) (string, error) { return ParsePersonnummer(s, today) }, IDIsSamordning, map[string]any{"Day": "72"}},
		{"5566778898", ParseOrgnr, IDCheckDigit, nil},
		{"556677+8899", ParseOrgnr, IDOrgPlus, nil},
		{"551677-8899", ParseOrgnr, IDOrgMonth, nil},
	} {
		_, err := c.parse(c.input)
		var ide *IDError
		if !errors.As(err, &ide) || ide.Code != c.code || !maps.Equal(ide.Args, c.args) || ide.Reason == "" {
			t.Errorf("%q: %#v, want code %s with %v", c.input, err, c.code, c.args)
		}
	}
	if _, err := AgeOn("201005052384", D(2009, 1, 1)); !errors.As(err, new(*IDError)) || err.(*IDError).Code != IDBeforeBirth {
		t.Errorf("AgeOn before the birth: %v", err)
	}
}
