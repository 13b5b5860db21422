package payroll

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"assistans/data/demo"
	"assistans/rules"
)

var update = flag.Bool("update", false, "write testdata/demo-2026-10.xml anew")

// demoOctober is the demo provider's October as a PAXml file, at a fixed export time.
func demoOctober(t *testing.T) []byte {
	t.Helper()
	b := demo.Batch()
	own, _ := OwnShifts(b.Shifts, b.Assignments)
	mp := DefaultMapping()
	lines := mustLines(t, own, oct, mp)
	var buf bytes.Buffer
	h := Header{Orgnr: b.Providers[0].Orgnr, Name: b.Providers[0].Name, Created: time.Date(2026, 11, 2, 10, 0, 0, 0, rules.Stockholm)}
	if err := WritePAXml(&buf, h, lines, mp); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The kind lines of every month add up to rules.MonthTotals for every assistant
// and customer, so payroll and the 3059s can never disagree.
func TestDemoLinesAddUpToMonthTotals(t *testing.T) {
	b := demo.Batch()
	for _, m := range []rules.Month{{Year: 2026, Month: time.September}, oct} {
		type key struct{ a, c string }
		sum := map[key]*rules.Totals{}
		for _, l := range mustLines(t, b.Shifts, m, DefaultMapping()) {
			if l.OB != "" {
				continue
			}
			k := key{l.Assistant, l.Customer}
			if sum[k] == nil {
				sum[k] = &rules.Totals{}
			}
			sum[k].Add(l.Kind, l.Minutes)
		}
		n := 0
		for _, ct := range rules.MonthTotals(b.Shifts, m) {
			for _, at := range ct.Assistants {
				n++
				if got := sum[key{at.Assistant, ct.Customer}]; got == nil || *got != at.Totals {
					t.Errorf("%s %s/%s: lines %v, MonthTotals %v", m, ct.Customer, at.Assistant, got, at.Totals)
				}
			}
		}
		if n != len(sum) {
			t.Errorf("%s: %d assistant-customer pairs in the lines, %d in MonthTotals", m, len(sum), n)
		}
	}
}

// The golden file was checked by hand against the demo's rosters (data/demo):
//   - Sara (anstid 198704221624) at Märta, Thursday 2026-10-01 07–15: ARB 8.00, no OB.
//   - Johan at Märta, Thursday 2026-10-01 15–22: ARB 7.00 and OB1 4.00 (18–22).
//   - Fatima's night at Märta from 2026-09-30 22:00: JR1 7.00 on 2026-10-01 only.
//   - Oskar's night at Märta Saturday 2026-10-24 22:00–07:00 over the DST change:
//     JR1 2.00 on 10-24 and 8.00 on 10-25.
//   - Erik at Märta, Saturday 2026-10-03 15–22: ARB 7.00 and OB3 7.00.
//   - Birgitta (employed by Åke himself) is not in the file.
//   - Oskar's beredskap at Ingrid, nights from Monday 2026-10-05 and Tuesday 10-06,
//     22:00–07:00: BE1 2.00 on Monday, 7 + 2 = 9.00 on Tuesday, 7.00 on Wednesday.
func TestDemoOctoberGolden(t *testing.T) {
	got := demoOctober(t)
	path := filepath.Join("testdata", "demo-2026-10.xml")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the demo's October differs from %s (go test -run Golden -update writes it anew; check it by hand)", path)
	}
	s := string(got)
	for _, frag := range []string{
		"<tidtrans anstid=\"198704221624\">\n      <tidkod>ARB</tidkod>\n      <datum>2026-10-01</datum>\n      <timmar>8.00</timmar>\n      <kundnr>194208193823</kundnr>",
		"<tidtrans anstid=\"199209173518\">\n      <tidkod>OB1</tidkod>\n      <datum>2026-10-01</datum>\n      <timmar>4.00</timmar>",
		"<tidkod>JR1</tidkod>\n      <datum>2026-10-25</datum>\n      <timmar>8.00</timmar>",
		"<tidkod>OB3</tidkod>\n      <datum>2026-10-03</datum>\n      <timmar>7.00</timmar>",
		"<tidkod>BE1</tidkod>\n      <datum>2026-10-06</datum>\n      <timmar>9.00</timmar>\n      <kundnr>197502284222</kundnr>",
		"<tidkod>BE1</tidkod>\n      <datum>2026-10-07</datum>\n      <timmar>7.00</timmar>\n      <kundnr>197502284222</kundnr>",
	} {
		if !strings.Contains(s, frag) {
			t.Errorf("the file lacks\n%s", frag)
		}
	}
	if strings.Contains(s, `anstid="196311022724"`) {
		t.Error("Birgitta, employed by the customer, is in the provider's payroll file")
	}
}

// TestDemoOctoberValidates checks the file against PAXml 2.0's paxml.xsd with
// xmllint. The schema is not part of this repository: name it with PAXML_XSD.
func TestDemoOctoberValidates(t *testing.T) {
	xsd := os.Getenv("PAXML_XSD")
	if xsd == "" {
		t.Skip("PAXML_XSD names no paxml.xsd")
	}
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint is not installed (Debian: libxml2-utils)")
	}
	f := filepath.Join(t.TempDir(), "oct.xml")
	if err := os.WriteFile(f, demoOctober(t), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("xmllint", "--noout", "--schema", xsd, f).CombinedOutput()
	if err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}
