package rules

// The codes of a form that cannot be filled in from what is stored, each with
// its Args.
const (
	FormTextTooLong    RefusalCode = "FORM_TEXT_TOO_LONG"    // the box, the smallest font size, characters
	FormCostCategory   RefusalCode = "FORM_COST_CATEGORY"    // category
	FormCostTwice      RefusalCode = "FORM_COST_TWICE"       // category, its name
	FormTooManyPeriods RefusalCode = "FORM_TOO_MANY_PERIODS" // periods on one 3059
	FormNoEmployer     RefusalCode = "FORM_NO_EMPLOYER"      // the assignment's employer as stored
	FormOfAssistant    RefusalCode = "FORM_OF_ASSISTANT"     // the assistant's name, cause
)
