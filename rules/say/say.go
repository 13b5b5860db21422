// Package say words what the domain reports as codes with their facts — the
// findings of rules.Check — in the user's language, where it is shown: the
// command line in Swedish, the window in the language chosen there. The
// Swedish texts are a contract (`check --json`, INTERFACE.md) and stay as
// they are word for word.
package say

import "assistans/rules"

// Lang is a language the texts are made in.
type Lang int

const (
	Swedish Lang = iota // the default: the command line and the Swedish window
	English
)

// Of reads a language code as the window keeps it: "en" is English, anything
// else Swedish.
func Of(code string) Lang {
	if code == "en" {
		return English
	}
	return Swedish
}

// Finding is the message of f in language l: what is wrong, with its numbers,
// what FK does about it and what to do.
func Finding(l Lang, f rules.Finding) string {
	en := l == English
	switch a := f.Args.(type) {
	case rules.ShiftArgs:
		return shiftMessage(en, f.Code, a)
	case rules.Under18Args:
		return msgUnder18(en, &a.Shift, a.Age)
	case rules.Report3066Args:
		switch a.Why {
		case rules.NoAssignment:
			return msgNo3066Assignment(en, &a.Shift)
		case rules.BeforeReceipt:
			return msgBefore3066(en, &a.Shift, a.Received)
		}
		return msgNo3066(en, &a.Shift)
	case rules.OverlapAssistantArgs:
		return msgOverlapAssistant(en, &a.Shift, &a.Other, a.OtherName)
	case rules.OverlapCustomerArgs:
		return msgOverlapCustomer(en, &a.Shift, a.Working, a.Allowed)
	case rules.HoursOverArgs:
		return msgHoursOver(en, a.Month, a.Totals, a.Hours, a.Granted, a.Vantetid, a.Beredskap)
	case rules.WorktimeArgs:
		return msgWorktime(en, a.Limit, lawText(en, a.Limit, a.Source), a.Average, a.Period)
	case rules.DailyRestArgs:
		return msgDailyRest(en, &a.Shift, a.Rest, a.Need)
	case rules.WeeklyRestArgs:
		return msgWeeklyRest(en, a.Monday, a.Rest, a.Need)
	case rules.CostsMissingArgs:
		return msgCostsMissing(en, a.Month)
	case rules.CostsHoursArgs:
		return msgCostsHours(en, a.Month, a.Category, a.Stated, a.Want, a.Minutes)
	case rules.TotalsMismatchArgs:
		return msgTotalsMismatch(en, a.Month, a.Printed, a.Now)
	case rules.DeadlineArgs:
		if f.Code == rules.DeadlinePassed {
			return msgDeadlinePassed(en, a.Month, a.Deadline)
		}
		return msgDeadlineNear(en, a.Month, a.Deadline, a.Days)
	case rules.ProviderPermitArgs:
		return msgProviderPermit(en, a)
	case rules.PermitScopeArgs:
		return msgPermitScope(en, a)
	case rules.IDInvalidArgs:
		return msgIDInvalid(en, idField(en, a), a.Value, a.Err)
	case rules.HourlyAmountArgs:
		if a.Higher {
			return msgHigherCeiling(en, a.Decision, a.Schablon)
		}
		return msgHourlyAmount(en, a.Decision, a.Schablon)
	case rules.UnfilledArgs:
		return msgUnfilled(en, &a.Shift, a.Absence)
	case rules.SickDay15Args:
		return msgSickDay15(en, a.Period)
	}
	switch f.Code {
	case rules.AssistantAbroad:
		return msgAbroad(en)
	case rules.AssistantUnfit:
		return msgUnfit(en)
	}
	// A finding made outside Check without its facts: its code is all there is to say.
	return string(f.Code)
}

// ShiftProblem is why shift s cannot be reported (its Fault), in language l,
// as a clause: "passet saknar start- eller sluttid"; "" when it can be.
func ShiftProblem(l Lang, s rules.Shift) string { return problemText(l == English, &s) }

// shiftMessage words the codes whose only fact is the shift.
func shiftMessage(en bool, code rules.Code, a rules.ShiftArgs) string {
	s := &a.Shift
	switch code {
	case rules.ShiftInvalid:
		return msgShiftInvalid(en, s, problemText(en, s))
	case rules.NoDecision:
		return msgNoDecision(en, s)
	case rules.DSTNight:
		return msgDSTNight(en, s)
	case rules.MonthSplit:
		return msgMonthSplit(en, s, a.Month)
	}
	return string(code)
}
