package gui

import (
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/jackc/pgx/v5/pgconn"

	"assistans/gui/guitest"
	"assistans/gui/language"
	"assistans/gui/session"
)

// TestDatabaseScreenshots writes Inställningar → Databas at 1024×700 (a file;
// a server with a field wrong; a server nobody answers for) and the connect
// screen at start to the folder in ASSISTANS_SHOTS (else a temporary folder),
// for a person to look at.
func TestDatabaseScreenshots(t *testing.T) {
	dir := guitest.ShotsDir(t)
	s, _ := openSwitchable(t, guitest.SmallBatch())
	s.App.Settings().SetTheme(theme.DefaultTheme())
	s.Win.Resize(fyne.NewSize(1024, 700))
	ds := dbSection(t, s)
	toBottom := func() {
		s.Win.Content().Refresh()
		for _, o := range test.LaidOutObjects(s.settings.content) {
			if sc, ok := o.(*container.Scroll); ok {
				sc.ScrollToBottom()
			}
		}
	}
	shot := func(name string) {
		t.Helper()
		toBottom()
		guitest.WriteScreenshot(t, s.Win, filepath.Join(dir, name+".png"))
	}
	shot("databas_fil")

	ds.kind.SetSelected(ds.kindServer())
	ds.host.entry.SetText("kontorsserver")
	ds.port.entry.SetText("54x32")
	ds.name.entry.SetText("assistans")
	test.Tap(ds.test)
	shot("databas_server_fel")

	l, err := net.Listen("tcp", "127.0.0.1:0") // a port nobody answers on once closed
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	ds.host.entry.SetText("127.0.0.1")
	ds.port.entry.SetText(strconv.Itoa(port))
	ds.user.entry.SetText("anna")
	ds.tls.SetSelectedIndex(2)
	test.Tap(ds.test)
	guitest.Settle(s.Session)
	shot("databas_server_svarar_inte")

	// The connect screen: a server that wants a password none of libpq's places gives.
	t.Setenv("PGPASSWORD", "")
	t.Setenv("PGPASSFILE", filepath.Join(t.TempDir(), "none"))
	db := "postgres://anna@kontorsserver:5432/assistans?sslmode=verify-full"
	err = fmt.Errorf("kan inte ansluta: %w", &pgconn.PgError{Code: "28P01"})
	w := s.App.NewWindow("Assistans")
	c := ShowConnect(s.App, w, db, err, func(string) (session.Store, error) { return nil, err }, func(session.Store, string) {}, true)
	w.Resize(fyne.NewSize(1024, 700))
	guitest.WriteScreenshot(t, w, filepath.Join(dir, "databas_anslut_vid_start.png"))
	if c.Why.Text != "Servern nåddes och vill ha ett lösenord för anna. Fyll i Lösenord." || c.Local == nil {
		t.Errorf("connect screen: %q", c.Why.Text)
	}
	// The section in English, a server chosen.
	t.Cleanup(func() { language.Use("sv") })
	st, _, _ := guitest.OpenExclusiveFile(t, guitest.SmallBatch())
	en := newWindow(guitest.NewSession(t, st))
	language.Use("en")
	en.Win.SetContent(en.buildUI())
	en.Win.Resize(fyne.NewSize(1024, 700))
	guitest.Settle(en.Session)
	eds := dbSection(t, en)
	eds.fill("postgres://anna@kontorsserver:5432/assistans?sslmode=verify-full")
	en.Win.Content().Refresh()
	for _, o := range test.LaidOutObjects(en.settings.content) {
		if sc, ok := o.(*container.Scroll); ok {
			sc.ScrollToBottom()
		}
	}
	guitest.WriteScreenshot(t, en.Win, filepath.Join(dir, "databas_server_en.png"))
}
