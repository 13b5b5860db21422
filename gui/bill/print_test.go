package bill

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/rules"
)

func TestPrintAsksReasonForBlocks(t *testing.T) {
	st := guitest.OpenStore(t, guitest.BlockedBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	dir := t.TempDir()
	p, opened := m.Printer, guitest.TestOpen(s, dir)

	test.Tap(m.PrintAll)
	guitest.Settle(s)
	if p.OkBtn == nil || p.OkBtn.Text != "Skriv ut ändå" || !p.OkBtn.Disabled() {
		t.Fatalf("with blocking findings the print must wait for a reason; button %+v", p.OkBtn)
	}
	shown := strings.Join(guitest.Texts(s.Win.Canvas().Overlays().Top()), "\n")
	for _, want := range []string{"Cecilia Carlsson (19620715-3450)", "• Inget beslut 2026-10-10", "• 3066 saknas 2026-10-10 · Yngve Ytter (19851111-2347)"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog does not list %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "Anna Andersson (") {
		t.Errorf("Anna has no blocking finding, but is listed:\n%s", shown)
	}
	test.Type(p.Reason, "Beslut på väg, FK informerad")
	if p.OkBtn.Disabled() {
		t.Fatal("a reason was given, the button is still disabled")
	}
	test.Tap(p.OkBtn)
	guitest.Settle(s)

	// Three bundles in the month's folder, opened one by one.
	month := filepath.Join(dir, "2026-10")
	want := []string{
		filepath.Join(month, "2026-10 Anna Andersson.pdf"),
		filepath.Join(month, "2026-10 Bertil Berg.pdf"),
		filepath.Join(month, "2026-10 Cecilia Carlsson.pdf"),
	}
	if !slices.Equal(*opened, want) {
		t.Errorf("opened %q, want %q", *opened, want)
	}
	for _, f := range want {
		if _, err := os.Stat(f); err != nil {
			t.Error(err)
		}
	}
	if !strings.HasPrefix(p.result, "3 filer skrevs i "+month) {
		t.Errorf("result %q", p.result)
	}

	// Printed shows the three months; the reason is recorded for Cecilia alone.
	ctx := context.Background()
	printed, err := st.Printed(ctx, guitest.October)
	if err != nil {
		t.Fatal(err)
	}
	// Cecilia: 08–12 aktiv = 240 min; Anna and Bertil as in TestOverviewOctober.
	wantPrinted := []rules.PrintedTotals{
		{Customer: guitest.PnrAnna, Month: guitest.October, Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}},
		{Customer: guitest.PnrBertil, Month: guitest.October, Totals: rules.Totals{Aktiv: 480}},
		{Customer: guitest.PnrCecilia, Month: guitest.October, Totals: rules.Totals{Aktiv: 240}},
	}
	if !slices.Equal(printed, wantPrinted) {
		t.Errorf("printed %+v\nwant %+v", printed, wantPrinted)
	}
	recs, err := st.PrintRecords(ctx, guitest.October)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, r := range recs {
		reasons[r.Customer] = r.OverrideReason
	}
	if reasons[guitest.PnrCecilia] != "Beslut på väg, FK informerad" || reasons[guitest.PnrAnna] != "" || reasons[guitest.PnrBertil] != "" {
		t.Errorf("reasons %q", reasons)
	}
	// The tab says when Anna was printed.
	if got := m.state.Text; !strings.HasPrefix(got, "Utskriven ") {
		t.Errorf("state after printing: %q", got)
	}
}

// An unwritable folder prints nothing, says so, and keeps the reason for the next folder.
func TestPrintUnwritableFolder(t *testing.T) {
	st := guitest.OpenStore(t, guitest.BlockedBatch())
	s, m := openMonthScreen(t, st, guitest.PnrCecilia)
	file := filepath.Join(t.TempDir(), "fil")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	p, opened := m.Printer, guitest.TestOpen(s, file) // a "folder" below a plain file cannot be made, even by root

	test.Tap(m.printOne)
	guitest.Settle(s)
	test.Type(p.Reason, "Skäl")
	test.Tap(p.OkBtn)
	guitest.Settle(s)
	if !strings.HasPrefix(p.result, "Mappen "+filepath.Join(file, "2026-10")+" går inte att skapa eller skriva i") || p.retryBtn == nil {
		t.Errorf("result %q, retry offered %v", p.result, p.retryBtn != nil)
	}
	if recs, _ := st.PrintRecords(context.Background(), guitest.October); len(recs) != 0 || len(*opened) != 0 {
		t.Errorf("a failed print recorded %+v and opened %q", recs, *opened)
	}

	// Trying again in a good folder prints Cecilia with the reason given before.
	good := filepath.Join(t.TempDir(), "2026-10")
	p.retryIn(good)
	guitest.Settle(s)
	recs, _ := st.PrintRecords(context.Background(), guitest.October)
	if len(recs) != 1 || recs[0].Customer != guitest.PnrCecilia || recs[0].OverrideReason != "Skäl" {
		t.Errorf("after the retry: %+v", recs)
	}
	if len(*opened) != 1 || filepath.Dir((*opened)[0]) != good {
		t.Errorf("opened %q", *opened)
	}
}

func TestPrintNothing(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	p := m.Printer
	guitest.TestOpen(s, t.TempDir())
	test.Tap(s.Next)
	test.Tap(s.Next) // December: no shifts
	test.Tap(m.PrintAll)
	guitest.Settle(s)
	if p.result != "Det finns inga pass att skriva ut i december 2026." {
		t.Errorf("result %q", p.result)
	}
}

// Without blocking findings the print needs no reason.
func TestPrintWithoutBlocks(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	p, opened := m.Printer, guitest.TestOpen(s, t.TempDir())
	test.Tap(m.printOne)
	guitest.Settle(s)
	if p.OkBtn.Text != "Skriv ut" || p.OkBtn.Disabled() {
		t.Fatalf("button %q, disabled %v", p.OkBtn.Text, p.OkBtn.Disabled())
	}
	test.Tap(p.OkBtn)
	guitest.Settle(s)
	if len(*opened) != 1 || filepath.Base((*opened)[0]) != "2026-10 Anna Andersson.pdf" {
		t.Errorf("opened %q", *opened)
	}
}

// Without a program to show PDFs the files are still written, and the user is told where.
func TestPrintNoViewer(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	p := m.Printer
	guitest.TestOpen(s, t.TempDir())
	p.s.OpenFile = func(string) error { return &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound} }
	test.Tap(m.printOne)
	guitest.Settle(s)
	test.Tap(p.OkBtn)
	guitest.Settle(s)
	if !strings.HasPrefix(p.result, "1 fil skrevs i ") ||
		!strings.HasSuffix(p.result, "\nDet finns inget program som kan visa filerna; de finns i mappen ovan.") {
		t.Errorf("result %q", p.result)
	}
}

// Ctrl+P saves the Räkning tab's edits first, and refuses to print edits that cannot be saved.
func TestPrintSavesEdits(t *testing.T) {
	st := guitest.OpenStore(t, guitest.SmallBatch())
	s, m := openMonthScreen(t, st, guitest.PnrAnna)
	p, opened := m.Printer, guitest.TestOpen(s, t.TempDir())
	ctx := context.Background()

	m.PrevUsed.Radio.SetSelected("Nej") // and no amount: cannot be saved
	s.Win.Canvas().(fyne.Shortcutable).TypedShortcut(ShortcutPrint)
	guitest.Settle(s)
	if p.busy || p.OkBtn != nil {
		t.Fatal("a print started with edits that cannot be saved")
	}
	test.Type(m.PrevLeft.Entry, "0")
	m.abroad.SetSelected("Ja")
	m.PrevLeft.Entry.TypedShortcut(ShortcutPrint) // from a focused entry, which would keep it from the window
	guitest.Settle(s)
	if mi, _ := st.MonthInfo(ctx, guitest.PnrAnna, guitest.October); !mi.Abroad || mi.PrevPaymentUsed != rules.No {
		t.Errorf("not saved before the print: %+v", mi)
	}
	test.Tap(p.OkBtn)
	guitest.Settle(s)
	if len(*opened) != 2 { // Anna and Bertil have time in October
		t.Errorf("opened %q", *opened)
	}
}

// The result's file lines are one unwrapped run between the wrapped messages.
func TestResultParts(t *testing.T) {
	got := resultParts("3 filer skrevs i X:\n• a.pdf\n• b.pdf\n• c.pdf\nDet finns inget program som kan visa filerna.\nMappen öppnas.")
	want := []string{"3 filer skrevs i X:", "• a.pdf\n• b.pdf\n• c.pdf", "Det finns inget program som kan visa filerna.\nMappen öppnas."}
	if !slices.Equal(got, want) {
		t.Errorf("resultParts = %q, want %q", got, want)
	}
	if got := resultParts("Det finns inga pass att skriva ut i december 2026."); len(got) != 1 {
		t.Errorf("one message in %d parts: %q", len(got), got)
	}
}
