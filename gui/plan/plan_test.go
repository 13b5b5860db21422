package plan

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data/demo"
	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// The demo's people (data/demo).
const (
	ingrid = "197502284222"
	fatima = "198503142823"
	maja   = "198805762427"
)

var november = rules.Month{Year: 2026, Month: time.November}

// openPlan shows the Planering tab on st, with the customer pnr chosen.
func openPlan(t *testing.T, st session.Store, pnr string, m rules.Month) (*session.Session, *Screen) {
	t.Helper()
	s := guitest.NewSession(t, st)
	s.SetMonth(m)
	p := New(s)
	guitest.ShowScreen(s, p.Content)
	if !p.SelectCustomer(pnr) {
		t.Fatalf("customer %s not offered: %q", pnr, p.Customer.Options)
	}
	guitest.Settle(s)
	return s, p
}

func key(s *session.Session, name fyne.KeyName) {
	s.Win.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: name})
}

// TestWeekGridTypedFromKeyboard types a two-week rotation into the grid with
// the keyboard (the short forms, Tab to the assistant, → to pick her) and
// saves it: the store then holds exactly those rows.
func TestWeekGridTypedFromKeyboard(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, p := openPlan(t, st, guitest.PnrAnna, guitest.October)
	p.Tabs.SelectIndex(1)
	g := p.Grid
	// Anna has no schedule: a new one from the Monday after today (Tue 2026-10-20).
	if g.Pick.Selected != "Nytt schema" || g.From.Entry.Text != "2026-10-26" {
		t.Fatalf("new schedule %q from %q", g.Pick.Selected, g.From.Entry.Text)
	}
	guitest.TypeText(g.Weeks, "2")
	if len(g.Rows) != 14 {
		t.Fatalf("%d rows for two weeks, want 14", len(g.Rows))
	}
	c := s.Win.Canvas()
	typeSlot := func(row, slot int, text string) {
		t.Helper()
		e := g.Rows[row].Slots[slot].Text
		c.Focus(e)
		test.Type(e, text)
		c.FocusNext() // Tab to the assistant
		if c.Focused() != g.Rows[row].Slots[slot].Who {
			t.Fatalf("Tab from the shift does not reach its assistant")
		}
		key(s, fyne.KeyRight) // the first (only) assistant: Xena
	}
	typeSlot(0, 0, "25-3") // week 1 Monday
	msg := g.Rows[0].Slots[0].Msg
	if !msg.Visible() || !strings.Contains(msg.Text, "timmen ska vara 0–23") || !g.SaveBtn.Disabled() {
		t.Errorf("25-3: message %q shown %v, save disabled %v", msg.Text, msg.Visible(), g.SaveBtn.Disabled())
	}
	e := g.Rows[0].Slots[0].Text
	e.SetText("")
	test.Type(e, "8-16")
	if msg.Visible() {
		t.Errorf("8-16 still shows %q", msg.Text)
	}
	typeSlot(0, 1, "8-12") // the same start twice on one day
	if m := g.Rows[0].Slots[1].Msg; !m.Visible() || !strings.Contains(m.Text, "börjar 08:00") {
		t.Errorf("two shifts starting 08:00: %q", m.Text)
	}
	g.Rows[0].Slots[1].Text.SetText("")
	g.Rows[0].Slots[1].Who.ClearSelected()
	typeSlot(9, 0, "22-7 v") // week 2 Wednesday
	s.DataChanged()          // another screen saved something: the typing stays
	if len(g.Rows) != 14 || g.Rows[9].Slots[0].Text.Text != "22-7 v" {
		t.Fatalf("a reload dropped the typing: %d rows", len(g.Rows))
	}
	if g.SaveBtn.Disabled() {
		t.Fatalf("save disabled: %q", g.Status.Text)
	}
	g.Save()
	guitest.Settle(s)
	got, err := st.Schedules(t.Context(), guitest.PnrAnna)
	if err != nil {
		t.Fatal(err)
	}
	from := rules.D(2026, 10, 26)
	want := []rules.ScheduleShift{
		{Customer: guitest.PnrAnna, From: from, Week: 1, Weekday: 1, Start: 8 * 60, End: 16 * 60, Kind: rules.Aktiv, Assistant: guitest.PnrXena, Weeks: 2},
		{Customer: guitest.PnrAnna, From: from, Week: 2, Weekday: 3, Start: 22 * 60, End: 7 * 60, Kind: rules.Vantetid, Assistant: guitest.PnrXena, Weeks: 2},
	}
	if !slices.Equal(got, want) {
		t.Errorf("stored %+v\nwant %+v", got, want)
	}
	if g.Pick.Selected != "från 2026-10-26" || g.Rows[9].Slots[0].Text.Text != "22:00-07:00 v" {
		t.Errorf("after saving the grid shows %q, week 2 Wednesday %q", g.Pick.Selected, g.Rows[9].Slots[0].Text.Text)
	}
	// A shift moved to 09:00 and one dropped: the schedule holds the one row.
	g.Rows[0].Slots[0].Text.SetText("9-16")
	g.Rows[9].Slots[0].Text.SetText("")
	g.Rows[9].Slots[0].Who.ClearSelected()
	g.Save()
	got, _ = st.Schedules(t.Context(), guitest.PnrAnna)
	if len(got) != 1 || got[0].Start != 9*60 {
		t.Errorf("after the edit the store holds %+v", got)
	}
}

// TestLayDemoNovember lays the demo's November from the button: the 27 shifts
// of the hand count in data/demo (as `assistans schedule` makes), the
// unfilled Friday named, 0 on a second press, and a sent month refused.
func TestLayDemoNovember(t *testing.T) {
	st := guitest.OpenStore(t, demo.Batch())
	s, p := openPlan(t, st, ingrid, november)
	c := p.Calendar
	if len(c.Planned) != 27 || len(c.Unfilled) != 1 || len(c.Days) != 30 {
		t.Fatalf("before laying: %d planned, %d unfilled, %d days", len(c.Planned), len(c.Unfilled), len(c.Days))
	}
	fri20 := c.Days[19]
	if !fri20.Gap() || !slices.ContainsFunc(fri20.Findings(), func(x rules.Finding) bool { return x.Code == rules.UnfilledShift }) {
		t.Errorf("Nov 20: gap %v, findings %v", fri20.Gap(), fri20.Findings())
	}
	if tue10 := c.Days[9].Lines(); !slices.Contains(tue10, "09–15 Fatima") || !slices.Contains(tue10, "Maja sjuk → Fatima") {
		t.Errorf("Nov 10 shows %q", tue10)
	}
	test.Tap(c.LayBtn)
	guitest.Settle(s)
	if !strings.HasPrefix(c.Result.Text, "Skapade 27 pass i november 2026.") || !strings.Contains(c.Result.Text, "2026-11-20 09:00-15:00 – Fatima Hassan semester") {
		t.Errorf("result %q", c.Result.Text)
	}
	laid, _ := st.Shifts(t.Context(), november.First(), november.Last())
	n := 0
	for _, x := range laid {
		if x.Customer == ingrid {
			n++
		}
	}
	if n != 27 || len(c.Shifts) != 27 || len(c.Planned) != 0 {
		t.Errorf("%d shifts stored, %d shown, %d still planned; want 27, 27, 0", n, len(c.Shifts), len(c.Planned))
	}
	test.Tap(c.LayBtn)
	guitest.Settle(s)
	if !strings.HasPrefix(c.Result.Text, "Skapade 0 pass") {
		t.Errorf("second press: %q", c.Result.Text)
	}
	if err := st.MarkSent(t.Context(), ingrid, november, rules.D(2026, 12, 2)); err != nil {
		t.Fatal(err)
	}
	test.Tap(c.LayBtn)
	if !strings.Contains(c.Result.Text, "markerad som skickad") || !strings.Contains(c.Result.Text, "schemat lades inte") {
		t.Errorf("sent month: %q", c.Result.Text)
	}
}

// TestAbsenceMovesLaidShift: with November laid, Maja's absence on Tue Nov 3
// entered from the calendar with Fatima as replacement (one digit) moves her
// laid 09–15 to Fatima; on Wed Nov 4 with nobody (0) it deletes it.
func TestAbsenceMovesLaidShift(t *testing.T) {
	st := guitest.OpenStore(t, demo.Batch())
	if _, err := st.LaySchedule(t.Context(), november, ingrid); err != nil {
		t.Fatal(err)
	}
	s, p := openPlan(t, st, ingrid, november)
	c := p.Calendar
	w := s.Win
	pick := func(day int, digit func(ap *AbsencePicker) rune, button string) {
		t.Helper()
		w.Canvas().Focus(c.Days[day-1])
		key(s, fyne.KeyReturn)
		if c.Day == nil || c.Day.Date != rules.D(2026, 11, day) {
			t.Fatalf("Enter on Nov %d opens no day", day)
		}
		guitest.TapInTop(t, w, "Frånvaro…") // the first shift of the day is Maja's 09–15
		ap := c.Day.Absent
		if ap == nil || ap.Assistant != maja {
			t.Fatalf("the absence is not Maja's: %+v", ap)
		}
		w.Canvas().Focused().TypedRune(digit(ap))
		guitest.TapInTop(t, w, button)
		guitest.Settle(s)
		if c.Day == nil {
			t.Fatal("the day is not shown again after the absence")
		}
		guitest.TapInTop(t, w, "Stäng")
	}
	pick(3, func(ap *AbsencePicker) rune { return rune('1' + slices.Index(ap.choices, fatima)) }, "Flytta")
	pick(4, func(*AbsencePicker) rune { return '0' }, "Ta bort passen")

	abs, _ := st.Absences(t.Context(), rules.D(2026, 11, 3), rules.D(2026, 11, 4))
	wantAbs := []rules.Absence{
		{Assistant: maja, Date: rules.D(2026, 11, 3), Reason: rules.Sjuk, Replacement: fatima},
		{Assistant: maja, Date: rules.D(2026, 11, 4), Reason: rules.Sjuk},
	}
	if !slices.Equal(abs, wantAbs) {
		t.Errorf("absences %+v", abs)
	}
	day := func(d int) []string {
		shifts, _ := st.Shifts(t.Context(), rules.D(2026, 11, d), rules.D(2026, 11, d))
		var out []string
		for _, x := range shifts {
			if x.Customer == ingrid {
				out = append(out, x.Start.String()+" "+x.Assistant)
			}
		}
		slices.Sort(out)
		return out
	}
	// Tue Nov 3 (week 1): 09–15 now Fatima's, Oskar's night as it was.
	if got := day(3); !slices.Equal(got, []string{"09:00 " + fatima, "22:00 199108233314"}) {
		t.Errorf("Nov 3: %q", got)
	}
	// Wed Nov 4: Maja's 09–15 deleted, nothing else planned that day.
	if got := day(4); len(got) != 0 {
		t.Errorf("Nov 4: %q", got)
	}
	if lines := c.Days[3].Lines(); !slices.Contains(lines, "Maja sjuk") {
		t.Errorf("the calendar's Nov 4 shows %q", lines)
	}
}

func TestFitText(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{Bold: true}
	full := "Tillståndet räcker inte"
	w := fyne.MeasureText(full, 12, style).Width
	if got := fitText(full, 12, style, w); got != full {
		t.Errorf("room for all: %q", got)
	}
	got := fitText(full, 12, style, w/2)
	if !strings.HasSuffix(got, "…") || !strings.HasPrefix(full, strings.TrimSuffix(got, "…")) || fyne.MeasureText(got, 12, style).Width > w/2 {
		t.Errorf("half the room: %q", got)
	}
	if got := fitText(full, 12, style, 1); got != "" {
		t.Errorf("no room: %q", got)
	}
}
