package gui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/language"
)

// Connect is what the window shows at start when its database could not be
// opened: why, a password field when the server wants one (libpq's places,
// PGPASSWORD and the password file, gave none), and Anslut to try again. With
// fallback (the database was the one remembered, not --db) it also offers the
// file on this PC, so that a server out of reach never locks the user out of
// Inställningar. open opens a database (with the password typed); start builds
// the window on the store it returned. Both run with fyne's UI thread free.
type Connect struct {
	Content  fyne.CanvasObject
	Why      *widget.Label
	Password *widget.Entry
	Connect  *widget.Button
	Local    *widget.Button // nil without fallback

	db    string
	open  func(db string) (Store, error)
	start func(st Store, db string)
	do    func(func()) // fyne.Do; tests run it at once
	busy  bool
}

// ShowConnect shows the screen in w for db, which failed to open with err,
// with the password field focused.
func ShowConnect(a fyne.App, w fyne.Window, db string, err error, open func(db string) (Store, error), start func(Store, string), fallback bool) *Connect {
	language.Use(language.Chosen(a.Preferences()))
	c := &Connect{db: db, open: open, start: start, do: fyne.Do}
	c.Why = widget.NewLabel(openFailedText(db, err))
	c.Why.Wrapping = fyne.TextWrapWord
	c.Why.Importance = widget.DangerImportance
	c.Password = widget.NewPasswordEntry()
	c.Password.OnSubmitted = func(string) { c.try(c.withTyped()) }
	c.Connect = widget.NewButtonWithIcon(lang.X("connect.retry", "Anslut"), theme.LoginIcon(), func() { c.try(c.withTyped()) })
	c.Connect.Importance = widget.HighImportance
	buttons := container.NewHBox(c.Connect)
	if fallback {
		c.Local = widget.NewButtonWithIcon(lang.X("connect.local", "Använd databasfilen på den här datorn"), theme.ComputerIcon(), func() { c.try("") })
		buttons.Add(c.Local)
	}
	buttons.Add(widget.NewButton(lang.X("connect.quit", "Avsluta"), a.Quit))
	where := widget.NewLabelWithStyle(data.Redact(db), fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	pw := container.NewVBox(widget.NewLabel(lang.X("connect.password", "Lösenord (sparas inte)")),
		container.NewGridWrap(fyne.NewSize(320, c.Password.MinSize().Height), c.Password))
	if !data.IsServer(db) {
		pw.Hide()
	}
	c.Content = container.NewCenter(container.NewVBox(
		widget.NewLabelWithStyle(lang.X("connect.title", "Anslut till databasen"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		where, container.NewGridWrap(fyne.NewSize(560, 3*c.Why.MinSize().Height), c.Why), pw, buttons))
	w.SetContent(c.Content)
	if data.IsServer(db) {
		w.Canvas().Focus(c.Password)
	}
	return c
}

func (c *Connect) withTyped() string { return withPassword(c.db, c.Password.Text) }

// try opens db in the background and starts the window on it, or says why not.
func (c *Connect) try(db string) {
	if c.busy {
		return
	}
	c.busy = true
	c.Why.Importance = widget.MediumImportance
	c.Why.SetText(lang.X("db.opening", "Öppnar databasen…"))
	go func() {
		st, err := c.open(db)
		c.do(func() {
			c.busy = false
			if err != nil {
				c.Why.Importance = widget.DangerImportance
				c.Why.SetText(openFailedText(db, err))
				return
			}
			c.start(st, db)
		})
	}()
}
