package registers

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/rules"
)

// otherSaves stores f's change to the customer pnr as the person "Lena" would
// from another program: through the store, behind the screen's back.
func otherSavesCustomer(t *testing.T, st interface {
	Customers(context.Context) ([]rules.Customer, error)
	SaveCustomer(context.Context, rules.Customer) error
}, setUser func(string), pnr string, f func(*rules.Customer)) {
	t.Helper()
	cs, _ := st.Customers(context.Background())
	i := slices.IndexFunc(cs, func(c rules.Customer) bool { return c.Pnr == pnr })
	f(&cs[i])
	setUser("lena")
	defer setUser("")
	if err := st.SaveCustomer(context.Background(), cs[i]); err != nil {
		t.Fatal(err)
	}
}

func TestCustomerSaveRefusedWhenChangedElsewhere(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	me := st.User
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	if !c.SelectKey(rules.Customer{Pnr: guitest.PnrCecilia}) {
		t.Fatal("no Cecilia")
	}
	otherSavesCustomer(t, st, func(u string) {
		if u == "" {
			u = me
		}
		st.User = u
	}, guitest.PnrCecilia, func(x *rules.Customer) { x.Name = "Cecilia Lenas" })

	guitest.TypeText(c.Name, "Cecilia Mina")
	test.Tap(c.Frame.saveBtn)
	texts := strings.Join(guitest.TopTexts(t, s.Win), "\n")
	if !strings.Contains(texts, "Uppgiften har ändrats av lena ") || !strings.Contains(texts, "Det du har skrivit i formuläret sparas inte") {
		t.Fatalf("conflict dialog:\n%s", texts)
	}
	cs, _ := st.Customers(context.Background())
	if i := slices.IndexFunc(cs, func(x rules.Customer) bool { return x.Pnr == guitest.PnrCecilia }); cs[i].Name != "Cecilia Lenas" {
		t.Fatalf("the other person's change was overwritten: %q", cs[i].Name)
	}
	guitest.TapDialogButton(t, s.Win, "Ladda om")
	if c.Name.Text() != "Cecilia Lenas" {
		t.Fatalf("after Ladda om the form shows %q", c.Name.Text())
	}
	// Saved again from the reloaded form, the change lands.
	guitest.TypeText(c.Name, "Cecilia Mina")
	test.Tap(c.Frame.saveBtn)
	cs, _ = st.Customers(context.Background())
	if i := slices.IndexFunc(cs, func(x rules.Customer) bool { return x.Pnr == guitest.PnrCecilia }); cs[i].Name != "Cecilia Mina" {
		t.Fatalf("after reload the save did not land: %q", cs[i].Name)
	}
	// And a second save of one's own is not refused as someone else's.
	guitest.TypeText(c.Name, "Cecilia Min")
	test.Tap(c.Frame.saveBtn)
	if c.Frame.status.Text != "Kunden Cecilia Min är sparad." {
		t.Fatalf("second own save: %q", c.Frame.status.Text)
	}
}

// Another program's commit, delivered on the Changes channel, refreshes the
// list shown, and the form being typed in keeps its text (and, saved, is
// refused when the other program changed that very record).
func TestChangeElsewhereRefreshesListKeepsTyping(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	changes := make(chan data.Change)
	s.Watch(changes)
	defer close(changes)
	c.SelectKey(rules.Customer{Pnr: guitest.PnrCecilia})
	guitest.TypeText(c.Name, "Cecilia Ny")

	me := st.User
	otherSavesCustomer(t, st, func(u string) {
		if u == "" {
			u = me
		}
		st.User = u
	}, guitest.PnrBertil, func(x *rules.Customer) { x.Name = "Bertil Bergström" })
	// The second send returns only after the first change was handed to the UI queue.
	changes <- data.Change{Tables: []string{data.TableCustomers}, By: "lena"}
	changes <- data.Change{Tables: []string{data.TableCustomers}, By: "lena"}
	guitest.Settle(s)

	var titles []string
	for _, r := range c.Frame.rows {
		titles = append(titles, r.Title)
	}
	if !slices.Contains(titles, "Bertil Bergström") {
		t.Fatalf("the list after the other program's change: %v", titles)
	}
	if c.Name.Text() != "Cecilia Ny" || c.Current == nil || c.Current.Pnr != guitest.PnrCecilia {
		t.Fatalf("the form lost its typing: %q", c.Name.Text())
	}
}

// A decision edited and saved twice in a row from the screen: the second save
// carries the version the first stored, so it is not refused as someone else's.
func TestDecisionSavedTwice(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s := guitest.NewSession(t, st)
	c := NewCustomers(s)
	guitest.ShowScreen(s, c.Content)
	c.SelectKey(rules.Customer{Pnr: guitest.PnrBertil})
	c.editDecision(c.Dec.rows[0])
	guitest.TypeText(c.Dec.amount, "332,60")
	for _, hours := range []string{"21", "22"} {
		guitest.TypeText(c.Dec.hours, hours)
		c.onSaveDecision()
		if s.Win.Canvas().Overlays().Top() != nil {
			t.Fatalf("saving %s h: %v", hours, guitest.TopTexts(t, s.Win))
		}
		decs, _ := st.Decisions(context.Background(), guitest.PnrBertil)
		if decs[0].HoursPerWeekCenti != 100*map[string]int64{"21": 21, "22": 22}[hours] {
			t.Fatalf("saving %s h stored %+v (status %q)", hours, decs[0], c.Dec.status.Text)
		}
	}
}
