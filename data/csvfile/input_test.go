package csvfile

import (
	"io"
	"strings"
	"testing"
)

// Issue 12 item 9: bad input gets a clear answer naming file, line and column.

func readString(t *testing.T, kind, file, content string) error {
	t.Helper()
	_, err := Read(kind, file, strings.NewReader(content), today)
	return err
}

func TestControlCharactersRefused(t *testing.T) {
	for _, tc := range []struct{ row, col string }{
		{"194512121239;Anna\x00Berg", "name"},
		{"194512121239;\"Anna\nBerg\"", "name"},
		{"194512121239;\"Anna\rBerg\"", "name"},
		{"194512121239;Anna\tBerg", "name"},
		{"194512121239;Anna\x1bBerg", "name"},
	} {
		err := readString(t, "customers", "kunder.csv", "pnr;name\n"+tc.row+"\n")
		want := "kunder.csv:2: kolumn name: "
		if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "styrtecken") {
			t.Errorf("%q: %v", tc.row, err)
		}
	}
	// A shift's unknown kind word is kept as written, but not with a control character.
	err := readString(t, "shifts", "pass.csv", "assistant_pnr;customer_pnr;date;start;end;kind\n"+
		"199001011239;194512121239;2026-10-05;08:00;16:00;\"sov\nande\"\n")
	if err == nil || !strings.Contains(err.Error(), "pass.csv:2: kolumn kind: ") {
		t.Errorf("kind with a newline: %v", err)
	}
}

func TestTooLongTextRefused(t *testing.T) {
	err := readString(t, "customers", "kunder.csv", "pnr;name\n194512121239;"+strings.Repeat("Å", 81)+"\n")
	if err == nil || !strings.Contains(err.Error(), "kunder.csv:2: kolumn name: ") || !strings.Contains(err.Error(), "högst 80 tecken") {
		t.Errorf("81 letters: %v", err)
	}
}

func TestDatesOutOfRangeRefused(t *testing.T) {
	head := "customer_pnr;from;to;hours_per_week;hourly_amount\n"
	for _, tc := range []struct{ row, want string }{
		{"194512121239;1899-12-31;;10;300", `beslut.csv:2: kolumn from: "1899-12-31": datumet ligger utanför åren 1900–2100`},
		{"194512121239;2026-01-01;2101-01-01;10;300", `beslut.csv:2: kolumn to: "2101-01-01": datumet ligger utanför åren 1900–2100`},
		{"194512121239;0001-01-01;;10;300", `beslut.csv:2: kolumn from: "0001-01-01": datumet ligger utanför åren 1900–2100`},
	} {
		if err := readString(t, "decisions", "beslut.csv", head+tc.row+"\n"); err == nil || err.Error() != tc.want {
			t.Errorf("got %v\nwant %s", err, tc.want)
		}
	}
	err := readString(t, "months", "månader.csv", "customer_pnr;month\n194512121239;9999-01\n")
	if err == nil || err.Error() != `månader.csv:2: kolumn month: "9999-01": datumet ligger utanför åren 1900–2100` {
		t.Errorf("month 9999-01: %v", err)
	}
	// A 12-digit personnummer born 1800 (valid check digit) is an impossible birth date.
	err = readString(t, "customers", "kunder.csv", "pnr;name\n180001011238;Gammal\n")
	if err == nil || !strings.Contains(err.Error(), `kunder.csv:2: kolumn pnr: "180001011238": födelseåret 1800 är före 1900`) {
		t.Errorf("born 1800: %v", err)
	}
}

func TestAbsurdAmountsRefused(t *testing.T) {
	head := "customer_pnr;month;category;amount\n"
	for _, amount := range []string{"1000000000,01", "99999999999999999999", "922337203685477580,8"} {
		err := readString(t, "costs", "kostnader.csv", head+"194512121239;2026-10;1;"+amount+"\n")
		if err == nil || !strings.HasPrefix(err.Error(), `kostnader.csv:2: kolumn amount: "`+amount+`": `) {
			t.Errorf("%s: %v", amount, err)
		}
	}
	if err := readString(t, "costs", "kostnader.csv", head+"194512121239;2026-10;1;1000000000,00\n"); err != nil {
		t.Errorf("1 000 000 000 kr: %v", err)
	}
}

// endless is a reader of one line that never ends: "pnr;name\n" and then ";" for ever.
type endless struct{ head string }

func (e *endless) Read(p []byte) (int, error) {
	n := copy(p, e.head)
	e.head = e.head[n:]
	for i := n; i < len(p); i++ {
		p[i] = ';'
	}
	return len(p), nil
}

// A row of millions of fields is refused at 1 MB, not held in memory: the file
// here never ends, so only an early refusal returns at all.
func TestEndlessRowRefused(t *testing.T) {
	_, err := Read("customers", "kunder.csv", &endless{head: "pnr;name\r\n"}, today)
	want := "kunder.csv:2: raden är längre än 1 MB; en rad har ett värde för varje kolumn i rubrikraden, så det är troligen fel fil eller fel avgränsare"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// Old Mac Excel ends lines with CR alone: read as line ends, lines counted as the
// user sees them. CRLF and LF files read the same.
func TestLineEnds(t *testing.T) {
	for name, sep := range map[string]string{"CR": "\r", "CRLF": "\r\n", "LF": "\n"} {
		file := strings.Join([]string{"pnr;name", "194512121239;Anna", "201403152380;Bo", ""}, sep)
		b, err := Read("customers", "kunder.csv", strings.NewReader(file), today)
		if err != nil || len(b.Customers) != 2 || b.Customers[1].Name != "Bo" {
			t.Errorf("%s: %+v, %v", name, b.Customers, err)
		}
		bad := strings.Join([]string{"pnr;name", "194512121239;Anna", "x;Bo", ""}, sep)
		if err := readString(t, "customers", "kunder.csv", bad); err == nil || !strings.HasPrefix(err.Error(), `kunder.csv:3: kolumn pnr: "x"`) {
			t.Errorf("%s: line of the bad row: %v", name, err)
		}
	}
}

// The lineEnds reader, fed a byte at a time, drops the LF of a CRLF split across reads.
func TestLineEndsAcrossReads(t *testing.T) {
	got, err := io.ReadAll(newLineEnds(&oneByte{s: "a\r\nb\rc\n\r\n"}))
	if err != nil || string(got) != "a\nb\nc\n\n" {
		t.Errorf("%q, %v", got, err)
	}
}

type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if o.s == "" {
		return 0, io.EOF
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

// A duplicate key shows every column of the key, whole.
func TestDuplicateKeyWhole(t *testing.T) {
	row := "19900101-1239;19451212-1239;2026-10-05;08:00;16:00;aktiv\n"
	err := readString(t, "shifts", "pass.csv", "assistant_pnr;customer_pnr;date;start;end;kind\n"+row+row)
	want := `pass.csv:3: kolumn assistant_pnr, customer_pnr, date, start: "19900101-1239, 19451212-1239, 2026-10-05, 08:00": samma nyckel som rad 2; en nyckel får bara finnas på en rad`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
