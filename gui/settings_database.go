package gui

import (
	"errors"
	"net"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"assistans/data"
	"assistans/gui/session"
	"assistans/gui/widgets"
)

// Inställningar → Databas: where the window's database is, a file on this PC
// or a database on a PostgreSQL server, tested before it is used. The choice
// is remembered in the window's preferences (PrefDatabase), the password never.

// PrefDatabase is the database the window opens without --db: a file's path
// or a server's postgres:// URL without password; "" is the default file.
const PrefDatabase = "database"

// RememberedDatabase is the database chosen in Inställningar → Databas, "" for the default file.
func RememberedDatabase(a fyne.App) string { return a.Preferences().String(PrefDatabase) }

// sslModes are libpq's TLS modes the section offers, as sslmode names them.
var sslModes = []string{"disable", "prefer", "require", "verify-full"}

type databaseSection struct {
	s       *session.Session
	content fyne.CanvasObject

	kind                   *widget.RadioGroup
	file                   *field
	host, port, name, user *field
	password               *widget.Entry
	tls                    *widgets.Picker
	fileBox, serverBox     *fyne.Container
	test, use              *widget.Button
	result, current        *widget.Label
	checked                bool // the fields' messages show once a button was pressed
}

func newDatabaseSection(s *session.Session) *databaseSection {
	ds := &databaseSection{s: s}
	ds.build()
	ds.fill(s.DB)
	s.OnStoreReplaced(ds.showCurrent)
	return ds
}

func (ds *databaseSection) kindFile() string {
	return lang.X("db.kind_file", "En fil på den här datorn")
}

func (ds *databaseSection) kindServer() string {
	return lang.X("db.kind_server", "En PostgreSQL-server (flera på samma kontor)")
}

func tlsLabels() []string {
	return []string{
		lang.X("db.tls_disable", "disable – okrypterad (bara i ett betrott nät)"),
		lang.X("db.tls_prefer", "prefer – krypterad om servern kan"),
		lang.X("db.tls_require", "require – alltid krypterad"),
		lang.X("db.tls_verify_full", "verify-full – krypterad, serverns certifikat kontrolleras"),
	}
}

func (ds *databaseSection) newField(check func(string) error) *field {
	f := &field{entry: widgets.NewKeyEntry(nil), msg: errorLabel(), check: check}
	f.entry.OnChanged = func(string) { ds.changed() }
	f.entry.OnSubmitted = func(string) { ds.onTest() } // Enter tests what is typed
	return f
}

func (ds *databaseSection) build() {
	ds.kind = widget.NewRadioGroup([]string{ds.kindFile(), ds.kindServer()}, func(string) { ds.layoutKind(); ds.changed() })
	ds.file = ds.newField(checkDBFile)
	ds.host = ds.newField(checkDBHost)
	ds.port = ds.newField(checkDBPort)
	ds.name = ds.newField(checkDBName)
	ds.user = ds.newField(checkDBUser)
	ds.password = widget.NewPasswordEntry()
	ds.password.OnChanged = func(string) { ds.changed() }
	ds.password.OnSubmitted = func(string) { ds.onTest() }
	ds.tls = widgets.NewSelect(tlsLabels(), func(string) { ds.changed() })
	browse := widget.NewButtonWithIcon(lang.X("db.browse", "Välj fil…"), theme.FolderOpenIcon(), ds.onBrowse)
	ds.test = widget.NewButtonWithIcon(lang.X("db.test", "Testa anslutningen"), theme.ViewRefreshIcon(), ds.onTest)
	ds.use = widget.NewButtonWithIcon(lang.X("db.use", "Använd den här databasen"), theme.ConfirmIcon(), ds.onUse)
	ds.use.Importance = widget.HighImportance
	ds.result = widget.NewLabel("")
	ds.result.Wrapping = fyne.TextWrapWord
	ds.result.Hide()
	ds.current = widget.NewLabel("")
	ds.current.Wrapping = fyne.TextWrapWord

	item := widget.NewFormItem
	ds.fileBox = container.NewVBox(form(
		item(lang.X("db.file", "Databasfil"), container.NewVBox(
			container.NewBorder(nil, nil, nil, browse, ds.file.entry), ds.file.msg)),
	))
	ds.serverBox = container.NewVBox(form(
		item(lang.X("db.host", "Server"), ds.host.withMsg(ds.host.sized(wName))),
		item(lang.X("db.port", "Port"), ds.port.withMsg(ds.port.sized(wShort))),
		item(lang.X("db.name", "Databas"), ds.name.withMsg(ds.name.sized(wName))),
		item(lang.X("db.user", "Användare"), ds.user.withMsg(ds.user.sized(wName))),
		item(lang.X("db.password", "Lösenord"), container.NewHBox(
			container.NewGridWrap(fyne.NewSize(wName, ds.password.MinSize().Height), ds.password),
			widget.NewLabel(lang.X("db.password_hint", "sparas inte; frågas vid start om det behövs")))),
		item(lang.X("db.tls", "Kryptering (TLS)"), container.NewHBox(
			container.NewGridWrap(fyne.NewSize(2*wName, ds.tls.MinSize().Height), ds.tls))),
	))
	ds.content = widget.NewCard(lang.X("db.title", "Databas"),
		lang.X("db.sub", "Var registret finns. Flera på samma kontor delar en databas på en PostgreSQL-server."),
		container.NewVBox(ds.current, ds.kind, ds.fileBox, ds.serverBox,
			container.NewHBox(ds.test, ds.use), ds.result))
}

// fill shows db (a file, or a server URL) in the fields.
func (ds *databaseSection) fill(db string) {
	ds.showCurrent()
	ds.port.entry.SetText("5432")
	ds.tls.SetSelectedIndex(1) // prefer, libpq's default
	if !data.IsServer(db) {
		ds.file.entry.SetText(db)
		ds.kind.SetSelected(ds.kindFile())
		return
	}
	u, err := url.Parse(db)
	if err == nil {
		ds.host.entry.SetText(u.Hostname())
		if p := u.Port(); p != "" {
			ds.port.entry.SetText(p)
		}
		ds.name.entry.SetText(strings.TrimPrefix(u.Path, "/"))
		ds.user.entry.SetText(u.User.Username())
		if i := indexOf(sslModes, u.Query().Get("sslmode")); i >= 0 {
			ds.tls.SetSelectedIndex(i)
		}
	}
	ds.kind.SetSelected(ds.kindServer())
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// showCurrent says which database the window uses now.
func (ds *databaseSection) showCurrent() {
	ds.current.SetText(lang.X("db.current", "Fönstret använder nu: {{.Where}}", map[string]any{"Where": data.Redact(ds.s.DB)}))
}

func (ds *databaseSection) server() bool { return ds.kind.Selected == ds.kindServer() }

func (ds *databaseSection) layoutKind() {
	ds.fileBox.Hidden, ds.serverBox.Hidden = ds.server(), !ds.server()
	ds.fileBox.Refresh()
	ds.serverBox.Refresh()
}

// changed follows typing: a result shown is for what was there before.
func (ds *databaseSection) changed() {
	ds.result.Hide()
	if ds.checked {
		ds.validate()
	}
}

// validate checks the fields of the kind chosen and shows their messages.
func (ds *databaseSection) validate() bool {
	fields := []*field{ds.file}
	if ds.server() {
		fields = []*field{ds.host, ds.port, ds.name, ds.user}
	}
	ok := true
	for _, f := range fields {
		ok = f.validate() && ok
	}
	return ok
}

// chosen is the database the fields describe: a file's path, or a server's
// URL with the password typed, if any; ok false while a field is wrong.
func (ds *databaseSection) chosen() (db string, ok bool) {
	ds.checked = true
	if !ds.validate() {
		return "", false
	}
	if !ds.server() {
		return strings.TrimSpace(ds.file.entry.Text), true
	}
	return serverURL(ds.host.entry.Text, ds.port.entry.Text, ds.name.entry.Text, ds.user.entry.Text,
		ds.password.Text, sslModes[max(ds.tls.SelectedIndex(), 0)]), true
}

// serverURL is the postgres:// URL of the fields, as --db takes it.
func serverURL(host, port, name, user, password, sslmode string) string {
	u := &url.URL{Scheme: "postgres", Host: net.JoinHostPort(strings.TrimSpace(host), strings.TrimSpace(port)),
		Path: "/" + strings.TrimSpace(name), RawQuery: "sslmode=" + sslmode}
	u.User = url.User(strings.TrimSpace(user))
	if password != "" {
		u.User = url.UserPassword(strings.TrimSpace(user), password)
	}
	return u.String()
}

func (ds *databaseSection) onBrowse() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		w.Close() // only the name is wanted; opening the database makes the file
		ds.file.entry.SetText(w.URI().Path())
	}, ds.s.Win)
	d.SetFileName("assistans.db")
	if dir := filepath.Dir(strings.TrimSpace(ds.file.entry.Text)); dir != "." {
		if l, err := listerFor(dir); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fyne.NewSize(800, 560))
	widgets.ShowDialog(ds.s.Win, d, widgets.DialogKeys{})
}

// onTest tests the connection in the background and says what it found.
func (ds *databaseSection) onTest() {
	db, ok := ds.chosen()
	if !ok {
		return
	}
	ds.say(lang.X("db.testing", "Testar anslutningen…"), widget.MediumImportance)
	ds.test.Disable()
	ds.s.GoDo(func() func() {
		p := data.ProbeDatabase(ds.s.Ctx, db)
		return func() {
			ds.test.Enable()
			text, good := probeText(p, db)
			ds.say(text, importance(good))
		}
	})
}

// onUse switches the window to the chosen database without a restart: typing
// not yet stored is stored (or asked about) first, as when the window closes;
// then the database is opened, the screens reload from it, and the choice is
// remembered. The old database stays in use if the new one cannot be opened.
func (ds *databaseSection) onUse() {
	db, ok := ds.chosen()
	if !ok {
		return
	}
	s := ds.s
	if sameDatabase(db, s.DB) {
		ds.say(lang.X("db.already", "Fönstret använder redan den här databasen."), widget.MediumImportance)
		return
	}
	if s.Open == nil {
		ds.say(lang.X("db.no_switch", "Databasen kan inte bytas här; välj den med --db när programmet startas."), widget.DangerImportance)
		return
	}
	s.SettleTyping(func() {
		ds.say(lang.X("db.opening", "Öppnar databasen…"), widget.MediumImportance)
		ds.use.Disable()
		s.GoDo(func() func() {
			st, err := s.Open(db)
			return func() {
				ds.use.Enable()
				if err != nil {
					ds.say(openFailedText(db, err), widget.DangerImportance)
					return
				}
				old := s.Store
				s.ReplaceStore(st, db)
				old.Close()
				s.App.Preferences().SetString(PrefDatabase, data.Redact(db))
				ds.password.SetText("")
				ds.say(lang.X("db.switched", "Fönstret använder nu {{.Where}}. Valet gäller också nästa gång programmet startas.",
					map[string]any{"Where": data.Redact(db)}), widget.SuccessImportance)
			}
		})
	})
}

// sameDatabase says whether a and b name the same database: the same file, or
// the same server database whatever the password.
func sameDatabase(a, b string) bool {
	if data.IsServer(a) || data.IsServer(b) {
		return data.Redact(a) == data.Redact(b)
	}
	pa, errA := filepath.Abs(a)
	pb, errB := filepath.Abs(b)
	return errA == nil && errB == nil && pa == pb
}

func (ds *databaseSection) say(text string, imp widget.Importance) {
	ds.result.Importance = imp
	ds.result.SetText(text)
	ds.result.Show()
}

func importance(good bool) widget.Importance {
	if good {
		return widget.SuccessImportance
	}
	return widget.DangerImportance
}

// The fields' checks; each message names its field.

func checkDBFile(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("db.err_file", "Databasfil: ange sökvägen till filen, t.ex. C:\\Assistans\\assistans.db."))
	}
	return nil
}

func checkDBHost(s string) error {
	if strings.TrimSpace(s) == "" || strings.ContainsAny(strings.TrimSpace(s), " /?#@") {
		return errors.New(lang.X("db.err_host", "Server: ange serverns namn eller IP-adress, t.ex. kontorsserver eller 192.168.1.10."))
	}
	return nil
}

func checkDBPort(s string) error {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n < 1 || n > 65535 {
		return errors.New(lang.X("db.err_port", "Port: ange ett tal mellan 1 och 65535 (PostgreSQL använder oftast 5432)."))
	}
	return nil
}

func checkDBName(s string) error {
	if strings.TrimSpace(s) == "" || strings.ContainsAny(s, "/?#") {
		return errors.New(lang.X("db.err_name", "Databas: ange databasens namn på servern, t.ex. assistans."))
	}
	return nil
}

func checkDBUser(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New(lang.X("db.err_user", "Användare: ange ditt användarnamn på servern."))
	}
	return nil
}
