package rules

// The codes of a payroll mapping (payroll.json) that cannot be used, each
// with its Args. An OB period is named by its number and its name.
const (
	PayrollUnreadable     RefusalCode = "PAYROLL_UNREADABLE"       // the JSON reader's error
	PayrollUnknownKind    RefusalCode = "PAYROLL_UNKNOWN_KIND"     // the key under "koder"
	PayrollUnknownAbsence RefusalCode = "PAYROLL_UNKNOWN_ABSENCE"  // the key under "franvarokoder"
	PayrollKindNoCode     RefusalCode = "PAYROLL_KIND_NO_CODE"     // kind of time
	PayrollKindBadCode    RefusalCode = "PAYROLL_KIND_BAD_CODE"    // kind of time, code
	PayrollAbsenceNoCode  RefusalCode = "PAYROLL_ABSENCE_NO_CODE"  // reason of absence
	PayrollAbsenceBadCode RefusalCode = "PAYROLL_ABSENCE_BAD_CODE" // reason of absence, code
	PayrollOBNoCode       RefusalCode = "PAYROLL_OB_NO_CODE"       // period number, name
	PayrollOBBadCode      RefusalCode = "PAYROLL_OB_BAD_CODE"      // period number, name, code
	PayrollOBFrom         RefusalCode = "PAYROLL_OB_FROM"          // period number, name, cause
	PayrollOBTo           RefusalCode = "PAYROLL_OB_TO"            // period number, name, cause
	PayrollOBNoDays       RefusalCode = "PAYROLL_OB_NO_DAYS"       // period number, name
	PayrollOBBadDay       RefusalCode = "PAYROLL_OB_BAD_DAY"       // period number, name, the day written
	PayrollNoEmployeeNo   RefusalCode = "PAYROLL_NO_EMPLOYEE_NO"   // formatted pnr
	PayrollNoCustomerNo   RefusalCode = "PAYROLL_NO_CUSTOMER_NO"   // formatted pnr
)
