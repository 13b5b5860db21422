package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"

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
		if err := writeCheckJSON(e.stdout, out); err != nil {
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

// writeCheckJSON writes out as writeJSON does, a finding at a time: the whole
// text at once (0.2 MB for a large provider's 520 findings) was built twice,
// marshalled and then indented, in memory just taken from the system.
func writeCheckJSON(w io.Writer, out checkJSON) error {
	var one bytes.Buffer
	enc := json.NewEncoder(&one)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ") // a finding's lines, inside the list inside the object
	encode := func(v any) ([]byte, error) {
		one.Reset()
		err := enc.Encode(v)
		return bytes.TrimSuffix(one.Bytes(), []byte("\n")), err
	}
	bw := bufio.NewWriter(w)
	month, err := encode(out.Month)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"month\": %s,\n  \"findings\": [", month)
	for i, f := range out.Findings {
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		b, err := encode(f)
		if err != nil {
			return err
		}
		bw.Write(b)
	}
	if len(out.Findings) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("]\n}\n")
	return bw.Flush()
}
