package csvfile

import (
	"encoding/csv"
	"io"

	"assistans/rules"
)

// Write writes the batch's records of the given kind as a CSV file that Read
// reads back to the same records: every column in the order of INTERFACE.md,
// ";" as separator and a UTF-8 byte-order mark, which Swedish Excel needs to
// open the file directly with å, ä and ö intact. Identity numbers are written
// as 12 digits (organisationsnummer 10), amounts and hours as 1234,50, yes/no as
// ja/nej, and what is not recorded as an empty cell. Free text is guarded
// against formula injection (see the package comment).
func Write(kind string, w io.Writer, b rules.Batch) error {
	t, ok := tables[kind]
	if !ok {
		return unknownKind(kind)
	}
	if _, err := w.Write(utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	if err := t.write(cw, &b); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func (s *spec[T]) write(cw *csv.Writer, b *rules.Batch) error {
	if err := cw.Write(s.columnNames()); err != nil {
		return err
	}
	rows := *s.rows(b)
	rec := make([]string, len(s.cols))
	for i := range rows {
		for j, c := range s.cols {
			v := c.format(&rows[i])
			if c.text {
				v = guard(v)
			}
			rec[j] = v
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return nil
}
