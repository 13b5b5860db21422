package csvfile

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"assistans/rules"
)

// Read reads one CSV file of the given kind. today decides the century of a
// 10-digit identity number. Bad content gives an *Errors listing every bad row;
// a failing reader gives its own error. The file is streamed: only the records
// and one small key per row are kept.
func Read(kind, filename string, r io.Reader, today rules.Date) (rules.Batch, error) {
	t, ok := tables[kind]
	if !ok {
		return rules.Batch{}, unknownKind(kind)
	}
	rd := &reader{kind: kind, file: filename, p: newParser(today)}
	var b rules.Batch
	if err := t.read(rd, r, &b); err != nil {
		return rules.Batch{}, err
	}
	return b, nil
}

// reader collects the errors of one file.
type reader struct {
	kind, file string
	p          parser
	errs       []RowError
	more       int
	// emit, when set, takes the records every chunk rows (Stream).
	emit  func(rules.Batch)
	chunk int
}

func (rd *reader) fail(line int, column, value string, why *rules.Reason) {
	if len(rd.errs) < MaxErrors {
		rd.errs = append(rd.errs, RowError{File: rd.file, Line: line, Column: column, Value: value, Why: why})
	} else {
		rd.more++
	}
}

func (rd *reader) failed() bool { return len(rd.errs) > 0 }

// result is nil or the *Errors; errors arrive in line order, since the file is read once from the top.
func (rd *reader) result() error {
	if !rd.failed() {
		return nil
	}
	return &Errors{List: rd.errs, More: rd.more}
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// open skips a byte-order mark, detects the separator from the header line and
// returns a csv.Reader positioned after the header, with the header's cells.
// Lines may end in LF, CRLF or CR alone (old Mac Excel); see lineEnds.
// A nil reader with a nil error means the file was refused and rd holds why.
func (rd *reader) open(r io.Reader) (*csv.Reader, []string, error) {
	br := bufio.NewReaderSize(newLineEnds(r), 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, utf8BOM) {
		br.Discard(3)
	} else if b, _ := br.Peek(2); bytes.Equal(b, []byte{0xFF, 0xFE}) || bytes.Equal(b, []byte{0xFE, 0xFF}) {
		rd.fail(0, "", "", rules.Because(rules.UTF16))
		return nil, nil, nil
	}
	first, err := br.ReadSlice('\n')
	switch {
	case errors.Is(err, bufio.ErrBufferFull):
		rd.fail(1, "", "", rules.Because(rules.HeaderTooLong))
		return nil, nil, nil
	case err != nil && err != io.EOF:
		return nil, nil, fmt.Errorf("%s: %w", rd.file, err)
	case len(bytes.TrimSpace(first)) == 0 && err == io.EOF:
		rd.fail(0, "", "", rules.Because(rules.FileEmpty, strings.Join(Columns(rd.kind), ";")))
		return nil, nil, nil
	case len(bytes.TrimSpace(first)) == 0:
		rd.fail(1, "", "", rules.Because(rules.HeaderEmpty, strings.Join(Columns(rd.kind), ";")))
		return nil, nil, nil
	case !utf8.Valid(first):
		rd.fail(1, "", "", rules.Because(rules.NotUTF8))
		return nil, nil, nil
	}
	header := slices.Clone(first) // ReadSlice's bytes are overwritten by the next read
	cr := csv.NewReader(io.MultiReader(bytes.NewReader(header), br))
	cr.Comma = separator(header)
	cr.FieldsPerRecord = -1 // a wrong count is reported per row, in Swedish
	cr.ReuseRecord = true
	cells, err := cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			rd.fail(pe.Line, "", "", csvReason(pe))
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("%s: %w", rd.file, err)
	}
	return cr, slices.Clone(cells), nil
}

// separator is ';' or ',', whichever the header line uses outside quotes; ';' when neither.
func separator(line []byte) rune {
	semi, comma, quoted := 0, 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ';':
			semi++
		case c == ',':
			comma++
		}
	}
	if comma > semi {
		return ','
	}
	return ';'
}

func csvReason(pe *csv.ParseError) *rules.Reason {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return rules.Because(rules.BareQuote, pe.Column)
	case errors.Is(pe.Err, csv.ErrQuote):
		return rules.Because(rules.OpenQuote, pe.Column)
	}
	return rules.Because(rules.NotCSV, pe.Err)
}

// layout is how a file's columns map to a spec's.
type layout struct {
	fileCols []int // per cell of a row: the spec column, -1 for a column without a name, unknownCol for an unknown one
	absent   []int // spec columns the file leaves out
	byName   map[string]int
}

// unknownCol marks a column the kind does not have. The heading is the error;
// its cells are passed over so that the file's other bad rows are still listed.
const unknownCol = -2

func (s *spec[T]) layout(rd *reader, header []string) (layout, bool) {
	known := map[string]int{}
	for i, c := range s.cols {
		known[c.name] = i
	}
	l := layout{fileCols: make([]int, len(header)), byName: map[string]int{}}
	ok := true
	for j, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		l.fileCols[j] = -1
		i, isKnown := known[name]
		switch {
		case name == "":
			// Excel writes an empty heading for a formatted but unused column; its cells must be empty.
		case !isKnown:
			rd.fail(1, "", "", rules.Because(rules.UnknownColumn,
				strings.TrimSpace(h), rd.kind, strings.Join(s.columnNames(), ", ")))
			l.fileCols[j] = unknownCol
		case l.byName[name] != 0:
			rd.fail(1, "", "", rules.Because(rules.ColumnTwice, name))
			ok = false
		default:
			l.byName[name] = j + 1 // +1 so that 0 means absent
			l.fileCols[j] = i
		}
	}
	for i, c := range s.cols {
		if l.byName[c.name] != 0 {
			continue
		}
		if c.key {
			rd.fail(1, "", "", rules.Because(rules.KeyColumnAbsent, c.name))
			ok = false
		}
		l.absent = append(l.absent, i)
	}
	return l, ok
}

func (s *spec[T]) read(rd *reader, r io.Reader, b *rules.Batch) error {
	cr, header, err := rd.open(r)
	if err != nil || cr == nil {
		return cmp.Or(err, rd.result())
	}
	l, ok := s.layout(rd, header)
	if !ok {
		return rd.result()
	}
	seen := map[rowKey]int32{}
	type firstOf struct{ line, value int }
	groups := map[rowKey]firstOf{}
	rows := s.rows(b)
	if rd.emit != nil {
		// A part's slice made at its full size once, not doubled up to it
		// (a tenth of reading a year of shifts).
		*rows = make([]T, 0, rd.chunk)
	}
	var keyCols []string
	for _, c := range s.cols {
		if c.key {
			keyCols = append(keyCols, c.name)
		}
	}
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			var long *lineTooLong
			switch {
			case errors.As(err, &long):
				rd.fail(long.line, "", "", long.reason())
				return rd.result()
			case !errors.As(err, &pe):
				return fmt.Errorf("%s: %w", rd.file, err)
			}
			// The csv reader has moved past the broken record, so the rest can still be checked.
			rd.fail(pe.Line, "", "", csvReason(pe))
			continue
		}
		line, _ := cr.FieldPos(0)
		if blank(cells) {
			continue // Excel's rows of empty cells under the data
		}
		if !validUTF8(cells) {
			rd.fail(line, "", "", rules.Because(rules.NotUTF8))
			break // every following row is likely just as unreadable
		}
		if len(cells) != len(header) {
			rd.fail(line, "", "", rules.Because(rules.CellCount, len(cells), len(header)))
			continue
		}
		rec, ok := s.parseRow(rd, line, cells, l)
		if !ok {
			continue
		}
		k := s.key(&rd.p, &rec)
		if first, dup := seen[k]; dup {
			var vals []string
			for _, name := range keyCols {
				vals = append(vals, l.cell(cells, name))
			}
			rd.fail(line, strings.Join(keyCols, ", "), strings.Join(vals, ", "),
				rules.Because(rules.SameKey, int(first)))
			continue
		}
		seen[k] = int32(line)
		if g := s.same; g != nil {
			gk, v := g.group(&rd.p, &rec), g.value(&rec)
			if first, ok := groups[gk]; !ok {
				groups[gk] = firstOf{line, v}
			} else if first.value != v {
				rd.fail(line, g.col, l.cell(cells, g.col), g.reason(first.value, first.line))
				continue
			}
		}
		if !rd.failed() { // after an error nothing is returned, so stop keeping records
			*rows = append(*rows, rec)
			if rd.emit != nil && len(*rows) == rd.chunk {
				rd.emit(*b)
				*b = rules.Batch{}
				*rows = make([]T, 0, rd.chunk)
			}
		}
	}
	if rd.failed() {
		*rows = nil
	}
	return rd.result()
}

// parseRow turns one row's cells into a record, reporting every bad cell.
func (s *spec[T]) parseRow(rd *reader, line int, cells []string, l layout) (T, bool) {
	var rec T
	ok := true
	for j, i := range l.fileCols {
		if i == unknownCol {
			continue
		}
		raw := strings.TrimSpace(cells[j])
		if len(raw) > maxCell && utf8.RuneCountInString(raw) > maxCell {
			if i < 0 {
				rd.fail(line, "", "", rules.Because(rules.CellNoHeadingLong, j+1, utf8.RuneCountInString(raw), maxCell))
			} else {
				rd.fail(line, s.cols[i].name, raw, rules.Because(rules.CellTooLong, maxCell))
			}
			ok = false
			continue
		}
		if i < 0 {
			if raw != "" {
				rd.fail(line, "", "", rules.Because(rules.CellNoHeading, raw, j+1))
				ok = false
			}
			continue
		}
		c := &s.cols[i]
		v := raw
		if c.text {
			v = unguard(v)
		}
		if c.key && v == "" {
			rd.fail(line, c.name, raw, rules.Because(rules.KeyCellEmpty))
			ok = false
			continue
		}
		if reason := c.parse(&rd.p, v, &rec); reason != nil {
			rd.fail(line, c.name, raw, reason)
			ok = false
		}
	}
	for _, i := range l.absent {
		s.cols[i].parse(&rd.p, "", &rec)
	}
	if ok && s.check != nil {
		if col, reason := s.check(&rec); col != "" {
			rd.fail(line, col, l.cell(cells, col), reason)
			ok = false
		}
	}
	return rec, ok
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func validUTF8(cells []string) bool {
	for _, c := range cells {
		if !utf8.ValidString(c) {
			return false
		}
	}
	return true
}

// cell is the trimmed cell of the named column, "" when the file leaves the column out.
func (l layout) cell(cells []string, name string) string {
	if j := l.byName[name]; j > 0 {
		return strings.TrimSpace(cells[j-1])
	}
	return ""
}
