package gui

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

	"assistans/rules"
)

// blockedBatch is smallBatch with Yngve working 08–12 on 10 October for
// Cecilia, who has no decision and no assignment: NO_DECISION and
// NOT_REPORTED_3066, both blocking, for Cecilia alone.
func blockedBatch() rules.Batch {
	b := smallBatch()
	b.Shifts = append(b.Shifts, rules.Shift{Assistant: pnrYngve, Customer: pnrCecilia, Date: rules.D(2026, 10, 10),
		Start: 8 * 60, End: 12 * 60, Kind: rules.Aktiv})
	return b
}

// testPrinter is the session's printer writing under dir and recording what it opens.
func testPrinter(s *session, dir string) (*printer, *[]string) {
	s.app.Preferences().SetString(prefPrintFolder, dir)
	p := s.print()
	var opened []string
	p.open = func(path string) error { opened = append(opened, path); return nil }
	return p, &opened
}

func TestPrintAsksReasonForBlocks(t *testing.T) {
	st := openStore(t, blockedBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	dir := t.TempDir()
	p, opened := testPrinter(s, dir)

	test.Tap(m.printAll)
	settle(s)
	if p.okBtn == nil || p.okBtn.Text != "Skriv ut ändå" || !p.okBtn.Disabled() {
		t.Fatalf("with blocking findings the print must wait for a reason; button %+v", p.okBtn)
	}
	shown := strings.Join(texts(s.win.Canvas().Overlays().Top()), "\n")
	for _, want := range []string{"Cecilia Carlsson (19620715-3450)", "• NO_DECISION 2026-10-10", "• NOT_REPORTED_3066 2026-10-10 · Yngve Ytter (19851111-2347)"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog does not list %q:\n%s", want, shown)
		}
	}
	if strings.Contains(shown, "Anna Andersson (") {
		t.Errorf("Anna has no blocking finding, but is listed:\n%s", shown)
	}
	test.Type(p.reason, "Beslut på väg, FK informerad")
	if p.okBtn.Disabled() {
		t.Fatal("a reason was given, the button is still disabled")
	}
	test.Tap(p.okBtn)
	settle(s)

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
	printed, err := st.Printed(ctx, october)
	if err != nil {
		t.Fatal(err)
	}
	// Cecilia: 08–12 aktiv = 240 min; Anna and Bertil as in TestOverviewOctober.
	wantPrinted := []rules.PrintedTotals{
		{Customer: pnrAnna, Month: october, Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}},
		{Customer: pnrBertil, Month: october, Totals: rules.Totals{Aktiv: 480}},
		{Customer: pnrCecilia, Month: october, Totals: rules.Totals{Aktiv: 240}},
	}
	if !slices.Equal(printed, wantPrinted) {
		t.Errorf("printed %+v\nwant %+v", printed, wantPrinted)
	}
	recs, err := st.PrintRecords(ctx, october)
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, r := range recs {
		reasons[r.Customer] = r.OverrideReason
	}
	if reasons[pnrCecilia] != "Beslut på väg, FK informerad" || reasons[pnrAnna] != "" || reasons[pnrBertil] != "" {
		t.Errorf("reasons %q", reasons)
	}
	// The tab says when Anna was printed.
	if got := m.state.Text; !strings.HasPrefix(got, "Utskriven ") {
		t.Errorf("state after printing: %q", got)
	}
}

// An unwritable folder prints nothing, says so, and keeps the reason for the next folder.
func TestPrintUnwritableFolder(t *testing.T) {
	st := openStore(t, blockedBatch())
	s, m := openMonthScreen(t, st, pnrCecilia)
	file := filepath.Join(t.TempDir(), "fil")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	p, opened := testPrinter(s, file) // a "folder" below a plain file cannot be made, even by root

	test.Tap(m.printOne)
	settle(s)
	test.Type(p.reason, "Skäl")
	test.Tap(p.okBtn)
	settle(s)
	if !strings.HasPrefix(p.result, "Mappen "+filepath.Join(file, "2026-10")+" går inte att skapa eller skriva i") || p.retryBtn == nil {
		t.Errorf("result %q, retry offered %v", p.result, p.retryBtn != nil)
	}
	if recs, _ := st.PrintRecords(context.Background(), october); len(recs) != 0 || len(*opened) != 0 {
		t.Errorf("a failed print recorded %+v and opened %q", recs, *opened)
	}

	// Trying again in a good folder prints Cecilia with the reason given before.
	good := filepath.Join(t.TempDir(), "2026-10")
	p.retryIn(good)
	settle(s)
	recs, _ := st.PrintRecords(context.Background(), october)
	if len(recs) != 1 || recs[0].Customer != pnrCecilia || recs[0].OverrideReason != "Skäl" {
		t.Errorf("after the retry: %+v", recs)
	}
	if len(*opened) != 1 || filepath.Dir((*opened)[0]) != good {
		t.Errorf("opened %q", *opened)
	}
}

func TestPrintNothing(t *testing.T) {
	st := openStore(t, smallBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	p, _ := testPrinter(s, t.TempDir())
	test.Tap(s.next)
	test.Tap(s.next) // December: no shifts
	test.Tap(m.printAll)
	settle(s)
	if p.result != "Det finns inga pass att skriva ut i december 2026." {
		t.Errorf("result %q", p.result)
	}
}

// Without blocking findings the print needs no reason.
func TestPrintWithoutBlocks(t *testing.T) {
	st := openStore(t, smallBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	p, opened := testPrinter(s, t.TempDir())
	test.Tap(m.printOne)
	settle(s)
	if p.okBtn.Text != "Skriv ut" || p.okBtn.Disabled() {
		t.Fatalf("button %q, disabled %v", p.okBtn.Text, p.okBtn.Disabled())
	}
	test.Tap(p.okBtn)
	settle(s)
	if len(*opened) != 1 || filepath.Base((*opened)[0]) != "2026-10 Anna Andersson.pdf" {
		t.Errorf("opened %q", *opened)
	}
}

func TestMonthStatuses(t *testing.T) {
	b := blockedBatch()
	b.Decisions[0].HourlyAmount = 33260
	st := openStore(t, b)
	ctx := context.Background()
	if err := st.RecordPrinted(ctx, []rules.PrintedTotals{{Customer: pnrAnna, Month: october,
		Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}}}, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.MarkSent(ctx, pnrBertil, october, rules.D(2026, 11, 2)); err != nil {
		t.Fatal(err)
	}
	md, err := st.MonthData(ctx, october, testToday)
	if err != nil {
		t.Fatal(err)
	}
	got := monthStatuses(md, rules.Check(md))
	// Deadline 2026-12-05 from 2026-10-20: 11 days left of October + 30 of November + 5 = 46.
	// Anna's payment: (480 × 28 + 270 × 7 + 540 × 4) / 28 min = 17 490 / 28 min;
	// × 332,60 kr / 60 = 17 490 × 33 260 / 1 680 öre = 346 260,36 → 3 462,60 kr.
	want := map[string]monthStatus{
		pnrAnna:    {kind: statusPrinted, daysLeft: 46, showDays: true, payment: 346260, hasPayment: true},
		pnrBertil:  {kind: statusSent, daysLeft: 46},
		pnrCecilia: {kind: statusToFix, daysLeft: 46, showDays: true},
		pnrDagny:   {kind: statusNotStarted, daysLeft: 46},
	}
	for pnr, w := range want {
		if got[pnr] != w {
			t.Errorf("%s: %+v, want %+v", pnr, got[pnr], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d statuses, want %d", len(got), len(want))
	}
}

func TestPlanPrintOneCustomer(t *testing.T) {
	md := rules.MonthData{Month: october, Customers: []rules.Customer{{Pnr: pnrAnna, Name: "Anna Andersson"}},
		Shifts: []rules.Shift{{Assistant: pnrXena, Customer: pnrAnna, Date: rules.D(2026, 10, 5), Start: 480, End: 960, Kind: rules.Aktiv},
			{Assistant: pnrXena, Customer: pnrBertil, Date: rules.D(2026, 10, 6), Start: 480, End: 960, Kind: rules.Aktiv}}}
	fs := []rules.Finding{
		{Code: rules.NoDecision, Severity: rules.Block, Customer: pnrBertil},
		{Code: rules.DailyRest, Severity: rules.Warn, Customer: pnrAnna},
		{Code: rules.IDInvalid, Severity: rules.Block},
	}
	job := planPrint(md, fs, pnrAnna)
	if len(job.items) != 1 || job.items[0].customer.Name != "Anna Andersson" || len(job.items[0].blocks) != 0 {
		t.Errorf("items %+v", job.items)
	}
	// A blocking finding without a customer concerns every print.
	if len(job.general) != 1 || !job.blocked() {
		t.Errorf("general %+v, blocked %v", job.general, job.blocked())
	}
	// Bertil is not in the register: printed under his number.
	job = planPrint(md, nil, "")
	if len(job.items) != 2 || job.items[0].customer.Pnr != pnrBertil || job.blocked() {
		t.Errorf("items %+v", job.items)
	}
}

func TestOverviewStatusColumns(t *testing.T) {
	b := smallBatch()
	b.Decisions[0].HourlyAmount = 33260
	st := openStore(t, b)
	if err := st.RecordPrinted(context.Background(), []rules.PrintedTotals{{Customer: pnrAnna, Month: october,
		Totals: rules.Totals{Aktiv: 480, Vantetid: 270, Beredskap: 540}}}, ""); err != nil {
		t.Fatal(err)
	}
	s := newTestSession(t, st)
	o := newOverview(s)
	if got := o.rows[0][7:]; !slices.Equal(got, []string{"…", "…", "…"}) {
		t.Errorf("while the check runs: %q", got)
	}
	settle(s)
	// Anna: printed as she stands, 46 days to 2026-12-05, 3 462,60 kr (TestMonthStatuses).
	// Bertil: time and nothing blocking, no hourly amount. Cecilia: no time.
	want := [][]string{
		{"utskriven", "46 dagar kvar", "3 462,60 kr"},
		{"klar", "46 dagar kvar", "–"},
		{"ej påbörjad", "–", "–"},
		{"", "", "3 462,60 kr"},
	}
	if len(o.rows) != len(want) {
		t.Fatalf("rows %q", o.rows)
	}
	for i, w := range want {
		if got := o.rows[i][7:]; !slices.Equal(got, w) {
			t.Errorf("row %d (%s): %q, want %q", i, o.rows[i][0], got, w)
		}
	}
	if got := o.headers[7:]; !slices.Equal(got, []string{"Status", "Tid kvar till FK", "Ersättning (uppskattning)"}) {
		t.Errorf("headers %q", got)
	}
}

// Without a program to show PDFs the files are still written, and the user is told where.
func TestPrintNoViewer(t *testing.T) {
	st := openStore(t, smallBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	p, _ := testPrinter(s, t.TempDir())
	p.open = func(string) error { return &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound} }
	test.Tap(m.printOne)
	settle(s)
	test.Tap(p.okBtn)
	settle(s)
	if !strings.HasPrefix(p.result, "1 fil skrevs i ") ||
		!strings.HasSuffix(p.result, "\nDet finns inget program som kan visa filerna; de finns i mappen ovan.") {
		t.Errorf("result %q", p.result)
	}
}

// Ctrl+P saves the Räkning tab's edits first, and refuses to print edits that cannot be saved.
func TestPrintSavesEdits(t *testing.T) {
	st := openStore(t, smallBatch())
	s, m := openMonthScreen(t, st, pnrAnna)
	p, opened := testPrinter(s, t.TempDir())
	ctx := context.Background()

	m.prevUsed.radio.SetSelected("Nej") // and no amount: cannot be saved
	s.win.Canvas().(fyne.Shortcutable).TypedShortcut(shortcutPrint)
	settle(s)
	if p.busy || p.okBtn != nil {
		t.Fatal("a print started with edits that cannot be saved")
	}
	test.Type(m.prevLeft.entry, "0")
	m.abroad.SetSelected("Ja")
	m.prevLeft.entry.TypedShortcut(shortcutPrint) // from a focused entry, which would keep it from the window
	settle(s)
	if mi, _ := st.MonthInfo(ctx, pnrAnna, october); !mi.Abroad || mi.PrevPaymentUsed != rules.No {
		t.Errorf("not saved before the print: %+v", mi)
	}
	test.Tap(p.okBtn)
	settle(s)
	if len(*opened) != 2 { // Anna and Bertil have time in October
		t.Errorf("opened %q", *opened)
	}
}
