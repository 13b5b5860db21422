package widgets

import (
	"fyne.io/fyne/v2/lang"

	"assistans/rules"
)

// CodeLabel is a finding's short name, for the places too narrow for its
// message (a calendar day, a list line before the message); a code the
// window does not know yet shows as itself.
func CodeLabel(c rules.Code) string {
	switch c {
	case rules.IDInvalid:
		return lang.X("code.ID_INVALID", "Ogiltigt nummer")
	case rules.AssistantUnder18:
		return lang.X("code.ASSISTANT_UNDER_18", "Under 18 år")
	case rules.NotReported3066:
		return lang.X("code.NOT_REPORTED_3066", "3066 saknas")
	case rules.NoDecision:
		return lang.X("code.NO_DECISION", "Inget beslut")
	case rules.OverlapAssistant:
		return lang.X("code.OVERLAP_ASSISTANT", "Dubbelbokad")
	case rules.OverlapCustomer:
		return lang.X("code.OVERLAP_CUSTOMER", "För många samtidigt")
	case rules.HoursOverDecision:
		return lang.X("code.HOURS_OVER_DECISION", "Fler timmar än beslutet")
	case rules.WorktimeAverage:
		return lang.X("code.WORKTIME_AVERAGE", "För lång arbetstid")
	case rules.DailyRest:
		return lang.X("code.DAILY_REST", "Kort dygnsvila")
	case rules.WeeklyRest:
		return lang.X("code.WEEKLY_REST", "Kort veckovila")
	case rules.ShiftInvalid:
		return lang.X("code.SHIFT_INVALID", "Ogiltigt pass")
	case rules.DSTNight:
		return lang.X("code.DST_NIGHT", "Tidsomställning")
	case rules.MonthSplit:
		return lang.X("code.MONTH_SPLIT", "Över månadsskiftet")
	case rules.TotalsMismatch:
		return lang.X("code.TOTALS_MISMATCH", "Summorna stämmer inte")
	case rules.CostsMissing:
		return lang.X("code.COSTS_MISSING", "Kostnader saknas")
	case rules.CostsHours:
		return lang.X("code.COSTS_HOURS", "Kostnadernas timmar")
	case rules.ProviderPermit:
		return lang.X("code.PROVIDER_PERMIT", "Anordnarens tillstånd")
	case rules.PermitScope:
		return lang.X("code.PERMIT_SCOPE", "Tillståndet räcker inte")
	case rules.AssistantAbroad:
		return lang.X("code.ASSISTANT_ABROAD", "Bor utanför EES")
	case rules.AssistantUnfit:
		return lang.X("code.ASSISTANT_UNFIT", "Kan inte vara assistent")
	case rules.DeadlineNear:
		return lang.X("code.DEADLINE_NEAR", "Sista dagen nära")
	case rules.DeadlinePassed:
		return lang.X("code.DEADLINE_PASSED", "Sista dagen passerad")
	case rules.HourlyAmount:
		return lang.X("code.HOURLY_AMOUNT", "Timbeloppet")
	case rules.UnfilledShift:
		return lang.X("code.UNFILLED_SHIFT", "Obemannat pass")
	case rules.SickDay15:
		return lang.X("code.SICK_DAY_15", "Sjukdag 15")
	}
	return string(c)
}
