package gui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/gui/guitest"
	"assistans/gui/session"
	"assistans/rules"
)

// A window on a file of its own that can open another database, as the program's.
func openSwitchable(t *testing.T, b rules.Batch) (*window, string) {
	t.Helper()
	st, path, _ := guitest.OpenExclusiveFile(t, b)
	s, _ := openWindow(t, st)
	s.Open = func(db string) (session.Store, error) {
		st, err := data.OpenExclusive(db)
		if err == nil {
			t.Cleanup(func() { st.Close() })
		}
		return st, err
	}
	return s, path
}

func dbSection(t *testing.T, s *window) *databaseSection {
	t.Helper()
	show(s, s.settings.content)
	return s.settings.database
}

// Each field's message names it; they show once a button is pressed.
func TestDatabaseValidationNamesTheField(t *testing.T) {
	s, _ := openSwitchable(t, rules.Batch{})
	ds := dbSection(t, s)
	if ds.kind.Selected != "En fil på den här datorn" || ds.serverBox.Visible() {
		t.Fatalf("a window on a file: kind %q, server fields shown %v", ds.kind.Selected, ds.serverBox.Visible())
	}
	ds.kind.SetSelected(ds.kindServer())
	ds.port.entry.SetText("70000")
	test.Tap(ds.test)
	for f, want := range map[*field]string{
		ds.host: "Server: ange serverns namn eller IP-adress",
		ds.port: "Port: ange ett tal mellan 1 och 65535",
		ds.name: "Databas: ange databasens namn",
		ds.user: "Användare: ange ditt användarnamn",
	} {
		if !f.msg.Visible() || !strings.HasPrefix(f.msg.Text, want) {
			t.Errorf("message %q (shown %v), want %q…", f.msg.Text, f.msg.Visible(), want)
		}
	}
	if ds.result.Visible() {
		t.Errorf("a test ran with the fields wrong: %q", ds.result.Text)
	}
	ds.kind.SetSelected(ds.kindFile())
	ds.file.entry.SetText("")
	test.Tap(ds.use)
	if !strings.HasPrefix(ds.file.msg.Text, "Databasfil: ange sökvägen") {
		t.Errorf("file message %q", ds.file.msg.Text)
	}
}

// Testing and then using another file: the window's screens show its data, the
// old file is closed (its lock free), and the choice is remembered.
func TestDatabaseSwitchToAnotherFile(t *testing.T) {
	s, path := openSwitchable(t, guitest.SmallBatch())
	ds := dbSection(t, s)
	s.backups.OnBackup()
	guitest.Settle(s.Session)
	if w := s.backups.Warning(); w != "" {
		t.Fatalf("the banner warns right after a backup: %q", w)
	}
	other := filepath.Join(t.TempDir(), "kontoret.db")
	ds.file.entry.SetText(other)
	test.Tap(ds.test)
	guitest.Settle(s.Session)
	if want := "Filen finns inte än. En ny, tom databas skapas där när du använder den."; ds.result.Text != want {
		t.Errorf("test of a new file: %q", ds.result.Text)
	}
	old := s.Store
	test.Tap(ds.use)
	guitest.Settle(s.Session)
	if s.Store == old || s.Store.Path() != other || s.DB != other {
		t.Fatalf("after the switch the window uses %q (db %q)", s.Store.Path(), s.DB)
	}
	if got := s.App.Preferences().String(PrefDatabase); got != other {
		t.Errorf("remembered %q, want %q", got, other)
	}
	if !strings.HasPrefix(ds.result.Text, "Fönstret använder nu "+other) || ds.current.Text != "Fönstret använder nu: "+other {
		t.Errorf("result %q, current %q", ds.result.Text, ds.current.Text)
	}
	if w := s.backups.Warning(); !strings.HasPrefix(w, "Det finns ingen säkerhetskopia") {
		t.Errorf("the banner after the switch to a database without backups: %q", w)
	}
	custs, err := s.Store.Customers(t.Context())
	if err != nil || len(custs) != 0 {
		t.Errorf("the new database's customers: %v %v", custs, err)
	}
	// The old file is closed: another program may take its lock now.
	again, err := data.OpenExclusive(path)
	if err != nil {
		t.Fatalf("the old file is still held: %v", err)
	}
	again.Close()
	// Back to the first: it shows its customers again; the same one again is refused.
	ds.file.entry.SetText(path)
	test.Tap(ds.use)
	guitest.Settle(s.Session)
	if custs, _ := s.Store.Customers(t.Context()); len(custs) == 0 || s.Store.Path() != path {
		t.Fatalf("back on %q: %d customers", s.Store.Path(), len(custs))
	}
	test.Tap(ds.use)
	if ds.result.Text != "Fönstret använder redan den här databasen." {
		t.Errorf("the same database again: %q", ds.result.Text)
	}
}

// A server's fields make the URL --db takes, and a remembered URL fills them;
// the password is in neither the fields' remembered form nor the text shown.
func TestDatabaseServerFields(t *testing.T) {
	got := serverURL(" kontorsserver ", "5433", "assistans", "anna", "hem/ligt", "verify-full")
	if want := "postgres://anna:hem%2Fligt@kontorsserver:5433/assistans?sslmode=verify-full"; got != want {
		t.Errorf("serverURL = %q, want %q", got, want)
	}
	if r := data.Redact(got); r != "postgres://anna@kontorsserver:5433/assistans?sslmode=verify-full" {
		t.Errorf("redacted %q", r)
	}
	s, _ := openSwitchable(t, rules.Batch{})
	ds := dbSection(t, s)
	ds.fill("postgres://anna@kontorsserver:5433/assistans?sslmode=require")
	if ds.host.entry.Text != "kontorsserver" || ds.port.entry.Text != "5433" || ds.name.entry.Text != "assistans" ||
		ds.user.entry.Text != "anna" || ds.tls.Selected != "require – alltid krypterad" || !ds.serverBox.Visible() {
		t.Errorf("filled: %q %q %q %q %q", ds.host.entry.Text, ds.port.entry.Text, ds.name.entry.Text, ds.user.entry.Text, ds.tls.Selected)
	}
	if withPassword("postgres://anna@kontorsserver/assistans", "x y") != "postgres://anna:x%20y@kontorsserver/assistans" {
		t.Error("withPassword")
	}
}
