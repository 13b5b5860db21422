package overview

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"assistans/data/demo"
	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/rules"
)

func TestOverviewOctober(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	o := New(s)
	// October 2026 by hand:
	//   Anna: aktiv 08–16 = 480; beredskap 22–07 = 540 (no DST that night); väntetid 08–12:30 = 270;
	//         sum 1290 = 21 h 30 min. Granted 40 h/week all 31 days: 4000 × 31 × 60 / 700
	//         = 10628,57 → 10629 min = 177 h 09 min.
	//   Bertil: the night from 30 September gives 00–06 = 360, the night of 31 October
	//         22–24 = 120 (the rest is November's): aktiv 480 = 8 h 00 min. Granted 20 h/week
	//         from the 16th, 16 days: 2000 × 16 × 60 / 700 = 2742,86 → 2743 = 45 h 43 min.
	//   Cecilia: no shifts, no decision. Dagny: inactive without shifts, not shown.
	//   Sum: aktiv 960 = 16 h, väntetid 270, beredskap 540, total 1770 = 29 h 30 min;
	//        granted 10629 + 2743 = 13372 = 222 h 52 min.
	want := [][]string{
		{"Anna Andersson", "19451212-1239", "8:00", "4:30", "9:00", "21:30", "177:09"},
		{"Bertil Berg", "19500304-2347", "8:00", "0:00", "0:00", "8:00", "45:43"},
		{"Cecilia Carlsson", "19620715-3450", "0:00", "0:00", "0:00", "0:00", "–"},
		{"Alla kunder", "", "16:00", "4:30", "9:00", "29:30", "222:52"},
	}
	assertRows(t, o, want)
	if o.sumRow != 3 {
		t.Errorf("sum row %d, want 3", o.sumRow)
	}
	if got := o.status.Text; got != "Antal kunder i oktober 2026: 3." {
		t.Errorf("status %q", got)
	}
}

func TestOverviewFollowsMonth(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	o := New(s)
	test.Tap(s.Next)
	// November 2026 by hand: only Bertil's night from 31 October, 00–06 = 360 = 6 h.
	// Granted, 30 days: Anna 4000 × 30 × 60 / 700 = 10285,71 → 10286 = 171 h 26 min;
	// Bertil 2000 × 30 × 60 / 700 = 5142,86 → 5143 = 85 h 43 min; sum 15429 = 257 h 09 min.
	assertRows(t, o, [][]string{
		{"Anna Andersson", "19451212-1239", "0:00", "0:00", "0:00", "0:00", "171:26"},
		{"Bertil Berg", "19500304-2347", "6:00", "0:00", "0:00", "6:00", "85:43"},
		{"Cecilia Carlsson", "19620715-3450", "0:00", "0:00", "0:00", "0:00", "–"},
		{"Alla kunder", "", "6:00", "0:00", "0:00", "6:00", "257:09"},
	})
	test.Tap(s.Prev)
	test.Tap(s.Prev)
	// September: Bertil's night of the 30th, 22–24 = 120 = 2 h; no decision of his covers September.
	// Anna 4000 × 30 × 60 / 700 → 171 h 26 min.
	if got := o.rows[1][:7]; !slices.Equal(got, []string{"Bertil Berg", "19500304-2347", "2:00", "0:00", "0:00", "2:00", "–"}) {
		t.Errorf("September, Bertil: %q", got)
	}
}

// TestOverviewCells checks what the table really draws, not only its model,
// and that every column is wide enough for its widest text.
func TestOverviewCells(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	o := New(s)
	w := test.NewWindow(o.Content)
	w.Resize(fyne.NewSize(1100, 400))
	texts := map[string]bool{}
	for _, l := range guitest.LabelsIn(w.Content()) {
		texts[l.Text] = true
	}
	for _, want := range []string{"Kund", "Beviljat\ntim:min", "Anna Andersson", "19451212-1239", "21:30", "222:52", "–"} {
		if !texts[want] {
			t.Errorf("the table does not show %q", want)
		}
	}
	if o.heads[2] != "Aktiv tid\ntim:min" || o.heads[9] != "Uppskattad\nersättning" {
		t.Errorf("headers drawn %q; want the hours' unit and the long ones on two lines", o.heads)
	}
	for c := range o.headers {
		need := float32(0)
		for _, line := range strings.Split(o.heads[c], "\n") {
			need = max(need, fyne.MeasureText(line, theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		}
		for _, r := range o.rows {
			need = max(need, fyne.MeasureText(r[c], theme.TextSize(), fyne.TextStyle{Bold: true}).Width)
		}
		if got := o.widths[c]; got < need {
			t.Errorf("column %d is %v wide, its widest text needs %v", c, got, need)
		}
	}
}

// TestOverviewFits1024 checks that the demo office's ten columns fit a
// window 1024 wide without scrolling sideways, in Swedish and in English.
func TestOverviewFits1024(t *testing.T) {
	defer language.Use("sv")
	for code, status := range map[string]string{"sv": "fel att åtgärda", "en": "errors to fix"} {
		s := guitest.NewSession(t, guitest.OpenStore(t, demo.Batch()))
		language.Use(code) // after NewSession, which sets Swedish
		o := New(s)
		guitest.Settle(s)
		if got := o.rows[0][9]; got == "…" || got == "" || o.rows[0][7] != status {
			t.Fatalf("%s: status %q, estimate %q; want %q and an amount", code, o.rows[0][7], got, status)
		}
		total := float32(0)
		for _, w := range o.widths {
			total += w + theme.SeparatorThicknessSize()
		}
		if len(o.widths) != 10 || total > 1024 {
			t.Errorf("%s: %d columns %v wide in all, want 10 within 1024 (%q)", code, len(o.widths), total, o.heads)
		}
	}
}

func TestOverviewEmptyAndError(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, rules.Batch{}))
	o := New(s)
	if len(o.rows) != 0 || !strings.HasPrefix(o.status.Text, "Det finns inga kunder") {
		t.Errorf("empty database: rows %q, status %q", o.rows, o.status.Text)
	}
	s = guitest.NewSession(t, guitest.FailingStore{Store: guitest.OpenStore(t, guitest.SmallBatch())})
	o = New(s)
	if len(o.rows) != 0 || o.status.Text != "Kunde inte läsa månadens tider: disken är borta" {
		t.Errorf("failing store: rows %q, status %q", o.rows, o.status.Text)
	}
}

func assertRows(t *testing.T, o *Screen, want [][]string) {
	t.Helper()
	if len(o.rows) != len(want) {
		t.Fatalf("%d rows, want %d: %q", len(o.rows), len(want), o.rows)
	}
	for i := range want {
		// The status columns (print.go) are tested in print_test.go.
		if len(o.rows[i]) < len(want[i]) || !slices.Equal(o.rows[i][:len(want[i])], want[i]) {
			t.Errorf("row %d:\n got %q\nwant %q", i, o.rows[i], want[i])
		}
	}
}
