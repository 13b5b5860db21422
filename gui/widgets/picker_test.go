package widgets

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

var pickOptions = []string{
	"Anna Andersson (19800101-1234)",
	"Bertil Berg (19500304-2347)",
	"Örjan Östlund (19711224-0011)",
	"Anna Berg (19900505-5555)",
}

func TestFilterPicks(t *testing.T) {
	keys := PickKeys(pickOptions, nil)
	for _, c := range []struct {
		query string
		want  []int
	}{
		{"", []int{0, 1, 2, 3}},
		{"anna", []int{0, 3}},
		{"berg anna", []int{3}},     // every word, any order
		{"ÖSTL", []int{2}},          // any case, å ä ö too
		{"19500304-2347", []int{1}}, // the number as written
		{"195003042347", []int{1}},  // without the dash
		{"0101", []int{0}},          // a part of it
		{"anna 5555", []int{3}},     // name and number together
		{"carl", nil},               // nobody
		{"  berg  ", []int{1, 3}},   // spaces around
	} {
		if got := FilterPicks(keys, c.query, nil); !slices.Equal(got, c.want) {
			t.Errorf("FilterPicks(%q) = %v, want %v", c.query, got, c.want)
		}
	}
}

func TestPickKeysAlso(t *testing.T) {
	pairs := []string{"Xena Xu – Anna Andersson", "Xena Xu – Bertil Berg"}
	pnrs := map[string]string{pairs[0]: "199001011239 194512121239", pairs[1]: "199001011239 195003042347"}
	keys := PickKeys(pairs, func(o string) string { return pnrs[o] })
	if got := FilterPicks(keys, "19500304-2347", nil); !slices.Equal(got, []int{1}) {
		t.Errorf("Bertil's number finds %v, want [1]", got)
	}
	if got := FilterPicks(keys, "xena 194512121239", nil); !slices.Equal(got, []int{0}) {
		t.Errorf("xena and Anna's number find %v, want [0]", got)
	}
}

func TestPickerKeys(t *testing.T) {
	test.NewTempApp(t)
	var chosen []string
	p := NewPicker(pickOptions, func(s string) { chosen = append(chosen, s) })
	w := test.NewWindow(p)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 500))

	// A letter typed on the closed picker starts the search with it.
	w.Canvas().Focus(p)
	p.TypedRune('b')
	if !p.Searching() || p.SearchField().Text != "b" {
		t.Fatalf("typing b: searching %v with %q, want the search open with b", p.Searching(), p.SearchField().Text)
	}
	test.Type(w.Canvas().Focused().(fyne.Focusable), "erg")
	if got := p.Shown(); !slices.Equal(got, []string{pickOptions[1], pickOptions[3]}) {
		t.Fatalf("berg shows %q", got)
	}
	// ↓ moves to the second match, Enter chooses it and closes.
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p.Searching() || p.Selected != pickOptions[3] || !slices.Equal(chosen, []string{pickOptions[3]}) {
		t.Fatalf("after ↓ Enter: searching %v, selected %q, changes %q; want Anna Berg once", p.Searching(), p.Selected, chosen)
	}
	if w.Canvas().Focused() != p {
		t.Errorf("focus after choosing is on %T, want the picker", w.Canvas().Focused())
	}

	// Esc closes without a change; the search opens on the chosen option.
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if !p.Searching() || p.cur != 3 {
		t.Fatalf("↓ on the picker: searching %v at row %d, want open at row 3 (the chosen one)", p.Searching(), p.cur)
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if p.Searching() || p.Selected != pickOptions[3] || len(chosen) != 1 {
		t.Errorf("after Esc: searching %v, selected %q, %d changes; want closed, Anna Berg, 1", p.Searching(), p.Selected, len(chosen))
	}

	// A search that matches nothing leaves Enter harmless.
	p.Open("zzz")
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if p.Selected != pickOptions[3] || len(chosen) != 1 {
		t.Errorf("Enter on no match chose %q (%d changes)", p.Selected, len(chosen))
	}
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})

	// ← → still step as in a Select.
	p.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if p.Selected != pickOptions[2] {
		t.Errorf("← chose %q, want %q", p.Selected, pickOptions[2])
	}
}

// bigPicks are 1,500 assistants as a large office has them.
func bigPicks() []string {
	first := []string{"Anna", "Bertil", "Cecilia", "David", "Eva", "Fredrik", "Greta", "Hassan", "Ingrid", "Jonas"}
	last := []string{"Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg", "Gustafsson", "Holm", "Isaksson", "Järvinen", "Östlund", "Åberg", "Nilsson", "Persson", "Larsson"}
	out := make([]string, 1500)
	for i := range out {
		out[i] = fmt.Sprintf("%s %s (19%02d%02d%02d-%04d)", first[i%len(first)], last[(i/len(first))%len(last)], 50+i%50, 1+i%12, 1+i%28, i)
	}
	return out
}

func TestFilterPicksLarge(t *testing.T) {
	opts := bigPicks()
	keys := PickKeys(opts, nil)
	// i = 1234: Eva (1234 % 10 = 4), last name 123 % 15 = 3 (Dahl), born 19841103 (84, 1+1234%12 = 11, 1+1234%28 = 3), number 1234.
	if opts[1234] != "Eva Dahl (19841103-1234)" {
		t.Fatalf("option 1234 is %q", opts[1234])
	}
	if got := FilterPicks(keys, "198411031234", nil); !slices.Equal(got, []int{1234}) {
		t.Errorf("the full number finds %v, want [1234]", got)
	}
	// Eva Dahl: i%10 = 4 and (i/10)%15 = 3, i.e. i = 34 + 150k: 10 of them in 1,500.
	if got := FilterPicks(keys, "eva dahl", nil); len(got) != 10 || got[0] != 34 {
		t.Errorf("eva dahl finds %d starting at %v, want 10 starting at 34", len(got), got)
	}
}

// BenchmarkFilterPicks is one keystroke's filtering of 1,500 assistants
// (the limit is well under 0.1 s).
func BenchmarkFilterPicks(b *testing.B) {
	keys := PickKeys(bigPicks(), nil)
	out := make([]int, 0, len(keys))
	queries := []string{"e", "ev", "eva", "eva d", "eva da", "19840711"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out = FilterPicks(keys, queries[i%len(queries)], out[:0])
	}
}

// BenchmarkPickKeys is the work of opening the search on 1,500 assistants.
func BenchmarkPickKeys(b *testing.B) {
	opts := bigPicks()
	for i := 0; i < b.N; i++ {
		PickKeys(opts, nil)
	}
}
