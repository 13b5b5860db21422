package rules

import "fmt"

// Reason is why a value, a row or a file is refused: a code with the facts its
// words name (Args, in the order each code lists them); package say words it
// in the user's language where it is shown.
type Reason struct {
	Code ReasonCode
	Args []any
}

// Because is the reason code with its facts.
func Because(code ReasonCode, args ...any) *Reason { return &Reason{Code: code, Args: args} }

// String is for logs and tests; the user reads say.Reason's words.
func (r *Reason) String() string { return fmt.Sprintf("%s %v", r.Code, r.Args) }

// ReasonCode names a reason.
type ReasonCode string

// The codes of a cell, a row or a CSV file refused, each with its Args.
const (
	// A cell.
	BadIdentity    ReasonCode = "BAD_IDENTITY"      // the *IDError
	KeyCellEmpty   ReasonCode = "KEY_CELL_EMPTY"    // (none): the column is part of the row's key
	CellTooLong    ReasonCode = "CELL_TOO_LONG"     // most characters
	TextUnreadable ReasonCode = "TEXT_UNREADABLE"   // (none): an invalid UTF-8 character
	TextControl    ReasonCode = "TEXT_CONTROL"      // the rune
	TextTooLong    ReasonCode = "TEXT_TOO_LONG"     // length, most characters
	BadDate        ReasonCode = "BAD_DATE"          // (none)
	BadMonth       ReasonCode = "BAD_MONTH"         // (none)
	DateOutOfRange ReasonCode = "DATE_OUT_OF_RANGE" // first year, last year
	BadClock       ReasonCode = "BAD_CLOCK"         // (none)
	BadYesNo       ReasonCode = "BAD_YES_NO"        // (none)
	BadAmount      ReasonCode = "BAD_AMOUNT"        // (none)
	NegativeAmount ReasonCode = "NEGATIVE_AMOUNT"   // (none)
	AmountTooLarge ReasonCode = "AMOUNT_TOO_LARGE"  // the largest amount (Ore)
	BadHours       ReasonCode = "BAD_HOURS"         // (none)
	HoursDecimals  ReasonCode = "HOURS_DECIMALS"    // (none): more than two decimals
	BadInteger     ReasonCode = "BAD_INTEGER"       // (none)
	BadKind        ReasonCode = "BAD_KIND"          // (none)
	BadWord        ReasonCode = "BAD_WORD"          // the allowed words ([]string)
	BadCategory    ReasonCode = "BAD_CATEGORY"      // (none)
	BadPersonkrets ReasonCode = "BAD_PERSONKRETS"   // (none)
	// A record's field (FieldError).
	AmountOutOfRange ReasonCode = "AMOUNT_OUT_OF_RANGE" // the largest amount (Ore)
	UnknownWord      ReasonCode = "UNKNOWN_WORD"        // the value
	PersonkretsRange ReasonCode = "PERSONKRETS_RANGE"   // (none)
	NegativeHours    ReasonCode = "NEGATIVE_HOURS"      // (none)
	// A row.
	RecordRefused      ReasonCode = "RECORD_REFUSED"        // the store's error, worded by say.Error
	EndBeforeStart     ReasonCode = "END_BEFORE_START"      // (none): an end date before the start date
	EndTimeBeforeStart ReasonCode = "END_TIME_BEFORE_START" // (none): on the same day
	ScheduleRowBad     ReasonCode = "SCHEDULE_ROW_BAD"      // the ScheduleShift
	AbsenceRowBad      ReasonCode = "ABSENCE_ROW_BAD"       // the Absence
	SameKey            ReasonCode = "SAME_KEY"              // the line of the first row with the key
	WeeksDiffer        ReasonCode = "WEEKS_DIFFER"          // the first row's weeks, its line
	CellCount          ReasonCode = "CELL_COUNT"            // the row's cells, the header's
	CellNoHeading      ReasonCode = "CELL_NO_HEADING"       // the value (quoted), the column's number
	CellNoHeadingLong  ReasonCode = "CELL_NO_HEADING_LONG"  // the column's number, length, most characters
	BareQuote          ReasonCode = "BARE_QUOTE"            // character
	OpenQuote          ReasonCode = "OPEN_QUOTE"            // character
	NotCSV             ReasonCode = "NOT_CSV"               // the CSV reader's own words
	LineTooLong        ReasonCode = "LINE_TOO_LONG"         // most MB
	// A file or its header.
	NotUTF8         ReasonCode = "NOT_UTF8"          // (none)
	UTF16           ReasonCode = "UTF16"             // (none)
	HeaderTooLong   ReasonCode = "HEADER_TOO_LONG"   // (none)
	FileEmpty       ReasonCode = "FILE_EMPTY"        // the columns, joined with ";"
	HeaderEmpty     ReasonCode = "HEADER_EMPTY"      // the columns, joined with ";"
	UnknownColumn   ReasonCode = "UNKNOWN_COLUMN"    // the heading (quoted), the kind, its columns joined with ", "
	ColumnTwice     ReasonCode = "COLUMN_TWICE"      // the column
	KeyColumnAbsent ReasonCode = "KEY_COLUMN_ABSENT" // the column
)
