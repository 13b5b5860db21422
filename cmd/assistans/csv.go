package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"assistans/data"
	"assistans/data/csvfile"
	"assistans/data/csvimport"
	"assistans/rules"
)

func init() {
	kinds := strings.Join(csvfile.Kinds, "|")
	commands["import"] = command{"import --db FIL " + kinds + " FIL.csv", runImport}
	commands["export"] = command{"export --db FIL " + kinds + " FIL.csv", runExport}
}

// kindAndFile reads the two positional arguments KIND FILE.
func kindAndFile(pos []string) (string, string, error) {
	if len(pos) != 2 {
		return "", "", fmt.Errorf("ange två argument: filsort (%s) och fil", strings.Join(csvfile.Kinds, ", "))
	}
	if !slices.Contains(csvfile.Kinds, pos[0]) {
		return "", "", fmt.Errorf("okänd filsort %q (%s)", pos[0], strings.Join(csvfile.Kinds, ", "))
	}
	return pos[0], pos[1], nil
}

func runImport(e *env, args []string) error {
	var db string
	fs := newFlags(e, "import", &db)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	kind, file, err := kindAndFile(pos)
	if err != nil {
		return err
	}
	// A file that cannot be read is named before any database is opened or made.
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("kan inte läsa %s: %v", file, err)
	}
	f.Close()
	today := rules.DateOf(time.Now().In(rules.Stockholm))
	if newDatabaseFile(db) {
		// Read the file first: a bad file makes no empty database.
		if err := csvimport.Check(kind, file, today); err != nil {
			return err
		}
	}
	st, err := openStoreExclusive(db) // writes: not while the window is open
	if err != nil {
		return err
	}
	defer st.Close()
	// Stored part by part as it is read (a year of shifts is never all in memory), in one transaction.
	ctx := context.Background()
	return st.Bulk(ctx, func() error {
		_, err := csvimport.Stream(ctx, st, kind, file, today, nil)
		return err
	})
}

// newDatabaseFile tells whether db names a database file that does not exist
// yet (the default place when db is empty); a server is never new here.
func newDatabaseFile(db string) bool {
	if db == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return false
		}
		db = p
	}
	if data.IsServer(db) {
		return false
	}
	_, err := os.Stat(strings.TrimPrefix(db, "file:"))
	return errors.Is(err, os.ErrNotExist)
}

func runExport(e *env, args []string) error {
	var db string
	fs := newFlags(e, "export", &db)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	kind, file, err := kindAndFile(pos)
	if err != nil {
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	all, err := st.Snapshot(context.Background())
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := csvfile.Write(kind, &buf, all); err != nil {
		return err
	}
	return data.WriteFileAtomic(file, buf.Bytes())
}
