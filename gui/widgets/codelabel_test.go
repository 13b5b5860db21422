package widgets

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/rules"
)

// TestCodeLabels checks that every finding code rules declares has a label,
// so that no raw code (UNFILLED_SHIFT) reaches the window.
func TestCodeLabels(t *testing.T) {
	test.NewTempApp(t)
	pkgs, err := parser.ParseDir(token.NewFileSet(), "../../rules", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(pkgs["rules"], func(x ast.Node) bool {
		vs, ok := x.(*ast.ValueSpec)
		if !ok || vs.Type == nil || len(vs.Values) != 1 {
			return true
		}
		if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
			return true
		}
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok {
			return true
		}
		code := rules.Code(lit.Value[1 : len(lit.Value)-1])
		n++
		if got := CodeLabel(code); got == string(code) || got == "" {
			t.Errorf("%s has no label", code)
		}
		return true
	})
	if n < 25 {
		t.Errorf("found %d codes in rules, want at least 25", n)
	}
	if got := CodeLabel(rules.UnfilledShift); got != "Obemannat pass" {
		t.Errorf("UNFILLED_SHIFT is labelled %q", got)
	}
}
