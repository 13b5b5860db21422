package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"assistans/assets"
	"assistans/data"
	"assistans/gui"
)

// runWindow opens the window on the database that --db names, else the one
// chosen in Inställningar → Databas, else the default file. A server that wants
// a password libpq's places (PGPASSWORD, the password file) do not give, or a
// remembered database that cannot be opened, gets the connect screen first.
func runWindow(e *env, args []string) error {
	var db string
	fs := newFlags(e, "assistans", &db)
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	if err := checkDisplay(); err != nil {
		return err
	}
	limitWindowMemory()
	a := app.NewWithID("se.assistans.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	remembered := db == ""
	if remembered {
		db = gui.RememberedDatabase(a)
	}
	// A restore in the window closes the store and opens the database again, and
	// Inställningar → Databas may open another (WithOpen); the store open at the
	// end is the one to close.
	var open atomic.Pointer[data.Store]
	defer func() {
		if s := open.Load(); s != nil {
			s.Close()
		}
	}()
	// The window holds a file's instance lock: a second window on it is refused.
	openDB := func(db string) (gui.Store, error) {
		s, err := openStoreExclusive(db)
		if err != nil {
			return nil, err
		}
		open.Store(s)
		return s, nil
	}
	startBackup := func() error {
		err := autoBackup(open.Load(), time.Now())
		if err != nil {
			fmt.Fprintf(e.stderr, "assistans: %v\n", err)
		}
		return err
	}
	w := a.NewWindow("Assistans")
	running := false
	start := func(st gui.Store, db string) {
		w.SetContent(gui.Create(a, w, st, gui.WithOpen(cmp.Or(db, st.Path()), openDB), gui.WithStartBackup(startBackup, running)))
	}
	st, err := openDB(db)
	switch {
	case err == nil:
		start(st, db)
	case data.IsServer(db) || remembered && db != "":
		fmt.Fprintf(e.stderr, "assistans: %v\n", err)
		running = true // the window is built once the user has connected
		gui.ShowConnect(a, w, db, err, openDB, start, remembered)
	default:
		showStartError(a, err)
		return err
	}
	w.Resize(gui.WindowSize(a))
	w.ShowAndRun()
	return nil
}

// windowMemoryLimit is the Go heap the window aims to stay within. Without a
// limit the heap grows to twice what is live after each month's load (a large
// provider's month is 100,000 shifts), and the window held 280 MB; with it the
// collector runs sooner and gives freed memory back to the system.
const windowMemoryLimit = 80 << 20

// limitWindowMemory sets windowMemoryLimit, unless GOMEMLIMIT sets another.
func limitWindowMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(windowMemoryLimit)
	}
}

// showStartError shows why the window cannot open, in a window of its own:
// started from the desktop, the user never sees stderr.
func showStartError(a fyne.App, err error) {
	w := a.NewWindow("Assistans")
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewCenter(widget.NewButton("Stäng", w.Close)), nil, nil, msg))
	w.Resize(fyne.NewSize(520, 180))
	w.ShowAndRun()
}

// autoBackup saves the automatic backup as the window opens. A failure does not
// stop the window; the message says how old the newest copy then is.
func autoBackup(st *data.Store, now time.Time) error {
	_, err := st.AutoBackup(context.Background(), now)
	if err == nil {
		return nil
	}
	msg := "Den automatiska säkerhetskopian kunde inte sparas: " + err.Error() + "."
	switch last, lerr := st.LastBackup(); {
	case lerr != nil:
	case last.IsZero():
		msg += " Det finns ingen tidigare säkerhetskopia."
	case now.Sub(last) > 7*24*time.Hour:
		msg += fmt.Sprintf(" Den senaste är från %s, mer än en vecka sedan.", last.In(time.Local).Format("2006-01-02"))
	default:
		msg += fmt.Sprintf(" Den senaste är från %s.", last.In(time.Local).Format("2006-01-02 15:04"))
	}
	return errors.New(msg)
}
