package pdf

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"assistans/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.pdf")

func TestShiftRows(t *testing.T) {
	rows := shiftRows(march2025, shifts45())
	if len(rows) != 45 {
		t.Fatalf("%d rows, want 45", len(rows))
	}
	want := map[int]shiftRow{
		// 28 Feb 22:00–06:00 carries its March part as day 1 from 00:00, first of the day.
		0: {1, "00:00", "06:00", rules.Vantetid},
		1: {1, "08:00", "16:00", rules.Aktiv},
		2: {1, "16:00", "20:30", rules.Beredskap},
		// Days 1–11 have three rows (with day 1's night) or two; day 12 starts at row 1+11*2+0 = 23.
		23: {12, "08:00", "16:00", rules.Aktiv},
		// The DST night stays one row dated the day it began.
		41: {29, "22:00", "07:00", rules.Vantetid},
		42: {30, "08:00", "16:00", rules.Aktiv},
		43: {31, "08:00", "16:00", rules.Aktiv},
		// The night into April ends 24:00 on March's form.
		44: {31, "21:45", "24:00", rules.Vantetid},
	}
	for i, w := range want {
		if rows[i] != w {
			t.Errorf("row %d = %+v, want %+v", i, rows[i], w)
		}
	}
}

func TestShiftRowsSkips(t *testing.T) {
	rows := shiftRows(march2025, []rules.Shift{
		shift(rules.D(2025, 2, 28), "08:00", "16:00", rules.Aktiv),                     // February's own day shift
		shift(rules.D(2025, 2, 27), "22:00", "06:00", rules.Aktiv),                     // ends in February
		shift(rules.D(2025, 4, 1), "08:00", "16:00", rules.Aktiv),                      // April
		{Date: rules.D(2025, 3, 5), Start: rules.NoClock, End: 600, Kind: rules.Aktiv}, // SHIFT_INVALID
		shift(rules.D(2025, 3, 5), "08:00", "09:00", "okänd"),                          // SHIFT_INVALID
		shift(rules.D(2025, 3, 31), "22:00", "00:00", rules.Vantetid),                  // ends at midnight, not in April
	})
	want := []shiftRow{{31, "22:00", "00:00", rules.Vantetid}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %+v, want %+v", rows, want)
	}
}

func TestLayout3059(t *testing.T) {
	p1 := rowPage{Blank: 1}
	tests := []struct {
		n    int
		want []rowPage
	}{
		{0, []rowPage{p1, {2, 0, 0}, {3, 0, 0}}},
		{40, []rowPage{p1, {2, 0, 40}, {3, 40, 40}}},
		{45, []rowPage{p1, {2, 0, 40}, {3, 40, 45}}}, // the test month: pages 1, 2, 3
		{80, []rowPage{p1, {2, 0, 40}, {3, 40, 80}}},
		{81, []rowPage{p1, {2, 0, 40}, {2, 40, 80}, {3, 80, 81}}},
		{121, []rowPage{p1, {2, 0, 40}, {2, 40, 80}, {2, 80, 120}, {3, 120, 121}}},
	}
	for _, tt := range tests {
		if got := layout3059(tt.n, 40); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("layout3059(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}

func TestCostReport(t *testing.T) {
	// Per hour = öre × 100 ÷ (hours × 100), rounded half up, on 200,00 h:
	//   68 432,17: 6843217/200 = 34216,085 -> 342,16
	//   12 345,00: 1234500/200 =  6172,5   -> 61,73 (the half rounds up)
	//    1 250,00:  125000/200 =   625     -> 6,25
	//      480,00:   48000/200 =   240     -> 2,40
	//      912,35:   91235/200 =   456,175 -> 4,56
	//    6 100,00:  610000/200 =  3050     -> 30,50
	//   sum 89 519,52: 8951952/200 = 44759,76 -> 447,60
	r := report3057()
	lines, sum, err := costReport(r.Costs, r.CostHoursCenti)
	if err != nil {
		t.Fatal(err)
	}
	wantRate := [6]rules.Ore{34216, 6173, 625, 240, 456, 3050}
	for i, l := range lines {
		if l.PerHour != wantRate[i] || !l.HasRate {
			t.Errorf("line %d per hour = %d, want %d", i+1, l.PerHour, wantRate[i])
		}
	}
	if sum.Period != rules.Kr(89519, 52) || sum.PerHour != rules.Kr(447, 60) {
		t.Errorf("sum = %d, %d per hour; want 8951952, 44760", sum.Period, sum.PerHour)
	}

	// Without hours there is nothing to divide by; missing categories are zero.
	lines, sum, err = costReport([]rules.Cost{{Category: 3, Amount: 500}}, 0)
	if err != nil || lines[2].Period != 500 || lines[0].Period != 0 || lines[2].HasRate || sum.HasRate || sum.Period != 500 {
		t.Errorf("no hours: %+v %+v %v", lines, sum, err)
	}
	if _, _, err := costReport([]rules.Cost{{Category: 7}}, 100); err == nil {
		t.Error("category 7 accepted")
	}
	if _, _, err := costReport([]rules.Cost{{Category: 2}, {Category: 2}}, 100); err == nil {
		t.Error("category 2 twice accepted")
	}
}

func TestFormatIdentity(t *testing.T) {
	for in, want := range map[string]string{
		"198503121234": "19850312-1234",
		"5561234567":   "556123-4567",
		"19850312":     "19850312",
		"":             "",
	} {
		got := formatPnr(in)
		if len(in) == 10 {
			got = formatOrgnr(in)
		}
		if got != want {
			t.Errorf("format(%q) = %q, want %q", in, got, want)
		}
	}
	if got := formatHoursCenti(123456); got != "1 234,56" {
		t.Errorf("formatHoursCenti = %q", got)
	}
}

func TestBadReports(t *testing.T) {
	var buf bytes.Buffer
	r := report3059()
	r.Periods = make([]Period, 7)
	if err := Write3059(&buf, r); err == nil || !strings.Contains(err.Error(), "beräkningsperioder") {
		t.Errorf("7 periods: %v", err)
	}
	if err := Write3059(&buf, Report3059{}); err == nil {
		t.Error("3059 without month accepted")
	}
	// 400 letters do not fit in the name box's two lines of 7 pt.
	r57 := report3057()
	r57.Customer.Name = strings.Repeat("Åsa Öberg ", 40)
	if err := Write3057(&buf, r57); err == nil || !strings.Contains(err.Error(), "«1. Förnamn och efternamn» (FK 3057)") {
		t.Errorf("a name of 400 letters: %v", err)
	}
	if buf.Len() != 0 {
		t.Errorf("%d bytes written for refused reports", buf.Len())
	}
}

// pageCount counts the page objects gofpdf writes.
func pageCount(pdf []byte) int { return bytes.Count(pdf, []byte("/Type /Page\n")) }

func TestPages(t *testing.T) {
	var b1, b2, b3 bytes.Buffer
	r := report3057()
	r.Costs, r.HigherAmount = nil, false
	if err := Write3057(&b1, r); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(b1.Bytes()); n != 1 {
		t.Errorf("3057 without costs: %d pages, want 1", n)
	}
	r.HigherAmount = true
	if err := Write3057(&b2, r); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(b2.Bytes()); n != 2 {
		t.Errorf("3057 with higher amount: %d pages, want 2", n)
	}
	// 45 shifts: 3 pages. 100 more day shifts in March (145 rows): 1 + 3 copies of page 2 + 3.
	r59 := report3059()
	for i := range 100 {
		r59.Shifts = append(r59.Shifts, shift(rules.D(2025, 3, 1+i%31), "05:00", "05:30", rules.Aktiv))
	}
	if err := WriteBundle(&b3, report3057(), []Report3059{report3059(), r59}); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(b3.Bytes()); n != 2+3+5 {
		t.Errorf("bundle: %d pages, want 2+3+5", n)
	}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.pdf")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		out := filepath.Join(t.TempDir(), name+".pdf")
		os.WriteFile(out, got, 0o644)
		t.Errorf("%s differs from %s (written to %s; run go test -update if the change is intended)", name, path, out)
	}
}

func TestGolden3059(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write3059(&a, report3059()); err != nil {
		t.Fatal(err)
	}
	if err := Write3059(&b, report3059()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two runs gave different bytes")
	}
	checkGolden(t, "3059_45_shifts", a.Bytes())
}

func TestGolden3057(t *testing.T) {
	var a bytes.Buffer
	if err := Write3057(&a, report3057()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "3057_costs", a.Bytes())
}

// pageTexts extracts the text layer page by page with pdftotext (poppler-utils),
// skipping the test where it is not installed.
func pageTexts(t *testing.T, pdf []byte) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	pages := strings.Split(string(out), "\f")
	return pages[:len(pages)-1] // text ends with a form feed
}

// fields splits a page's text into its words, so tests need not depend on spacing.
func fields(s string) string { return " " + strings.Join(strings.Fields(s), " ") + " " }

func TestText3059(t *testing.T) {
	var buf bytes.Buffer
	if err := Write3059(&buf, report3059()); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	want := [][]string{
		{" 2 0 2 5 0 3 ", "Åsa Öberg-Ärlig", "19850312-1234", "Björn Sjöström", "19920715-2345",
			"2025-02-03 2025-03-02", "2025-03-03 2025-03-30", "2025-03-31 2025-04-27",
			"Assistansbolaget Väst AB", "556123-4567", "Märta Lövgren", "031-12 34 56"},
		{"2025-03 19920715-2345 19850312-1234", " 1 00:00 06:00 ", " 28 08:00 16:00 "},
		// Last rows, then the sums 248 h 00, 16 h 15, 49 h 30 (fixture_test.go).
		{"2025-03 19920715-2345 19850312-1234", " 29 22:00 07:00 ", " 31 21:45 24:00 ", " 248 00 16 15 49 30 "},
	}
	for i, ws := range want {
		got := fields(pages[i])
		for _, w := range ws {
			if !strings.Contains(got, w) {
				t.Errorf("page %d lacks %q:\n%s", i+1, w, got)
			}
		}
	}
	if strings.Contains(fields(pages[2]), " 28 08:00 ") {
		t.Error("day 28 printed on page 3 too")
	}
}

func TestText3057(t *testing.T) {
	var buf bytes.Buffer
	if err := Write3057(&buf, report3057()); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2", len(pages))
	}
	want := [][]string{
		{" 2 0 2 5 0 3 ", "Åsa Öberg-Ärlig 19850312-1234", " 248 00 16 15 49 30 ",
			"2025-02-26 14:30 2025-03-03 11:00", "2025-03-20 08:00 2025-03-21 16:45",
			" 1 520,50 ", "Göran Ängström 19600101-1234"},
		{"2025-03 19850312-1234", " 342,16 68 432,17 ", " 61,73 12 345,00 ", " 6,25 1 250,00 ",
			" 2,40 480,00 ", " 4,56 912,35 ", " 30,50 6 100,00 ", " 447,60 89 519,52 ", " 200,00 "},
	}
	for i, ws := range want {
		got := fields(pages[i])
		for _, w := range ws {
			if !strings.Contains(got, w) {
				t.Errorf("page %d lacks %q:\n%s", i+1, w, got)
			}
		}
	}
}

func TestTextBundle(t *testing.T) {
	var buf bytes.Buffer
	other := report3059()
	other.Assistant = rules.Assistant{Pnr: "198001019876", Name: "Ödön Åkesson"}
	other.Assignment.Employer = rules.EmployerOther
	other.Assignment.EmployerName, other.Assignment.EmployerOrgnr = "Bemanning i Väst AB", "5569876543"
	if err := WriteBundle(&buf, report3057(), []Report3059{report3059(), other}); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 8 {
		t.Fatalf("%d pages, want 8", len(pages))
	}
	for i, w := range []string{"Göran Ängström", "447,60", "Björn Sjöström", "", "", "Ödön Åkesson", "19800101-9876", "16 15"} {
		if !strings.Contains(fields(pages[i]), w) {
			t.Errorf("page %d lacks %q", i+1, w)
		}
	}
	if p := fields(pages[5]); !strings.Contains(p, "Bemanning i Väst AB 556987-6543") {
		t.Errorf("other employer missing: %s", p)
	}
}

func TestFormsLoad(t *testing.T) {
	for name, pages := range map[string]int{Form3057: 2, Form3059: 3} {
		f, err := loadForm(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(f.blank.pages) != pages {
			t.Errorf("%s: %d pages, want %d", name, len(f.blank.pages), pages)
		}
	}
}

func TestFieldMapCheck(t *testing.T) {
	good := FieldMap{Form: "x", Fields: map[string]Box{"a": {Page: 1, X: 1, Y: 1, W: 10, H: 10}}}
	if err := good.check(); err != nil {
		t.Errorf("good map: %v", err)
	}
	bad := FieldMap{Form: "x", Fields: map[string]Box{
		"nopage": {X: 1, Y: 1, W: 10, H: 10},
		"nowide": {Page: 1, H: 10},
		"align":  {Page: 1, W: 10, H: 10, Align: "X"},
	}, Grids: map[string]Grid{"g": {Page: 1, Count: 0, H: 1, Pitch: 1}}}
	err := bad.check()
	if err == nil || !strings.Contains(err.Error(), "align, grids.g, nopage, nowide") {
		t.Errorf("bad map: %v", err)
	}
}

func TestGridCell(t *testing.T) {
	g := Grid{Pages: []int{2, 3}, Y: 100, H: 20, Pitch: 25, Count: 20,
		Columns: []map[string]Cell{{"day": {X: 40, W: 20}}, {"day": {X: 300, W: 20}}}}
	// Row 21 is the second column's second row: y = 100 + 1×25.
	b, err := g.Cell(2, 21, "day")
	if err != nil || b != (Box{Page: 2, X: 300, Y: 125, W: 20, H: 20}) {
		t.Errorf("cell 21 = %+v, %v", b, err)
	}
	if _, err := g.Cell(2, 40, "day"); err == nil {
		t.Error("row 40 of 40 accepted")
	}
	if _, err := g.Cell(2, 0, "nope"); err == nil {
		t.Error("unknown column accepted")
	}
	if !g.OnPage(3) || g.OnPage(1) {
		t.Error("OnPage")
	}
}

func BenchmarkWrite3059(b *testing.B) {
	r := report3059()
	var buf bytes.Buffer
	if err := Write3059(&buf, r); err != nil { // parses the blank form once
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write3059(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
}

// A letter outside code page 1252 is set in the Unicode font, beside the others.
func TestUnicodeName(t *testing.T) {
	r := report3059()
	r.Assistant.Name = "Łukasz Wróbel-Şahin"
	var a, b bytes.Buffer
	if err := Write3059(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := Write3059(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs gave different bytes")
	}
	page1 := fields(pageTexts(t, a.Bytes())[0])
	for _, w := range []string{"Łukasz Wróbel-Şahin", "Åsa Öberg-Ärlig"} {
		if !strings.Contains(page1, w) {
			t.Errorf("page 1 lacks %q:\n%s", w, page1)
		}
	}
}
