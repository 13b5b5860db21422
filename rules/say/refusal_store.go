package say

import (
	"strings"

	"assistans/rules"
)

// storeWords are the refusals of opening a database, writing its audit trail
// and storing shifts, schedules and absences: Swedish as the command line has
// always printed them, and English.
var storeWords = map[rules.RefusalCode][2]string{
	rules.AuditCannotWrite:   {"kan inte skriva ändringsloggen: %v", "cannot write the audit trail: %v"},
	rules.DBDirCannotMake:    {"kan inte skapa mappen för databasen: %v", "cannot make the database's folder: %v"},
	rules.DBDirCannotMakeFor: {"kan inte skapa mappen för databasen %s: %v", "cannot make the folder for the database %s: %v"},
	rules.DBCannotLock:       {"kan inte låsa databasen %s: %v", "cannot lock the database %s: %v"},
	rules.DBCannotOpen:       {"kan inte öppna databasen %s: %v", "cannot open the database %s: %v"},
	rules.DBNotAssistans: {"kan inte öppna databasen %s (är det en Assistans-databas?): %v",
		"cannot open the database %s (is it an Assistans database?): %v"},
	rules.DBNotExists: {"databasen %s finns inte (kontrollera sökvägen; kommandon som bara läser skapar ingen databas)",
		"the database %s does not exist (check the path; commands that only read create no database)"},
	rules.DBNotFile:          {"%s är ingen databasfil", "%s is not a database file"},
	rules.NoDataDir:          {"hittar ingen mapp för programdata: %v", "cannot find a folder for program data: %v"},
	rules.SettingsUnreadable: {"inställningarna i databasen går inte att läsa: %v", "the settings in the database cannot be read: %v"},

	rules.ShiftNoAssistant: {"Passet saknar assistentens personnummer.", "The shift lacks the assistant's personal identity number."},
	rules.ShiftNoCustomer:  {"Passet saknar kundens personnummer.", "The shift lacks the customer's personal identity number."},
	rules.ShiftNoDate:      {"Passet saknar datum.", "The shift lacks a date."},
	rules.ShiftBadClock:    {"Ogiltigt klockslag i passet den %s.", "Invalid time of day in the shift on %s."},
	rules.ShiftDuplicate: {"Det finns redan ett pass för assistenten %s hos kunden %s den %s kl. %s.",
		"There is already a shift for the assistant %s with the customer %s on %s at %s."},

	rules.ScheduleRowRefused: {"Schemat för kunden %s från %s, vecka %d dag %d kl. %s: %s.",
		"The schedule of the customer %s from %s, week %d day %d at %s: %s."},
	rules.ScheduleLengths: {"Schemat för kunden %s från %s har rader med olika längd (%d och %d veckor); ett schema " +
		"har samma längd på alla rader. Ändra längden genom att börja ett nytt schema med ett senare from-datum.",
		"The schedule of the customer %s from %s has rows of different lengths (%d and %d weeks); a schedule " +
			"has the same length on all its rows. Change the length by starting a new schedule with a later from date."},
	rules.ScheduleRowOther: {"Schemaraden för kunden %s från %s hör inte till schemat för kunden %s från %s.",
		"The schedule row of the customer %s from %s does not belong to the schedule of the customer %s from %s."},
	rules.AbsenceRefused: {"Frånvaron för assistenten %s den %s: %s.", "The absence of the assistant %s on %s: %s."},
	rules.MissingRows:    {"%s (%d rader)", "%s (%d rows)"},
	rules.MoreMissing:    {"… och %d saknade uppgifter till.", "… and %d more missing records."},
}

func init() {
	for code, w := range storeWords {
		refusalWords[code] = w
	}
}

// factIn is a fact of a refusal as words in language l: an error's message,
// a schedule row's or an absence's fault; anything else as it is.
func factIn(l Lang, code rules.RefusalCode, a any) any {
	switch v := a.(type) {
	case *rules.Refusal: // a bare code: the store's own errors carry their Swedish
		return causeText(code, Refusal(l, v))
	case error:
		return causeText(code, Error(l, v))
	case rules.ScheduleShift:
		return ScheduleProblem(l, v)
	case rules.Absence:
		return AbsenceProblem(l, v)
	case rules.Record:
		return recordText(l, v)
	case rules.ChangedBy:
		return changedByText(l, v)
	}
	return a
}

// causeText is a cause's message as code's words take it.
func causeText(code rules.RefusalCode, msg string) string {
	if code == rules.MissingRows { // the count follows the sentence
		return strings.TrimSuffix(msg, ".")
	}
	return msg
}
