package data

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"assistans/data/pdf"
	"assistans/rules"
)

// BundleName is the file name of a customer's month bundle, as INTERFACE.md's
// pdf command writes it: "YYYY-MM <name> <pnr>.pdf", with the characters that
// a file name cannot hold on Windows or Unix replaced by "_".
func BundleName(m rules.Month, c rules.Customer) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '_'
		}
		return r
	}, c.Name)
	return fmt.Sprintf("%s %s %s.pdf", m, name, c.Pnr)
}

// PrintMonth writes each customer's bundle for month m (the 3057, then every
// 3059) into dir and records what each 3057 carried, with overrideReason as the
// reason given for printing despite blocking findings ("" if none). customer ""
// prints every customer with time in the month. The command line's pdf and the
// window's Skriv ut both call it.
//
// It returns the files written so far also when it fails; a customer whose file
// could not be written is not recorded as printed.
func (s *Store) PrintMonth(ctx context.Context, m rules.Month, customer, dir, overrideReason string) ([]string, error) {
	return s.PrintMonthProgress(ctx, m, customer, dir, overrideReason, nil)
}

// PrintMonthProgress is PrintMonth that calls progress, when not nil, after each
// customer's bundle is done (written or failed) with the number done and the
// number to do, on the calling goroutine, one call at a time.
//
// The month is read once for all customers, and the bundles are made and
// written by one worker per CPU. After a failure no further bundle is started;
// the files returned are the ones written, in customer order, and the error is
// the first customer's (in that order) that failed.
func (s *Store) PrintMonthProgress(ctx context.Context, m rules.Month, customer, dir, overrideReason string,
	progress func(done, total int)) ([]string, error) {
	src, err := s.loadMonth(ctx, m, customer)
	if err != nil {
		return nil, err
	}
	var todo []string // the customers with time in the month
	for _, ct := range rules.MonthTotals(src.allShifts(), m) {
		todo = append(todo, ct.Customer)
	}
	results := src.writeBundles(ctx, todo, dir, progress)

	var written []string
	var printed []rules.PrintedTotals
	var failure error
	for _, r := range results {
		if r.err != nil {
			failure = cmp.Or(failure, r.err)
			continue
		}
		written = append(written, r.path)
		printed = append(printed, rules.PrintedTotals{Customer: r.r3057.Customer.Pnr, Month: m, Totals: r.r3057.Totals})
	}
	// What was written is recorded, also after a failure, so that a later change to it is caught.
	var record error
	if len(printed) > 0 {
		record = s.RecordPrinted(ctx, printed, overrideReason)
	}
	if failure != nil {
		if record != nil {
			failure = fmt.Errorf("%v; dessutom: %v", failure, record)
		}
		return written, failure
	}
	if customer != "" && len(written) == 0 {
		return nil, fmt.Errorf("kunden %s har inga pass i %s", customer, m)
	}
	return written, record
}

// bundleResult is one customer's bundle: the file written and the 3057 in it, or why not.
type bundleResult struct {
	path  string
	r3057 pdf.Report3057
	err   error
}

var errNotStarted = errors.New("utskriften avbröts före kunden")

// writeBundles writes the bundles of the customers, by index, with one worker per
// CPU. A customer left undone, after a failure or as ctx ends, has an error.
func (src *monthSource) writeBundles(ctx context.Context, customers []string, dir string, progress func(done, total int)) []bundleResult {
	results := make([]bundleResult, len(customers))
	for i := range results {
		// Replaced by the worker. A customer never started follows, in order,
		// the failure that stopped the rest, and PrintMonth reports that one.
		results[i].err = errNotStarted
	}
	jobs, finished := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(customers)) {
		wg.Go(func() {
			var buf bytes.Buffer // reused: a bundle is some hundred kilobytes
			for i := range jobs {
				r := &results[i]
				r.path, r.r3057, r.err = src.writeBundle(customers[i], dir, &buf)
				finished <- i
			}
		})
	}
	stop := make(chan struct{})
	go func() {
		defer close(jobs)
		for i := range customers {
			select {
			case jobs <- i:
			case <-stop:
				return
			case <-ctx.Done():
				for j := i; j < len(customers); j++ {
					results[j].err = ctx.Err()
				}
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(finished)
	}()
	done, stopped := 0, false
	for i := range finished {
		done++
		if results[i].err != nil && !stopped {
			close(stop)
			stopped = true
		}
		if progress != nil {
			progress(done, len(customers))
		}
	}
	return results
}

// writeBundle writes one customer's bundle into dir, made in buf.
func (src *monthSource) writeBundle(customer, dir string, buf *bytes.Buffer) (string, pdf.Report3057, error) {
	r3057, r3059s, err := src.forms(customer)
	if err != nil {
		return "", r3057, err
	}
	buf.Reset()
	if err := pdf.WriteBundle(buf, r3057, r3059s); err != nil {
		return "", r3057, fmt.Errorf("%s: %v", r3057.Customer.Name, err)
	}
	path := filepath.Join(dir, BundleName(src.m, r3057.Customer))
	if err := WriteFileAtomic(path, buf.Bytes()); err != nil {
		return "", r3057, fmt.Errorf("kan inte skriva %s: %v", path, err)
	}
	return path, r3057, nil
}

// PrintRecord is what a month's 3057 carried when it was last printed or
// locked, when that was, and the reason given for printing despite blocking
// findings ("" when there were none or it was a lock).
type PrintRecord struct {
	rules.PrintedTotals
	At             time.Time
	OverrideReason string
}

// PrintRecords lists the month's print records by customer.
func (s *Store) PrintRecords(ctx context.Context, m rules.Month) ([]PrintRecord, error) {
	rows, err := list(ctx, s, printed, "month = ?", m.String())
	out := make([]PrintRecord, len(rows))
	for i, r := range rows {
		out[i] = PrintRecord{PrintedTotals: r.PrintedTotals, At: r.At, OverrideReason: r.Reason}
	}
	return out, err
}
