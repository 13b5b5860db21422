package widgets

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestOpenErrorText(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	notFound := fmt.Errorf("kan inte öppna %s med xdg-open: %w", dir, &exec.Error{Name: "xdg-open", Err: exec.ErrNotFound})
	for _, c := range []struct {
		path string
		err  error
		want string
	}{
		{dir, notFound, "det finns inget program på datorn som öppnar den"},
		{filepath.Join(dir, "borta"), errors.New("exit status 4"), "den finns inte längre (flyttad eller borttagen)"},
		{dir, errors.New("exit status 4"), "systemet kunde inte öppna den"},
	} {
		if got := OpenErrorText(c.path, c.err); got != c.want {
			t.Errorf("OpenErrorText(%q, %v) = %q, want %q", c.path, c.err, got, c.want)
		}
	}
}
