package gui

// targets are the screens a finding opens; buildUI fills them, and a screen
// built alone in a test has only what the test sets.
type targets struct {
	timesheet  *timesheet
	customers  *customerScreen
	assistants *assistantScreen
	providers  *providerScreen
	bill       *monthScreen
}
