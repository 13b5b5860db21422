package pdf

import (
	"fmt"
	"io"
	"strconv"

	"assistans/rules"
	"assistans/rules/say"
)

// Report3057 is one customer's räkning for one month.
type Report3057 struct {
	Month    rules.Month
	Customer rules.Customer
	// Representative says the ställföreträdare signs: section 8 is filled in
	// from Customer.RepresentativeName, RepresentativePnr and RepresentativeRole.
	Representative bool
	// Provider is the assistansanordnare; the 016 F 002 form has no box for it,
	// so it only names the file's author.
	Provider rules.Provider
	// Totals are the customer's minutes from rules.MonthTotals, printed as given.
	Totals rules.Totals
	Info   rules.MonthInfo
	// InfoRecorded says the month's facts (Info) were recorded: without them
	// section 3 (barnomsorg, skola) is not answered and is left blank.
	InfoRecorded bool
	// Hospital are the stays that touch Month (rules.HospitalStay.Touches). The
	// form has rows for three; with more, every stay is listed on an attachment
	// page after the 3057 (hospital.go).
	Hospital []rules.HospitalStay
	// Costs is the month's cost report, one per category 1–6.
	Costs []rules.Cost
	// CostHoursCenti is the number of hours the costs are computed on, ×100.
	CostHoursCenti int64
	// HigherAmount: the customer has a higher hourly amount and must report
	// costs, so page 2 is printed even before any cost is entered.
	HigherAmount bool
}

// Write3057 writes one 3057 as a PDF: page 1, and page 2 (the cost report)
// when r.HigherAmount or costs are given.
func Write3057(w io.Writer, r Report3057) error {
	d := newDocument()
	d.setInfo("Räkning "+r.Month.String()+" "+r.Customer.Name, r.Provider.Name)
	if err := fill3057(d, r); err != nil {
		return err
	}
	return d.write(w)
}

// WriteBundle writes a month's forms for one customer as one PDF: the 3057
// followed by each assistant's 3059, in the order given.
func WriteBundle(w io.Writer, r3057 Report3057, r3059s []Report3059) error {
	d := newDocument()
	d.setInfo("Assistansersättning "+r3057.Month.String()+" "+r3057.Customer.Name, r3057.Provider.Name)
	if err := fill3057(d, r3057); err != nil {
		return err
	}
	for _, r := range r3059s {
		if err := fill3059(d, r); err != nil {
			return say.Refused(rules.FormOfAssistant, r.Assistant.Name, err)
		}
	}
	return d.write(w)
}

// costLine is one line of the cost report as printed.
type costLine struct {
	Period  rules.Ore
	PerHour rules.Ore
	HasRate bool // false when there are no hours to divide by
}

// costReport computes the six lines and the sum line of 3057 page 2.
// Kronor per hour is amount ÷ hours, rounded to whole öre, half up
// (rules.RoundDiv): amount öre × 100 ÷ hours×100. The sum's per-hour figure is
// the summed amount divided the same way, not the sum of the rounded lines, so
// it is the true cost per hour.
func costReport(costs []rules.Cost, hoursCenti int64) (lines [6]costLine, sum costLine, err error) {
	seen := [6]bool{}
	for _, c := range costs {
		if c.Category < 1 || c.Category > 6 {
			return lines, sum, say.Refused(rules.FormCostCategory, c.Category)
		}
		if seen[c.Category-1] {
			return lines, sum, say.Refused(rules.FormCostTwice, c.Category, rules.CostCategories[c.Category-1])
		}
		seen[c.Category-1] = true
		lines[c.Category-1].Period = c.Amount
		sum.Period += c.Amount
	}
	if hoursCenti > 0 {
		for i := range lines {
			lines[i].PerHour = rules.Ore(rules.RoundDiv(int64(lines[i].Period)*100, hoursCenti))
			lines[i].HasRate = true
		}
		sum.PerHour = rules.Ore(rules.RoundDiv(int64(sum.Period)*100, hoursCenti))
		sum.HasRate = true
	}
	return lines, sum, nil
}

// formatHoursCenti prints hundredths of hours as "123,50".
func formatHoursCenti(h int64) string {
	return rules.FormatKr(rules.Ore(h))
}

func fill3057(d *document, r Report3057) error {
	if r.Month.IsZero() {
		return fmt.Errorf("3057: månad saknas")
	}
	lines, sum, err := costReport(r.Costs, r.CostHoursCenti)
	if err != nil {
		return fmt.Errorf("3057: %w", err)
	}

	p := d.addPage(Form3057, 1)
	writeYearMonth(p, r.Month)
	p.text("customer_name", r.Customer.Name)
	p.text("customer_pnr", formatPnr(r.Customer.Pnr))
	for _, k := range rules.Kinds {
		h, m := rules.HoursMinutes(r.Totals.Of(k))
		p.text(string(k)+"_hours", strconv.Itoa(h))
		p.text(string(k)+"_minutes", fmt.Sprintf("%02d", m))
	}
	// Section 3 is left blank until the month's facts are recorded, as
	// section 6 is until the efterskott question is answered.
	if r.InfoRecorded {
		p.cross("childcare_yes", r.Info.ChildcareSchool)
		p.cross("childcare_no", !r.Info.ChildcareSchool)
	}
	stays := sortedStays(r.Hospital)
	writeStays(p, stays)
	p.cross("abroad_yes", r.Info.Abroad)
	switch r.Info.PrevPaymentUsed {
	case rules.Yes:
		p.cross("prev_used_yes", true)
	case rules.No:
		p.cross("prev_used_no", true)
		p.text("prev_left", rules.FormatKr(r.Info.PrevPaymentLeft))
	}
	// Section 7 (date, signature, phone) is left for the signer's own hand.
	if r.Representative {
		c := r.Customer
		switch c.RepresentativeRole {
		case rules.Vardnadshavare:
			p.cross("rep_vardnadshavare", true)
		case rules.GodMan:
			p.cross("rep_god_man", true)
		case rules.Forvaltare:
			p.cross("rep_forvaltare", true)
		}
		p.text("rep_name", c.RepresentativeName)
		p.text("rep_pnr", formatPnr(c.RepresentativePnr))
	}

	if r.HigherAmount || len(r.Costs) > 0 {
		fill3057Costs(d, r, lines, sum)
	}
	writeStayAttachment(d, r, stays)
	return d.err
}

// fill3057Costs fills page 2, the cost report; without costs it is printed
// for the hand.
func fill3057Costs(d *document, r Report3057, lines [6]costLine, sum costLine) {
	p := d.addPage(Form3057, 2)
	p.text("p2_month", r.Month.String())
	p.text("p2_customer_pnr", formatPnr(r.Customer.Pnr))
	if len(r.Costs) == 0 {
		return
	}
	for i, l := range lines {
		if l.HasRate {
			p.cell("costs", i, "per_hour", rules.FormatKr(l.PerHour))
		}
		p.cell("costs", i, "period", rules.FormatKr(l.Period))
	}
	if sum.HasRate {
		p.text("sum_per_hour", rules.FormatKr(sum.PerHour))
	}
	p.text("sum_period", rules.FormatKr(sum.Period))
	if r.CostHoursCenti > 0 {
		p.text("cost_hours", formatHoursCenti(r.CostHoursCenti))
	}
}
