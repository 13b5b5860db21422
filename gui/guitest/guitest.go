// Package guitest holds what the window's tests share: the test database,
// a session on fyne's test app whose background jobs run when the test
// settles, and helpers that find and tap widgets. Only tests import it.
package guitest

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/gui/widgets"
	"assistans/rules"
)

// Identity numbers of the test database (valid check digits).
const (
	PnrAnna    = "194512121239"
	PnrBertil  = "195003042347"
	PnrCecilia = "196207153450"
	PnrDagny   = "197001014567" // inactive, no shifts: not shown
	PnrXena    = "199001011239" // assistant of Anna
	PnrYngve   = "198511112347" // assistant of Bertil (and Cecilia in the findings test)
	OrgKommun  = "2120000142"
)

// Identity numbers the register tests add (check digits worked out with the
// Luhn sum over the last ten digits).
const (
	OrgOmsorg   = "5566778899"    // organisationsnummer: 5 5 6 6 7 7 8 8 9 → check digit 9
	PnrEdvin    = "197501011238"  // customer added by the tests
	PnrFilip    = "198512319875"  // adult assistant added by the tests
	PnrGreta    = "201005052384"  // assistant born 2010-05-05: 16 years old on testToday
	PnrBadCheck = "19750101-1239" // pnrEdvin with the wrong check digit
)

var (
	queuesMu sync.Mutex
	queues   = map[*session.Session]*uiQueue{}
)

// testToday is the day the tests run on: October 2026 is the month first shown.
var TestToday = rules.D(2026, 10, 20)

// smallBatch is a small register with shifts around October 2026.
// The minutes each test expects are worked out where it asserts them.
func SmallBatch() rules.Batch {
	sh := func(asst, cust string, d rules.Date, start, end string, k rules.Kind) rules.Shift {
		a, _ := rules.ParseClock(start)
		b, _ := rules.ParseClock(end)
		return rules.Shift{Assistant: asst, Customer: cust, Date: d, Start: a, End: b, Kind: k}
	}
	reported := rules.D(2026, 1, 1)
	return rules.Batch{
		Providers: []rules.Provider{{Orgnr: OrgKommun, Name: "Testkommunen", Kind: rules.Kommun}},
		Customers: []rules.Customer{
			{Pnr: PnrBertil, Name: "Bertil Berg"},
			{Pnr: PnrAnna, Name: "Anna Andersson"},
			{Pnr: PnrCecilia, Name: "Cecilia Carlsson"},
			{Pnr: PnrDagny, Name: "Dagny Dahl", Inactive: true},
		},
		Decisions: []rules.Decision{
			{Customer: PnrAnna, From: rules.D(2026, 1, 1), HoursPerWeekCenti: 4000},
			{Customer: PnrBertil, From: rules.D(2026, 10, 16), HoursPerWeekCenti: 2000},
		},
		Assistants: []rules.Assistant{
			{Pnr: PnrXena, Name: "Xena Xu", Regime: rules.ATL},
			{Pnr: PnrYngve, Name: "Yngve Ytter", Regime: rules.ATL},
		},
		Assignments: []rules.Assignment{
			{Assistant: PnrXena, Customer: PnrAnna, ProviderOrgnr: OrgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
			{Assistant: PnrYngve, Customer: PnrBertil, ProviderOrgnr: OrgKommun, Employer: rules.EmployerProvider, Reported3066: reported},
		},
		Shifts: []rules.Shift{
			sh(PnrXena, PnrAnna, rules.D(2026, 10, 5), "08:00", "16:00", rules.Aktiv),
			sh(PnrXena, PnrAnna, rules.D(2026, 10, 6), "22:00", "07:00", rules.Beredskap),
			sh(PnrXena, PnrAnna, rules.D(2026, 10, 7), "08:00", "12:30", rules.Vantetid),
			sh(PnrYngve, PnrBertil, rules.D(2026, 9, 30), "22:00", "06:00", rules.Aktiv),
			sh(PnrYngve, PnrBertil, rules.D(2026, 10, 31), "22:00", "06:00", rules.Aktiv),
		},
	}
}

// OpenExclusiveFile is a store holding b on a file in its own folder, with
// the instance lock held as the window holds it, and a reopen that opens the
// same file again (what a restore does); it returns the file's path too.
func OpenExclusiveFile(t *testing.T, b rules.Batch) (st *data.Store, path string, reopen func() (session.Store, error)) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "assistans.db")
	st, err := data.OpenExclusive(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Apply(t.Context(), b); err != nil {
		t.Fatal(err)
	}
	reopen = func() (session.Store, error) {
		st, err := data.OpenExclusive(path)
		if err == nil {
			t.Cleanup(func() { st.Close() })
		}
		return st, err
	}
	return st, path, reopen
}

// openStore opens a new database in t.TempDir() holding b.
func OpenStore(t *testing.T, b rules.Batch) *data.Store {
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

// LargeStore opens the database named by ASSISTANS_BENCH_DB, the large
// provider scripts/bench makes with scripts/benchgen, for the window's
// benchmarks; they stop when it is not set.
func LargeStore(b *testing.B) *data.Store {
	path := os.Getenv("ASSISTANS_BENCH_DB")
	if path == "" {
		b.Fatal("ASSISTANS_BENCH_DB names no database: scripts/bench makes one and sets it")
	}
	st, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// newTestSession is a session on a test window with the month chooser built
// and the month of testToday chosen; the screens are added by each test.
func NewSession(t testing.TB, st session.Store) *session.Session {
	t.Helper()
	a := test.NewTempApp(t)
	language.Use("sv")
	s := session.New(a, a.NewWindow(""), st, func() rules.Date { return TestToday })
	QueueUI(s)
	s.MonthBar()
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

func QueueUI(s *session.Session) {
	q := &uiQueue{}
	s.Do = func(f func()) {
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
func Settle(s *session.Session) { SettleTimed(s) }

// SettleTimed is Settle that returns the time spent in the UI parts: the time
// the window's UI thread would have been busy, for the benchmarks.
func SettleTimed(s *session.Session) (ui time.Duration) {
	queuesMu.Lock()
	q := queues[s]
	queuesMu.Unlock()
	for {
		s.Work.Wait()
		q.mu.Lock()
		fs := q.fs
		q.fs = nil
		q.mu.Unlock()
		if len(fs) == 0 {
			return ui
		}
		t0 := time.Now()
		for _, f := range fs {
			f()
		}
		ui += time.Since(t0)
	}
}

// writeScreenshot saves what w shows as a PNG at path, for a person to look at.
// The test canvas lays out only on a refresh (the real window does it every
// frame), so the content and any dialogs on it are refreshed first.
func WriteScreenshot(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	w.Content().Refresh()
	for _, o := range w.Canvas().Overlays().List() {
		o.Refresh()
	}
	img := w.Canvas().Capture()
	if flat(img) {
		t.Errorf("%s: the window drew nothing but one colour", filepath.Base(path))
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// showScreen puts a screen's content in the test window at a size where everything has room.
func ShowScreen(s *session.Session, content fyne.CanvasObject) {
	s.Win.SetContent(content)
	s.Win.Resize(fyne.NewSize(1200, 860))
}

// typeText replaces what a field holds as a user would: clear it, then type.
func TypeText(f *widgets.Field, text string) {
	f.Entry.SetText("")
	test.Type(f.Entry, text)
}

// findButton looks for a button with the text among o and everything it draws.
func FindButton(o fyne.CanvasObject, text string) *widget.Button {
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
		if b := FindButton(c, text); b != nil {
			return b
		}
	}
	return nil
}

// tapDialogButton taps the button with the text in the dialog on top of the window.
func TapDialogButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog is open; wanted to tap %q", text)
	}
	b := FindButton(top, text)
	if b == nil {
		t.Fatalf("the dialog has no button %q", text)
	}
	test.Tap(b)
}

var October = rules.Month{Year: 2026, Month: 10}

// buttonIn finds the visible button with text in obj, or in the dialog on top of w when obj is nil.
func ButtonIn(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	var obj fyne.CanvasObject = w.Content()
	if top := w.Canvas().Overlays().Top(); top != nil {
		obj = top
	}
	for _, b := range ObjectsIn[*widget.Button](obj) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// texts are the texts of the labels under obj.
func Texts(obj fyne.CanvasObject) []string {
	var out []string
	for _, l := range LabelsIn(obj) {
		out = append(out, l.Text)
	}
	return out
}

// blockedBatch is smallBatch with Yngve working 08–12 on 10 October for
// Cecilia, who has no decision and no assignment: NO_DECISION and
// NOT_REPORTED_3066, both blocking, for Cecilia alone.
func BlockedBatch() rules.Batch {
	b := SmallBatch()
	b.Shifts = append(b.Shifts, rules.Shift{Assistant: PnrYngve, Customer: PnrCecilia, Date: rules.D(2026, 10, 10),
		Start: 8 * 60, End: 12 * 60, Kind: rules.Aktiv})
	return b
}

// findingsBatch is smallBatch plus two hours for Cecilia, who has no decision.
func FindingsBatch() rules.Batch {
	b := SmallBatch()
	b.Assignments = append(b.Assignments, rules.Assignment{Assistant: PnrYngve, Customer: PnrCecilia,
		ProviderOrgnr: OrgKommun, Employer: rules.EmployerProvider, Reported3066: rules.D(2026, 1, 1)})
	b.Shifts = append(b.Shifts, rules.Shift{Assistant: PnrYngve, Customer: PnrCecilia, Date: rules.D(2026, 10, 10),
		Start: 10 * 60, End: 12 * 60, Kind: rules.Aktiv})
	return b
}

func Codes(fs []rules.Finding) []rules.Code {
	out := make([]rules.Code, len(fs))
	for i, f := range fs {
		out[i] = f.Code
	}
	return out
}

// topTexts are the texts of the labels and buttons in the topmost dialog.
func TopTexts(t *testing.T, w fyne.Window) []string {
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
func TapInTop(t *testing.T, w fyne.Window, text string) {
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
	t.Fatalf("no button %q in the dialog: %q", text, TopTexts(t, w))
}

// testOpen makes dir the folder printed into and records the files the session opens.
func TestOpen(s *session.Session, dir string) *[]string {
	s.App.Preferences().SetString(session.PrefPrintFolder, dir)
	var opened []string
	s.OpenFile = func(path string) error { opened = append(opened, path); return nil }
	return &opened
}

func (FailingStore) Totals(context.Context, rules.Month) ([]rules.CustomerTotals, error) {
	return nil, errDiskGone
}

func (FailingStore) MonthData(context.Context, rules.Month, rules.Date) (rules.MonthData, error) {
	return rules.MonthData{}, errDiskGone
}

func (FailingStore) Settings(context.Context) (rules.Settings, error) {
	return rules.Settings{}, errDiskGone
}

// labelsIn returns the visible labels under obj.
func LabelsIn(obj fyne.CanvasObject) []*widget.Label { return ObjectsIn[*widget.Label](obj) }

// objectsIn returns the visible objects of type T under obj, walking
// containers and widget renderers (test.LaidOutObjects does not reach a
// table's cells).
func ObjectsIn[T fyne.CanvasObject](obj fyne.CanvasObject) []T {
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
			out = append(out, ObjectsIn[T](c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			out = append(out, ObjectsIn[T](c)...)
		}
	}
	return out
}

// failingStore fails every read of the month, as a database on a lost disk would.
type FailingStore struct{ session.Store }

var errDiskGone = errors.New("disken är borta")

func Stored(t *testing.T, st *data.Store, cust string) []string {
	t.Helper()
	shifts, err := st.ShiftsFor(context.Background(), PnrXena, cust, rules.Month{Year: 2026, Month: 10})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(shifts))
	for i, sh := range shifts {
		out[i] = fmt.Sprintf("%s %s-%s %s", sh.Date, sh.Start, sh.End, sh.Kind)
	}
	return out
}

// ListSelected says whether row i of l is selected: selecting a selected row
// does not call OnSelected.
func ListSelected(l *widget.List, i int) bool {
	called := false
	old := l.OnSelected
	l.OnSelected = func(widget.ListItemID) { called = true }
	l.Select(i)
	l.OnSelected = old
	return !called
}

// ShotsDir is the folder screenshot tests write into: ASSISTANS_SHOTS when set
// (for a person to look at the pictures), else the test's own temporary folder,
// so that the screens are still drawn and checked on every run.
func ShotsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ASSISTANS_SHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// flat tells whether an image is one colour all over: a screen that failed to
// draw.
func flat(img image.Image) bool {
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, a0 := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if r, g, bl, a := img.At(x, y).RGBA(); r != r0 || g != g0 || bl != b0 || a != a0 {
				return false
			}
		}
	}
	return true
}
