package rules

// The codes of backups, restores, output files, payroll exports and prints,
// each with its Args. An Arg that is an error is the cause, which the words
// show in the reader's language too.
const (
	DBDamagedProblems   RefusalCode = "DB_DAMAGED_PROBLEMS"   // the integrity check's problems, joined
	BackupCannotMake    RefusalCode = "BACKUP_CANNOT_MAKE"    // cause
	BackupCannotSaveAs  RefusalCode = "BACKUP_CANNOT_SAVE_AS" // destination, cause
	BackupDirUnreadable RefusalCode = "BACKUP_DIR_UNREADABLE" // cause
	BackupDirCannotMake RefusalCode = "BACKUP_DIR_CANNOT_MAKE"
	BackupDirProtect    RefusalCode = "BACKUP_DIR_PROTECT"    // cause
	BackupCannotRename  RefusalCode = "BACKUP_CANNOT_RENAME"  // cause
	BackupPruneFailed   RefusalCode = "BACKUP_PRUNE_FAILED"   // cause: the copy was saved
	UpgradeBackupFailed RefusalCode = "UPGRADE_BACKUP_FAILED" // cause: the database was not upgraded

	RestoreIsDatabase   RefusalCode = "RESTORE_IS_DATABASE"   // backup path
	RestoreSaveFirst    RefusalCode = "RESTORE_SAVE_FIRST"    // cause: the current content could not be saved
	CannotReplace       RefusalCode = "CANNOT_REPLACE"        // path, cause
	RestoreAnchorFailed RefusalCode = "RESTORE_ANCHOR_FAILED" // cause: restored, but no anchor
	BackupUnreadable    RefusalCode = "BACKUP_UNREADABLE"     // cause
	BackupNotFile       RefusalCode = "BACKUP_NOT_FILE"       // path
	BackupEmpty         RefusalCode = "BACKUP_EMPTY"          // path
	BackupNotSQLite     RefusalCode = "BACKUP_NOT_SQLITE"     // path
	BackupCannotCopy    RefusalCode = "BACKUP_CANNOT_COPY"    // cause
	BackupCannotOpen    RefusalCode = "BACKUP_CANNOT_OPEN"    // path, cause
	BackupCorrupt       RefusalCode = "BACKUP_CORRUPT"        // path
	BackupFailed        RefusalCode = "BACKUP_FAILED"         // path, cause
	BackupAuditBroken   RefusalCode = "BACKUP_AUDIT_BROKEN"   // path, the first fault found
	BackupAuditCut      RefusalCode = "BACKUP_AUDIT_CUT"      // path, the audit row it ended at
	BackupNotAssistans  RefusalCode = "BACKUP_NOT_ASSISTANS"  // path, the missing table
	BackupCannotRead    RefusalCode = "BACKUP_CANNOT_READ"    // path, cause
	AnchorCannotSave    RefusalCode = "ANCHOR_CANNOT_SAVE"    // cause
	DBCannotRead        RefusalCode = "DB_CANNOT_READ"        // path, cause
	DBOldReadOnly       RefusalCode = "DB_OLD_READ_ONLY"      // path, schema: to be upgraded, but only readable
	DBDamagedNoSave     RefusalCode = "DB_DAMAGED_NO_SAVE"    // path, the complaint
	SchemasDiffer       RefusalCode = "SCHEMAS_DIFFER"        // schema, schema

	// An output file CheckOutput refuses; nothing was written.
	OutputNoName       RefusalCode = "OUTPUT_NO_NAME"       // path
	OutputNotRegular   RefusalCode = "OUTPUT_NOT_REGULAR"   // path: a folder or a device
	OutputIsDatabase   RefusalCode = "OUTPUT_IS_DATABASE"   // path, the open database
	OutputOwnFile      RefusalCode = "OUTPUT_OWN_FILE"      // path, the companion's name
	OutputInBackups    RefusalCode = "OUTPUT_IN_BACKUPS"    // path, the backups folder
	OutputSQLite       RefusalCode = "OUTPUT_SQLITE"        // path: an existing database
	OutputWAL          RefusalCode = "OUTPUT_WAL"           // path: a database's write-ahead log
	OutputAnchor       RefusalCode = "OUTPUT_ANCHOR"        // path: an audit anchor file
	OutputCompanion    RefusalCode = "OUTPUT_COMPANION"     // path, the database's name
	OutputDanglingLink RefusalCode = "OUTPUT_DANGLING_LINK" // path

	CannotWrite        RefusalCode = "CANNOT_WRITE"         // path, cause
	PayrollMappingBad  RefusalCode = "PAYROLL_MAPPING_BAD"  // path, cause
	PayrollMappingSave RefusalCode = "PAYROLL_MAPPING_SAVE" // path, cause
	AlsoFailed         RefusalCode = "ALSO_FAILED"          // the first error, the one that followed
)
