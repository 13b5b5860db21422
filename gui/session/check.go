package session

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2/lang"

	"assistans/rules"
)

// checkMonth loads month m and runs rules.Check on it. A panic in the rules
// would otherwise end the program from this goroutine; it becomes an error.
func CheckMonth(ctx context.Context, st findingsStore, m rules.Month, today rules.Date) (md rules.MonthData, fs []rules.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(lang.X("findings.internal", "internt fel i kontrollen: {{.Panic}}", map[string]any{"Panic": fmt.Sprint(r)}))
		}
	}()
	md, err = st.MonthData(ctx, m, today)
	if err != nil {
		return md, nil, err
	}
	return md, rules.Check(md), nil
}

// CheckPlan is CheckMonth on the month as it will be once the schedules are
// laid (rules.WithPlanned): what the plan would break, before the month starts.
func CheckPlan(ctx context.Context, st findingsStore, m rules.Month, today rules.Date) (fs []rules.Finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(lang.X("findings.internal", "internt fel i kontrollen: {{.Panic}}", map[string]any{"Panic": fmt.Sprint(r)}))
		}
	}()
	md, err := st.MonthData(ctx, m, today)
	if err != nil {
		return nil, err
	}
	return rules.Check(rules.WithPlanned(md)), nil
}
