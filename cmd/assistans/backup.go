package main

import (
	"context"
	"fmt"
	"time"

	"assistans/data"
	"assistans/data/platform"
)

func init() {
	commands["backup"] = command{"backup --db FIL --out FIL", runBackup}
	commands["restore"] = command{"restore --db FIL --from FIL", runRestore}
	commands["verify"] = command{"verify --db FIL", runVerify}
}

func runBackup(e *env, args []string) error {
	var db, out string
	fs := newFlags(e, "backup", &db)
	fs.StringVar(&out, "out", "", "säkerhetskopians fil")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if out == "" {
		return fmt.Errorf("ange säkerhetskopians fil med --out FIL")
	}
	if err := platform.CheckDatabasePath(out); err != nil {
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Backup(context.Background(), out)
}

func runRestore(e *env, args []string) error {
	var db, from string
	fs := newFlags(e, "restore", &db)
	fs.StringVar(&from, "from", "", "säkerhetskopian att återställa")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if from == "" {
		return fmt.Errorf("ange säkerhetskopian med --from FIL")
	}
	if db == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return err
		}
		db = p
	}
	for _, p := range []string{from, db} {
		if err := platform.CheckDatabasePath(p); err != nil {
			return err
		}
	}
	saved, err := data.RestoreKeeping(context.Background(), from, db, time.Now())
	if saved != "" {
		fmt.Fprintf(e.stderr, "Det tidigare innehållet är sparat i %s\n", saved)
	}
	return err
}

func runVerify(e *env, args []string) error {
	var db string
	fs := newFlags(e, "verify", &db)
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if err := st.IntegrityCheck(ctx); err != nil {
		fmt.Fprintf(e.stdout, "Databasen är skadad: %v\n", err)
		return errFindings
	}
	found, err := st.Verify(ctx)
	if err != nil {
		return err
	}
	if len(found) > 0 {
		for _, f := range found {
			fmt.Fprintln(e.stdout, f)
		}
		return errFindings
	}
	fmt.Fprintln(e.stdout, "Databasen och ändringsloggen är hela.")
	return nil
}
