package say

import "assistans/rules"

// fileWords are the refusals of backups, restores, output files, payroll
// exports and prints: Swedish as the command line has always printed them,
// word for word, and English. An error Arg is shown in the same language.
var fileWords = map[rules.RefusalCode][2]string{
	rules.DBDamagedProblems: {"Databasen är skadad: %s", "The database is damaged: %s"},
	rules.BackupCannotMake:  {"kan inte skapa säkerhetskopian: %v", "cannot make the backup: %v"},
	rules.BackupCannotSaveAs: {"kan inte spara säkerhetskopian som %s: %v",
		"cannot save the backup as %s: %v"},
	rules.BackupDirUnreadable: {"kan inte läsa mappen med säkerhetskopior: %v", "cannot read the backups folder: %v"},
	rules.BackupDirCannotMake: {"kan inte skapa mappen för säkerhetskopior: %v", "cannot make the backups folder: %v"},
	rules.BackupDirProtect:    {"kan inte skydda mappen för säkerhetskopior: %v", "cannot protect the backups folder: %v"},
	rules.BackupCannotRename:  {"kan inte byta namn på säkerhetskopian: %v", "cannot rename the backup: %v"},
	rules.BackupPruneFailed: {"säkerhetskopian är sparad, men gamla kopior gick inte att ta bort: %v",
		"the backup is saved, but old copies could not be removed: %v"},
	rules.UpgradeBackupFailed: {"databasen uppdaterades inte, eftersom säkerhetskopian före uppdateringen inte gick att spara: %v",
		"the database was not upgraded, because the backup before the upgrade could not be saved: %v"},

	rules.RestoreIsDatabase: {"säkerhetskopian %s är själva databasen", "the backup %s is the database itself"},
	rules.RestoreSaveFirst: {"databasen återställdes inte, eftersom det nuvarande innehållet inte kunde sparas först: %v",
		"the database was not restored, because its current content could not be saved first: %v"},
	rules.CannotReplace: {"kan inte ersätta %s: %v", "cannot replace %s: %v"},
	rules.RestoreAnchorFailed: {"databasen är återställd, men ändringsloggens ankare kunde inte sparas: %v",
		"the database is restored, but the audit trail's anchor could not be saved: %v"},
	rules.BackupUnreadable: {"kan inte läsa säkerhetskopian: %v", "cannot read the backup: %v"},
	rules.BackupNotFile:    {"säkerhetskopian %s är ingen fil", "the backup %s is not a file"},
	rules.BackupEmpty: {"säkerhetskopian %s är tom (0 byte) och återställs inte",
		"the backup %s is empty (0 bytes) and is not restored"},
	rules.BackupNotSQLite: {"säkerhetskopian %s är ingen databas (ingen SQLite-fil) och återställs inte",
		"the backup %s is not a database (not an SQLite file) and is not restored"},
	rules.BackupCannotCopy: {"kan inte kopiera säkerhetskopian: %v", "cannot copy the backup: %v"},
	rules.BackupCannotOpen: {"säkerhetskopian %s går inte att öppna: %v", "the backup %s cannot be opened: %v"},
	rules.BackupCorrupt: {"säkerhetskopian %s är skadad och återställs inte",
		"the backup %s is damaged and is not restored"},
	rules.BackupFailed: {"säkerhetskopian %s: %v", "the backup %s: %v"},
	rules.BackupAuditBroken: {"säkerhetskopian %s återställs inte, eftersom dess ändringslogg inte stämmer: %v",
		"the backup %s is not restored, because its audit trail does not add up: %v"},
	rules.BackupAuditCut: {"säkerhetskopian %s återställs inte: dess ändringslogg slutade vid rad %d när den sparades, och den raden saknas eller har ändrats sedan",
		"the backup %s is not restored: its audit trail ended at row %d when it was saved, and that row is missing or has changed since"},
	rules.BackupNotAssistans: {"säkerhetskopian %s är inte en säkerhetskopia av Assistans (tabellen %s saknas) och återställs inte",
		"the backup %s is not an Assistans backup (the table %s is missing) and is not restored"},
	rules.BackupCannotRead: {"säkerhetskopian %s går inte att läsa: %v", "the backup %s cannot be read: %v"},
	rules.AnchorCannotSave: {"kan inte spara ändringsloggens ankare: %v", "cannot save the audit trail's anchor: %v"},
	rules.DBCannotRead:     {"kan inte läsa databasen %s: %v", "cannot read the database %s: %v"},
	rules.DBOldReadOnly: {"databasen %s har ett äldre schema (%d) och måste uppdateras, men du får bara läsa filen; öppna den en gång i programmet med skrivrätt",
		"the database %s has an older schema (%d) and must be upgraded, but you may only read the file; open it once in the program with permission to write"},
	rules.DBDamagedNoSave: {"databasen %s är skadad (%v); ingenting kan sparas i den. Återställ en säkerhetskopia (Arkiv → Säkerhetskopior → Återställ… eller assistans restore)",
		"the database %s is damaged (%v); nothing can be saved in it. Restore a backup (File → Restore… or assistans restore)"},
	rules.SchemasDiffer: {"databaserna har olika schema (%d och %d)", "the databases have different schemas (%d and %d)"},

	rules.OutputNoName: {"%s är inget filnamn", "%s is not a file name"},
	rules.OutputNotRegular: {"vägrar skriva %s: det är ingen vanlig fil (en mapp eller en enhet); ingenting skrevs",
		"refusing to write %s: it is not an ordinary file (a folder or a device); nothing was written"},
	rules.OutputIsDatabase: {"vägrar skriva %s: det är databasen %s; ingenting skrevs",
		"refusing to write %s: it is the database %s; nothing was written"},
	rules.OutputOwnFile: {"vägrar skriva %s: det är en av databasens egna filer (%s); ingenting skrevs",
		"refusing to write %s: it is one of the database's own files (%s); nothing was written"},
	rules.OutputInBackups: {"vägrar skriva %s: det är en säkerhetskopia i %s; ingenting skrevs",
		"refusing to write %s: it is a backup in %s; nothing was written"},
	rules.OutputSQLite: {"vägrar skriva %s: filen är en databas (kanske en säkerhetskopia); ingenting skrevs",
		"refusing to write %s: the file is a database (perhaps a backup); nothing was written"},
	rules.OutputWAL: {"vägrar skriva %s: filen är en databas ändringslogg (-wal); ingenting skrevs",
		"refusing to write %s: the file is a database's write-ahead log (-wal); nothing was written"},
	rules.OutputAnchor: {"vägrar skriva %s: filen är ändringsloggens ankare; ingenting skrevs",
		"refusing to write %s: the file is the audit trail's anchor; nothing was written"},
	rules.OutputCompanion: {"vägrar skriva %s: det är en av databasen %ss egna filer; ingenting skrevs",
		"refusing to write %s: it is one of the database %s's own files; nothing was written"},
	rules.OutputDanglingLink: {"%s är en länk som inte leder till någon fil; ingenting skrevs",
		"%s is a link that leads to no file; nothing was written"},

	rules.CannotWrite:        {"kan inte skriva %s: %v", "cannot write %s: %v"},
	rules.PayrollMappingBad:  {"%s: %v", "the payroll mapping %s: %v"},
	rules.PayrollMappingSave: {"kan inte skriva lönekopplingen %s: %v", "cannot write the payroll mapping %s: %v"},
	rules.AlsoFailed:         {"%v\ndessutom: %v", "%v\nalso: %v"},
}

func init() {
	for code, w := range fileWords {
		refusalWords[code] = w
	}
}

// argsIn is r's args as words in language l (factIn), so that a refusal
// carrying its cause reads in one language throughout.
func argsIn(l Lang, r *rules.Refusal) []any {
	out := make([]any, len(r.Args))
	for i, a := range r.Args {
		out[i] = factIn(l, r.Code, a)
	}
	return out
}
