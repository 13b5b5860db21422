package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"assistans/data"
	"assistans/data/pdf"
	"assistans/rules"
)

func init() {
	commands["pdf"] = command{"pdf --db FIL --month ÅÅÅÅ-MM --out MAPP [--customer PNR]", runPDF}
	commands["pdf3066"] = command{"pdf3066 --db FIL --assistant PNR --customer PNR --out FIL.pdf [--changed-from ÅÅÅÅ-MM-DD --changed TEXT]", runPDF3066}
}

// idFlag normalises an identity number given on the command line.
func idFlag(name, s string, today rules.Date) (string, error) {
	if s == "" {
		return "", fmt.Errorf("--%s PNR saknas", name)
	}
	id, err := rules.ParseIdentity(s, today)
	if err != nil {
		return "", fmt.Errorf("--%s: %v", name, err)
	}
	return id, nil
}

func runPDF(e *env, args []string) error {
	var db, month, out, customer string
	fs := newFlags(e, "pdf", &db)
	fs.StringVar(&month, "month", "", "månad ÅÅÅÅ-MM")
	fs.StringVar(&out, "out", "", "mapp att skriva i")
	fs.StringVar(&customer, "customer", "", "bara denna kund (personnummer)")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(month)
	if err != nil {
		return err
	}
	if out == "" {
		return fmt.Errorf("ange mappen att skriva i med --out MAPP")
	}
	today, _ := todayFlag("")
	if customer != "" {
		if customer, err = idFlag("customer", customer, today); err != nil {
			return err
		}
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := os.MkdirAll(out, 0o700); err != nil {
		return fmt.Errorf("kan inte skapa mappen %s: %w", out, data.FileError(err))
	}
	ctx := context.Background()
	// The month's blocking findings, to name on stderr each bundle printed despite them.
	md, err := st.MonthData(ctx, m, today)
	if err != nil {
		return err
	}
	blocks := blockingCodes(rules.Check(md))
	customerOf := map[string]string{} // file name → customer
	for pnr, name := range data.BundleNames(m, md.Customers) {
		customerOf[name] = pnr
	}
	files, err := st.PrintMonth(ctx, m, customer, out, "")
	for _, f := range files {
		fmt.Fprintln(e.stdout, f)
		if codes := slices.Compact(slices.Sorted(slices.Values(append(blocks[customerOf[filepath.Base(f)]], blocks[""]...)))); len(codes) > 0 {
			fmt.Fprintf(e.stderr, "assistans: %s är utskriven trots blockerande fel (%s); FK kan vägra betala – se check --month %s\n",
				f, strings.Join(codes, ", "), m)
		}
	}
	return err
}

// blockingCodes are the codes of the blocking findings by customer; "" holds
// those that name no customer and so concern every bundle.
func blockingCodes(fs []rules.Finding) map[string][]string {
	out := map[string][]string{}
	for _, f := range fs {
		if f.Severity == rules.Block {
			out[f.Customer] = append(out[f.Customer], string(f.Code))
		}
	}
	return out
}

func runPDF3066(e *env, args []string) error {
	var db, assistant, customer, out, changedFrom, changed string
	fs := newFlags(e, "pdf3066", &db)
	fs.StringVar(&changedFrom, "changed-from", "", "ändrade förhållanden: dagen ändringen gäller från")
	fs.StringVar(&changed, "changed", "", "ändrade förhållanden: vad som har ändrats")
	fs.StringVar(&assistant, "assistant", "", "assistentens personnummer")
	fs.StringVar(&customer, "customer", "", "kundens personnummer")
	fs.StringVar(&out, "out", "", "PDF-filen att skriva")
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	today, _ := todayFlag("")
	a, err := idFlag("assistant", assistant, today)
	if err != nil {
		return err
	}
	c, err := idFlag("customer", customer, today)
	if err != nil {
		return err
	}
	if out == "" {
		return fmt.Errorf("ange PDF-filen med --out FIL.pdf")
	}
	// A report of changed circumstances needs the day it applies from.
	var from rules.Date
	if changed != "" && changedFrom == "" {
		return fmt.Errorf("--changed behöver --changed-from ÅÅÅÅ-MM-DD, dagen ändringen gäller från")
	}
	if changedFrom != "" {
		if from, err = rules.ParseDate(changedFrom); err != nil {
			return fmt.Errorf("--changed-from: %v", err)
		}
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := st.Form3066(context.Background(), a, c)
	if err != nil {
		return err
	}
	rep.Changed, rep.ChangedFrom, rep.ChangedText = !from.IsZero(), from, changed
	var buf bytes.Buffer
	if err := pdf.Write3066(&buf, rep); err != nil {
		return err
	}
	return data.WriteFileAtomic(out, buf.Bytes())
}
