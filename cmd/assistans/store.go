package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"assistans/data"
	"assistans/data/platform"
	"assistans/rules"
)

// openStore opens the database the flag names, or the window's default one,
// for a command that only reads: it may run while the window is open, never
// creates a database, and reads one the user may not write.
func openStore(path string) (*data.Store, error) { return openWith(data.OpenExisting, path) }

// openReader is openStore for a command that never writes (check).
func openReader(path string) (*data.Store, error) { return openWith(data.OpenForReading, path) }

// openStoreExclusive is openStore for the window and the commands that write
// (import, demo): it holds the database's instance lock, so that a second one
// on the same file is refused (data.ErrAlreadyOpen).
func openStoreExclusive(path string) (*data.Store, error) {
	return openWith(data.OpenExclusive, path)
}

func openWith(open func(string) (*data.Store, error), path string) (*data.Store, error) {
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	if data.IsServer(path) {
		return open(path)
	}
	if err := platform.CheckDatabasePath(path); err != nil {
		return nil, err
	}
	return open(path)
}

// parseArgs lets flags and positional arguments come in any order
// (`import KIND FILE --db X` as well as `import --db X KIND FILE`).
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// monthFlag reads the required --month value.
func monthFlag(s string) (rules.Month, error) {
	if s == "" {
		return rules.Month{}, fmt.Errorf("--month ÅÅÅÅ-MM saknas")
	}
	m, err := rules.ParseMonth(s)
	if err != nil {
		return rules.Month{}, fmt.Errorf("--month: %v", err)
	}
	return m, nil
}

// todayFlag reads --today, or takes today's date in Stockholm.
func todayFlag(s string) (rules.Date, error) {
	if strings.TrimSpace(s) == "" {
		return rules.DateOf(time.Now().In(rules.Stockholm)), nil
	}
	d, err := rules.ParseDate(s)
	if err != nil {
		return rules.Date{}, fmt.Errorf("--today: %v", err)
	}
	return d, nil
}

// writeJSON prints v indented, with å/ä/ö and < > & as themselves.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
