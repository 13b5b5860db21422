package main

import (
	"context"
	"fmt"

	"assistans/rules"
)

func init() {
	commands["totals"] = command{"totals --db FIL --month ÅÅÅÅ-MM --json", runTotals}
}

type totalsJSON struct {
	Month     string              `json:"month"`
	Customers []customerTotalJSON `json:"customers"`
}

type minutesJSON struct {
	Aktiv     int `json:"aktiv_min"`
	Vantetid  int `json:"vantetid_min"`
	Beredskap int `json:"beredskap_min"`
}

type customerTotalJSON struct {
	Customer string `json:"customer"`
	minutesJSON
	Assistants []assistantTotalJSON `json:"assistants"`
}

type assistantTotalJSON struct {
	Assistant string `json:"assistant"`
	minutesJSON
}

func minutesOf(t rules.Totals) minutesJSON { return minutesJSON{t.Aktiv, t.Vantetid, t.Beredskap} }

func runTotals(e *env, args []string) error {
	var db, month string
	var asJSON bool
	fs := newFlags(e, "totals", &db)
	fs.StringVar(&month, "month", "", "månad ÅÅÅÅ-MM")
	fs.BoolVar(&asJSON, "json", false, "skriv JSON")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(month)
	if err != nil {
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	totals, err := st.Totals(context.Background(), m)
	if err != nil {
		return err
	}
	if !asJSON {
		for _, c := range totals {
			fmt.Fprintf(e.stdout, "%s  aktiv %s  väntetid %s  beredskap %s\n", rules.FormatPnr(c.Customer),
				rules.FormatHM(c.Aktiv), rules.FormatHM(c.Vantetid), rules.FormatHM(c.Beredskap))
			for _, a := range c.Assistants {
				fmt.Fprintf(e.stdout, "    %s  aktiv %s  väntetid %s  beredskap %s\n", rules.FormatPnr(a.Assistant),
					rules.FormatHM(a.Aktiv), rules.FormatHM(a.Vantetid), rules.FormatHM(a.Beredskap))
			}
		}
		return nil
	}
	out := totalsJSON{Month: m.String(), Customers: []customerTotalJSON{}}
	for _, c := range totals {
		cj := customerTotalJSON{Customer: c.Customer, minutesJSON: minutesOf(c.Totals), Assistants: []assistantTotalJSON{}}
		for _, a := range c.Assistants {
			cj.Assistants = append(cj.Assistants, assistantTotalJSON{a.Assistant, minutesOf(a.Totals)})
		}
		out.Customers = append(out.Customers, cj)
	}
	return writeJSON(e.stdout, out)
}
