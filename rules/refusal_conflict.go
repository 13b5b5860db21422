package rules

import "time"

// Record is a stored record: its register (the audit trail's table name) and key.
type Record struct{ Table, Key string }

// ChangedBy is who last changed a record and when; By is "" when unknown.
type ChangedBy struct {
	By string
	At time.Time
}

// A save refused because someone else changed the record since it was read.
const (
	RecordChanged RefusalCode = "RECORD_CHANGED" // Record, ChangedBy
	RecordRemoved RefusalCode = "RECORD_REMOVED" // Record, ChangedBy
)
