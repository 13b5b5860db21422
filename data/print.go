package data

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"assistans/data/pdf"
	"assistans/rules"
)

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
// written by one worker per CPU. A customer whose bundle cannot be made or
// written never stops the others: every bundle that can be is written and
// recorded, and then the error is a *PrintErrors naming every customer that
// was not, in customer order. The files returned are the ones written, in
// customer order.
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
	var failed PrintErrors
	for i, r := range results {
		if r.err != nil {
			c, ok := src.customers[todo[i]]
			if !ok {
				c = rules.Customer{Pnr: todo[i]}
			}
			failed = append(failed, PrintError{Customer: c, Err: r.err})
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
	if len(failed) > 0 {
		if record != nil {
			return written, because(rules.AlsoFailed, record, &failed)
		}
		return written, &failed
	}
	if customer != "" && len(written) == 0 {
		return nil, refuse(nil, rules.NoShiftsInMonth, customer, m)
	}
	return written, record
}

// PrintResult is one customer's bundle in PrintCustomers: the file written, or why not.
type PrintResult struct {
	Customer string
	Path     string
	Err      error
}

// PrintCustomers is PrintMonthProgress for the customers given, each with time
// in month m, where each printed customer is recorded with its own override
// reason, reasons[customer] ("" when none): the window's Skriv ut, which asks
// for a reason only where blocking findings stand against a customer. It
// returns each customer's result in the order given; its error is the month's
// that could not be read, or the print records' that could not be written.
func (s *Store) PrintCustomers(ctx context.Context, m rules.Month, customers []string, dir string,
	reasons map[string]string, progress func(done, total int)) ([]PrintResult, error) {
	only := "" // one customer reads only that customer's month
	if len(customers) == 1 {
		only = customers[0]
	}
	src, err := s.loadMonth(ctx, m, only)
	if err != nil {
		return nil, err
	}
	hasTime := map[string]bool{}
	for _, ct := range rules.MonthTotals(src.allShifts(), m) {
		hasTime[ct.Customer] = true
	}
	results := make([]PrintResult, len(customers))
	var todo []int // the customers with time, by index
	for i, c := range customers {
		results[i].Customer = c
		if hasTime[c] {
			todo = append(todo, i)
		} else {
			results[i].Err = refuse(nil, rules.NoShiftsInMonth, c, m)
		}
	}
	pnrs := make([]string, len(todo))
	for k, i := range todo {
		pnrs[k] = customers[i]
	}
	printed := map[string][]rules.PrintedTotals{} // by reason
	for k, r := range src.writeBundles(ctx, pnrs, dir, progress) {
		res := &results[todo[k]]
		res.Path, res.Err = r.path, r.err
		if r.err == nil {
			reason := reasons[res.Customer]
			printed[reason] = append(printed[reason], rules.PrintedTotals{Customer: r.r3057.Customer.Pnr, Month: m, Totals: r.r3057.Totals})
		}
	}
	var record error
	for reason, ps := range printed {
		record = cmp.Or(record, s.RecordPrinted(ctx, ps, reason))
	}
	return results, record
}

// PrintError is one customer whose bundle was not written, and why.
type PrintError struct {
	Customer rules.Customer
	Err      error
}

// PrintErrors are the customers of a print whose bundles were not written.
type PrintErrors []PrintError

func (e *PrintErrors) Error() string {
	lines := []string{fmt.Sprintf("%d kunders blanketter kunde inte skrivas ut:", len(*e))}
	if len(*e) == 1 {
		lines[0] = "en kunds blanketter kunde inte skrivas ut:"
	}
	for _, f := range *e {
		lines = append(lines, fmt.Sprintf("  %s (%s): %v", cmp.Or(f.Customer.Name, "namn saknas"), f.Customer.Pnr, f.Err))
	}
	return strings.Join(lines, "\n")
}

// bundleResult is one customer's bundle: the file written and the 3057 in it, or why not.
type bundleResult struct {
	path  string
	r3057 pdf.Report3057
	err   error
}

// writeBundles writes the bundles of the customers, by index, with one worker per
// CPU. A customer left undone as ctx ends has ctx's error.
func (src *monthSource) writeBundles(ctx context.Context, customers []string, dir string, progress func(done, total int)) []bundleResult {
	results := make([]bundleResult, len(customers))
	all := make([]rules.Customer, 0, len(src.customers))
	for _, c := range src.customers {
		all = append(all, c)
	}
	names := BundleNames(src.m, all)
	jobs, finished := make(chan int), make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(customers)) {
		wg.Go(func() {
			var buf bytes.Buffer // reused: a bundle is some hundred kilobytes
			for i := range jobs {
				r := &results[i]
				r.path, r.r3057, r.err = src.writeBundle(customers[i], dir, names, &buf)
				finished <- i
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := range customers {
			select {
			case jobs <- i:
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
	done := 0
	for range finished {
		done++
		if progress != nil {
			progress(done, len(customers))
		}
	}
	return results
}

// writeBundle writes one customer's bundle into dir, made in buf. Nothing is
// written when the forms cannot be made.
func (src *monthSource) writeBundle(customer, dir string, names map[string]string, buf *bytes.Buffer) (string, pdf.Report3057, error) {
	r3057, r3059s, err := src.forms(customer)
	if err != nil {
		return "", r3057, err
	}
	buf.Reset()
	if err := pdf.WriteBundle(buf, r3057, r3059s); err != nil {
		return "", r3057, err
	}
	path := filepath.Join(dir, names[customer])
	if err := WriteFileAtomic(path, buf.Bytes()); err != nil {
		return "", r3057, because(rules.CannotWrite, err, path)
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
