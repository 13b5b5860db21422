package rules

// The facts each finding names, one type per kind of message: the domain says
// what is wrong with which numbers, and package rules/say words it in the
// user's language where it is shown. Values, not pointers into MonthData, so
// that a finding keeps nothing of the month alive.

// FindingArgs is one of the *Args types below (nil for a code whose message
// needs no facts: ASSISTANT_ABROAD, ASSISTANT_UNFIT).
type FindingArgs interface{ findingArgs() }

// ShiftArgs is the shift of SHIFT_INVALID, NO_DECISION, DST_NIGHT and MONTH_SPLIT
// (MONTH_SPLIT counts its parts in the checked month Month and the next).
type ShiftArgs struct {
	Shift Shift
	Month Month
}

// Under18Args: the assistant's age on the shift's day.
type Under18Args struct {
	Shift Shift
	Age   int
}

// Why3066 is which of NOT_REPORTED_3066's three cases holds.
type Why3066 int

const (
	NoAssignment  Why3066 = iota + 1 // the assistant is not registered with the customer
	NotReported                      // the assignment has no Reported3066
	BeforeReceipt                    // the shift lies before Reported3066
)

type Report3066Args struct {
	Shift    Shift
	Why      Why3066
	Received Date // BeforeReceipt's day FK received the 3066
}

// OverlapAssistantArgs: the other shift and its customer's name ("" when the register has none).
type OverlapAssistantArgs struct {
	Shift, Other Shift
	OtherName    string
}

// OverlapCustomerArgs: assistants at work when the shift starts, and how many may be.
type OverlapCustomerArgs struct {
	Shift            Shift
	Working, Allowed int
}

// HoursOverArgs: the month's totals, their weighted sum and what the decisions
// grant, in minutes, with the factors used.
type HoursOverArgs struct {
	Month               Month
	Totals              Totals
	Hours, Granted      int
	Vantetid, Beredskap Fraction
}

// LimitSource is where a working-time limit comes from.
type LimitSource int

const (
	LimitHusligt   LimitSource = iota + 1 // lag (1970:943)
	LimitATL                              // arbetstidslagen
	LimitAgreement                        // a collective agreement, named by Limit.Name
)

// WorktimeArgs: the average per week, rounded up, over the period.
type WorktimeArgs struct {
	Limit   WorkLimit
	Source  LimitSource
	Average int
	Period  Period
}

// DailyRestArgs: the longest rest in the 24 hours from the shift's start, and the least allowed.
type DailyRestArgs struct {
	Shift      Shift
	Rest, Need int
}

// WeeklyRestArgs: the longest rest in the week from Monday, and the least allowed.
type WeeklyRestArgs struct {
	Monday     Date
	Rest, Need int
}

type CostsMissingArgs struct{ Month Month }

// CostsHoursArgs: the hours a cost row states and those reported, in hundredths, and the minutes.
type CostsHoursArgs struct {
	Month        Month
	Category     int
	Stated, Want int64
	Minutes      int
}

// TotalsMismatchArgs: the totals printed or locked, and the time reports' now.
type TotalsMismatchArgs struct {
	Month        Month
	Printed, Now Totals
}

// DeadlineArgs is DEADLINE_NEAR and DEADLINE_PASSED: Days from today to the deadline.
type DeadlineArgs struct {
	Month    Month
	Deadline Date
	Days     int
}

// ProviderPermitArgs: what the provider lacks on Day, the first such day with a shift.
type ProviderPermitArgs struct {
	Provider                     Provider
	Day                          Date
	NoIVO, NoFSkatt, NotEmployer bool
}

// PermitScopeArgs: what of the customer the provider's permit does not cover on
// Day: the personkrets Group (0 when covered), or Children or Adults, the
// customer being Age that day.
type PermitScopeArgs struct {
	Provider         Provider
	Day              Date
	Group            int
	Children, Adults bool
	Age              int
}

// IDField is which stored identity number ID_INVALID is about.
type IDField int

const (
	IDOfCustomer       IDField = iota + 1
	IDOfRepresentative         // of Customer's representative
	IDOfAssistant
	IDOfProvider
)

// IDInvalidArgs: the refused Value, and the parser's error (an *IDError).
// The error is a pointer: compare such findings by their fields, not with ==.
type IDInvalidArgs struct {
	Field    IDField
	Customer string // IDOfRepresentative: the customer represented
	Value    string
	Err      error
}

// HourlyAmountArgs: the decision and the year's schablon; Higher when the
// decision's higher amount is above the ceiling, else the amount differs.
type HourlyAmountArgs struct {
	Decision Decision
	Schablon Ore
	Higher   bool
}

// UnfilledArgs: the planned shift and the absence that empties it.
type UnfilledArgs struct {
	Shift   Shift
	Absence Absence
}

type SickDay15Args struct{ Period SickPeriod }

func (ShiftArgs) findingArgs()            {}
func (Under18Args) findingArgs()          {}
func (Report3066Args) findingArgs()       {}
func (OverlapAssistantArgs) findingArgs() {}
func (OverlapCustomerArgs) findingArgs()  {}
func (HoursOverArgs) findingArgs()        {}
func (WorktimeArgs) findingArgs()         {}
func (DailyRestArgs) findingArgs()        {}
func (WeeklyRestArgs) findingArgs()       {}
func (CostsMissingArgs) findingArgs()     {}
func (CostsHoursArgs) findingArgs()       {}
func (TotalsMismatchArgs) findingArgs()   {}
func (DeadlineArgs) findingArgs()         {}
func (ProviderPermitArgs) findingArgs()   {}
func (PermitScopeArgs) findingArgs()      {}
func (IDInvalidArgs) findingArgs()        {}
func (HourlyAmountArgs) findingArgs()     {}
func (UnfilledArgs) findingArgs()         {}
func (SickDay15Args) findingArgs()        {}
