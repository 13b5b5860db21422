package session

import (
	"context"
	"time"

	"assistans/data"
	"assistans/data/pdf"
	"assistans/rules"
)

// Store is everything the window reads and writes: the union of what each
// screen declares it needs. *data.Store implements it.
type Store interface {
	overviewStore
	findingsStore
	settingsStore
	timesheetStore
	registerStore // form_helpers.go
	BackupStore   // backup.go
	HistoryStore  // history.go
	monthStore    // month.go, costs.go, print.go
	payrollStore  // payroll.go
	PlanStore     // plan
	importStore   // Arkiv → Importera…
}

// overviewStore is what the overview reads.
type overviewStore interface {
	Customers(ctx context.Context) ([]rules.Customer, error)
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	Totals(ctx context.Context, m rules.Month) ([]rules.CustomerTotals, error)
}

// findingsStore is what the check screen reads.
type findingsStore interface {
	MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error)
}

// settingsStore is what the settings screen reads and writes.
type settingsStore interface {
	Settings(ctx context.Context) (rules.Settings, error)
	SaveSettings(ctx context.Context, s rules.Settings) error
}

// timesheetStore is what the month screen reads and writes.
type timesheetStore interface {
	Assignments(ctx context.Context) ([]rules.Assignment, error)
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	Customers(ctx context.Context) ([]rules.Customer, error)
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	MonthInfo(ctx context.Context, customer string, m rules.Month) (rules.MonthInfo, error)
	Shifts(ctx context.Context, from, to rules.Date) ([]rules.Shift, error)
	ShiftsFor(ctx context.Context, assistant, customer string, m rules.Month) ([]rules.Shift, error)
	SaveShift(ctx context.Context, sh rules.Shift) (rules.Shift, error)
	DeleteShift(ctx context.Context, id, version int64) error
	MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error)
}

// registerStore is what the register screens read and write.
type registerStore interface {
	providerStore
	customerStore
	assistantStore
	AssignmentStore
}

// backupStore is what backing up and restoring need of the store.
type BackupStore interface {
	Path() string
	Close() error
	Backup(ctx context.Context, dest string) error
	AutoBackup(ctx context.Context, now time.Time) (string, error)
	LastBackup() (time.Time, error)
}

// historyStore is what Historik reads.
type HistoryStore interface {
	History(ctx context.Context, of data.HistoryOf) ([]data.RecordChange, error)
	Verify(ctx context.Context) ([]string, error)
	Customers(ctx context.Context) ([]rules.Customer, error)
	Assistants(ctx context.Context) ([]rules.Assistant, error)
}

// monthStore is what the Räkning tab reads and writes: the 3057's facts here,
// the cost report (costs.go) and printing (print.go).
type monthStore interface {
	Customers(ctx context.Context) ([]rules.Customer, error)
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	Totals(ctx context.Context, m rules.Month) ([]rules.CustomerTotals, error)
	MonthInfo(ctx context.Context, customer string, m rules.Month) (rules.MonthInfo, error)
	SaveMonthInfo(ctx context.Context, mi rules.MonthInfo) error
	HospitalStays(ctx context.Context, customer string) ([]rules.HospitalStay, error)
	AddHospitalStay(ctx context.Context, h rules.HospitalStay) error
	DeleteHospitalStay(ctx context.Context, h rules.HospitalStay) error
	MarkSent(ctx context.Context, customer string, m rules.Month, sent rules.Date) error
	Unlock(ctx context.Context, customer string, m rules.Month, reason string) error
	costStore
	printStore
}

// payrollStore is what the payroll export needs. The mapping path "" is
// payroll.json beside the database.
type payrollStore interface {
	PayrollExport(ctx context.Context, m rules.Month, xmlPath string, withCSV bool, mappingPath string) (data.PayrollResult, error)
}

// costStore is what the cost report reads and writes.
type costStore interface {
	Costs(ctx context.Context, m rules.Month) ([]rules.Cost, error)
	SaveCost(ctx context.Context, c rules.Cost) error
}

// printStore is what printing and the month status read and write. Printing
// goes through data's PrintCustomers, the month print the pdf command's
// PrintMonth also makes (one read, every core).
type printStore interface {
	MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error)
	PrintCustomers(ctx context.Context, m rules.Month, customers []string, dir string,
		reasons map[string]string, progress func(done, total int)) ([]data.PrintResult, error)
	PrintRecords(ctx context.Context, m rules.Month) ([]data.PrintRecord, error)
}

// providerStore is what the provider screen reads and writes.
type providerStore interface {
	Providers(ctx context.Context) ([]rules.Provider, error)
	SaveProvider(ctx context.Context, p rules.Provider) error
	DeleteProvider(ctx context.Context, orgnr string) error
}

// customerStore is what the customer screen reads and writes.
type customerStore interface {
	Customers(ctx context.Context) ([]rules.Customer, error)
	SaveCustomer(ctx context.Context, c rules.Customer) error
	DeleteCustomer(ctx context.Context, pnr string) error
	SetCustomerInactive(ctx context.Context, pnr string, inactive bool) error
	Decisions(ctx context.Context, customer string) ([]rules.Decision, error)
	SaveDecision(ctx context.Context, d rules.Decision) error
	DeleteDecision(ctx context.Context, customer string, from rules.Date) error
	Settings(ctx context.Context) (rules.Settings, error)
}

// assistantStore is what the assistant screen reads and writes.
type assistantStore interface {
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	SaveAssistant(ctx context.Context, a rules.Assistant) error
	DeleteAssistant(ctx context.Context, pnr string) error
	SetAssistantInactive(ctx context.Context, pnr string, inactive bool) error
}

// assignmentStore is what the assignment screen reads and writes.
type AssignmentStore interface {
	Assignments(ctx context.Context) ([]rules.Assignment, error)
	SaveAssignment(ctx context.Context, a rules.Assignment) error
	DeleteAssignment(ctx context.Context, assistant, customer string) error
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	Customers(ctx context.Context) ([]rules.Customer, error)
	Providers(ctx context.Context) ([]rules.Provider, error)
	Form3066(ctx context.Context, assistant, customer string) (pdf.Report3066, error)
	// Name3066 is the file name a 3066 is printed under, without personnummer.
	Name3066(ctx context.Context, rep pdf.Report3066) (string, error)
}

// PlanStore is what Planering reads and writes: the schedules, absences and
// shifts of a customer's month, and laying the schedule (the service the
// schedule command calls).
type PlanStore interface {
	Customers(ctx context.Context) ([]rules.Customer, error)
	Assistants(ctx context.Context) ([]rules.Assistant, error)
	Assignments(ctx context.Context) ([]rules.Assignment, error)
	Schedules(ctx context.Context, customer string) ([]rules.ScheduleShift, error)
	ReplaceSchedule(ctx context.Context, customer string, from rules.Date, rows []rules.ScheduleShift) error
	DeleteSchedule(ctx context.Context, customer string, from rules.Date) error
	LaySchedule(ctx context.Context, m rules.Month, customer string) (data.LayResult, error)
	Absences(ctx context.Context, from, to rules.Date) ([]rules.Absence, error)
	SaveAbsence(ctx context.Context, a rules.Absence) error
	DeleteAbsence(ctx context.Context, assistant string, date rules.Date) error
	Shifts(ctx context.Context, from, to rules.Date) ([]rules.Shift, error)
	SaveShift(ctx context.Context, sh rules.Shift) (rules.Shift, error)
	DeleteShift(ctx context.Context, id, version int64) error
	MonthData(ctx context.Context, m rules.Month, today rules.Date) (rules.MonthData, error)
}

// importStore is what Arkiv → Importera… writes through (csvimport.File).
type importStore interface {
	Import(ctx context.Context, b rules.Batch) error
}
