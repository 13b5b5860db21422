package main

import (
	"assistans/data"

	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPayrollWritesPAXmlCSVAndMapping(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "lon-2026-10.xml")
	stdout, stderr, code := cli(t, "payroll", "--db", db, "--month", "2026-10", "--out", out, "--csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	csvPath := filepath.Join(dir, "lon-2026-10.csv")
	if stdout != out+"\n"+csvPath+"\n" {
		t.Errorf("stdout %q", stdout)
	}
	// Birgitta is employed by Åke himself, so her October shifts are left out:
	// Thursday the 1st (Mon–Thu until the 4th), then Mon–Fri in the four weeks from
	// the 5th: 1 + 4×5 = 21. Her shift on 30 September does not reach October.
	mappingPath := data.PayrollMappingFile(db)
	for _, want := range []string{"Lönekopplingen skapades med standardkoder: " + mappingPath, "anpassa dem till ert kollektivavtal",
		"21 pass är inte med: uppdraget har en annan arbetsgivare"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	x, _ := os.ReadFile(out)
	// Sara's Thursday 2026-10-01 07–15 at Märta: 8 h ARB.
	if !strings.Contains(string(x), "<tidtrans anstid=\"198704221624\">\n      <tidkod>ARB</tidkod>\n      <datum>2026-10-01</datum>\n      <timmar>8.00</timmar>") {
		t.Errorf("the PAXml file lacks Sara's 1 October:\n%.600s", x)
	}
	c, _ := os.ReadFile(csvPath)
	if !strings.HasPrefix(string(c), "\uFEFFpersonnummer;namn;kund;kundnamn;datum;slag;lonekod;timmar\r\n") ||
		!strings.Contains(string(c), "19870422-1624;Sara Lindqvist;19420819-3823;Märta Sjöström;2026-10-01;aktiv;ARB;8,00\r\n") {
		t.Errorf("CSV:\n%.400s", c)
	}
	m, err := os.ReadFile(mappingPath)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(mappingPath); fi.Mode().Perm() != 0o600 {
		t.Errorf("payroll.json has mode %v; it holds personnummer", fi.Mode().Perm())
	}

	// The user gives Sara employee number 101: the next export uses it, and says nothing about the mapping.
	edited := strings.Replace(string(m), `"198704221624": "198704221624"`, `"198704221624": "101"`, 1)
	if edited == string(m) {
		t.Fatalf("Sara is not listed in the new mapping:\n%s", m)
	}
	os.WriteFile(mappingPath, []byte(edited), 0o600)
	_, stderr, code = cli(t, "payroll", "--db", db, "--month", "2026-10", "--out", out)
	if code != 0 || strings.Contains(stderr, "skapades") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	x, _ = os.ReadFile(out)
	if !strings.Contains(string(x), `<tidtrans anstid="101">`) || strings.Contains(string(x), `anstid="198704221624"`) {
		t.Error("Sara's employee number is not used")
	}

	// A code outside PAXml is refused before anything is written.
	os.WriteFile(mappingPath, []byte(strings.Replace(edited, `"ARB"`, `"JOUR"`, 1)), 0o600)
	os.Remove(out)
	_, stderr, code = cli(t, "payroll", "--db", db, "--month", "2026-10", "--out", out)
	if code != 2 || !strings.Contains(stderr, mappingPath) || !strings.Contains(stderr, `"JOUR", är ingen PAXml-tidkod`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a file was written with a bad mapping")
	}
}

func TestPayrollBadUsage(t *testing.T) {
	db := demoDB(t)
	out := filepath.Join(t.TempDir(), "x.xml")
	for _, args := range [][]string{
		{"payroll", "--db", db, "--out", out},
		{"payroll", "--db", db, "--month", "2026-10"},
		{"payroll", "--db", db, "--month", "oktober", "--out", out},
		{"payroll", "--db", db, "--month", "2026-10", "--out", filepath.Join(t.TempDir(), "no", "such", "dir.xml")},
	} {
		if _, _, code := cli(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}
