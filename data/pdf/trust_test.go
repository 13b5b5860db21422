package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"assistans/rules"
)

// Issue 12 item 6: a signed form never says something false or leaves something out.

func stay(from rules.Date, fromT rules.Clock, to rules.Date, toT rules.Clock) rules.HospitalStay {
	return rules.HospitalStay{Customer: testCustomer.Pnr, FromDate: from, FromTime: fromT, ToDate: to, ToTime: toT}
}

// renderPages writes pdf to a file and renders its pages as greyscale at 144
// dpi (2 pixels a point).
func renderPages(t *testing.T, pdf []byte) func(page int) pgm {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Fatal("pdftoppm (poppler-utils) is needed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "f.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "144", "-gray", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	return func(page int) pgm {
		names, _ := filepath.Glob(filepath.Join(dir, "p-*.pgm"))
		w := len(fmt.Sprint(len(names)))
		return readPGM(t, filepath.Join(dir, fmt.Sprintf("p-%0*d.pgm", w, page)))
	}
}

// crossed says whether the named check box of the 3057 holds ink.
func crossed(t *testing.T, img pgm, name string) bool {
	t.Helper()
	fm, err := loadForm(Form3057)
	if err != nil {
		t.Fatal(err)
	}
	b := fm.Map.Fields[name]
	return img.dark(b.X+2, b.Y+2, b.X+b.W-2, b.Y+b.H-2, 2) > 0
}

// A stay with no end yet is printed, its end as "pågående", and section 4 says Ja.
func TestOngoingStay(t *testing.T) {
	r := report3057()
	r.Costs, r.HigherAmount = nil, false
	r.Hospital = []rules.HospitalStay{
		stay(rules.D(2025, 3, 24), 9*60+15, rules.Date{}, rules.NoClock),
		stay(rules.D(2025, 3, 2), 10*60, rules.D(2025, 3, 4), 12*60),
	}
	var buf bytes.Buffer
	if err := Write3057(&buf, r); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 1 {
		t.Fatalf("%d pages, want 1", len(pages))
	}
	// In date order: the ended stay first, then the ongoing one.
	want := " 2025-03-02 10:00 2025-03-04 12:00 2025-03-24 09:15 pågående "
	if !strings.Contains(fields(pages[0]), want) {
		t.Errorf("section 4 lacks %q:\n%s", want, fields(pages[0]))
	}
	img := renderPages(t, buf.Bytes())(1)
	if !crossed(t, img, "hospital_yes") || crossed(t, img, "hospital_no") {
		t.Error("section 4 is not ticked Ja alone")
	}
}

// Five stays: three in section 4, a note under them, and an attachment page after
// the 3057 (after its cost page) listing all five, headed with customer and month.
func TestStayAttachment(t *testing.T) {
	r := report3057()
	r.Hospital = []rules.HospitalStay{
		stay(rules.D(2025, 3, 20), 8*60, rules.D(2025, 3, 21), 16*60+45),
		stay(rules.D(2025, 2, 26), 14*60+30, rules.D(2025, 3, 3), 11*60),
		stay(rules.D(2025, 3, 28), 7*60, rules.Date{}, rules.NoClock),
		stay(rules.D(2025, 3, 10), 6*60, rules.D(2025, 3, 10), 23*60),
		stay(rules.D(2025, 3, 14), 13*60, rules.D(2025, 3, 16), 9*60+5),
	}
	var buf bytes.Buffer
	if err := WriteBundle(&buf, r, []Report3059{report3059()}); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 2+1+3 {
		t.Fatalf("%d pages, want 3057 (2), attachment (1), 3059 (3)", len(pages))
	}
	p1 := fields(pages[0])
	for _, w := range []string{"2025-02-26 14:30 2025-03-03 11:00", "2025-03-10 06:00 2025-03-10 23:00",
		"2025-03-14 13:00 2025-03-16 09:05", "alla 5 står på bilagan efter blanketten"} {
		if !strings.Contains(p1, w) {
			t.Errorf("page 1 lacks %q", w)
		}
	}
	if strings.Contains(p1, "2025-03-20") {
		t.Error("page 1 holds a fourth stay")
	}
	att := fields(pages[2])
	for _, w := range []string{"Bilaga till Räkning", "Sida 1 (1)", "Åsa Öberg-Ärlig", "19850312-1234", "2025-03",
		"1 2025-02-26 14:30 2025-03-03 11:00", "2 2025-03-10 06:00 2025-03-10 23:00", "3 2025-03-14 13:00 2025-03-16 09:05",
		"4 2025-03-20 08:00 2025-03-21 16:45", "5 2025-03-28 07:00 pågående"} {
		if !strings.Contains(att, w) {
			t.Errorf("the attachment lacks %q:\n%s", w, att)
		}
	}
	if !strings.Contains(fields(pages[3]), "Björn Sjöström") {
		t.Error("the 3059 does not follow the attachment")
	}
}

// 65 stays take three attachment pages of 30, 30 and 5.
func TestStayAttachmentPages(t *testing.T) {
	r := report3057()
	r.Costs, r.HigherAmount = nil, false
	r.Hospital = nil
	for i := range 65 {
		d := rules.D(2025, 3, 1+i%31)
		r.Hospital = append(r.Hospital, stay(d, rules.Clock(i), d, rules.Clock(i+1)))
	}
	var buf bytes.Buffer
	if err := Write3057(&buf, r); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 4 {
		t.Fatalf("%d pages, want 1 + 3 attachment pages", len(pages))
	}
	for i, w := range []string{"Sida 1 (3)", "Sida 2 (3)", "Sida 3 (3)"} {
		if !strings.Contains(pages[i+1], w) {
			t.Errorf("attachment page %d lacks %q", i+1, w)
		}
	}
	// Sorted by day and time, the last five are 29 March 00:59 to 31 March 01:01.
	if p := fields(pages[3]); !strings.Contains(p, " 61 2025-03-29 00:59 2025-03-29 01:00 ") ||
		!strings.Contains(p, " 65 2025-03-31 01:01 2025-03-31 01:02 ") || strings.Contains(p, " 60 ") {
		t.Errorf("the last page lacks stays 61–65:\n%s", p)
	}
}

// Barnomsorg/skola not answered for the month: neither box of section 3 is ticked.
func TestChildcareUnanswered(t *testing.T) {
	for _, c := range []struct {
		recorded, yes bool
		want          string // the box crossed, "" for none
	}{{false, false, ""}, {true, false, "childcare_no"}, {true, true, "childcare_yes"}} {
		r := report3057()
		r.Costs, r.HigherAmount = nil, false
		r.InfoRecorded, r.Info.ChildcareSchool = c.recorded, c.yes
		var buf bytes.Buffer
		if err := Write3057(&buf, r); err != nil {
			t.Fatal(err)
		}
		img := renderPages(t, buf.Bytes())(1)
		for _, box := range []string{"childcare_yes", "childcare_no"} {
			if got := crossed(t, img, box); got != (box == c.want) {
				t.Errorf("recorded %v, ja %v: %s crossed = %v", c.recorded, c.yes, box, got)
			}
		}
	}
}

// A 3059 longer than three pages numbers its pages after the first "k (n)";
// one of three pages keeps the form's own "2 (3)" and adds nothing.
func TestLong3059PageNumbers(t *testing.T) {
	r := report3059()
	for i := range 100 {
		r.Shifts = append(r.Shifts, shift(rules.D(2025, 3, 1+i%31), "05:00", "05:30", rules.Aktiv))
	}
	var buf bytes.Buffer
	if err := Write3059(&buf, r); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, buf.Bytes())
	if len(pages) != 5 {
		t.Fatalf("%d pages, want 5", len(pages))
	}
	for i := 1; i < 5; i++ {
		if w := fmt.Sprintf("%d (5)", i+1); !strings.Contains(pages[i], w) {
			t.Errorf("page %d lacks %q:\n%s", i+1, w, pages[i])
		}
	}
	// The form's printed "2 (3)" is painted over: the box holds only "4 (5)",
	// whose ink lies right of x 530 (right-aligned, some 21 pt wide).
	img := renderPages(t, buf.Bytes())(4)
	if n := img.dark(510, 28, 528, 42, 2); n != 0 {
		t.Errorf("%d dark pixels left of the page number on page 4", n)
	}
	var short bytes.Buffer
	if err := Write3059(&short, report3059()); err != nil {
		t.Fatal(err)
	}
	for i, p := range pageTexts(t, short.Bytes()) {
		if strings.Contains(p, "(3)") {
			t.Errorf("page %d of a 3-page 3059 has a page number written on it", i+1)
		}
	}
}

// Long names and the 3066's change text wrap inside their boxes, whole.
func TestLongTextsWrap(t *testing.T) {
	name := "Anna-Karin Margareta Elisabeth Östergren-Lindqvist af Ekenstam " +
		"Wilhelmina Charlotta Ulrika Sjöberg-Åkerlund von Hallwyl"
	r := report3059()
	r.Customer.Name = name
	var buf bytes.Buffer
	if err := Write3059(&buf, r); err != nil {
		t.Fatal(err)
	}
	if p := fields(pageTexts(t, buf.Bytes())[0]); !strings.Contains(p, fields(name)) {
		t.Errorf("page 1 lacks the whole name:\n%s", p)
	}
	c := report3066Changed()
	c.ChangedText = strings.Repeat("Assistenten har flyttat till sin sambo i Åre och arbetar nu också på helger. ", 3)
	var b66 bytes.Buffer
	if err := Write3066(&b66, c); err != nil {
		t.Fatal(err)
	}
	// The date beside the text's three lines lands among them in the text layer.
	p := strings.Replace(fields(pageTexts(t, b66.Bytes())[0]), " 2025-06-14 ", " ", 1)
	if !strings.Contains(p, fields(c.ChangedText)) {
		t.Errorf("page 1 lacks the whole change text:\n%s", p)
	}
	c.ChangedText = strings.Repeat("Assistenten har flyttat. ", 40)
	err := Write3066(&b66, c)
	if err == nil || !strings.Contains(err.Error(), "«Ändrade förhållanden» (FK 3066)") {
		t.Errorf("a change text of 1000 letters: %v", err)
	}
}
