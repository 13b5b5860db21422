// Package testhome gives a package's tests a home folder of their own, so that
// no test writes into the real one (a print folder, a default database, the
// window's preferences all default to places under it).
package testhome

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// vars are the variables that name the home and application-data folders on
// Linux, macOS and Windows.
var vars = []string{"HOME", "USERPROFILE", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"}

// Run points every home and application-data folder at a new temporary
// folder, runs the tests and removes the folder. Use it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(testhome.Run(m)) }
func Run(m *testing.M) int { return RunWith(m.Run) }

// RunWith is Run for a TestMain that runs the tests in its own way: run runs them.
func RunWith(run func() int) int {
	dir, err := os.MkdirTemp("", "assistans-home-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	for _, v := range vars {
		os.Setenv(v, filepath.Join(dir, strings.ToLower(v)))
	}
	os.Setenv("HOME", dir)
	os.Setenv("USERPROFILE", dir)
	return run()
}

// Check fails t unless the home folder is one Run made.
func Check(t *testing.T) {
	t.Helper()
	home, err := os.UserHomeDir()
	if err != nil || !strings.HasPrefix(filepath.Base(home), "assistans-home-") {
		t.Fatalf("the tests run in the real home folder %q (%v): use testhome.Run in TestMain", home, err)
	}
	conf, err := os.UserConfigDir()
	if err != nil || !strings.HasPrefix(conf, home) {
		t.Fatalf("the application-data folder %q is outside the tests' home %q", conf, home)
	}
}
