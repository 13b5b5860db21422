package csvfile

import (
	"io"

	"assistans/rules"
)

// Write writes the batch's records of the given kind as a CSV file that Read
// reads back to the same records, with ExcelWriter: every column in the order
// of INTERFACE.md. Identity numbers are written as 12 digits
// (organisationsnummer 10), amounts and hours as 1234,50, yes/no as ja/nej, and
// what is not recorded as an empty cell.
func Write(kind string, w io.Writer, b rules.Batch) error {
	t, ok := tables[kind]
	if !ok {
		return unknownKind(kind)
	}
	x := NewExcelWriter(w)
	if err := t.write(x, &b); err != nil {
		return err
	}
	return x.Flush()
}

func (s *spec[T]) write(x *ExcelWriter, b *rules.Batch) error {
	if err := x.Write(s.columnNames()); err != nil {
		return err
	}
	rows := *s.rows(b)
	rec := make([]string, len(s.cols))
	for i := range rows {
		for j, c := range s.cols {
			rec[j] = c.format(&rows[i])
		}
		if err := x.Write(rec); err != nil {
			return err
		}
	}
	return nil
}
