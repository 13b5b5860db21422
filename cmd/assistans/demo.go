package main

import (
	"context"
	"fmt"
	"os"

	"assistans/data/demo"
)

func init() {
	commands["demo"] = command{"demo --db FIL", runDemo}
}

func runDemo(e *env, args []string) error {
	var db string
	fs := newFlags(e, "demo", &db)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if db == "" || len(pos) > 0 {
		return fmt.Errorf("ange databasfilen för demon med --db FIL")
	}
	// The demo must never mix itself into real records: only a new or empty
	// file, or a server database where nothing has been stored.
	if fi, err := os.Stat(db); err == nil && fi.Size() > 0 {
		return fmt.Errorf("%s finns redan; demon skapas bara i en ny fil", db)
	}
	st, err := openStoreExclusive(db)
	if err != nil {
		return err
	}
	defer st.Close()
	if empty, err := st.Empty(context.Background()); err != nil || !empty {
		if err == nil {
			err = fmt.Errorf("databasen %s har redan uppgifter; demon skapas bara i en tom databas", st.Path())
		}
		return err
	}
	if err := st.Apply(context.Background(), demo.Batch()); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Demodatabasen är skapad: %s\n", db)
	return nil
}
