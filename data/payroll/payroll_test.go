package payroll

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"assistans/rules"
)

const (
	asst  = "198704221624"
	asst2 = "199209173518"
	cust  = "194208193823"
	cust2 = "201403154824"
)

func hm(h, m int) rules.Clock { return rules.Clock(h*60 + m) }

func shift(a, c string, d rules.Date, from, to rules.Clock, k rules.Kind) rules.Shift {
	return rules.Shift{Assistant: a, Customer: c, Date: d, Start: from, End: to, Kind: k}
}

// render prints lines compactly: "assistant-suffix customer-suffix date code hours".
func render(lines []Line) string {
	var sb strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&sb, "%s %s %s %s %s\n", l.Assistant[8:], l.Customer[8:], l.Date, l.Code, Hours(l.Minutes, '.'))
	}
	return sb.String()
}

func mustLines(t *testing.T, shifts []rules.Shift, m rules.Month, mp Mapping) []Line {
	t.Helper()
	lines, err := Lines(shifts, m, mp)
	if err != nil {
		t.Fatal(err)
	}
	return lines
}

var oct = rules.Month{Year: 2026, Month: time.October}

func TestLinesSplitsDaysAndOB(t *testing.T) {
	shifts := []rules.Shift{
		// Monday 15–22 aktiv: 7 h ARB; 18–22 is OB kväll: 4 h OB1.
		shift(asst, cust, rules.D(2026, 10, 5), hm(15, 0), hm(22, 0), rules.Aktiv),
		// Friday 22–07 väntetid: 2 h on Friday, 7 h on Saturday, and no OB (not aktiv).
		shift(asst2, cust, rules.D(2026, 10, 2), hm(22, 0), hm(7, 0), rules.Vantetid),
		// Friday 20:00–Saturday 08:00 aktiv: Friday 4 h ARB, 20–22 OB1 2 h, 22–24 OB2 2 h;
		// Saturday 8 h ARB and 8 h OB3 (the weekend comes first in the list).
		shift(asst, cust2, rules.D(2026, 10, 9), hm(20, 0), hm(8, 0), rules.Aktiv),
		// Tuesday 05:30–09:10 aktiv: 3 h 40 min = 3.67 h ARB; 05:30–06:00 OB2 0.50 h.
		shift(asst, cust, rules.D(2026, 10, 6), hm(5, 30), hm(9, 10), rules.Aktiv),
		// Beredskap Wednesday 22–07: 2 h + 7 h BE1.
		shift(asst2, cust2, rules.D(2026, 10, 7), hm(22, 0), hm(7, 0), rules.Beredskap),
		// No end time: SHIFT_INVALID, counts nothing.
		{Assistant: asst, Customer: cust, Date: rules.D(2026, 10, 12), Start: hm(8, 0), End: rules.NoClock, Kind: rules.Aktiv},
	}
	got := render(mustLines(t, shifts, oct, DefaultMapping()))
	want := `1624 3823 2026-10-05 ARB 7.00
1624 3823 2026-10-05 OB1 4.00
1624 3823 2026-10-06 ARB 3.67
1624 3823 2026-10-06 OB2 0.50
1624 4824 2026-10-09 ARB 4.00
1624 4824 2026-10-09 OB2 2.00
1624 4824 2026-10-09 OB1 2.00
1624 4824 2026-10-10 ARB 8.00
1624 4824 2026-10-10 OB3 8.00
3518 3823 2026-10-02 JR1 2.00
3518 3823 2026-10-03 JR1 7.00
3518 4824 2026-10-07 BE1 2.00
3518 4824 2026-10-08 BE1 7.00
`
	if got != want {
		t.Errorf("lines:\n%s\nwant:\n%s", got, want)
	}
}

// The night of 2026-10-25 has an extra hour: Saturday 22:00 to Sunday 07:00
// is 2 h on Saturday and 8 real hours on Sunday (00–03 summer time, 02–07 winter time).
// In spring (2026-03-29) Saturday 22:00 to Sunday 07:00 is 2 h + 6 h.
func TestLinesCountRealMinutesAcrossDST(t *testing.T) {
	autumn := []rules.Shift{shift(asst, cust, rules.D(2026, 10, 24), hm(22, 0), hm(7, 0), rules.Aktiv)}
	want := `1624 3823 2026-10-24 ARB 2.00
1624 3823 2026-10-24 OB3 2.00
1624 3823 2026-10-25 ARB 8.00
1624 3823 2026-10-25 OB3 8.00
`
	if got := render(mustLines(t, autumn, oct, DefaultMapping())); got != want {
		t.Errorf("autumn:\n%s\nwant:\n%s", got, want)
	}
	spring := []rules.Shift{shift(asst, cust, rules.D(2026, 3, 28), hm(22, 0), hm(7, 0), rules.Vantetid)}
	want = "1624 3823 2026-03-28 JR1 2.00\n1624 3823 2026-03-29 JR1 6.00\n"
	if got := render(mustLines(t, spring, rules.Month{Year: 2026, Month: time.March}, DefaultMapping())); got != want {
		t.Errorf("spring:\n%s\nwant:\n%s", got, want)
	}
}

// A night from 30 September counts 2 h in September and 7 h in October.
func TestLinesSplitAtMonthEnd(t *testing.T) {
	s := []rules.Shift{shift(asst, cust, rules.D(2026, 9, 30), hm(22, 0), hm(7, 0), rules.Vantetid)}
	if got := render(mustLines(t, s, oct, DefaultMapping())); got != "1624 3823 2026-10-01 JR1 7.00\n" {
		t.Errorf("October: %q", got)
	}
	sep := rules.Month{Year: 2026, Month: time.September}
	if got := render(mustLines(t, s, sep, DefaultMapping())); got != "1624 3823 2026-09-30 JR1 2.00\n" {
		t.Errorf("September: %q", got)
	}
}

func TestHours(t *testing.T) {
	for _, c := range []struct {
		min  int
		want string
	}{{0, "0.00"}, {1, "0.02"}, {20, "0.33"}, {30, "0.50"}, {40, "0.67"}, {60, "1.00"}, {445, "7.42"}, {600, "10.00"}} {
		// 1 min = 1.67 hundredths → 2; 445 min = 741.67 → 742.
		if got := Hours(c.min, '.'); got != c.want {
			t.Errorf("Hours(%d) = %s, want %s", c.min, got, c.want)
		}
	}
	if got := Hours(445, ','); got != "7,42" {
		t.Errorf("comma: %s", got)
	}
}

func TestParseMappingRefusesBadValues(t *testing.T) {
	good, err := DefaultMapping().JSON()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ParseMapping(good); err != nil {
		t.Fatalf("the defaults do not parse: %v", err)
	}
	for _, c := range []struct{ from, to, msg string }{
		{`"aktiv": "ARB"`, `"aktiv": "JOUR"`, `"JOUR", är ingen PAXml-tidkod`},
		{`"aktiv": "ARB"`, `"aktiv": ""`, "koden för aktiv saknas"},
		{`"beredskap": "BE1"`, `"beredskap": "BE1", "natt": "BE2"`, `okänt tidsslag "natt"`},
		{`"fran": "18:00"`, `"fran": "18.00"`, "OB-period 3 (OB kväll): \"fran\""},
		{`"lör"`, `"lördag"`, `okänd dag "lördag"`},
		{`"anstallningsnummer": {}`, `"anstallningsnummer": {"198704221624": " "}`, "tomt anställningsnummer för 19870422-1624"},
		{`"koder"`, `"koder": 1, "x"`, "går inte att läsa"},
	} {
		bad := strings.Replace(string(good), c.from, c.to, 1)
		if bad == string(good) {
			t.Fatalf("%q is not in the default file", c.from)
		}
		_, err := ParseMapping([]byte(bad))
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: error %v, want it to contain %q", c.to, err, c.msg)
		}
	}
}

func TestOwnShiftsDropsOtherEmployers(t *testing.T) {
	d := rules.D(2026, 10, 5)
	shifts := []rules.Shift{
		shift(asst, cust, d, hm(8, 0), hm(12, 0), rules.Aktiv),
		shift(asst, cust2, d, hm(13, 0), hm(15, 0), rules.Aktiv),
		shift(asst2, cust, d, hm(8, 0), hm(12, 0), rules.Aktiv), // no assignment: kept
	}
	as := []rules.Assignment{
		{Assistant: asst, Customer: cust, Employer: rules.EmployerProvider},
		{Assistant: asst, Customer: cust2, Employer: rules.EmployerCustomer},
	}
	own, other := OwnShifts(shifts, as)
	if len(own) != 2 || other != 1 || own[0].Customer != cust || own[1].Assistant != asst2 {
		t.Errorf("own %v, other %d", own, other)
	}
}

func TestWritePAXmlUsesMappedNumbers(t *testing.T) {
	mp := DefaultMapping()
	mp.Employees[asst] = "101"
	mp.Customers[cust] = "K&1"
	lines := mustLines(t, []rules.Shift{shift(asst, cust, rules.D(2026, 10, 5), hm(8, 0), hm(12, 30), rules.Aktiv)}, oct, mp)
	var buf bytes.Buffer
	h := Header{Orgnr: "5592478134", Name: "Fjällsippans Assistans AB", Created: time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC)}
	if err := WritePAXml(&buf, h, lines, mp); err != nil {
		t.Fatal(err)
	}
	// 08:00–12:30 is 4.50 h, outside every OB period; 09:30 UTC is 10:30 in Stockholm (CET).
	want := `<?xml version="1.0" encoding="UTF-8"?>
<paxml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://www.paxml.se/2.0/paxml.xsd">
  <header>
    <format>LÖNIN</format>
    <version>2.0</version>
    <datum>2026-11-02T10:30:00</datum>
    <foretagorgnr>5592478134</foretagorgnr>
    <foretagnamn>Fjällsippans Assistans AB</foretagnamn>
    <programnamn>Assistans</programnamn>
  </header>
  <tidtransaktioner>
    <tidtrans anstid="101">
      <tidkod>ARB</tidkod>
      <datum>2026-10-05</datum>
      <timmar>4.50</timmar>
      <kundnr>K&amp;1</kundnr>
    </tidtrans>
  </tidtransaktioner>
</paxml>
`
	if buf.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", buf.String(), want)
	}
}

func TestWriteCSVForExcel(t *testing.T) {
	lines := mustLines(t, []rules.Shift{shift(asst, cust, rules.D(2026, 10, 5), hm(15, 0), hm(22, 20), rules.Aktiv)}, oct, DefaultMapping())
	var buf bytes.Buffer
	names := map[string]string{asst: "Sara Lindqvist", cust: "Märta Sjöström"}
	if err := WriteCSV(&buf, lines, names); err != nil {
		t.Fatal(err)
	}
	// 15:00–22:20 is 7 h 20 min = 7,33 h; 18–22 is 4 h OB kväll (22:00–22:20 falls in
	// OB natt, which only starts on the 22:00 edge: 20 min = 0,33 h).
	want := "\uFEFFpersonnummer;namn;kund;kundnamn;datum;slag;lonekod;timmar\r\n" +
		"19870422-1624;Sara Lindqvist;19420819-3823;Märta Sjöström;2026-10-05;aktiv;ARB;7,33\r\n" +
		"19870422-1624;Sara Lindqvist;19420819-3823;Märta Sjöström;2026-10-05;OB natt;OB2;0,33\r\n" +
		"19870422-1624;Sara Lindqvist;19420819-3823;Märta Sjöström;2026-10-05;OB kväll;OB1;4,00\r\n"
	if buf.String() != want {
		t.Errorf("got:\n%q\nwant:\n%q", buf.String(), want)
	}
}

// A name that Excel would run as a formula is neutralised as export does it.
func TestWriteCSVGuardsFormulas(t *testing.T) {
	lines := mustLines(t, []rules.Shift{shift(asst, cust, rules.D(2026, 10, 5), hm(8, 0), hm(9, 0), rules.Aktiv)}, oct, DefaultMapping())
	var buf bytes.Buffer
	names := map[string]string{asst: "=HYPERLINK(\"http://x\";\"klicka\")", cust: "@Märta"}
	if err := WriteCSV(&buf, lines, names); err != nil {
		t.Fatal(err)
	}
	want := "19870422-1624;\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";19420819-3823;'@Märta;2026-10-05;aktiv;ARB;1,00\r\n"
	if got := strings.SplitAfter(buf.String(), "\r\n")[1]; got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

// BenchmarkLines is a large provider's month: 200 customers round the clock in
// three shifts a day (about 18,600 shifts, a third of them nights over midnight).
func BenchmarkLines(b *testing.B) {
	var shifts []rules.Shift
	for c := range 200 {
		cust := fmt.Sprintf("19400101%04d", c)
		for d := oct.First(); !d.After(oct.Last()); d = d.AddDays(1) {
			for i, s := range [][2]rules.Clock{{hm(7, 0), hm(15, 0)}, {hm(15, 0), hm(22, 0)}, {hm(22, 0), hm(7, 0)}} {
				kind := rules.Aktiv
				if i == 2 {
					kind = rules.Vantetid
				}
				a := fmt.Sprintf("19800101%04d", c*8+(d.Day*3+i)%8)
				shifts = append(shifts, shift(a, cust, d, s[0], s[1], kind))
			}
		}
	}
	mp := DefaultMapping()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Lines(shifts, oct, mp); err != nil {
			b.Fatal(err)
		}
	}
}
