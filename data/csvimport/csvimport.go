// Package csvimport imports one CSV file of INTERFACE.md into a store, all
// rows or none: the command line's `import` and the window's Arkiv →
// Importera… both call Stream, so that they read with the same parser, write
// in the same single transaction and refuse with the same list of bad rows.
package csvimport

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"assistans/data"
	"assistans/data/csvfile"
	"assistans/rules"
)

// Refused is a file of which nothing was imported: Rows lists why, each a
// csvfile.RowError naming file, line and column where one is known.
type Refused struct {
	File string // the path given
	Rows []error
	More int // errors found beyond those listed
	// Stored is true when the store refused records the file gave (a customer
	// not in the register, a locked month), false when the file itself was bad.
	Stored bool
}

// Error is what the command line prints: the file's own errors as csvfile
// words them, or "FILE: inget importerades:" and the store's, placed.
func (r *Refused) Error() string {
	joined := errors.Join(r.Rows...).Error()
	if r.More > 0 {
		joined += fmt.Sprintf("\noch %d fel till", r.More)
	}
	if r.Stored {
		return fmt.Sprintf("%s: inget importerades: %s", r.File, joined)
	}
	return joined
}

// Progress is told how many bytes of the file have been read, of total; it
// is called from the goroutine that reads the file, one of Stream's own.
type Progress func(read, total int64)

// fileRefused is a *Refused for the file's own errors (a *csvfile.Errors); other errors pass as they are.
// Check reads the file as Stream does but stores nothing: the file's own
// errors, worded as Stream words them, or nil. The command line runs it before
// it makes a new database, so that a bad file leaves no empty database behind.
func Check(kind, path string, today rules.Date) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("kan inte läsa %s: %v", path, err)
	}
	defer f.Close()
	err = csvfile.Stream(kind, filepath.Base(path), f, today, Part, func(rules.Batch) error { return nil })
	if err != nil {
		return fileRefused(path, err)
	}
	return nil
}

func fileRefused(path string, err error) error {
	var bad *csvfile.Errors
	if !errors.As(err, &bad) {
		return err
	}
	rows := make([]error, len(bad.List))
	for i, e := range bad.List {
		rows[i] = e
	}
	return &Refused{File: path, Rows: rows, More: bad.More}
}

// Streamer is a store that takes an import in parts; *data.Store is one.
type Streamer interface {
	ImportStream(ctx context.Context, read func(put func(rules.Batch) error) error) error
}

// Part is how many records Stream reads before storing them: large enough that
// a year of shifts into an empty database builds its indexes after the rows
// (data's bulkMin), small enough that the rows are a small part of an import's
// memory. A variable for the tests of small parts.
var Part = 20000

// Stream imports path as a CSV file of kind: it stores the records part by
// part while it reads on (csvfile.Stream), all parts in one transaction, and
// returns how many records of each kind it stored. A bad file or a refused
// record gives a *Refused (the file's own errors first, else the store's,
// placed on their lines) and leaves the store as it was. today decides the
// century of a 10-digit identity number; progress may be nil.
func Stream(ctx context.Context, st Streamer, kind, path string, today rules.Date, progress Progress) ([]Count, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("kan inte läsa %s: %v", path, err)
	}
	defer f.Close()
	var r io.Reader = f
	if progress != nil {
		if fi, err := f.Stat(); err == nil {
			r = &counting{r: f, total: fi.Size(), progress: progress}
		}
	}
	var refused, fileErr error
	stored := map[string]int{}
	err = st.ImportStream(ctx, func(put func(rules.Batch) error) error {
		err := csvfile.Stream(kind, filepath.Base(path), r, today, Part, func(b rules.Batch) error {
			if refused = put(b); refused == nil {
				for _, c := range Counts(b) {
					stored[c.Kind] += c.N
				}
			}
			return refused
		})
		if err != nil && err != refused {
			fileErr = err
		}
		return err
	})
	switch {
	case fileErr != nil:
		return nil, fileRefused(path, fileErr)
	case err != nil:
		return nil, &Refused{File: path, Rows: placeErrors(err, kind, path), Stored: true}
	}
	var counts []Count
	for _, k := range csvfile.Kinds {
		if stored[k] > 0 {
			counts = append(counts, Count{Kind: k, N: stored[k]})
		}
	}
	return counts, nil
}

// counting tells progress how far a reader has come.
type counting struct {
	r           io.Reader
	read, total int64
	progress    Progress
}

func (c *counting) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	c.progress(c.read, c.total)
	return n, err
}

// placeErrors names the file, line and column of each record the store refused,
// as csvfile names its own errors: "pass.csv:7: kolumn customer_pnr: …".
func placeErrors(err error, kind, path string) []error {
	errs := flatten(err)
	f, ferr := os.Open(path)
	if ferr != nil {
		return errs
	}
	defer f.Close()
	lines, lerr := csvfile.Lines(f)
	if lerr != nil {
		return errs
	}
	for i, e := range errs {
		var re *data.RecordError
		if errors.As(e, &re) && re.Kind == kind && re.Index < len(lines) {
			errs[i] = csvfile.RowError{File: filepath.Base(path), Line: lines[re.Index],
				Column: csvfile.Column(kind, re.Field), Value: re.Value, Why: rules.Because(rules.RecordRefused, re.Err)}
		}
	}
	return errs
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

// Count is how many records of one kind a batch holds.
type Count struct {
	Kind string // a kind of csvfile.Kinds
	N    int
}

// Counts lists the kinds a batch holds records of, in csvfile.Kinds' order.
func Counts(b rules.Batch) []Count {
	ns := []int{len(b.Providers), len(b.Customers), len(b.Decisions), len(b.Assistants), len(b.Assignments),
		len(b.Shifts), len(b.MonthInfos), len(b.Hospital), len(b.Costs), len(b.Schedules), len(b.Absences)}
	var out []Count
	for i, n := range ns {
		if n > 0 {
			out = append(out, Count{Kind: csvfile.Kinds[i], N: n})
		}
	}
	return out
}
