package gui

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/session"
	"assistans/rules"
)

func TestMonthChooser(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, rules.Batch{}))
	calls := 0
	s.OnChange(func() { calls++ })
	if got := s.MonthText.Text; got != "oktober 2026" {
		t.Fatalf("month label %q, want %q", got, "oktober 2026")
	}
	test.Tap(s.Next)
	test.Tap(s.Next)
	test.Tap(s.Next) // oktober → november → december → januari 2027
	if got := s.MonthText.Text; got != "januari 2027" || s.Month() != (rules.Month{Year: 2027, Month: 1}) {
		t.Fatalf("after three steps forward: %q, %v", got, s.Month())
	}
	test.Tap(s.Prev)
	if got := s.MonthText.Text; got != "december 2026" {
		t.Fatalf("after one step back: %q", got)
	}
	test.Tap(s.Current)
	if got := s.MonthText.Text; got != "oktober 2026" {
		t.Fatalf("this month: %q", got)
	}
	if calls != 5 {
		t.Fatalf("listeners ran %d times, want 5 (one per change)", calls)
	}
	test.Tap(s.Current) // already there: no change, no call
	if calls != 5 {
		t.Fatalf("choosing the shown month called the listeners")
	}
}

func TestMonthShortcuts(t *testing.T) {
	w := newTestWindow(t, rules.Batch{})
	s := w.Session
	guitest.PressShortcut(s.Win, shortcutNext)
	guitest.PressShortcut(s.Win, shortcutNextAlt) // oktober + 2 = december
	guitest.PressShortcut(s.Win, shortcutPrevAlt)
	if s.Month() != (rules.Month{Year: 2026, Month: 11}) {
		t.Fatalf("after next, next, prev: %v, want 2026-11", s.Month())
	}
	guitest.PressShortcut(s.Win, shortcutPrev)
	guitest.PressShortcut(s.Win, shortcutPrev)
	if got := s.MonthText.Text; got != "september 2026" {
		t.Fatalf("after two Ctrl+PageUp: %q", got)
	}
}

// TestCreate builds the whole window: every screen, the menu and the month bar.
func TestCreate(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	s := newWindow(session.New(a, w, guitest.OpenStore(t, guitest.SmallBatch()), func() rules.Date { return guitest.TestToday }))
	guitest.QueueUI(s.Session)
	w.SetContent(s.buildUI())
	guitest.Settle(s.Session) // the first check runs in the background
	if w.Title() != "Assistans" {
		t.Errorf("title %q", w.Title())
	}
	if m := w.MainMenu(); m == nil || len(m.Items) != 4 || m.Items[1].Label != "Månad" || m.Items[2].Label != "Visa" {
		t.Errorf("main menu %+v, want Arkiv, Månad, Visa, Hjälp", m)
	}
}

// keysInSource collects every lang.X key of the package's own files, with its
// Swedish fallback. A lang.X call whose key or fallback is not a string literal
// is an error, because this test could not see it.
func keysInSource(t *testing.T) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	files := goSources(t)
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
	files, err := language.Files(code)
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
	t.Cleanup(func() { language.Use("sv") })
	t.Setenv("LANGUAGE", "")
	for _, sys := range []string{"C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "sv_SE.UTF-8", "fi_FI.UTF-8"} {
		t.Setenv("LC_ALL", sys)
		language.Use("en")
		if got := lang.X("tab.overview", "Översikt"); got != "Overview" {
			t.Errorf("%s, English: %q", sys, got)
		}
		if got := lang.L("Cancel"); got != "Cancel" {
			t.Errorf("%s, English Cancel: %q", sys, got)
		}
		language.Use("sv")
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
	if got := language.Chosen(p); got != "sv" {
		t.Errorf("nothing chosen: %q, want sv", got)
	}
	p.SetString(language.Pref, "en")
	if got := language.Chosen(p); got != "en" {
		t.Errorf("preference en: %q", got)
	}
	t.Setenv("ASSISTANS_LANG", "SV")
	if got := language.Chosen(p); got != "sv" {
		t.Errorf("environment SV over preference en: %q", got)
	}
	t.Setenv("ASSISTANS_LANG", "fi")
	p.SetString(language.Pref, "de")
	if got := language.Chosen(p); got != "sv" {
		t.Errorf("unknown languages: %q, want sv", got)
	}
}

// goSources are the window's Go files, in this package and its subpackages, tests left out.
func goSources(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !strings.HasSuffix(path, "_test.go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) < 20 {
		t.Fatalf("found %d Go files: %v", len(files), err)
	}
	return files
}
