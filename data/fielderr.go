package data

import (
	"errors"

	"assistans/rules"
	"assistans/rules/say"
)

// fieldRefused is a record's Validate error in the command line's Swedish
// words; errors.As still finds the *rules.FieldError under it, for a window
// that words it in its own language.
type fieldRefused struct{ fe *rules.FieldError }

func (e fieldRefused) Error() string { return say.FieldError(say.Swedish, e.fe) }
func (e fieldRefused) Unwrap() error { return e.fe }

// worded gives a Validate error its Swedish words.
func worded(err error) error {
	if fe, ok := errors.AsType[*rules.FieldError](err); ok {
		return fieldRefused{fe}
	}
	return err
}
