package say

import "assistans/rules"

// Refused is the refusal code with args as an error for a package outside the
// store: its message is the Swedish words (what the command line prints), and
// errors.As finds the refusal for the window to word in its language.
func Refused(code rules.RefusalCode, args ...any) error {
	return refused{&rules.Refusal{Code: code, Args: args}}
}

type refused struct{ r *rules.Refusal }

func (e refused) Error() string { return Refusal(Swedish, e.r) }

func (e refused) Unwrap() error { return e.r }
