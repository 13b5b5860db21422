package overview

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// shownTexts is every text the findings screen shows below its filters, one
// line per text object (a label draws its text with a RichText too).
func shownTexts(f *Findings) string {
	var b strings.Builder
	for _, r := range guitest.ObjectsIn[*widget.RichText](f.listBox) {
		b.WriteString(r.String() + "\n")
	}
	return b.String()
}

// newFindings is the findings screen in a window large enough for a few
// rows: the list builds only the rows on screen.
func newFindings(t *testing.T, s *session.Session) *Findings {
	f := NewFindings(s)
	w := test.NewWindow(f.Content)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(900, 700))
	return f
}

func TestFindingsOctober(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.FindingsBatch()))
	f := newFindings(t, s)
	guitest.Settle(s)
	// October 2026 by hand (provider is a kommun, every 3066 is in, no one is under 18):
	//   Anna/Xena, 6 Oct: the 24 h from 22:00 hold 22–07 and 08–12:30 of work, so the longest
	//     rest is 12:30–22:00 = 9 h 30 min < 11 h: DAILY_REST (warn).
	//   Bertil/Yngve, 31 Oct 22–06 runs into November: MONTH_SPLIT (info).
	//   Cecilia has 2 h and no decision: HOURS_OVER_DECISION (warn, 1 Oct, no assistant)
	//     and NO_DECISION for the shift of 10 Oct (block).
	want := []rules.Code{rules.DailyRest, rules.MonthSplit, rules.HoursOverDecision, rules.NoDecision}
	if got := guitest.Codes(f.Shown); !slices.Equal(got, want) {
		t.Fatalf("shown %v, want %v", got, want)
	}
	if got, want := f.summary.Text, "oktober 2026: 4 fynd – 1 blockerande, 2 varningar, 1 information."; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	text := shownTexts(f)
	for _, want := range []string{
		"Varning · Kort dygnsvila    2026-10-06 · Kund: Anna Andersson (19451212-1239) · Assistent: Xena Xu (19900101-1239)\n",
		"Blockerande · Inget beslut    2026-10-10 · Kund: Cecilia Carlsson (19620715-3450) · Assistent: Yngve Ytter (19851111-2347)\n",
		"Varning · Fler timmar än beslutet    2026-10-01 · Kund: Cecilia Carlsson (19620715-3450)\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the list does not show %q; it shows:\n%s", want, text)
		}
	}
	if f.rerun.Disabled() || f.progress.Visible() {
		t.Errorf("after the run: rerun disabled %v, progress visible %v", f.rerun.Disabled(), f.progress.Visible())
	}

	f.severity.SetSelected("Blockerande")
	if got := guitest.Codes(f.Shown); !slices.Equal(got, []rules.Code{rules.NoDecision}) {
		t.Errorf("blocking only: %v", got)
	}
	f.severity.SetSelected("Alla nivåer")
	f.assistant.SetSelected("Yngve Ytter")
	if got := guitest.Codes(f.Shown); !slices.Equal(got, []rules.Code{rules.MonthSplit, rules.NoDecision}) {
		t.Errorf("Yngve's: %v", got)
	}
	f.customer.SetSelected("Anna Andersson") // Anna has no finding with Yngve
	if len(f.Shown) != 0 || !strings.Contains(shownTexts(f), "Inga fynd med de valda filtren.") {
		t.Errorf("Anna and Yngve: %v, %q", guitest.Codes(f.Shown), shownTexts(f))
	}
	f.assistant.SetSelected("Alla assistenter")
	if got := guitest.Codes(f.Shown); !slices.Equal(got, []rules.Code{rules.DailyRest}) {
		t.Errorf("Anna's: %v", got)
	}
	if want := []string{"Alla kunder", "Anna Andersson", "Bertil Berg", "Cecilia Carlsson"}; !slices.Equal(f.customer.Options, want) {
		t.Errorf("customer choices %q, want %q", f.customer.Options, want)
	}

	// A rerun keeps the filter that still applies.
	test.Tap(f.rerun)
	guitest.Settle(s)
	if f.customer.Selected != "Anna Andersson" || len(f.Shown) != 1 {
		t.Errorf("after a rerun: filter %q, %d shown", f.customer.Selected, len(f.Shown))
	}
}

func TestFindingsFollowMonth(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.FindingsBatch()))
	f := newFindings(t, s)
	guitest.Settle(s)
	test.Tap(s.Next)
	guitest.Settle(s)
	// November 2026: Bertil's night of 31 October is October's shift; his 6 h in
	// November are far below the 85 h 43 min granted; the deadline 5 January 2027
	// is 77 days after 20 October. Nothing fires.
	if len(f.all) != 0 || !strings.Contains(shownTexts(f), "Inga fel hittades") {
		t.Errorf("November: %v, list %q", guitest.Codes(f.all), shownTexts(f))
	}
	if got := f.summary.Text; got != "november 2026: 0 fynd – 0 blockerande, 0 varningar, 0 information." {
		t.Errorf("summary %q", got)
	}
}

func TestFindingsEmptyAndError(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, rules.Batch{}))
	f := newFindings(t, s)
	guitest.Settle(s)
	if !strings.Contains(shownTexts(f), "Inga fel hittades") {
		t.Errorf("empty database: %q", shownTexts(f))
	}

	s = guitest.NewSession(t, guitest.FailingStore{Store: guitest.OpenStore(t, guitest.SmallBatch())})
	f = newFindings(t, s)
	guitest.Settle(s)
	if got := f.summary.Text; got != "Kontrollen kunde inte köras: disken är borta" {
		t.Errorf("failing store: summary %q", got)
	}
	if strings.Contains(shownTexts(f), "Inga fel hittades") {
		t.Errorf("a failed check must not say that nothing was found")
	}
}

// TestFindingsWrap: a long message wraps inside the window instead of being
// cut, and its row grows to hold every line.
func TestFindingsWrap(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.FindingsBatch()))
	f := NewFindings(s)
	w := test.NewWindow(f.Content)
	defer w.Close()
	w.Resize(fyne.NewSize(500, 600))
	guitest.Settle(s)
	rows := guitest.ObjectsIn[*FindingRow](f.List)
	if len(rows) != len(f.Shown) {
		t.Fatalf("%d rows on screen for %d findings", len(rows), len(f.Shown))
	}
	for _, r := range rows {
		if r.msg.Size().Width > f.List.Size().Width {
			t.Errorf("text %q is %v wide in a list %v wide", r.msg.Text, r.msg.Size().Width, f.List.Size().Width)
		}
		if r.Size().Height < r.content.MinSize().Height {
			t.Errorf("row %q is %v high, its text needs %v", r.msg.Text, r.Size().Height, r.content.MinSize().Height)
		}
		// Every message here is longer than a line of a 500 px window.
		if oneLine := widget.NewLabel("x").MinSize().Height; r.msg.Size().Height < 2*oneLine-theme.Padding()*2 {
			t.Errorf("message %q not wrapped: %v high, a line is %v", r.msg.Text, r.msg.Size().Height, oneLine)
		}
	}
}

// TestFindingsManyRows: a list of many findings builds only the rows in view,
// and Row scrolls any of them into view with its own texts.
func TestFindingsManyRows(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.FindingsBatch()))
	f := newFindings(t, s)
	guitest.Settle(s)
	base := f.all
	var many []rules.Finding
	for i := range 500 {
		x := base[i%len(base)]
		x.Customer = fmt.Sprintf("1990%08d", i) // a number no register knows: the row shows it
		many = append(many, x)
	}
	f.all = many
	f.show()
	guitest.Settle(s)
	if n := len(guitest.ObjectsIn[*FindingRow](f.List)); n == 0 || n > 40 {
		t.Errorf("%d rows built for 500 findings in a 700 px window", n)
	}
	for _, i := range []int{499, 250, 0} {
		r := f.Row(i)
		if want := rules.FormatPnr(f.Shown[i].Customer); r == nil || !strings.Contains(r.head.String(), want) {
			t.Fatalf("row %d: %v, want the customer %s", i, r, want)
		}
	}
}

// opens, which a row asks, agrees with target, which a tap follows, for each
// kind of finding: about a shift, an assistant's work for a customer, a
// customer's month, an ID_INVALID of a provider, an assistant, and the
// whole provider (which opens nothing).
func TestOpensAgreesWithTarget(t *testing.T) {
	f := &Findings{}
	for _, x := range []rules.Finding{
		{Code: rules.NotReported3066, ShiftID: 7, Customer: guitest.PnrBertil, Assistant: guitest.PnrYngve},
		{Code: rules.NotReported3066, Customer: guitest.PnrBertil, Assistant: guitest.PnrYngve},
		{Code: rules.DeadlineNear, Customer: guitest.PnrAnna},
		{Code: rules.IDInvalid, Customer: guitest.OrgOmsorg},
		{Code: rules.IDInvalid, Assistant: guitest.PnrYngve},
		{Code: rules.TotalsMismatch},
	} {
		if got, want := opens(x), f.target(x) != targetNone; got != want {
			t.Errorf("%+v: opens %v, target %v", x, got, f.target(x))
		}
	}
	if opens(rules.Finding{Code: rules.TotalsMismatch}) {
		t.Errorf("a finding about no one opens something")
	}
}
