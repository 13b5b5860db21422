package say

import (
	"fmt"

	"assistans/rules"
)

// refusalWords are the store's refusals, Swedish and English, each a format
// taking the code's Args in order. The Swedish is what the command line has
// always printed, word for word.
var refusalWords = map[rules.RefusalCode][2]string{
	rules.DBInUse: {"Databasen %s används redan av ett annat Assistans-fönster eller kommando; stäng det och försök igen.",
		"The database %s is already in use by another Assistans window or command; close it and try again."},
	rules.DBUpgradeInUse: {"Databasen %s behöver uppdateras till den här versionen av Assistans men används av ett annat Assistans-fönster eller kommando; stäng det och försök igen.",
		"The database %s must be upgraded to this version of Assistans but is in use by another Assistans window or command; close it and try again."},
	rules.DBNewer: {"Databasen är skapad av en nyare version av Assistans (schema %d); uppdatera programmet.",
		"The database was made by a newer version of Assistans (schema %d); update the program."},
	rules.DBReadOnly: {"Databasen %s är öppnad för att bara läsas; ingenting sparades.",
		"The database %s is open for reading only; nothing was saved."},
	rules.MonthLocked: {"Månaden %s är markerad som skickad och låst; lås upp den först.",
		"The month %s is marked as sent and locked; unlock it first."},
	rules.ScheduleLocked: {"Månaden %s är markerad som skickad för kunden %s och låst; schemat lades inte. Lås upp månaden först.",
		"The month %s is marked as sent for the customer %s and locked; the schedule was not laid. Unlock the month first."},
	rules.StayLocked: {"Sjukhusvistelsen från %s gäller månaden %s, som är markerad som skickad och låst; lås upp den först.",
		"The hospital stay from %s concerns the month %s, which is marked as sent and locked; unlock it first."},
	rules.CustomerMissing:    {"Kunden %v finns inte i registret.", "The customer %v is not in the register."},
	rules.AssistantMissing:   {"Assistenten %v finns inte i registret.", "The assistant %v is not in the register."},
	rules.ProviderMissing:    {"Anordnaren %v finns inte i registret.", "The provider %v is not in the register."},
	rules.ReplacementMissing: {"Ersättaren %v finns inte i registret.", "The replacement %v is not in the register."},
	rules.CustomerNotFound:   {"Kunden %s finns inte.", "The customer %s does not exist."},
	rules.AssistantNotFound:  {"Assistenten %s finns inte.", "The assistant %s does not exist."},
	rules.ProviderNotFound:   {"Anordnaren %s finns inte.", "The provider %s does not exist."},
	rules.DecisionNotFound:   {"Kunden %s har inget beslut från %s.", "The customer %s has no decision from %s."},
	rules.AssignmentNotFound: {"Assistenten %s har inget uppdrag hos kunden %s.", "The assistant %s has no assignment with the customer %s."},
	rules.ScheduleNotFound:   {"Kunden %s har inget schema från %s.", "The customer %s has no schedule from %s."},
	rules.AbsenceNotFound:    {"Assistenten %s har ingen frånvaro den %s.", "The assistant %s has no absence on %s."},
	rules.ShiftNotFound:      {"Passet %d finns inte.", "The shift %d does not exist."},
	rules.StayNotFound:       {"Kunden %s har ingen sjukhusvistelse från %s %s.", "The customer %s has no hospital stay from %s %s."},
	rules.CostNotFound:       {"Kunden %s har ingen kostnad i kategori %d för %s.", "The customer %s has no cost in category %d for %s."},
	rules.CostCategory:       {"Kostnadskategori %d finns inte (1–%d).", "There is no cost category %d (1–%d)."},
	rules.ProviderInUse: {"Anordnaren %s är angiven i %d uppdrag och kan inte tas bort.",
		"The provider %s is named in assignments (%d) and cannot be removed."},
	rules.CustomerHasShifts: {"Kunden %s har %d pass och kan inte tas bort; markera kunden som inaktiv i stället.",
		"The customer %s has shifts (%d) and cannot be removed; mark the customer as inactive instead."},
	rules.AssistantHasShifts: {"Assistenten %s har %d pass och kan inte tas bort; markera assistenten som inaktiv i stället.",
		"The assistant %s has shifts (%d) and cannot be removed; mark the assistant as inactive instead."},
	rules.AssistantScheduled: {"Assistenten %s finns på %d rader i kunders scheman och kan inte tas bort; ta bort assistenten ur schemana först.",
		"The assistant %s is on rows of customers' schedules (%d) and cannot be removed; take the assistant out of the schedules first."},
	rules.NotAssigned: {"Assistenten %s arbetar inte för kunden %s enligt registret; lägg in uppdraget först.",
		"According to the register the assistant %s does not work for the customer %s; add the assignment first."},
	rules.NoShiftsInMonth:    {"kunden %s har inga pass i %s", "the customer %s has no shifts in %s"},
	rules.SentDateMissing:    {"Ange vilket datum månaden skickades.", "Give the date the month was sent."},
	rules.UnlockReasonNeeded: {"Ange varför månaden låses upp.", "Give the reason the month is unlocked."},
	rules.DiskFull: {"%sdisken är full; frigör utrymme och försök igen (%v)",
		"%sthe disk is full; free some space and try again (%v)"},
	rules.NoPermission: {"%sbehörighet saknas; kontrollera att du får läsa och skriva där (%v)",
		"%spermission denied; check that you may read and write there (%v)"},
	rules.DiskReadOnly:  {"%sdisken är skrivskyddad (%v)", "%sthe disk is read-only (%v)"},
	rules.FileNotExists: {"%sfilen eller mappen finns inte (%v)", "%sthe file or folder does not exist (%v)"},
	rules.DBDiskFull: {"disken är full; ingenting sparades. Frigör utrymme och försök igen (%v)",
		"the disk is full; nothing was saved. Free some space and try again (%v)"},
	rules.DBReadOnlyFile: {"databasen är skrivskyddad; ingenting sparades (%v)", "the database is read-only; nothing was saved (%v)"},
	rules.DBNoPermission: {"behörighet saknas till databasen eller dess mapp; ingenting sparades (%v)",
		"permission to the database or its folder is missing; nothing was saved (%v)"},
	rules.DBIOError: {"disken kunde inte läsas eller skrivas; ingenting sparades (%v)",
		"the disk could not be read or written; nothing was saved (%v)"},
	rules.DBCorrupt: {"databasen är skadad; återställ en säkerhetskopia (%v)", "the database is damaged; restore a backup (%v)"},
	rules.AssistantReplaces: {"Assistenten %s är ersättare vid %d frånvarodagar och kan inte tas bort.",
		"The assistant %s is the replacement on days of absence (%d) and cannot be removed."},
}

// Refusal is the words of r in language l.
func Refusal(l Lang, r *rules.Refusal) string {
	w, ok := refusalWords[r.Code]
	if !ok {
		return r.Error()
	}
	args := argsIn(l, r)
	if l == English {
		return fmt.Sprintf(w[1], args...)
	}
	return fmt.Sprintf(w[0], args...)
}
