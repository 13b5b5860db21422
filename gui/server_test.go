package gui

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/data/postgres/pgtest"
	"assistans/gui/guitest"
	"assistans/rules"
)

// Windows on one PostgreSQL database, in one process: a private server (as the
// data tests start one; no server fails the test). A change saved in one window
// reaches another within moments (LISTEN/NOTIFY), and a window on a file
// switches to the server in Inställningar → Databas and follows it from then on.
func TestWindowsOnOneServer(t *testing.T) {
	srv, err := pgtest.Start()
	if err != nil {
		t.Fatalf("no PostgreSQL server for the test: %v", err)
	}
	t.Cleanup(srv.Stop)
	t.Setenv("ASSISTANS_TEST_PG", srv.URL) // where pgtest.NewDatabase makes the database
	db := pgtest.NewDatabase(t)
	openServer := func() *data.Store {
		st, err := data.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	first, second := openServer(), openServer()
	if err := first.Apply(t.Context(), guitest.SmallBatch()); err != nil {
		t.Fatal(err)
	}
	w1, _ := openWindow(t, first)
	w2, _ := openWindow(t, second)
	w2.WatchStore()
	show(w2, w2.to.Customers.Content)
	if !shows(w2, w2.to.Customers.Content, "Anna Andersson") {
		t.Fatal("the second window does not show Anna")
	}
	rename(t, w1.Store, "Anna Server-Ändrad")
	if !waitFor(w2, w2.to.Customers.Content, "Anna Server-Ändrad") {
		t.Fatalf("the second window never showed the first's change: %q", guitest.Texts(w2.to.Customers.Content))
	}

	// A window on a file switches to the server; the password typed is used, never remembered.
	w3, _ := openSwitchable(t, rules.Batch{})
	w3.WatchStore()
	ds := dbSection(t, w3)
	u, err := url.Parse(db)
	if err != nil {
		t.Fatal(err)
	}
	ds.kind.SetSelected(ds.kindServer())
	ds.host.entry.SetText(u.Hostname())
	ds.port.entry.SetText(u.Port())
	ds.name.entry.SetText(strings.TrimPrefix(u.Path, "/"))
	ds.user.entry.SetText(u.User.Username())
	ds.password.SetText("hemligt") // the test server trusts local logins and ignores it
	ds.tls.SetSelectedIndex(0)
	test.Tap(ds.test)
	guitest.Settle(w3.Session)
	if want := "Anslutningen fungerar: servern nåddes och databasen är en Assistans-databas av den här versionen."; ds.result.Text != want {
		t.Fatalf("test of the server: %q", ds.result.Text)
	}
	test.Tap(ds.use)
	guitest.Settle(w3.Session)
	want := "postgres://postgres@" + u.Host + u.Path + "?sslmode=disable"
	if w3.Store.Path() != want || !strings.Contains(w3.DB, "hemligt") {
		t.Fatalf("after the switch: store %q", w3.Store.Path())
	}
	if got := w3.App.Preferences().String(PrefDatabase); got != want {
		t.Errorf("remembered %q, want %q (no password)", got, want)
	}
	show(w3, w3.to.Customers.Content)
	if !shows(w3, w3.to.Customers.Content, "Anna Server-Ändrad") {
		t.Fatalf("the switched window does not show the server's customers: %q", guitest.Texts(w3.to.Customers.Content))
	}
	rename(t, w1.Store, "Anna Andersson-Åter")
	if !waitFor(w3, w3.to.Customers.Content, "Anna Andersson-Åter") || !waitFor(w2, w2.to.Customers.Content, "Anna Andersson-Åter") {
		t.Fatal("a change after the switch did not reach both windows")
	}
}

func rename(t *testing.T, st Store, name string) {
	t.Helper()
	cs, err := st.Customers(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Pnr == guitest.PnrAnna {
			c.Name = name
			if err := st.SaveCustomer(t.Context(), c); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatal("no Anna")
}

func shows(w *window, content fyne.CanvasObject, text string) bool {
	content.Refresh()
	return strings.Contains(strings.Join(guitest.Texts(content), "\n"), text)
}

// waitFor lets the window take the notices that come (a few seconds at most;
// LISTEN/NOTIFY takes a moment) until content shows text.
func waitFor(w *window, content fyne.CanvasObject, text string) bool {
	for range 100 {
		guitest.Settle(w.Session)
		if shows(w, content, text) {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}
