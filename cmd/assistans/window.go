package main

import (
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

// runWindow opens the window on the database that --db names, or the default one.
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
	// The window holds the instance lock: a second window on the same file is refused.
	st, err := openStoreExclusive(db)
	if err != nil {
		showStartError(a, err)
		return err
	}
	// A restore in the window closes st and opens the file again (WithReopen);
	// the store open at the end is the one to close.
	var open atomic.Pointer[data.Store]
	open.Store(st)
	defer func() { open.Load().Close() }()
	reopen := func() (gui.Store, error) {
		s, err := data.OpenExclusive(st.Path())
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
	w.SetContent(gui.Create(a, w, st, gui.WithReopen(reopen), gui.WithStartBackup(startBackup)))
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
