package gui

import (
	"context"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

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

var (
	queuesMu sync.Mutex
	queues   = map[*session]*uiQueue{}
)

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

func TestMonthChooser(t *testing.T) {
	s := newTestSession(t, openStore(t, rules.Batch{}))
	calls := 0
	s.onChange(func() { calls++ })
	if got := s.monthText.Text; got != "oktober 2026" {
		t.Fatalf("month label %q, want %q", got, "oktober 2026")
	}
	test.Tap(s.next)
	test.Tap(s.next)
	test.Tap(s.next) // oktober → november → december → januari 2027
	if got := s.monthText.Text; got != "januari 2027" || s.Month() != (rules.Month{Year: 2027, Month: 1}) {
		t.Fatalf("after three steps forward: %q, %v", got, s.Month())
	}
	test.Tap(s.prev)
	if got := s.monthText.Text; got != "december 2026" {
		t.Fatalf("after one step back: %q", got)
	}
	test.Tap(s.current)
	if got := s.monthText.Text; got != "oktober 2026" {
		t.Fatalf("this month: %q", got)
	}
	if calls != 5 {
		t.Fatalf("listeners ran %d times, want 5 (one per change)", calls)
	}
	test.Tap(s.current) // already there: no change, no call
	if calls != 5 {
		t.Fatalf("choosing the shown month called the listeners")
	}
}

func TestMonthShortcuts(t *testing.T) {
	s := newTestSession(t, openStore(t, rules.Batch{}))
	s.addShortcuts()
	sc := s.win.Canvas().(fyne.Shortcutable)
	sc.TypedShortcut(shortcutNext)
	sc.TypedShortcut(shortcutNextAlt) // oktober + 2 = december
	sc.TypedShortcut(shortcutPrevAlt)
	if s.Month() != (rules.Month{Year: 2026, Month: 11}) {
		t.Fatalf("after next, next, prev: %v, want 2026-11", s.Month())
	}
	sc.TypedShortcut(shortcutPrev)
	sc.TypedShortcut(shortcutPrev)
	if got := s.monthText.Text; got != "september 2026" {
		t.Fatalf("after two Ctrl+PageUp: %q", got)
	}
}

// TestCreate builds the whole window: every screen, the menu and the month bar.
func TestCreate(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	s := newSession(a, w, openStore(t, smallBatch()), func() rules.Date { return testToday })
	queueUI(s)
	w.SetContent(s.buildUI())
	settle(s) // the first check runs in the background
	if w.Title() != "Assistans" {
		t.Errorf("title %q", w.Title())
	}
	if m := w.MainMenu(); m == nil || len(m.Items) != 3 || m.Items[1].Label != "Månad" {
		t.Errorf("main menu %+v, want Arkiv, Månad, Hjälp", m)
	}
}

// keysInSource collects every lang.X key of the package's own files, with its
// Swedish fallback. A lang.X call whose key or fallback is not a string literal
// is an error, because this test could not see it.
func keysInSource(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "lang" {
				return true
			}
			switch sel.Sel.Name {
			case "X":
			case "L", "N", "XN", "Localize", "LocalizeKey", "LocalizePlural", "LocalizePluralKey":
				t.Errorf("%s: lang.%s: use lang.X(key, Swedish fallback)", fset.Position(call.Pos()), sel.Sel.Name)
				return true
			default: // AddTranslations…, SystemLocale
				return true
			}
			lit := func(i int) (string, bool) {
				if len(call.Args) <= i {
					return "", false
				}
				b, ok := call.Args[i].(*ast.BasicLit)
				if !ok || b.Kind != token.STRING {
					return "", false
				}
				s, err := strconv.Unquote(b.Value)
				return s, err == nil
			}
			key, ok1 := lit(0)
			fallback, ok2 := lit(1)
			if !ok1 || !ok2 {
				t.Errorf("%s: lang.X needs a literal key and fallback", fset.Position(call.Pos()))
				return true
			}
			if old, dup := keys[key]; dup && old != fallback {
				t.Errorf("%s: key %q has two fallbacks: %q and %q", fset.Position(call.Pos()), key, old, fallback)
			}
			keys[key] = fallback
			return true
		})
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d keys; is the parser looking at the right files?", len(keys))
	}
	return keys
}

// readTranslations merges every file of language code; a key may stand in only one file.
func readTranslations(t *testing.T, code string) map[string]any {
	t.Helper()
	files, err := languageFiles(code)
	if err != nil {
		t.Fatal(err)
	}
	all, from := map[string]any{}, map[string]string{}
	for name, b := range files {
		m := map[string]any{}
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for k, v := range m {
			if other, dup := from[k]; dup {
				t.Errorf("key %q is in both %s and %s", k, other, name)
			}
			all[k], from[k] = v, name
		}
	}
	return all
}

// TestTranslationsComplete: both files have every key the code uses, and the
// Swedish file says what the code's fallback says.
func TestTranslationsComplete(t *testing.T) {
	keys := keysInSource(t)
	sv, en := readTranslations(t, "sv"), readTranslations(t, "en")
	for key, fallback := range keys {
		if got, ok := sv[key]; !ok {
			t.Errorf("sv.json lacks %q", key)
		} else if got != fallback {
			t.Errorf("sv.json %q = %q, the code's fallback is %q", key, got, fallback)
		}
		if got, ok := en[key].(string); !ok || got == "" {
			t.Errorf("en.json lacks %q", key)
		}
	}
	// The files also carry fyne's own words; both must have the same set.
	for key := range sv {
		if _, ok := en[key]; !ok {
			t.Errorf("en.json lacks %q, which sv.json has", key)
		}
	}
	for key := range en {
		if _, ok := sv[key]; !ok {
			t.Errorf("sv.json lacks %q, which en.json has", key)
		}
	}
}

// TestLanguage: the chosen language wins over the system locale, for our
// strings and for fyne's own (a dialog's Avbryt), whatever the locale is.
func TestLanguage(t *testing.T) {
	t.Cleanup(func() { useLanguage("sv") })
	t.Setenv("LANGUAGE", "")
	for _, sys := range []string{"C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "sv_SE.UTF-8", "fi_FI.UTF-8"} {
		t.Setenv("LC_ALL", sys)
		useLanguage("en")
		if got := lang.X("tab.overview", "Översikt"); got != "Overview" {
			t.Errorf("%s, English: %q", sys, got)
		}
		if got := lang.L("Cancel"); got != "Cancel" {
			t.Errorf("%s, English Cancel: %q", sys, got)
		}
		useLanguage("sv")
		if got := lang.X("tab.overview", "Översikt"); got != "Översikt" {
			t.Errorf("%s, Swedish: %q", sys, got)
		}
		if got := lang.L("Cancel"); got != "Avbryt" {
			t.Errorf("%s, Swedish Cancel: %q", sys, got)
		}
	}
}

func TestChosenLanguage(t *testing.T) {
	a := test.NewTempApp(t)
	p := a.Preferences()
	t.Setenv("ASSISTANS_LANG", "")
	if got := chosenLanguage(p); got != "sv" {
		t.Errorf("nothing chosen: %q, want sv", got)
	}
	p.SetString(prefLanguage, "en")
	if got := chosenLanguage(p); got != "en" {
		t.Errorf("preference en: %q", got)
	}
	t.Setenv("ASSISTANS_LANG", "SV")
	if got := chosenLanguage(p); got != "sv" {
		t.Errorf("environment SV over preference en: %q", got)
	}
	t.Setenv("ASSISTANS_LANG", "fi")
	p.SetString(prefLanguage, "de")
	if got := chosenLanguage(p); got != "sv" {
		t.Errorf("unknown languages: %q, want sv", got)
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
