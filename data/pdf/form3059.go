package pdf

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"

	"assistans/rules"
	"assistans/rules/say"
)

// Period is a calculation period (beräkningsperiod) of the working-time rules,
// both ends inclusive, printed in section 4 of the 3059.
type Period struct {
	From, To rules.Date
}

// Report3059 is one assistant's tidsredovisning for one customer and month.
type Report3059 struct {
	Month      rules.Month
	Customer   rules.Customer
	Assistant  rules.Assistant
	Provider   rules.Provider
	Assignment rules.Assignment
	// Shifts are the assistant's shifts for the customer dated in Month, and the
	// one dated the last day of the month before if it runs past midnight into
	// Month: that one is printed as day 1 from 00:00. Shifts with a problem
	// (rules.Shift.Fault) are not printed, as rules.MonthTotals does not count them.
	Shifts []rules.Shift
	// Periods are the calculation periods that overlap Month (at most six fit).
	Periods []Period
	// Totals are the assistant's minutes from rules.MonthTotals, printed as given.
	Totals rules.Totals
}

// Write3059 writes one 3059 as a PDF.
func Write3059(w io.Writer, r Report3059) error {
	d := newDocument()
	d.setInfo("Tidsredovisning "+r.Month.String()+" "+r.Assistant.Name, r.Provider.Name)
	if err := fill3059(d, r); err != nil {
		return err
	}
	return d.write(w)
}

// shiftRow is one row of section 7: a day and clock times as printed.
type shiftRow struct {
	Day      int
	From, To string
	Kind     rules.Kind
}

// shiftRows turns the shifts into the rows the form shows, in day and clock
// order. A night shift stays one row, dated the day it began. A shift running
// into the next month ends "24:00" on this month's form; one that began the last
// day of the month before is day 1 from "00:00" (RULES.md: each month's report
// carries its own part).
func shiftRows(m rules.Month, shifts []rules.Shift) []shiftRow {
	type keyed struct {
		row   shiftRow
		start rules.Clock
	}
	var rows []keyed
	for _, s := range shifts {
		if s.Fault() != rules.ShiftOK {
			continue
		}
		switch {
		case m.Contains(s.Date):
			to := s.End.String()
			if s.CrossesMonth() {
				to = "24:00"
			}
			rows = append(rows, keyed{shiftRow{s.Date.Day, s.Start.String(), to, s.Kind}, s.Start})
		case s.Date == m.First().AddDays(-1) && s.MinutesIn(m) > 0:
			rows = append(rows, keyed{shiftRow{1, "00:00", s.End.String(), s.Kind}, 0})
		}
	}
	slices.SortStableFunc(rows, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.row.Day, b.row.Day), cmp.Compare(a.start, b.start))
	})
	out := make([]shiftRow, len(rows))
	for i, k := range rows {
		out[i] = k.row
	}
	return out
}

// rowPage says which blank page an output page is and which rows it holds.
type rowPage struct {
	Blank    int
	From, To int // rows [From, To)
}

// layout3059 lays n rows out on the form. Page 2 and page 3 each hold perRow
// rows (two columns of 20 on 016 F 003); page 3 also carries the sums and the
// assistant's signature, so it always comes last. More rows than pages 2 and 3
// hold go on further copies of page 2, inserted before page 3.
func layout3059(n, perPage int) []rowPage {
	pages := []rowPage{{Blank: 1}}
	// Copies of page 2 so that page 3 takes at most perPage rows:
	// ceil((n-perPage)/perPage), which is (n-1)/perPage, and at least one.
	copies := max(1, (n-1)/perPage)
	at := 0
	for range copies {
		end := min(n, at+perPage)
		pages = append(pages, rowPage{Blank: 2, From: at, To: end})
		at = end
	}
	return append(pages, rowPage{Blank: 3, From: at, To: n})
}

func fill3059(d *document, r Report3059) error {
	if r.Month.IsZero() {
		return fmt.Errorf("3059: månad saknas")
	}
	if len(r.Periods) > 6 {
		return say.Refused(rules.FormTooManyPeriods, len(r.Periods))
	}
	fm, err := loadForm(Form3059)
	if err != nil {
		return err
	}
	grid, ok := fm.Map.Grids["shifts"]
	if !ok {
		return fmt.Errorf("fältkartan %s saknar tabellen shifts", Form3059)
	}
	rows := shiftRows(r.Month, r.Shifts)
	month := r.Month.String()
	pages := layout3059(len(rows), grid.Capacity())
	for k, lp := range pages {
		p := d.addPage(Form3059, lp.Blank)
		if lp.Blank == 1 {
			fill3059Page1(p, r)
			continue
		}
		pre := "p" + strconv.Itoa(lp.Blank) + "_"
		// Page 2 prints "2 (3)"; on a longer form each page after the first
		// says its own number and the count instead.
		if len(pages) > 3 {
			p.erase(pre + "page_no")
			p.text(pre+"page_no", fmt.Sprintf("%d (%d)", k+1, len(pages)))
		}
		p.text(pre+"month", month)
		p.text(pre+"assistant_pnr", formatPnr(r.Assistant.Pnr))
		p.text(pre+"customer_pnr", formatPnr(r.Customer.Pnr))
		for i := lp.From; i < lp.To; i++ {
			row := rows[i]
			p.cell("shifts", i-lp.From, "day", strconv.Itoa(row.Day))
			p.cell("shifts", i-lp.From, "from", row.From)
			p.cell("shifts", i-lp.From, "to", row.To)
			p.crossCell("shifts", i-lp.From, string(row.Kind), true)
		}
		if lp.Blank == 3 {
			for _, k := range rules.Kinds {
				h, m := rules.HoursMinutes(r.Totals.Of(k))
				p.text(string(k)+"_hours", strconv.Itoa(h))
				p.text(string(k)+"_minutes", fmt.Sprintf("%02d", m))
			}
		}
	}
	return d.err
}

func fill3059Page1(p *page, r Report3059) {
	writeYearMonth(p, r.Month)
	p.text("customer_name", r.Customer.Name)
	p.text("customer_pnr", formatPnr(r.Customer.Pnr))
	p.text("assistant_name", r.Assistant.Name)
	p.text("assistant_pnr", formatPnr(r.Assistant.Pnr))
	p.cross("collective_yes", r.Assistant.CollectiveAgreement)
	p.cross("collective_no", !r.Assistant.CollectiveAgreement)
	for i, per := range r.Periods {
		n := strconv.Itoa(i + 1)
		p.text("period_"+n+"_from", per.From.String())
		p.text("period_"+n+"_to", per.To.String())
	}

	// Section 5: who employs the assistant. The customer as employer ticks the
	// first box and, as the form says, nothing more under the section.
	writeEmployer(p, r.Assignment, r.Provider)
	// Section 6 (date, signature, phone) is left for the provider's own hand.
}

// writeYearMonth fills the six digit cells ÅÅÅÅ–MM at the top of page 1.
func writeYearMonth(p *page, m rules.Month) {
	digits := fmt.Sprintf("%04d%02d", m.Year, int(m.Month))
	if len(digits) != 6 {
		p.fail(fmt.Errorf("ogiltig månad %s", m))
		return
	}
	for i := range 6 {
		p.text("ym_"+strconv.Itoa(i+1), digits[i:i+1])
	}
}

// formatPnr prints a 12-digit identity number as YYYYMMDD-NNNN, the form's
// "Personnummer (12 siffror)"; anything else is printed as it is.
func formatPnr(s string) string {
	if len(s) == 12 && allDigits(s) {
		return s[:8] + "-" + s[8:]
	}
	return s
}

// formatOrgnr prints a 10-digit organisationsnummer as NNNNNN-NNNN and a
// sole trader's 12-digit personnummer as formatPnr does.
func formatOrgnr(s string) string {
	if len(s) == 10 && allDigits(s) {
		return s[:6] + "-" + s[6:]
	}
	return formatPnr(s)
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
