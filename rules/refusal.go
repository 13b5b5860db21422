package rules

import "fmt"

// Refusal is a refusal the store reports as a code with the facts its words
// name (Args, in the order each code lists them); package say words it in
// the user's language. The store's errors carry one where errors.As finds it.
type Refusal struct {
	Code RefusalCode
	Args []any
}

// Error is for logs; the user reads say.Error's words.
func (r *Refusal) Error() string { return fmt.Sprintf("%s %v", r.Code, r.Args) }

// RefusalCode is why the store refuses a change or cannot find a record.
type RefusalCode string

// The codes, each with its Args.
const (
	DBInUse            RefusalCode = "DB_IN_USE"            // path
	DBUpgradeInUse     RefusalCode = "DB_UPGRADE_IN_USE"    // path: to be upgraded, but open elsewhere
	DBNewer            RefusalCode = "DB_NEWER"             // schema number
	DBReadOnly         RefusalCode = "DB_READ_ONLY"         // path
	MonthLocked        RefusalCode = "MONTH_LOCKED"         // month
	ScheduleLocked     RefusalCode = "SCHEDULE_LOCKED"      // month, customer: the schedule was not laid
	StayLocked         RefusalCode = "STAY_LOCKED"          // the stay's from date, month
	CustomerMissing    RefusalCode = "CUSTOMER_MISSING"     // pnr: not in the register, where a record refers to it
	AssistantMissing   RefusalCode = "ASSISTANT_MISSING"    // pnr
	ProviderMissing    RefusalCode = "PROVIDER_MISSING"     // orgnr
	ReplacementMissing RefusalCode = "REPLACEMENT_MISSING"  // pnr
	CustomerNotFound   RefusalCode = "CUSTOMER_NOT_FOUND"   // pnr: the record to change is not there
	AssistantNotFound  RefusalCode = "ASSISTANT_NOT_FOUND"  // pnr
	ProviderNotFound   RefusalCode = "PROVIDER_NOT_FOUND"   // orgnr
	DecisionNotFound   RefusalCode = "DECISION_NOT_FOUND"   // customer, from
	AssignmentNotFound RefusalCode = "ASSIGNMENT_NOT_FOUND" // assistant, customer
	ScheduleNotFound   RefusalCode = "SCHEDULE_NOT_FOUND"   // customer, from
	AbsenceNotFound    RefusalCode = "ABSENCE_NOT_FOUND"    // assistant, date
	ShiftNotFound      RefusalCode = "SHIFT_NOT_FOUND"      // shift ID
	StayNotFound       RefusalCode = "STAY_NOT_FOUND"       // customer, from date, from time
	CostNotFound       RefusalCode = "COST_NOT_FOUND"       // customer, category, month
	CostCategory       RefusalCode = "COST_CATEGORY"        // category, number of categories
	ProviderInUse      RefusalCode = "PROVIDER_IN_USE"      // orgnr, assignments naming it
	CustomerHasShifts  RefusalCode = "CUSTOMER_HAS_SHIFTS"  // pnr, shifts
	AssistantHasShifts RefusalCode = "ASSISTANT_HAS_SHIFTS" // pnr, shifts
	AssistantScheduled RefusalCode = "ASSISTANT_SCHEDULED"  // pnr, schedule rows naming the assistant
	AssistantReplaces  RefusalCode = "ASSISTANT_REPLACES"   // pnr, absence days with the assistant as replacement
	NotAssigned        RefusalCode = "NOT_ASSIGNED"         // assistant, customer: no assignment for a 3066
	NoShiftsInMonth    RefusalCode = "NO_SHIFTS_IN_MONTH"   // customer, month: nothing to print
	SentDateMissing    RefusalCode = "SENT_DATE_MISSING"    // (none)
	UnlockReasonNeeded RefusalCode = "UNLOCK_REASON_NEEDED" // (none)
	// A file the system refused, with "path: " (or "") and the system's own words.
	DiskFull      RefusalCode = "DISK_FULL"
	NoPermission  RefusalCode = "NO_PERMISSION"
	DiskReadOnly  RefusalCode = "DISK_READ_ONLY"
	FileNotExists RefusalCode = "FILE_NOT_EXISTS"
	// The database file the system refused, with the database's own words.
	DBDiskFull     RefusalCode = "DB_DISK_FULL"
	DBReadOnlyFile RefusalCode = "DB_READ_ONLY_FILE"
	DBNoPermission RefusalCode = "DB_NO_PERMISSION"
	DBIOError      RefusalCode = "DB_IO_ERROR"
	DBCorrupt      RefusalCode = "DB_CORRUPT"
)
