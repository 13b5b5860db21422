package csvfile

import (
	"encoding/csv"
	"io"
)

// ExcelWriter writes a CSV file for Swedish Excel, the one way every CSV the
// program writes is made (export, and payroll's file for Excel): a UTF-8
// byte-order mark, which Excel needs to read å, ä and ö; ";" between cells, as
// Swedish Excel reads and writes; CRLF line ends, as Excel writes them and RFC
// 4180 has them (Read takes them, and LF or CR alone, back); and every cell that
// Excel would run as a formula neutralised with a leading ' (see the package
// comment), but a plain number such as -12,50, which Excel reads as a number.
type ExcelWriter struct {
	w       io.Writer
	cw      *csv.Writer
	started bool
	rec     []string
}

// NewExcelWriter writes to w; call Flush at the end.
func NewExcelWriter(w io.Writer) *ExcelWriter {
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	return &ExcelWriter{w: w, cw: cw}
}

// Write writes one row.
func (x *ExcelWriter) Write(cells []string) error {
	if !x.started {
		x.started = true
		if _, err := x.w.Write(utf8BOM); err != nil {
			return err
		}
	}
	x.rec = x.rec[:0]
	for _, c := range cells {
		if needsGuard(c) && !plainNumber(c) {
			c = "'" + c
		}
		x.rec = append(x.rec, c)
	}
	return x.cw.Write(x.rec)
}

// Flush writes what is buffered and returns the first error of any write.
func (x *ExcelWriter) Flush() error {
	x.cw.Flush()
	return x.cw.Error()
}

// plainNumber says s is a number as the program writes one: an optional minus,
// digits, and a decimal part after "," or ".".
func plainNumber(s string) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	digits, mark := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == ',' || c == '.') && !mark && digits > 0:
			mark = true
		default:
			return false
		}
	}
	return digits > 0 && s[len(s)-1] != ',' && s[len(s)-1] != '.'
}
