package say

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"assistans/rules"
)

// reasonWords are the reasons a cell, a row or a CSV file is refused, Swedish
// and English, each a format taking the code's Args in order. The Swedish is
// what the command line's import has always printed, word for word.
var reasonWords = map[rules.ReasonCode][2]string{
	rules.KeyCellEmpty: {"värdet saknas (kolumnen ingår i radens nyckel)", "the value is missing (the column is part of the row's key)"},
	rules.CellTooLong: {"värdet är för långt; en cell får ha högst %d tecken",
		"the value is too long; a cell may hold at most %d characters"},
	rules.TextUnreadable: {"texten innehåller ett tecken som inte går att läsa", "the text holds a character that cannot be read"},
	rules.TextControl: {"texten innehåller ett styrtecken (%U, t.ex. radbrytning eller tabb); skriv den på en rad utan sådana tecken",
		"the text holds a control character (%U, e.g. a line break or a tab); write it on one line without such characters"},
	rules.TextTooLong: {"texten är %d tecken lång; högst %d tecken får plats på FK:s blanketter",
		"the text is %d characters long; at most %d characters fit on FK's forms"},
	rules.BadDate:        {"ogiltigt datum (skriv ÅÅÅÅ-MM-DD, t.ex. 2026-10-05)", "invalid date (write YYYY-MM-DD, e.g. 2026-10-05)"},
	rules.BadMonth:       {"ogiltig månad (skriv ÅÅÅÅ-MM, t.ex. 2026-10)", "invalid month (write YYYY-MM, e.g. 2026-10)"},
	rules.DateOutOfRange: {"datumet ligger utanför åren %d–%d", "the date lies outside the years %d–%d"},
	rules.BadClock:       {"ogiltig tid (skriv TT:MM, t.ex. 07:30)", "invalid time (write HH:MM, e.g. 07:30)"},
	rules.BadYesNo:       {"skriv ja eller nej (även yes/no eller 1/0 går bra)", "write ja or nej (yes/no or 1/0 also work)"},
	rules.BadAmount:      {"ogiltigt belopp (skriv kronor, t.ex. 1234,50)", "invalid amount (write kronor, e.g. 1234,50)"},
	rules.NegativeAmount: {"beloppet kan inte vara negativt", "the amount cannot be negative"},
	rules.AmountTooLarge: {"beloppet är orimligt stort (högst %s kr)", "the amount is unreasonably large (at most %s kr)"},
	rules.BadHours:       {"ogiltigt antal timmar (skriv t.ex. 37,5)", "invalid number of hours (write e.g. 37,5)"},
	rules.HoursDecimals:  {"högst två decimaler (t.ex. 37,25)", "at most two decimals (e.g. 37,25)"},
	rules.BadInteger:     {"skriv ett heltal, t.ex. 1", "write a whole number, e.g. 1"},
	rules.BadKind: {"okänt tidsslag (skriv aktiv, vantetid eller beredskap)",
		"unknown kind of time (write aktiv, vantetid or beredskap)"},
	rules.BadWord:     {"okänt värde (tillåtna: %s)", "unknown value (allowed: %s)"},
	rules.BadCategory: {"skriv en kostnadskategori 1–6", "write a cost category 1–6"},
	rules.BadPersonkrets: {"skriv 1, 2 eller 3 (personkrets enligt 1 § LSS), eller lämna tomt",
		"write 1, 2 or 3 (personkrets under 1 § LSS), or leave it empty"},
	rules.AmountOutOfRange:   {"beloppet ligger utanför 0–%s kr", "the amount lies outside 0–%s kr"},
	rules.UnknownWord:        {"okänt värde %q", "unknown value %q"},
	rules.PersonkretsRange:   {"personkretsen är 1, 2 eller 3, eller inte angiven", "the personkrets is 1, 2 or 3, or not given"},
	rules.NegativeHours:      {"timmarna kan inte vara negativa", "the hours cannot be negative"},
	rules.EndBeforeStart:     {"slutdatumet ligger före startdatumet", "the end date is before the start date"},
	rules.EndTimeBeforeStart: {"sluttiden ligger före starttiden samma dag", "the end time is before the start time on the same day"},
	rules.SameKey: {"samma nyckel som rad %d; en nyckel får bara finnas på en rad",
		"the same key as line %d; a key may be on one line only"},
	rules.WeeksDiffer: {"schemat har %d veckor på rad %d; weeks ska vara samma på alla rader i ett schema (samma kund och from)",
		"the schedule has %d weeks on line %d; weeks must be the same on every row of a schedule (the same customer and from)"},
	rules.CellCount: {"raden har %d fält men rubrikraden har %d; kontrollera avgränsare och citattecken",
		"the row has %d fields but the header has %d; check the separator and the quotes"},
	rules.CellNoHeading: {"värdet %s står i kolumn %d, som saknar rubrik", "the value %s is in column %d, which has no heading"},
	rules.CellNoHeadingLong: {"värdet i kolumn %d, som saknar rubrik, är %d tecken långt; en cell får ha högst %d tecken",
		"the value in column %d, which has no heading, is %d characters long; a cell may hold at most %d characters"},
	rules.BareQuote: {"citattecken mitt i ett fält (tecken %d); ett fält med \" ska skrivas inom citattecken, med \"\" för varje \"",
		"a quote in the middle of a field (character %d); a field with \" must be written within quotes, with \"\" for each \""},
	rules.OpenQuote: {"ett fält inom citattecken slutar inte rätt (tecken %d); kontrollera citattecknen",
		"a field within quotes does not end right (character %d); check the quotes"},
	rules.NotCSV: {"raden går inte att läsa som CSV: %v", "the line cannot be read as CSV: %v"},
	rules.LineTooLong: {"raden är längre än %d MB; en rad har ett värde för varje kolumn i rubrikraden, så det är troligen fel fil eller fel avgränsare",
		"the line is longer than %d MB; a line has one value for each column of the header, so it is likely the wrong file or the wrong separator"},
	rules.NotUTF8: {"filen är inte sparad som UTF-8 (troligen Latin-1/ANSI från ett äldre Excel, " +
		"som gör å, ä och ö oläsliga); spara den i Excel som \"CSV UTF-8 (kommaavgränsad)\" och importera igen",
		"the file is not saved as UTF-8 (likely Latin-1/ANSI from an older Excel, which makes the Swedish letters unreadable); " +
			"save it in Excel as \"CSV UTF-8 (Comma delimited)\" and import it again"},
	rules.UTF16: {"filen är sparad som UTF-16 (Unicode-text); spara den i Excel som \"CSV UTF-8 (kommaavgränsad)\" och importera igen",
		"the file is saved as UTF-16 (Unicode Text); save it in Excel as \"CSV UTF-8 (Comma delimited)\" and import it again"},
	rules.HeaderTooLong: {"rubrikraden är längre än 64 kB; är det rätt fil?", "the header is longer than 64 kB; is it the right file?"},
	rules.FileEmpty: {"filen är tom; första raden ska namnge kolumnerna: %s",
		"the file is empty; the first line must name the columns: %s"},
	rules.HeaderEmpty: {"första raden är tom; den ska namnge kolumnerna: %s",
		"the first line is empty; it must name the columns: %s"},
	rules.UnknownColumn:   {"okänd kolumn %s; en %s-fil har kolumnerna %s", "unknown column %s; a %s file has the columns %s"}, // heading, kind, columns
	rules.ColumnTwice:     {"kolumnen %q finns två gånger", "the column %q is there twice"},
	rules.KeyColumnAbsent: {"nyckelkolumnen %q saknas", "the key column %q is missing"},
}

// Reason is the words of r in language l; "" for nil.
func Reason(l Lang, r *rules.Reason) string {
	if r == nil {
		return ""
	}
	en := l == English
	switch r.Code {
	case rules.BadIdentity:
		if err, ok := r.Args[0].(error); ok {
			return idReasonText(en, err)
		}
	case rules.RecordRefused:
		if err, ok := r.Args[0].(error); ok {
			return Error(l, err)
		}
	case rules.ScheduleRowBad:
		if s, ok := r.Args[0].(rules.ScheduleShift); ok {
			return ScheduleProblem(l, s)
		}
	case rules.AbsenceRowBad:
		if a, ok := r.Args[0].(rules.Absence); ok {
			return AbsenceProblem(l, a)
		}
	case rules.BadWord:
		return fmt.Sprintf(pick(en, reasonWords[r.Code][0], reasonWords[r.Code][1]), strings.Join(r.Args[0].([]string), ", "))
	case rules.UnknownColumn:
		return fmt.Sprintf(pick(en, reasonWords[r.Code][0], reasonWords[r.Code][1]), Cut(l, r.Args[0].(string), MaxShown), r.Args[1], r.Args[2])
	case rules.CellNoHeading:
		return fmt.Sprintf(pick(en, reasonWords[r.Code][0], reasonWords[r.Code][1]), Cut(l, r.Args[0].(string), MaxShown), r.Args[1])
	case rules.AmountTooLarge, rules.AmountOutOfRange:
		return fmt.Sprintf(pick(en, reasonWords[r.Code][0], reasonWords[r.Code][1]), rules.FormatKr(r.Args[0].(rules.Ore)))
	}
	w, ok := reasonWords[r.Code]
	if !ok {
		return r.String()
	}
	return fmt.Sprintf(pick(en, w[0], w[1]), r.Args...)
}

// MaxShown is how many characters of a value a message shows.
const MaxShown = 40

// Cut is s quoted for a message; beyond max characters it is cut, and its
// length given, so that a whole file read into one cell still gives a message
// one can read.
func Cut(l Lang, s string, max int) string {
	n := 0
	for i := range s {
		if n == max {
			return fmt.Sprintf(pick(l == English, "%q… (%d tecken)", "%q… (%d characters)"), s[:i], utf8.RuneCountInString(s))
		}
		n++
	}
	return fmt.Sprintf("%q", s)
}

// FieldError is why a record's field cannot be stored, in language l.
func FieldError(l Lang, e *rules.FieldError) string {
	if l == English {
		return fmt.Sprintf("The field %s cannot be saved: %s.", e.Field, Reason(l, e.Why))
	}
	return fmt.Sprintf("Fältet %s kan inte sparas: %s.", e.Field, Reason(l, e.Why))
}
