package gui

import (
	"errors"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"assistans/data"
	"assistans/gui/language"
)

// What testing or opening a database found, in the window's language, naming
// the field to look at.

// probeText says what a connection test found, and whether it is good news.
func probeText(p data.Probe, db string) (string, bool) {
	server := data.IsServer(db)
	switch {
	case p.Problem != data.NoConnProblem && server:
		return problemText(p.Problem, db, p.Err), false
	case p.Err != nil:
		return lang.X("db.file_unusable", "Filen {{.Path}} går inte att använda som databas: {{.Err}}",
			map[string]any{"Path": db, "Err": language.Error(p.Err)}), false
	case p.Missing:
		return lang.X("db.file_new", "Filen finns inte än. En ny, tom databas skapas där när du använder den."), true
	case p.Schema > p.Latest:
		return newerText(p.Schema), false
	case p.Schema == 0:
		return lang.X("db.empty", "Anslutningen fungerar. Databasen är tom; Assistans lägger upp sina tabeller när du använder den."), true
	case p.Schema < p.Latest:
		return lang.X("db.older", "Anslutningen fungerar. Databasen är från en äldre version av Assistans och uppdateras när du använder den; en säkerhetskopia sparas först."), true
	case server:
		return lang.X("db.ok_server", "Anslutningen fungerar: servern nåddes och databasen är en Assistans-databas av den här versionen."), true
	}
	return lang.X("db.ok_file", "Filen är en Assistans-databas av den här versionen."), true
}

func newerText(schema int) string {
	return lang.X("db.newer", "Databasen är skapad av en nyare version av Assistans (schema {{.Schema}}). Uppdatera programmet innan du använder den.",
		map[string]any{"Schema": schema})
}

// problemText says why the server database db could not be reached.
func problemText(p data.ConnProblem, db string, err error) string {
	args := map[string]any{"Host": "", "Port": "5432", "DB": "", "User": "", "Err": ""}
	if u, perr := url.Parse(db); perr == nil {
		args["Host"], args["DB"], args["User"] = u.Hostname(), strings.TrimPrefix(u.Path, "/"), u.User.Username()
		if u.Port() != "" {
			args["Port"] = u.Port()
		}
	}
	if err != nil {
		args["Err"] = language.Error(err)
	}
	switch p {
	case data.ConnUnreachable:
		return lang.X("db.unreachable", "Servern {{.Host}} svarar inte på port {{.Port}}. Kontrollera Server och Port, att servern är igång och att brandväggen släpper igenom porten.", args)
	case data.ConnBadLogin:
		return lang.X("db.bad_login", "Servern nåddes, men den godtog inte användaren {{.User}} med det lösenordet. Kontrollera Användare och Lösenord.", args)
	case data.ConnNoPassword:
		return lang.X("db.no_password", "Servern nåddes och vill ha ett lösenord för {{.User}}. Fyll i Lösenord.", args)
	case data.ConnNoDatabase:
		return lang.X("db.no_database", "Servern nåddes, men databasen {{.DB}} finns inte där. Kontrollera Databas, eller be den som sköter servern att skapa den.", args)
	case data.ConnTLS:
		return lang.X("db.tls_failed", "Servern nåddes, men den krypterade anslutningen gick inte att upprätta. Kontrollera Kryptering (TLS): servern har kanske ingen TLS, eller dess certifikat är inte betrott. ({{.Err}})", args)
	}
	return lang.X("db.other", "Det gick inte att ansluta: {{.Err}}", args)
}

// openFailedText says why the window could not open db.
func openFailedText(db string, err error) string {
	switch {
	case errors.Is(err, data.ErrNewerSchema):
		return lang.X("db.newer_open", "Databasen är skapad av en nyare version av Assistans. Uppdatera programmet innan du använder den.")
	case errors.Is(err, data.ErrAlreadyOpen):
		return lang.X("db.in_use", "Databasfilen används av ett annat Assistans-fönster eller kommando. Stäng det först, eller välj en server som flera kan använda samtidigt.")
	case data.IsServer(db) && data.Classify(db, err) != data.ConnOther:
		return problemText(data.Classify(db, err), db, err)
	}
	return lang.X("db.open_failed", "Databasen kunde inte öppnas: {{.Err}}", map[string]any{"Err": language.Error(err)})
}

// withPassword is the server URL db with password in it.
func withPassword(db, password string) string {
	u, err := url.Parse(db)
	if err != nil || password == "" {
		return db
	}
	u.User = url.UserPassword(u.User.Username(), password)
	return u.String()
}

// listerFor is the folder dir for a file dialog to start in.
func listerFor(dir string) (fyne.ListableURI, error) {
	return storage.ListerForURI(storage.NewFileURI(dir))
}
