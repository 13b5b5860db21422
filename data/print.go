package data

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	totals, err := s.Totals(ctx, m)
	if err != nil {
		return nil, err
	}
	var written []string
	var printed []rules.PrintedTotals
	record := func() error {
		if len(printed) == 0 {
			return nil
		}
		return s.RecordPrinted(ctx, printed, overrideReason)
	}
	for _, ct := range totals {
		if customer != "" && ct.Customer != customer {
			continue
		}
		path, r3057, err := s.writeBundle(ctx, m, ct.Customer, dir)
		if err != nil {
			// What was written is recorded, so that a later change to it is caught.
			if rerr := record(); rerr != nil {
				err = fmt.Errorf("%v; dessutom: %v", err, rerr)
			}
			return written, err
		}
		written = append(written, path)
		printed = append(printed, rules.PrintedTotals{Customer: ct.Customer, Month: m, Totals: r3057.Totals})
	}
	if customer != "" && len(written) == 0 {
		return nil, fmt.Errorf("kunden %s har inga pass i %s", customer, m)
	}
	return written, record()
}

func (s *Store) writeBundle(ctx context.Context, m rules.Month, customer, dir string) (string, pdf.Report3057, error) {
	r3057, r3059s, err := s.MonthForms(ctx, m, customer)
	if err != nil {
		return "", r3057, err
	}
	var buf bytes.Buffer
	if err := pdf.WriteBundle(&buf, r3057, r3059s); err != nil {
		return "", r3057, fmt.Errorf("%s: %v", r3057.Customer.Name, err)
	}
	path := filepath.Join(dir, BundleName(m, r3057.Customer))
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

// WriteFileAtomic writes a file that is readable by the user alone (it holds
// personal data) so that a crash leaves either the old file or the new one.
func WriteFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
