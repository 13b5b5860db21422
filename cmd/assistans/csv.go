package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"assistans/data"
	"assistans/data/csvfile"
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
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("kan inte läsa %s: %v", file, err)
	}
	defer f.Close()
	st, err := openStoreExclusive(db) // writes: not while the window is open
	if err != nil {
		return err
	}
	defer st.Close()
	// The file is stored part by part as it is read, in one transaction; the
	// file's own errors (every bad row, as csvfile.Read lists them) come before
	// the store's, and either leaves the database as it was.
	var refused, fileErr error
	today := rules.DateOf(time.Now().In(rules.Stockholm))
	err = st.ImportStream(context.Background(), func(put func(rules.Batch) error) error {
		err := csvfile.Stream(kind, filepath.Base(file), f, today, importPart, func(b rules.Batch) error {
			refused = put(b)
			return refused
		})
		if err != nil && err != refused {
			fileErr = err
		}
		return err
	})
	switch {
	case fileErr != nil:
		return fileErr
	case err != nil:
		return fmt.Errorf("%s: inget importerades: %w", file, placeErrors(err, kind, file))
	}
	return nil
}

// importPart is how many records of a file an import reads before storing
// them: large enough that a year of shifts into an empty database builds its
// indexes after the rows (data's bulkMin), small enough to keep the memory of
// the rows a small part of an import's.
var importPart = 20000 // a variable for the tests of small parts

// placeErrors names the file, line and column of each record the store refused,
// as csvfile names its own errors: "pass.csv:7: kolumn customer_pnr: …".
func placeErrors(err error, kind, file string) error {
	errs := flatten(err)
	f, ferr := os.Open(file)
	if ferr != nil {
		return err
	}
	defer f.Close()
	lines, lerr := csvfile.Lines(f)
	if lerr != nil {
		return err
	}
	placed := make([]error, len(errs))
	for i, e := range errs {
		placed[i] = e
		var re *data.RecordError
		if errors.As(e, &re) && re.Kind == kind && re.Index < len(lines) {
			placed[i] = csvfile.RowError{File: filepath.Base(file), Line: lines[re.Index],
				Column: csvfile.Column(kind, re.Field), Value: re.Value, Reason: re.Err.Error()}
		}
	}
	return errors.Join(placed...)
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

// flatten lists the errors an errors.Join holds, joins within joins included.
func flatten(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}
