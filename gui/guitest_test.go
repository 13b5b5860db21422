package gui

import (
	"context"
	"errors"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/rules"
)

// Identity numbers of the test database (valid check digits).
const (
	pnrAnna    = "194512121239"
	pnrBertil  = "195003042347"
	pnrCecilia = "196207153450"
	pnrDagny   = "197001014567" // inactive, no shifts: not shown
	pnrXena    = "199001011239" // assistant of Anna
	pnrYngve   = "198511112347" // assistant of Bertil (and Cecilia in the findings test)
	orgKommun  = "2120000142"
)

// Identity numbers the register tests add (check digits worked out with the
// Luhn sum over the last ten digits).
const (
	orgOmsorg   = "5566778899"    // organisationsnummer: 5 5 6 6 7 7 8 8 9 → check digit 9
	pnrEdvin    = "197501011238"  // customer added by the tests
	pnrFilip    = "198512319875"  // adult assistant added by the tests
	pnrGreta    = "201005052384"  // assistant born 2010-05-05: 16 years old on testToday
	pnrBadCheck = "19750101-1239" // pnrEdvin with the wrong check digit
)

var (
	queuesMu sync.Mutex
	queues   = map[*session]*uiQueue{}
)

// testToday is the day the tests run on: October 2026 is the month first shown.
var testToday = rules.D(2026, 10, 20)

// smallBatch is a small register with shifts around October 2026.
// The minutes each test expects are worked out where it asserts them.
func smallBatch() rules.Batch {
	sh := func(asst, cust string, d rules.Date, start, end string, k rules.Kind) rules.Shift {
		a, _ := rules.ParseClock(start)
		b, _ := rules.ParseClock(end)
		return rules.Shift{Assistant: asst, Customer: cust, Date: d, Start: a, End: b, Kind: k}
	}
	reported := rules.D(2026, 1, 1)
	return rules.Batch{
		Providers: []rules.Provider{{Orgnr: orgKommun, Name: "Testkommunen", Kind: rules.Kommun}},
		Customers: []rules.Customer{
			{Pnr: pnrBertil, Name: "Bertil Berg"},
			{Pnr: pnrAnna, Name: "Anna Andersson"},
			{Pnr: pnrCecilia, Name: "Cecilia Carlsson"},
			{Pnr: pnrDagny, Name: "Dagny Dahl", Inactive: true},
		},
		Decisions: []rules.Decision{
			{Customer: pnrAnna, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000},
			{Customer: pnrBertil, From: rules.D(2026, 10, 16), HoursPerWeekCenti: 2000},
		},
		Assistants: []rules.Assistant{
			{Pnr: pnrXena, Name: "Xena Xu", Regime: rules.ATL},
			{Pnr: pnrYngve, Name: "Yngve Ytter", Regime: rules.ATL},
		},
		Assignments: []rules.Assignment{
			{Assistant: pnrXena, Customer: pnrAnna, ProviderOrgnr: orgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
			{Assistant: pnrYngve, Customer: pnrBertil, ProviderOrgnr: orgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
		},
		Shifts: []rules.Shift{
			sh(pnrXena, pnrAnna, rules.D(2026, 10, 5), "08:00", "16:00", rules.Aktiv),
			sh(pnrXena, pnrAnna, rules.D(2026, 10, 6), "22:00", "07:00", rules.Beredskap),
			sh(pnrXena, pnrAnna, rules.D(2026, 10, 7), "08:00", "12:30", rules.Vantetid),
			sh(pnrYngve, pnrBertil, rules.D(2026, 9, 30), "22:00", "06:00", rules.Aktiv),
			sh(pnrYngve, pnrBertil, rules.D(2026, 10, 31), "22:00", "06:00", rules.Aktiv),
		},
	}
}

// openStore opens a new database in t.TempDir() holding b.
func openStore(t *testing.T, b rules.Batch) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	return st
}

// newTestSession is a session on a test window with the month chooser built
// and the month of testToday chosen; the screens are added by each test.
func newTestSession(t *testing.T, st Store) *session {
	t.Helper()
	a := test.NewTempApp(t)
	useLanguage("sv")
	s := newSession(a, a.NewWindow(""), st, func() rules.Date { return testToday })
	queueUI(s)
	s.monthBar()
	return s
}

// uiQueue holds the UI parts of background jobs until the test settles.
// fyne's test driver runs fyne.Do at once on the calling goroutine, which
// would let a job's UI part run beside the test; the queue keeps all UI work
// on the test goroutine, as the real driver keeps it on the UI thread.
type uiQueue struct {
	mu sync.Mutex
	fs []func()
}

func queueUI(s *session) {
	q := &uiQueue{}
	s.do = func(f func()) {
		q.mu.Lock()
		q.fs = append(q.fs, f)
		q.mu.Unlock()
	}
	queuesMu.Lock()
	queues[s] = q
	queuesMu.Unlock()
}

// settle waits for the session's background jobs and runs their UI parts,
// until none are left (a UI part may start another job).
func settle(s *session) {
	queuesMu.Lock()
	q := queues[s]
	queuesMu.Unlock()
	for {
		s.work.Wait()
		q.mu.Lock()
		fs := q.fs
		q.fs = nil
		q.mu.Unlock()
		if len(fs) == 0 {
			return
		}
		for _, f := range fs {
			f()
		}
	}
}

// writeScreenshot saves what w shows as a PNG at path, for a person to look at.
// The test canvas lays out only on a refresh (the real window does it every
// frame), so the content and any dialogs on it are refreshed first.
func writeScreenshot(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	w.Content().Refresh()
	for _, o := range w.Canvas().Overlays().List() {
		o.Refresh()
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// showScreen puts a screen's content in the test window at a size where everything has room.
func showScreen(s *session, content fyne.CanvasObject) {
	s.win.SetContent(content)
	s.win.Resize(fyne.NewSize(1200, 860))
}

// typeText replaces what a field holds as a user would: clear it, then type.
func typeText(f *regField, text string) {
	f.entry.SetText("")
	test.Type(f.entry, text)
}

// findButton looks for a button with the text among o and everything it draws.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	if b, ok := o.(*widget.Button); ok && b.Text == text {
		return b
	}
	var children []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		children = x.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(x).Objects()
	}
	for _, c := range children {
		if b := findButton(c, text); b != nil {
			return b
		}
	}
	return nil
}

// tapDialogButton taps the button with the text in the dialog on top of the window.
func tapDialogButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open; wanted to tap %q", text)
	}
	b := findButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no button %q", text)
	}
	test.Tap(b)
}

var october = rules.Month{Year: 2026, Month: 10}

// buttonIn finds the visible button with text in obj, or in the dialog on top of w when obj is nil.
func buttonIn(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var obj fyne.CanvasObject = w.Content()
	if top := w.Canvas().Overlays().Top(); top != nil {
		obj = top
	}
	for _, b := range objectsIn[*widget.Button](obj) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// texts are the texts of the labels under obj.
func texts(obj fyne.CanvasObject) []string {
	var out []string
	for _, l := range labelsIn(obj) {
		out = append(out, l.Text)
	}
	return out
}

// blockedBatch is smallBatch with Yngve working 08–12 on 10 October for
// Cecilia, who has no decision and no assignment: NO_DECISION and
// NOT_REPORTED_3066, both blocking, for Cecilia alone.
func blockedBatch() rules.Batch {
	b := smallBatch()
	b.Shifts = append(b.Shifts, rules.Shift{Assistant: pnrYngve, Customer: pnrCecilia, Date: rules.D(2026, 10, 10),
		Start: 8 * 60, End: 12 * 60, Kind: rules.Aktiv})
	return b
}

// findingsBatch is smallBatch plus two hours for Cecilia, who has no decision.
func findingsBatch() rules.Batch {
	b := smallBatch()
	b.Assignments = append(b.Assignments, rules.Assignment{Assistant: pnrYngve, Customer: pnrCecilia,
		ProviderOrgnr: orgKommun, Employer: rules.EmployerProvider, Reported3066: rules.D(2026, 1, 1)})
	b.Shifts = append(b.Shifts, rules.Shift{Assistant: pnrYngve, Customer: pnrCecilia, Date: rules.D(2026, 10, 10),
		Start: 10 * 60, End: 12 * 60, Kind: rules.Aktiv})
	return b
}

func codes(fs []rules.Finding) []rules.Code {
	out := make([]rules.Code, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

// topTexts are the texts of the labels and buttons in the topmost dialog.
func topTexts(t *testing.T, w fyne.Window) []string {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is shown")
	}
	var out []string
	for _, o := range test.LaidOutObjects(top) {
		switch v := o.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, v.Text)
		}
	}
	return out
}

// tapInTop taps the button labelled text in the topmost dialog.
func tapInTop(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog to tap %q in", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q in the dialog: %q", text, topTexts(t, w))
}

// testOpen makes dir the folder printed into and records the files the session opens.
func testOpen(s *session, dir string) *[]string {
	s.app.Preferences().SetString(prefPrintFolder, dir)
	var opened []string
	s.openFile = func(path string) error { opened = append(opened, path); return nil }
	return &opened
}

func (failingStore) Totals(context.Context, rules.Month) ([]rules.CustomerTotals, error) {
	return nil, errDiskGone
}

func (failingStore) MonthData(context.Context, rules.Month, rules.Date) (rules.MonthData, error) {
	return rules.MonthData{}, errDiskGone
}

func (failingStore) Settings(context.Context) (rules.Settings, error) {
	return rules.Settings{}, errDiskGone
}

// labelsIn returns the visible labels under obj.
func labelsIn(obj fyne.CanvasObject) []*widget.Label { return objectsIn[*widget.Label](obj) }

// objectsIn returns the visible objects of type T under obj, walking
// containers and widget renderers (test.LaidOutObjects does not reach a
// table's cells).
func objectsIn[T fyne.CanvasObject](obj fyne.CanvasObject) []T {
	if obj == nil || !obj.Visible() {
		return nil
	}
	if x, ok := obj.(T); ok {
		return []T{x}
	}
	var out []T
	switch o := obj.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			out = append(out, objectsIn[T](c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, objectsIn[T](c)...)
		}
	}
	return out
}

// failingStore fails every read of the month, as a database on a lost disk would.
type failingStore struct{ Store }

var errDiskGone = errors.New("disken är borta")

func stored(t *testing.T, st *data.Store, cust string) []string {
	t.Helper()
	shifts, err := st.ShiftsFor(context.Background(), pnrXena, cust, rules.Month{Year: 2026, Month: 10})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(shifts))
	for i, sh := range shifts {
		out[i] = fmt.Sprintf("%s %s-%s %s", sh.Date, sh.Start, sh.End, sh.Kind)
	}
	return out
}
