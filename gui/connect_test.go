package gui

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/jackc/pgx/v5/pgconn"

	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// At start a server wants a password none of libpq's places gave: a wrong one
// is said so, the right one (Enter in the field) builds the window on the
// store opened with it; the file on this PC is offered only for a remembered choice.
func TestConnectAsksForThePassword(t *testing.T) {
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	db := "postgres://anna@kontorsserver:5432/assistans?sslmode=require"
	refused := fmt.Errorf("kan inte ansluta: %w", &pgconn.PgError{Code: "28P01"})
	st := guitest.OpenStore(t, rules.Batch{})
	var tried []string
	open := func(db string) (session.Store, error) {
		tried = append(tried, db)
		if db != "postgres://anna:r%C3%A4tt@kontorsserver:5432/assistans?sslmode=require" {
			return nil, refused
		}
		return st, nil
	}
	var started string
	c := ShowConnect(a, w, db, refused, open, func(_ session.Store, db string) { started = db }, false)
	ui := make(chan func(), 1)
	c.do = func(f func()) { ui <- f }
	if c.Local != nil || c.Why.Text != "Servern nåddes och vill ha ett lösenord för anna. Fyll i Lösenord." || w.Canvas().Focused() != c.Password {
		t.Fatalf("at start: %q, local %v, focus %v", c.Why.Text, c.Local != nil, w.Canvas().Focused())
	}
	test.Type(c.Password, "fel")
	test.Tap(c.Connect)
	(<-ui)()
	if want := "Servern nåddes, men den godtog inte användaren anna med det lösenordet. Kontrollera Användare och Lösenord."; c.Why.Text != want || started != "" {
		t.Fatalf("a wrong password: %q, started %q", c.Why.Text, started)
	}
	c.Password.SetText("rätt")
	c.Password.OnSubmitted(c.Password.Text)
	(<-ui)()
	if started != tried[1] || len(tried) != 2 {
		t.Fatalf("tried %q, started %q", tried, started)
	}

	remembered := ShowConnect(a, w, db, errors.New("dial tcp: connection refused"), open, func(session.Store, string) {}, true)
	if remembered.Local == nil {
		t.Error("a remembered server offers no way back to the file")
	}
}
