package data

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"assistans/data/pdf"
	"assistans/rules"
)

// File names of printed forms carry names and the month, never a personnummer
// (a file name is seen in folder listings, mail attachments and backups of the
// folder). Two people whose names give the same file name are told apart by a
// number, " (2)", given in the order of their personnummer over the whole
// register, so that a person's file has the same name whether the month is
// printed for everyone or for that one person.

// maxNameRunes bounds the name part of a file name, well inside every file
// system's limit of 255 bytes for a name.
const maxNameRunes = 80

// fileSafe makes s a part of a file name that Windows, macOS and Linux all take:
// the characters they refuse (\ / : * ? " < > | and control characters) become
// "_", and trailing dots and spaces, which Windows drops, are removed.
func fileSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' || r == 0x7f || r == utf8.RuneError {
			return '_'
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) > maxNameRunes {
		s = string([]rune(s)[:maxNameRunes])
	}
	s = strings.TrimRight(strings.TrimSpace(s), ". ")
	return s
}

// fileKey is how a file system may compare names: without case (Windows,
// macOS) and in one Unicode form (macOS stores å as a and a ring).
func fileKey(s string) string { return norm.NFC.String(strings.ToLower(s)) }

// numbered gives each of names (in the order given) its name, with " (n)"
// before ext from the second on when an earlier one has the same file key.
func numbered(names []string, ext string) []string {
	taken := map[string]bool{}
	out := make([]string, len(names))
	for i, n := range names {
		name := n + ext
		for k := 2; taken[fileKey(name)]; k++ {
			name = fmt.Sprintf("%s (%d)%s", n, k, ext)
		}
		taken[fileKey(name)] = true
		out[i] = name
	}
	return out
}

// BundleNames are the file names of month m's bundles, by customer
// personnummer, for every customer of the register: "2026-10 Märta
// Andersson.pdf", "2026-10 Märta Andersson (2).pdf" for a second Märta
// Andersson.
func BundleNames(m rules.Month, customers []rules.Customer) map[string]string {
	sorted := slices.SortedFunc(slices.Values(customers), func(a, b rules.Customer) int { return cmp.Compare(a.Pnr, b.Pnr) })
	bases := make([]string, len(sorted))
	for i, c := range sorted {
		bases[i] = m.String() + " " + cmp.Or(fileSafe(c.Name), "kund utan namn")
	}
	out := make(map[string]string, len(sorted))
	for i, name := range numbered(bases, ".pdf") {
		out[sorted[i].Pnr] = name
	}
	return out
}

// name3066 is the base of a 3066's file name: "3066 <assistant> hos
// <customer>", with the day of a change after "ändrad" so that a change does
// not replace the first report.
func name3066(a rules.Assistant, c rules.Customer, changed rules.Date) string {
	kind := "3066"
	if !changed.IsZero() {
		kind += " ändrad " + changed.String()
	}
	return fmt.Sprintf("%s %s hos %s", kind, cmp.Or(fileSafe(a.Name), "assistent utan namn"), cmp.Or(fileSafe(c.Name), "kund utan namn"))
}

// Name3066 is the file name of the 3066 rep: "3066 Anna Berg hos Märta
// Andersson.pdf" ("3066 ändrad 2026-11-01 ..." for a change), numbered like
// BundleNames among the register's assignments whose names give the same file name.
func (s *Store) Name3066(ctx context.Context, rep pdf.Report3066) (string, error) {
	r, err := s.loadRegisters(ctx)
	if err != nil {
		return "", err
	}
	var changed rules.Date
	if rep.Changed {
		changed = rep.ChangedFrom
	}
	type pair struct{ assistant, customer string }
	pairs := []pair{{rep.Assistant.Pnr, rep.Customer.Pnr}}
	for k := range r.assignments {
		if k != [2]string{rep.Assistant.Pnr, rep.Customer.Pnr} {
			pairs = append(pairs, pair{k[0], k[1]})
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(a.assistant, b.assistant), cmp.Compare(a.customer, b.customer))
	})
	bases := make([]string, len(pairs))
	at := 0
	for i, p := range pairs {
		a, c := r.assistants[p.assistant], r.customers[p.customer]
		if p == (pair{rep.Assistant.Pnr, rep.Customer.Pnr}) {
			a, c, at = rep.Assistant, rep.Customer, i
		}
		bases[i] = name3066(a, c, changed)
	}
	return numbered(bases, ".pdf")[at], nil
}
