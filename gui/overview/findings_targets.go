package overview

import (
	"assistans/gui/bill"
	"assistans/gui/registers"
	"assistans/gui/timesheet"
)

// targets are the screens a finding opens; buildUI fills them, and a screen
// built alone in a test has only what the test sets.
type Targets struct {
	Timesheet  *timesheet.Screen
	Customers  *registers.CustomerScreen
	Assistants *registers.AssistantScreen
	Providers  *registers.ProviderScreen
	Bill       *bill.Screen
}
