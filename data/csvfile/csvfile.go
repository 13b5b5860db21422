// Package csvfile reads and writes the CSV files of INTERFACE.md ("CSV files"):
// it turns bytes into rules values and back, and knows nothing of SQL.
//
// Reading is all rows or none: Read either returns every row of the file or an
// *Errors that lists every bad row (up to MaxErrors of them), so that an office
// can correct a spreadsheet in one pass.
//
// Formula injection: a spreadsheet treats a cell that starts with =, +, -, @, a
// tab or a carriage return as a formula. ExcelWriter therefore puts a ' before
// any cell that starts with one of those characters, or with ' itself, unless
// it is a plain number; Excel shows the text without the '. Read takes exactly
// one leading ' away from a free-text cell (names, address, phone, contact, a
// shift's unknown kind word) when the next character is one of those (or '),
// so export → import gives back the same text. Other cells never start so.
package csvfile

import (
	"fmt"
	"strings"

	"assistans/rules"
	"assistans/rules/say"
)

// Kinds are the file kinds of INTERFACE.md, in the order in which a whole
// register can be imported (a record's references come before it).
var Kinds = []string{"providers", "customers", "decisions", "assistants", "assignments", "shifts", "months", "hospital", "costs", "schedules", "absences"}

// Columns lists a kind's columns in the order of INTERFACE.md, the order Write uses;
// nil for an unknown kind.
func Columns(kind string) []string {
	t, ok := tables[kind]
	if !ok {
		return nil
	}
	return t.columnNames()
}

// MaxErrors is how many errors an *Errors lists; the rest are only counted.
const MaxErrors = 200

// RowError is one reason a file was refused.
type RowError struct {
	File   string
	Line   int    // 1-based, the header is line 1; 0 when the error is about the whole file
	Column string // "" when the error is about the whole row or file
	Value  string // the value as written in the file
	Why    *rules.Reason
}

// Error is Text in Swedish, the command line's words.
func (e RowError) Error() string { return e.Text(say.Swedish) }

// Text prints `kunder.csv:7: kolumn pnr: "19451212-1238": kontrollsiffran
// stämmer inte` in language l. A value longer than say.MaxShown characters (per
// column, for a key of several) is cut, with its length.
func (e RowError) Text(l say.Lang) string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Column != "" {
		// A key of several columns ("a, b") shows each of its values whole.
		column := "kolumn"
		if l == say.English {
			column = "column"
		}
		fmt.Fprintf(&b, "%s %s: %s: ", column, e.Column, say.Cut(l, e.Value, say.MaxShown*(strings.Count(e.Column, ", ")+1)))
	}
	b.WriteString(say.Reason(l, e.Why))
	return b.String()
}

// maxCell is the most characters a cell may hold: far more than any name or
// address, far less than a file pasted into one cell.
const maxCell = 1000

// Errors is every reason a file was refused, in line order. More counts the
// errors found beyond the MaxErrors that List holds.
type Errors struct {
	List []RowError
	More int
}

func (e *Errors) Error() string {
	lines := make([]string, 0, len(e.List)+1)
	for _, x := range e.List {
		lines = append(lines, x.Error())
	}
	if e.More > 0 {
		lines = append(lines, fmt.Sprintf("och %d fel till", e.More))
	}
	return strings.Join(lines, "\n")
}

func unknownKind(kind string) error {
	return fmt.Errorf("okänd filtyp %q (välj en av %s)", kind, strings.Join(Kinds, ", "))
}
