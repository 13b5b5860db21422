package rules

// The codes of opening a database, writing its audit trail, and storing
// shifts, schedules and absences, each with its Args. An Arg that is an
// error is the cause; a ScheduleShift or an Absence stands for its fault.
const (
	AuditCannotWrite   RefusalCode = "AUDIT_CANNOT_WRITE"     // cause
	DBDirCannotMake    RefusalCode = "DB_DIR_CANNOT_MAKE"     // cause
	DBDirCannotMakeFor RefusalCode = "DB_DIR_CANNOT_MAKE_FOR" // path, cause
	DBCannotLock       RefusalCode = "DB_CANNOT_LOCK"         // path, cause
	DBCannotOpen       RefusalCode = "DB_CANNOT_OPEN"         // path, cause
	DBNotAssistans     RefusalCode = "DB_NOT_ASSISTANS"       // path, cause: opened, but not read as ours
	DBNotExists        RefusalCode = "DB_NOT_EXISTS"          // path: a read-only command creates none
	DBNotFile          RefusalCode = "DB_NOT_FILE"            // path
	NoDataDir          RefusalCode = "NO_DATA_DIR"            // cause
	SettingsUnreadable RefusalCode = "SETTINGS_UNREADABLE"    // cause

	ShiftNoAssistant RefusalCode = "SHIFT_NO_ASSISTANT" // (none)
	ShiftNoCustomer  RefusalCode = "SHIFT_NO_CUSTOMER"  // (none)
	ShiftNoDate      RefusalCode = "SHIFT_NO_DATE"      // (none)
	ShiftBadClock    RefusalCode = "SHIFT_BAD_CLOCK"    // date
	ShiftDuplicate   RefusalCode = "SHIFT_DUPLICATE"    // assistant, customer, date, start

	ScheduleRowRefused RefusalCode = "SCHEDULE_ROW_REFUSED" // customer, from, week, weekday, start, the row (its fault)
	ScheduleLengths    RefusalCode = "SCHEDULE_LENGTHS"     // customer, from, weeks, weeks
	ScheduleRowOther   RefusalCode = "SCHEDULE_ROW_OTHER"   // row's customer, from; the schedule's customer, from
	AbsenceRefused     RefusalCode = "ABSENCE_REFUSED"      // assistant, date, the absence (its fault)
	MissingRows        RefusalCode = "MISSING_ROWS"         // the refusal, rows it stands for
	MoreMissing        RefusalCode = "MORE_MISSING"         // records not listed
)

// The codes of upgrading a database's schema and reading its audit anchor.
const (
	SchemaUnreadable RefusalCode = "SCHEMA_UNREADABLE" // cause
	UpgradeFailed    RefusalCode = "UPGRADE_FAILED"    // the migration's file name, cause
	NoMigrations     RefusalCode = "NO_MIGRATIONS"     // path, cause: not an Assistans database
	AnchorUnreadable RefusalCode = "ANCHOR_UNREADABLE" // the anchor file's path
)
