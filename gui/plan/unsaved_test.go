package plan

import (
	"strings"
	"testing"

	"assistans/gui/guitest"
)

// TestCustomerSwitchAsksToSave: typing in the week grid is not dropped when
// another customer is picked: Avbryt stays, Spara saves and switches, Släng
// switches without saving.
func TestCustomerSwitchAsksToSave(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, p := openPlan(t, st, guitest.PnrAnna, guitest.October)
	p.Tabs.SelectIndex(1)
	g := p.Grid
	typeMonday := func() {
		g.Rows[0].Slots[0].Text.SetText("8-16")
		g.Rows[0].Slots[0].Who.SetSelectedIndex(0)
		if !g.Dirty {
			t.Fatal("the grid is not marked as typed in")
		}
	}
	typeMonday()

	p.SelectCustomer(guitest.PnrBertil)
	if p.chosen != guitest.PnrAnna || !strings.HasPrefix(p.Customer.Selected, "Anna Andersson") {
		t.Fatalf("before an answer the plan shows %s (%q), want Anna", p.chosen, p.Customer.Selected)
	}
	if got := strings.Join(guitest.TopTexts(t, s.Win), "|"); !strings.Contains(got, "Veckoschemat för Anna Andersson") {
		t.Fatalf("no question: %q", got)
	}
	guitest.TapDialogButton(t, s.Win, "Avbryt")
	if p.chosen != guitest.PnrAnna || g.Rows[0].Slots[0].Text.Text != "8-16" {
		t.Fatalf("after Avbryt: %s, Monday %q; want Anna's typing kept", p.chosen, g.Rows[0].Slots[0].Text.Text)
	}

	p.SelectCustomer(guitest.PnrBertil)
	guitest.TapDialogButton(t, s.Win, "Spara")
	guitest.Settle(s)
	if rows, _ := st.Schedules(t.Context(), guitest.PnrAnna); len(rows) != 1 || rows[0].Start != 8*60 {
		t.Errorf("after Spara Anna's schedule is %+v, want the Monday 08–16", rows)
	}
	if p.chosen != guitest.PnrBertil {
		t.Fatalf("after Spara the plan shows %s, want Bertil", p.chosen)
	}

	typeMonday()
	p.SelectCustomer(guitest.PnrAnna)
	guitest.TapDialogButton(t, s.Win, "Släng")
	guitest.Settle(s)
	if rows, _ := st.Schedules(t.Context(), guitest.PnrBertil); len(rows) != 0 {
		t.Errorf("after Släng Bertil has %+v", rows)
	}
	if p.chosen != guitest.PnrAnna || g.Dirty {
		t.Errorf("after Släng: %s, dirty %v; want Anna, clean", p.chosen, g.Dirty)
	}
}
