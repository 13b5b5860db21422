package main

import (
	"context"
	"fmt"
	"time"

	"assistans/rules"
)

func init() {
	commands["schedule"] = command{"schedule --db FIL --month ÅÅÅÅ-MM [--customer PNR]", runSchedule}
}

// runSchedule lays the schedules on a month: it prints how many shifts it
// created, and on stderr each scheduled shift left without an assistant.
func runSchedule(e *env, args []string) error {
	var db, month, customer string
	fs := newFlags(e, "schedule", &db)
	fs.StringVar(&month, "month", "", "månad ÅÅÅÅ-MM")
	fs.StringVar(&customer, "customer", "", "bara den här kunden (personnummer)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(month)
	if err != nil {
		return err
	}
	if customer != "" {
		if customer, err = rules.ParsePersonnummer(customer, rules.DateOf(time.Now().In(rules.Stockholm))); err != nil {
			return fmt.Errorf("--customer: %v", err)
		}
	}
	st, err := openStoreExclusive(db) // writes: not while the window is open
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.LaySchedule(context.Background(), m, customer)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Skapade %d pass.\n", res.Created)
	for _, u := range res.Unfilled {
		s := u.Shift
		fmt.Fprintf(e.stderr, "Inget pass %s %s–%s hos kunden %s: assistenten %s är frånvarande (%s) utan ersättare (UNFILLED_SHIFT).\n",
			s.Date, s.Start, s.End, rules.FormatPnr(s.Customer), rules.FormatPnr(s.Assistant), u.Absence.Reason)
	}
	return nil
}
