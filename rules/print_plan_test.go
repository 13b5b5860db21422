package rules

import "testing"

func TestPlanPrint(t *testing.T) {
	oct := Month{Year: 2026, Month: 10}
	md := MonthData{Month: oct, Customers: []Customer{{Pnr: pnrAnna, Name: "Anna Andersson"}, {Pnr: pnrCecilia, Name: "Cecilia Carlsson"}},
		Shifts: []Shift{shiftOn(pnrAnna, D(2026, 10, 5), 480, 960, Aktiv), shiftOn(pnrBertil, D(2026, 10, 6), 480, 960, Aktiv),
			shiftOn(pnrCecilia, D(2026, 9, 6), 480, 960, Aktiv)}} // Cecilia has no time in October
	fs := []Finding{
		{Code: NoDecision, Severity: Block, Customer: pnrBertil},
		{Code: DailyRest, Severity: Warn, Customer: pnrAnna},
		{Code: IDInvalid, Severity: Block},
	}
	p := PlanPrint(md, fs, pnrAnna)
	if len(p.Items) != 1 || p.Items[0].Customer.Name != "Anna Andersson" || len(p.Items[0].Blocks) != 0 {
		t.Errorf("items %+v", p.Items)
	}
	// A blocking finding without a customer concerns every print.
	if len(p.General) != 1 || !p.Blocked() || !p.Overridden(p.Items[0]) {
		t.Errorf("general %+v, blocked %v", p.General, p.Blocked())
	}
	// Bertil is not in the register: printed under his number, first (no name).
	p = PlanPrint(md, fs[:2], "")
	if len(p.Items) != 2 || p.Items[0].Customer.Pnr != pnrBertil || p.Items[1].Customer.Pnr != pnrAnna {
		t.Fatalf("items %+v", p.Items)
	}
	if !p.Blocked() || !p.Overridden(p.Items[0]) || p.Overridden(p.Items[1]) {
		t.Errorf("Bertil's NO_DECISION blocks his print alone: blocked %v, overridden %v %v",
			p.Blocked(), p.Overridden(p.Items[0]), p.Overridden(p.Items[1]))
	}
	if p = PlanPrint(md, nil, ""); p.Blocked() {
		t.Error("blocked without findings")
	}
}
