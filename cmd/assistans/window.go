package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"assistans/gui"
)

// runWindow opens the window on the database that --db names, or the default one.
func runWindow(e *env, args []string) error {
	var db string
	fs := newFlags(e, "assistans", &db)
	if _, err := parseArgs(fs, args); err != nil {
		return err
	}
	st, err := openStore(db)
	if err != nil {
		return err
	}
	defer st.Close()
	a := app.NewWithID("se.assistans.app")
	w := a.NewWindow("Assistans")
	w.SetContent(gui.Create(a, w, st))
	w.Resize(fyne.NewSize(1200, 800))
	w.ShowAndRun()
	return nil
}
