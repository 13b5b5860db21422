package bill

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
)

// higherBatch is smallBatch with Anna on a higher hourly amount.
func higherBatch() rules.Batch {
	b := guitest.SmallBatch()
	b.Decisions[0].HigherAmount = true
	b.Decisions[0].HourlyAmount = 33260
	return b
}

// typeCosts replaces the six amounts and the hours.
func typeCosts(c *costEditor, hours string, amounts ...string) {
	for i, f := range c.amounts {
		f.Entry.SetText("")
		if i < len(amounts) {
			test.Type(f.Entry, amounts[i])
		}
	}
	c.hours.Entry.SetText("")
	test.Type(c.hours.Entry, hours)
}

func TestCostsPerHour(t *testing.T) {
	st := guitest.OpenStore(t, higherBatch())
	_, m := openMonthScreen(t, st, guitest.PnrAnna)
	c := m.Costs
	if !c.table.Visible() {
		t.Fatal("Anna has a higher amount, but the cost report is hidden")
	}
	// The default hours are the month's: 1 290 minutes = 21,50 h.
	if got := c.hours.Entry.Text; got != "21,50" {
		t.Errorf("default hours %q, want 21,50", got)
	}
	if !c.SaveBtn.Disabled() {
		t.Error("Spara is enabled with the amounts empty")
	}

	// 100 000,00 kr over 250,00 h = 400,00 kr/h; the sum is the same.
	typeCosts(c, "250", "100000", "0", "0", "0", "0", "0")
	if got := c.perHour[0].Text; got != "400,00" {
		t.Errorf("100 000 kr over 250 h: %q kr/h, want 400,00", got)
	}
	if c.sumAmount.Text != "100 000,00" || c.sumPerHour.Text != "400,00" {
		t.Errorf("sum %q, %q kr/h", c.sumAmount.Text, c.sumPerHour.Text)
	}
	if got := c.hoursNote.Text; !strings.Contains(got, "21,50 timmar") || !strings.Contains(got, "skiljer sig") {
		t.Errorf("hours note %q", got)
	}

	// 1 000,00 kr over 3 h = 333,333… → 333,33 kr/h, in two categories; the sum
	// 2 000,00 over 3 h = 666,666… → 666,67, not 333,33 + 333,33 = 666,66.
	typeCosts(c, "3", "1000", "1 000,00", "0", "0", "0", "0")
	if c.perHour[0].Text != "333,33" || c.perHour[1].Text != "333,33" || c.sumPerHour.Text != "666,67" {
		t.Errorf("over 3 h: %q, %q, sum %q", c.perHour[0].Text, c.perHour[1].Text, c.sumPerHour.Text)
	}

	// A bad amount is named under its field and Spara waits.
	c.amounts[2].Entry.SetText("")
	test.Type(c.amounts[2].Entry, "-5")
	if got := c.amounts[2].Msg.Text; got != "Beloppet kan inte vara negativt." || !c.SaveBtn.Disabled() || c.sumAmount.Text != "" {
		t.Errorf("negative amount: message %q, save disabled %v, sum %q", got, c.SaveBtn.Disabled(), c.sumAmount.Text)
	}
	c.amounts[2].Entry.SetText("")
	test.Type(c.amounts[2].Entry, "0")
	c.hours.Entry.SetText("")
	test.Type(c.hours.Entry, "0")
	if got := c.hours.Msg.Text; !strings.HasPrefix(got, "Skriv antalet timmar, större än 0") || !c.SaveBtn.Disabled() {
		t.Errorf("zero hours: %q", got)
	}
	test.Tap(c.useMonth)
	if c.hours.Entry.Text != "21,50" || c.SaveBtn.Disabled() {
		t.Fatalf("Använd månadens timmar: %q, save disabled %v", c.hours.Entry.Text, c.SaveBtn.Disabled())
	}

	// Spara writes all six categories with the same hours.
	test.Tap(c.SaveBtn)
	if got := c.status.Text; got != "Kostnadsredovisningen för oktober 2026 är sparad." {
		t.Errorf("status %q", got)
	}
	rows, err := st.Costs(context.Background(), guitest.October)
	if err != nil || len(rows) != 6 {
		t.Fatalf("stored %+v, %v", rows, err)
	}
	for i, r := range rows {
		want := rules.Cost{Customer: guitest.PnrAnna, Month: guitest.October, Category: i + 1, HoursCenti: 2150, Version: 1}
		if i < 2 {
			want.Amount = 100000
		}
		if r != want {
			t.Errorf("row %d: %+v, want %+v", i, r, want)
		}
	}
}

func TestCostsNotNeeded(t *testing.T) {
	_, m := openMonthScreen(t, guitest.OpenStore(t, guitest.SmallBatch()), guitest.PnrAnna)
	if m.Costs.table.Visible() || m.Costs.notNeeded.Text != "Kunden har inget förhöjt timbelopp i oktober 2026, så ingen kostnadsredovisning behövs." {
		t.Errorf("without a higher amount: table shown %v, note %q", m.Costs.table.Visible(), m.Costs.notNeeded.Text)
	}
}

// A sent month takes a cost report it lacks, but a stored one cannot change.
func TestCostsLocked(t *testing.T) {
	st := guitest.OpenStore(t, higherBatch())
	ctx := context.Background()
	if err := st.MarkSent(ctx, guitest.PnrAnna, guitest.October, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	c := m.Costs
	if c.readOnly || !strings.HasPrefix(c.lockNote.Text, "Månaden är skickad. Kostnaderna kan ändå lämnas i efterhand") {
		t.Errorf("sent without costs: read-only %v, note %q", c.readOnly, c.lockNote.Text)
	}
	typeCosts(c, "21,50", "5000", "0", "0", "0", "0", "0")
	test.Tap(c.SaveBtn)
	s.DataChanged()
	if !c.readOnly || !c.SaveBtn.Disabled() || !strings.HasPrefix(c.lockNote.Text, "Månaden är skickad och låst") {
		t.Errorf("sent with costs: read-only %v, save disabled %v, note %q", c.readOnly, c.SaveBtn.Disabled(), c.lockNote.Text)
	}
	if got := c.perHour[0].Text; got != "232,56" { // 5 000 / 21,5 = 232,558… → 232,56
		t.Errorf("read-only kr/h %q", got)
	}
}
