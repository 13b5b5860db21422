package gui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestPayrollMenuItem(t *testing.T) {
	w := newTestWindow(t, guitest.SmallBatch())
	var labels []string
	for _, it := range w.Win.MainMenu().Items[0].Items {
		labels = append(labels, it.Label)
	}
	if len(labels) < 2 || labels[1] != "Lönefil (PAXml)…" {
		t.Errorf("Arkiv menu %q: the payroll file should follow Skriv ut månaden", labels)
	}
}

func TestPayrollExportWritesFiles(t *testing.T) {
	b := guitest.SmallBatch()
	// Yngve works for Bertil under another employer: his shifts are left out.
	b.Assignments[1].Employer = rules.EmployerOther
	st := guitest.OpenStore(t, b)
	s := guitest.NewSession(t, st)
	base := t.TempDir()
	guitest.TestOpen(s, base)
	p := newPayrollExport(s)

	p.start()
	guitest.Settle(s)
	dir := filepath.Join(base, "2026-10")
	xmlPath, csvPath := filepath.Join(dir, "2026-10 lön.xml"), filepath.Join(dir, "2026-10 lön.csv")
	mapping := filepath.Join(filepath.Dir(st.Path()), "payroll.json")
	if p.failed || !strings.HasPrefix(p.result, "Lönefilerna för oktober 2026 skrevs i "+dir+":\n• 2026-10 lön.xml (PAXml, för löneprogrammet)\n• 2026-10 lön.csv (för Excel)\n") {
		t.Errorf("result %q", p.result)
	}
	// Yngve's shifts in October: 30 September 22–06 reaches 1 October, and 31 October 22–06.
	for _, want := range []string{"2 pass är inte med", "Lönekopplingen skapades med standardkoder i " + mapping} {
		if !strings.Contains(p.result, want) {
			t.Errorf("result lacks %q:\n%s", want, p.result)
		}
	}
	x, err := os.ReadFile(xmlPath)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(x), "<?xml") {
		t.Errorf("the PAXml file starts %.40q", x)
	}
	// Xena's beredskap 6 October 22:00–07:00 is 2 h that day and 7 h on the 7th;
	// her väntetid 7 October 08:00–12:30 is 4.50 h.
	for _, want := range []string{
		"<tidkod>BE1</tidkod>\n      <datum>2026-10-07</datum>\n      <timmar>7.00</timmar>",
		"<tidkod>JR1</tidkod>\n      <datum>2026-10-07</datum>\n      <timmar>4.50</timmar>",
	} {
		if !strings.Contains(string(x), want) {
			t.Errorf("the PAXml file lacks %q:\n%s", want, x)
		}
	}
	if strings.Contains(string(x), guitest.PnrYngve) {
		t.Error("Yngve's shifts for another employer are in the file")
	}
	c, err := os.ReadFile(csvPath)
	if err != nil || !strings.Contains(string(c), "Xena Xu") {
		t.Errorf("CSV %q, %v", c, err)
	}

	// The second time the mapping is read, and the dialog says where it is.
	p.start()
	guitest.Settle(s)
	if p.failed || !strings.Contains(p.result, "hämtas från "+mapping) || strings.Contains(p.result, "skapades") {
		t.Errorf("second result %q", p.result)
	}
}

func TestPayrollExportErrors(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	file := filepath.Join(t.TempDir(), "fil")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	guitest.TestOpen(s, file) // a folder below a plain file cannot be made, even by root
	p := newPayrollExport(s)
	p.start()
	guitest.Settle(s)
	if !p.failed || !strings.HasPrefix(p.result, "Mappen "+filepath.Join(file, "2026-10")+" går inte att skapa") {
		t.Errorf("failed %v, result %q", p.failed, p.result)
	}

	// A pay code outside PAXml is reported in Swedish with the file to correct.
	guitest.TestOpen(s, t.TempDir())
	mapping := filepath.Join(filepath.Dir(st.Path()), "payroll.json")
	p.start()
	guitest.Settle(s)
	m, _ := os.ReadFile(mapping)
	if err := os.WriteFile(mapping, []byte(strings.Replace(string(m), `"ARB"`, `"JOUR"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	p.start()
	guitest.Settle(s)
	if !p.failed || !strings.HasPrefix(p.result, "Lönefilen kunde inte skrivas: "+mapping) || !strings.Contains(p.result, "är ingen PAXml-tidkod") {
		t.Errorf("failed %v, result %q", p.failed, p.result)
	}
}
