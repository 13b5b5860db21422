package rules

import (
	"cmp"
	"slices"
)

// Severity says what FK does when a finding stands.
type Severity string

const (
	Block Severity = "block"
	Warn  Severity = "warn"
	Info  Severity = "info"
)

// Code is a stable rule code from RULES.md.
type Code string

const (
	IDInvalid         Code = "ID_INVALID"
	AssistantUnder18  Code = "ASSISTANT_UNDER_18"
	NotReported3066   Code = "NOT_REPORTED_3066"
	NoDecision        Code = "NO_DECISION"
	OverlapAssistant  Code = "OVERLAP_ASSISTANT"
	OverlapCustomer   Code = "OVERLAP_CUSTOMER"
	HoursOverDecision Code = "HOURS_OVER_DECISION"
	WorktimeAverage   Code = "WORKTIME_AVERAGE"
	DailyRest         Code = "DAILY_REST"
	WeeklyRest        Code = "WEEKLY_REST"
	ShiftInvalid      Code = "SHIFT_INVALID"
	DSTNight          Code = "DST_NIGHT"
	MonthSplit        Code = "MONTH_SPLIT"
	TotalsMismatch    Code = "TOTALS_MISMATCH"
	CostsMissing      Code = "COSTS_MISSING"
	CostsHours        Code = "COSTS_HOURS"
	ProviderPermit    Code = "PROVIDER_PERMIT"
	PermitScope       Code = "PERMIT_SCOPE"
	AssistantAbroad   Code = "ASSISTANT_ABROAD"
	AssistantUnfit    Code = "ASSISTANT_UNFIT"
	DeadlineNear      Code = "DEADLINE_NEAR"
	DeadlinePassed    Code = "DEADLINE_PASSED"
	HourlyAmount      Code = "HOURLY_AMOUNT"
	UnfilledShift     Code = "UNFILLED_SHIFT"
	SickDay15         Code = "SICK_DAY_15"
)

// Finding is one reason FK may refuse or question a month.
// Customer, Assistant and Date are empty where they do not apply. Args holds
// the facts its message names; package rules/say words it.
type Finding struct {
	Code      Code
	Severity  Severity
	Customer  string
	Assistant string
	Date      Date
	ShiftID   int64 // the shift the finding is about, 0 if none
	Args      FindingArgs
}

// SortFindings orders findings by customer, assistant, date and code, as INTERFACE.md fixes.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			cmp.Compare(a.Assistant, b.Assistant),
			a.Date.Compare(b.Date),
			cmp.Compare(a.Code, b.Code),
		)
	})
}
