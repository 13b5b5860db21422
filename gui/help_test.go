package gui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/widgets"
)

// fyneKeys are the fyne key constants whose value is not their name without
// "Key" (KeyN is "N", KeyDelete is "Delete", but KeyPageUp is "Prior").
var fyneKeys = map[string]fyne.KeyName{
	"KeyPageUp": fyne.KeyPageUp, "KeyPageDown": fyne.KeyPageDown, "KeyEnter": fyne.KeyEnter,
	"KeyPlus": fyne.KeyPlus, "KeyMinus": fyne.KeyMinus, "KeyComma": fyne.KeyComma, "KeyPeriod": fyne.KeyPeriod,
}

var fyneModifiers = map[string]fyne.KeyModifier{
	"KeyModifierShortcutDefault": fyne.KeyModifierShortcutDefault, "KeyModifierControl": fyne.KeyModifierControl,
	"KeyModifierAlt": fyne.KeyModifierAlt, "KeyModifierShift": fyne.KeyModifierShift, "KeyModifierSuper": fyne.KeyModifierSuper,
}

// shortcutsInSource finds every desktop.CustomShortcut literal in the
// package's own files, as "Modifier+Key" in fyne's values.
func shortcutsInSource(t *testing.T) map[string]string {
	t.Helper()
	files := goSources(t)
	fset := token.NewFileSet()
	found := map[string]string{} // shortcut → where
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "guitest/") {
			continue // guitest makes shortcuts to press, not shortcuts of the window
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if sel, ok := lit.Type.(*ast.SelectorExpr); !ok || sel.Sel.Name != "CustomShortcut" {
				return true
			}
			sc := desktop.CustomShortcut{}
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					t.Errorf("%s: write CustomShortcut with field names", fset.Position(lit.Pos()))
					return false
				}
				var parts []string
				ast.Inspect(kv.Value, func(n ast.Node) bool {
					if sel, ok := n.(*ast.SelectorExpr); ok {
						parts = append(parts, sel.Sel.Name)
						return false
					}
					return true
				})
				switch kv.Key.(*ast.Ident).Name {
				case "KeyName":
					if len(parts) != 1 {
						// made from a menu's name (keys.go); TestWindowShortcutsListed sees those
						return false
					}
					k, ok := fyneKeys[parts[0]]
					if !ok {
						k = fyne.KeyName(strings.TrimPrefix(parts[0], "Key"))
					}
					sc.KeyName = k
				case "Modifier":
					for _, p := range parts {
						m, ok := fyneModifiers[p]
						if !ok {
							t.Errorf("%s: unknown modifier %s", fset.Position(kv.Pos()), p)
						}
						sc.Modifier |= m
					}
				}
			}
			found[sc.ShortcutName()] = fset.Position(lit.Pos()).String()
			return false
		})
	}
	if len(found) < 7 {
		t.Fatalf("found only %d shortcuts (%v); is the parser looking at the right files?", len(found), found)
	}
	return found
}

// TestWindowShortcutsListed: every shortcut on the built window's menus and
// every window shortcut (in both languages, as the menu keys follow the
// menus' names) is in Kortkommandon.
func TestWindowShortcutsListed(t *testing.T) {
	t.Cleanup(func() { language.Use("sv") })
	for _, code := range []string{"sv", "en"} {
		w := newTestWindowIn(t, guitest.SmallBatch(), code)
		menu := w.Win.MainMenu()
		listed := map[string]bool{}
		for _, g := range shortcutGroups() {
			for _, it := range g.items {
				for _, sc := range it.shortcuts {
					listed[sc.ShortcutName()] = true
				}
			}
		}
		var have []string
		for _, m := range menu.Items {
			have = append(have, menuShortcut(m.Label).ShortcutName())
			for _, it := range m.Items {
				if it.Shortcut != nil {
					have = append(have, it.Shortcut.ShortcutName())
				}
			}
		}
		have = append(have, widgets.WindowShortcutNames(w.Win)...)
		if len(have) < 20 {
			t.Fatalf("%s: only %d shortcuts found: %v", code, len(have), have)
		}
		for _, name := range have {
			if !listed[name] {
				t.Errorf("%s: %s is on the window but not in Kortkommandon", code, name)
			}
		}
	}
}

// TestShortcutHelpComplete: every shortcut the code defines is in Kortkommandon.
func TestShortcutHelpComplete(t *testing.T) {
	language.Use("sv")
	listed := map[string]bool{}
	for _, g := range shortcutGroups() {
		for _, it := range g.items {
			for _, sc := range it.shortcuts {
				listed[sc.ShortcutName()] = true
			}
		}
	}
	for sc, where := range shortcutsInSource(t) {
		if !listed[sc] {
			t.Errorf("%s: shortcut %s is not in the shortcut help (help.go)", where, sc)
		}
	}
}

func TestKeyText(t *testing.T) {
	language.Use("sv")
	for sc, want := range map[*desktop.CustomShortcut]string{
		shortcutPrev:         primaryKey() + "+Page Up",
		shortcutNextAlt:      "Alt+→",
		widgets.ShortcutSave: primaryKey() + "+S",
		{KeyName: fyne.KeyTab, Modifier: fyne.KeyModifierShift | fyne.KeyModifierControl}: "Ctrl+Skift+Tab",
	} {
		if got := keyText(sc); got != want {
			t.Errorf("keyText(%s) = %q, want %q", sc.ShortcutName(), got, want)
		}
	}
}

func TestShortcutDialog(t *testing.T) {
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	s.Win.Resize(fyne.NewSize(1000, 800))
	newWindow(s).showShortcuts()
	got := strings.Join(guitest.TopTexts(t, s.Win), "|")
	for _, want := range []string{"Hela fönstret", primaryKey() + "+Page Up eller Alt+←", "Föregående månad",
		"Tidrapport", "Skift+Tab", primaryKey() + "+N", "Nytt tomt formulär, för att lägga till en ny"} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q", want)
		}
	}
}

// TestGuide: the guide is Markdown with the five steps, planning and import
// as headings, the shortcut keys filled in, in both languages.
func TestGuide(t *testing.T) {
	t.Cleanup(func() { language.Use("sv") })
	s := guitest.NewSession(t, guitest.OpenStore(t, guitest.SmallBatch()))
	for _, c := range []struct {
		lang     string
		headings []string
	}{
		{"sv", []string{"Så går en månad till", "1. Register", "2. Pass", "3. Kontroll", "4. Räkning och utskrift", "5. Markera som skickad", "Säkerhet", "Planering: schema, frånvaro och ersättare", "Importera från CSV-filer"}},
		{"en", []string{"How a month goes", "1. Registers", "2. Shifts", "3. Checks", "4. Invoice and printing", "5. Mark as sent", "Safety", "Planning: schedules, absence and replacements", "Importing from CSV files"}},
	} {
		language.Use(c.lang)
		rt := newWindow(s).showGuide()
		var headings []string
		all := ""
		for _, seg := range rt.Segments {
			if ts, ok := seg.(*widget.TextSegment); ok {
				all += ts.Text + "\n"
				if strings.HasPrefix(string(ts.Style.SizeName), "headingText") || strings.HasPrefix(string(ts.Style.SizeName), "subHeadingText") {
					headings = append(headings, ts.Text)
				}
			}
		}
		if strings.Join(headings, "|") != strings.Join(c.headings, "|") {
			t.Errorf("%s: headings %q", c.lang, headings)
		}
		if strings.Contains(all, "{{") || !strings.Contains(all, primaryKey()+"+N") || !strings.Contains(all, primaryKey()+"+S) sav") && !strings.Contains(all, primaryKey()+"+S) spar") {
			t.Errorf("%s: the shortcut key is not filled in", c.lang)
		}
		s.Win.Canvas().Overlays().Top().Hide()
	}
}
