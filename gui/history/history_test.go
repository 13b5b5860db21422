package history

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

func TestDescribeChange(t *testing.T) {
	language.Use("sv")
	names := map[string]string{guitest.PnrAnna: "Anna Andersson", guitest.PnrXena: "Xena Xu"}
	at := time.Date(2026, 10, 20, 12, 31, 0, 0, time.UTC) // 14:31 in Stockholm (CEST)
	for _, c := range []struct {
		name string
		row  data.AuditRow
		want historyEntry
	}{
		{"shift changed", data.AuditRow{At: at, User: "anna", Table: data.TableShifts, Key: "7",
			Old: `{"assistant":"` + guitest.PnrXena + `","customer":"` + guitest.PnrAnna + `","date":"2026-10-05","start_min":480,"end_min":960,"kind":"aktiv"}`,
			New: `{"assistant":"` + guitest.PnrXena + `","customer":"` + guitest.PnrAnna + `","date":"2026-10-05","start_min":480,"end_min":1020,"kind":"vantetid"}`},
			historyEntry{head: "2026-10-20 14:31 · anna · Ändrat", what: "Pass 2026-10-05: Xena Xu hos Anna Andersson",
				changes: "Slut: 16:00 → 17:00\nTidsslag: aktiv → väntetid"}},
		// 3750 hundredths = 37,5 h; 33260 öre = 332,60 kr; a null to_date, and the
		// customer and from date that the title names, are left out of a new record.
		{"decision created", data.AuditRow{At: at, User: "bo", Table: data.TableDecisions, Key: guitest.PnrAnna + "/2026-01-01",
			New: `{"customer":"` + guitest.PnrAnna + `","from_date":"2026-01-01","to_date":null,"hours_per_week_centi":3750,"hourly_amount_ore":33260,"higher_amount":1,"double_assistance":0}`},
			historyEntry{head: "2026-10-20 14:31 · bo · Nytt", what: "Beslut för Anna Andersson (19451212-1239) från 2026-01-01",
				changes: "Timmar per vecka: 37,5 h\nTimbelopp: 332,60 kr\nFörhöjt timbelopp: ja\nDubbelassistans: nej"}},
		{"month unlocked", data.AuditRow{At: at, User: "bo", Table: data.TableMonthInfo, Key: guitest.PnrAnna + "/2026-09", Note: "fel timmar",
			Old: `{"customer":"` + guitest.PnrAnna + `","month":"2026-09","childcare_school":0,"abroad":0,"prev_payment_used":null,"prev_payment_left":0,"sent":"2026-10-03"}`,
			New: `{"customer":"` + guitest.PnrAnna + `","month":"2026-09","childcare_school":0,"abroad":0,"prev_payment_used":null,"prev_payment_left":0,"sent":null}`},
			historyEntry{head: "2026-10-20 14:31 · bo · Ändrat", what: "Månadsuppgifter september 2026 för Anna Andersson",
				changes: "Skickad till FK: 2026-10-03 → –\nAnledning: fel timmar"}},
		// A person no longer in the register is shown by number.
		{"assistant deleted", data.AuditRow{At: at, User: "bo", Table: data.TableAssistants, Key: "198511112347",
			Old: `{"pnr":"198511112347","name":"Yngve Ytter","address":"","outside_ees":0,"unfit":0,"regime":"atl","period_start":null,"collective_agreement":0,"inactive":0}`},
			historyEntry{head: "2026-10-20 14:31 · bo · Borttaget", what: "Assistent Yngve Ytter (19851111-2347)",
				changes: "Bor utanför EES: nej\nSaknar förmåga att arbeta som assistent: nej\nArbetstidsregler: Arbetstidslagen\nKollektivavtal: nej\nInaktiv: nej"}},
		// The settings are one JSON text; their fields are compared one by one.
		{"settings", data.AuditRow{At: at, User: "bo", Table: data.TableSettings, Key: "rules",
			Old: `{"key":"rules","value":"{\"ATL\":{\"Name\":\"Arbetstidslagen\",\"LimitMinPerWeek\":2880},\"Schablon\":{\"2026\":33260}}"}`,
			New: `{"key":"rules","value":"{\"ATL\":{\"Name\":\"Arbetstidslagen\",\"LimitMinPerWeek\":2700},\"Schablon\":{\"2026\":33260,\"2027\":34000}}"}`},
			historyEntry{head: "2026-10-20 14:31 · bo · Ändrat", what: "Inställningar",
				changes: "ATL.LimitMinPerWeek: 2880 → 2700\nSchablon.2027: – → 34000"}},
		// Text that is not JSON is shown as stored rather than lost.
		{"damaged", data.AuditRow{At: at, User: "bo", Table: data.TableCustomers, Key: guitest.PnrAnna, Old: `{"name":`, New: `{"name":"A"}`},
			historyEntry{head: "2026-10-20 14:31 · bo · Ändrat", what: "Kund A (19451212-1239)", changes: `{"name": → {"name":"A"}`}},
	} {
		if got := describeChange(data.DescribeAudit(c.row), names); got != c.want {
			t.Errorf("%s:\n got %q\n     %q\n     %q\nwant %q\n     %q\n     %q", c.name, got.head, got.what, got.changes, c.want.head, c.want.what, c.want.changes)
		}
	}
}

// historyStoreFor is smallBatch with Anna renamed and her shift of 5 October
// made an hour longer, after the import.
func historyStoreFor(t *testing.T) *data.Store {
	t.Helper()
	st := guitest.OpenStore(t, guitest.SmallBatch())
	ctx := t.Context()
	if err := st.SaveCustomer(ctx, rules.Customer{Pnr: guitest.PnrAnna, Name: "Anna Omdöpt"}); err != nil {
		t.Fatal(err)
	}
	shifts, err := st.ShiftsFor(ctx, guitest.PnrXena, guitest.PnrAnna, rules.Month{Year: 2026, Month: 10})
	if err != nil || len(shifts) != 3 {
		t.Fatalf("Xena's shifts at Anna: %v, %v", shifts, err)
	}
	sh := shifts[0] // 2026-10-05 08:00–16:00
	sh.End = 17 * 60
	if _, err := st.SaveShift(ctx, sh); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestHistoryRows(t *testing.T) {
	language.Use("sv")
	st := historyStoreFor(t)
	ctx := t.Context()
	oct := rules.Month{Year: 2026, Month: 10}
	for _, c := range []struct {
		name  string
		subj  Subject
		count int
		first string // the newest change's record
	}{
		// Anna: created and renamed, her decision, Xena's assignment, three shifts created and one changed.
		{"Anna", Subject{Kind: historyCustomer, pnr: guitest.PnrAnna}, 8, "Pass 2026-10-05: Xena Xu hos Anna Omdöpt"},
		// Yngve: created, his assignment at Bertil, two shifts.
		{"Yngve", Subject{Kind: historyAssistant, pnr: guitest.PnrYngve}, 4, "Pass 2026-10-31: Yngve Ytter hos Bertil Berg"},
		// October: Anna's three shifts and the one changed, Bertil's night of 30 September
		// (it runs into October) and of 31 October.
		{"October", Subject{Kind: ByMonth, Month: oct}, 6, "Pass 2026-10-05: Xena Xu hos Anna Omdöpt"},
		{"September", Subject{Kind: ByMonth, Month: oct.Prev()}, 1, "Pass 2026-09-30: Yngve Ytter hos Bertil Berg"},
		{"November", Subject{Kind: ByMonth, Month: oct.Next()}, 1, "Pass 2026-10-31: Yngve Ytter hos Bertil Berg"},
		{"December", Subject{Kind: ByMonth, Month: oct.Next().Next()}, 0, ""},
	} {
		rows, err := st.History(ctx, c.subj.of())
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != c.count {
			t.Errorf("%s: %d changes, want %d", c.name, len(rows), c.count)
			continue
		}
		for i := 1; i < len(rows); i++ {
			if rows[i].ID > rows[i-1].ID {
				t.Errorf("%s: not newest first: %d before %d", c.name, rows[i-1].ID, rows[i].ID)
			}
		}
		names := map[string]string{guitest.PnrAnna: "Anna Omdöpt", guitest.PnrXena: "Xena Xu", guitest.PnrYngve: "Yngve Ytter", guitest.PnrBertil: "Bertil Berg"}
		if len(rows) > 0 {
			if got := describeChange(rows[0], names).what; got != c.first {
				t.Errorf("%s: newest %q, want %q", c.name, got, c.first)
			}
		}
	}
}

// TestHistoryDialog opens Historik from the menu, follows the choosers and
// reports the intact chain.
func TestHistoryDialog(t *testing.T) {
	s := guitest.NewSession(t, historyStoreFor(t))
	s.Win.Resize(fyne.NewSize(1200, 800))
	h := Open(s, Subject{})
	guitest.Settle(s)
	// The customers by name: Anna Omdöpt, Bertil Berg, Cecilia Carlsson, Dagny Dahl.
	if h.who.Selected != "Anna Omdöpt (19451212-1239)" || len(h.entries) != 8 {
		t.Fatalf("first shown: %q with %d changes", h.who.Selected, len(h.entries))
	}
	if got := h.entries[0].changes; got != "Slut: 16:00 → 17:00" {
		t.Errorf("newest change %q", got)
	}
	if h.summary.Text != "8 ändringar, den senaste först." {
		t.Errorf("summary %q", h.summary.Text)
	}
	if !strings.HasPrefix(h.chain.Text, "Ändringsloggen är obruten") {
		t.Errorf("chain %q", h.chain.Text)
	}

	h.who.SetSelectedIndex(1) // Bertil: created, decision, assignment, two shifts
	guitest.Settle(s)
	if len(h.entries) != 5 || h.subject.pnr != guitest.PnrBertil {
		t.Errorf("Bertil: %d changes, subject %+v", len(h.entries), h.subject)
	}
	h.kind.SetSelectedIndex(int(historyAssistant)) // the first assistant by name: Xena Xu
	guitest.Settle(s)
	if h.who.Selected != "Xena Xu (19900101-1239)" || len(h.entries) != 6 {
		t.Errorf("Xena: %q with %d changes", h.who.Selected, len(h.entries))
	}
	h.kind.SetSelectedIndex(int(ByMonth)) // the chosen month, oktober 2026
	guitest.Settle(s)
	if h.who.Selected != "oktober 2026" || len(h.entries) != 6 {
		t.Errorf("month: %q with %d changes", h.who.Selected, len(h.entries))
	}
	h.Dialog.Hide()

	m := Open(s, Subject{Kind: ByMonth, Month: rules.Month{Year: 2019, Month: 1}}) // outside the offered months
	guitest.Settle(s)
	if m.who.Selected != "januari 2019" || m.summary.Text != "Inga ändringar är registrerade." {
		t.Errorf("January 2019: %q, %q", m.who.Selected, m.summary.Text)
	}
	guitest.TapInTop(t, s.Win, "Stäng")
	if s.Win.Canvas().Overlays().Top() != nil {
		t.Error("Stäng left the dialog open")
	}
}

// verifyFinds is a store whose verify finds a record changed outside the program.
type verifyFinds struct{ *data.Store }

func (verifyFinds) Verify(context.Context) ([]string, error) {
	return []string{"Tabellen kunder (customers), nyckel 194512121239: raden har ändrats utanför programmet."}, nil
}

// Historik runs the full verify, not only the chain: a record changed
// outside the program is named under the list.
func TestHistoryShowsVerifyFindings(t *testing.T) {
	s := guitest.NewSession(t, verifyFinds{historyStoreFor(t)})
	s.Win.Resize(fyne.NewSize(1200, 800))
	h := Open(s, Subject{})
	guitest.Settle(s)
	want := "Kontrollen hittade 1 avvikelser från ändringsloggen:\nTabellen kunder (customers), nyckel 194512121239: raden har ändrats utanför programmet."
	if h.chain.Text != want || h.chain.Importance != widget.DangerImportance {
		t.Errorf("chain %q (%v), want %q", h.chain.Text, h.chain.Importance, want)
	}
}
