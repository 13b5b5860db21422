package main

import (
	"context"
	"fmt"

	"assistans/rules"
	"assistans/rules/say"
)

func init() {
	commands["check"] = command{"check --db FIL --month ÅÅÅÅ-MM [--today ÅÅÅÅ-MM-DD] [--json]", runCheck}
}

type findingJSON struct {
	Code      rules.Code     `json:"code"`
	Severity  rules.Severity `json:"severity"`
	Customer  string         `json:"customer,omitempty"`
	Assistant string         `json:"assistant,omitempty"`
	Date      string         `json:"date,omitempty"`
	Message   string         `json:"message"`
}

type checkJSON struct {
	Month    string        `json:"month"`
	Findings []findingJSON `json:"findings"`
}

func runCheck(e *env, args []string) error {
	var db, month, today string
	var asJSON bool
	fs := newFlags(e, "check", &db)
	fs.StringVar(&month, "month", "", "månad ÅÅÅÅ-MM")
	fs.StringVar(&today, "today", "", "dagens datum för tidsfristerna, ÅÅÅÅ-MM-DD")
	fs.BoolVar(&asJSON, "json", false, "skriv JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(month)
	if err != nil {
		return err
	}
	t, err := todayFlag(today)
	if err != nil {
		return err
	}
	st, err := openReader(db)
	if err != nil {
		return err
	}
	defer st.Close()
	md, err := st.MonthData(context.Background(), m, t)
	if err != nil {
		return err
	}
	findings := rules.Check(md)
	blocking := false
	out := checkJSON{Month: m.String(), Findings: []findingJSON{}}
	for _, f := range findings {
		blocking = blocking || f.Severity == rules.Block
		out.Findings = append(out.Findings, findingJSON{f.Code, f.Severity, f.Customer, f.Assistant, f.Date.String(), say.Finding(say.Swedish, f)})
	}
	if asJSON {
		if err := writeJSON(e.stdout, out); err != nil {
			return err
		}
	} else {
		for _, f := range out.Findings {
			fmt.Fprintf(e.stdout, "%-5s %-20s %-10s %-12s %-12s %s\n", f.Severity, f.Code, f.Date, f.Customer, f.Assistant, f.Message)
		}
		if len(out.Findings) == 0 {
			fmt.Fprintln(e.stdout, "Inga fel hittades.")
		}
	}
	if blocking {
		return errFindings
	}
	return nil
}
