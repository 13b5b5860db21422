package rules

// MonthData is everything the checks of one month need, loaded by the store.
// Shifts holds every shift of the month and of the calculation periods and rest
// windows that overlap it (any customer), so that period rules see earlier months.
type MonthData struct {
	Month       Month
	Today       Date
	Providers   []Provider
	Customers   []Customer
	Decisions   []Decision
	Assistants  []Assistant
	Assignments []Assignment
	Shifts      []Shift
	MonthInfos  []MonthInfo
	Costs       []Cost
	Printed     []PrintedTotals
	Settings    Settings
}
