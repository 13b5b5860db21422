package data

import (
	"database/sql"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"assistans/data/postgres"
	"assistans/data/postgres/pgtest"
)

// A server database an earlier version made is upgraded on open, after a backup
// file of it as it was has been saved in this PC's backups folder for the
// server, as a file's upgrade does; the copy restores into a file.
func TestServerUpgradeMakesABackupFirst(t *testing.T) {
	if !pgtest.OnServer() {
		t.Skip("the server's upgrade; TestUpgradeMakesABackupFirst is the file's")
	}
	names, err := fs.Glob(postgres.Migrations(), "*.sql")
	must(t, err)
	upTo := func(n int) fs.FS {
		m := fstest.MapFS{}
		for _, name := range names[:n] {
			b, err := fs.ReadFile(postgres.Migrations(), name)
			must(t, err)
			m[name] = &fstest.MapFile{Data: b}
		}
		return m
	}
	schemaKind = "postgres" // the backup files get SQLite's own
	t.Cleanup(func() { schemaFS, schemaKind = nil, "" })
	program, earlier := len(names), len(names)-1 // numbered 1…n; sealSchema < earlier

	// A database of schema 2 with a customer an older program stored (its own
	// columns, no versions), sealed into the audit trail by the upgrade to 3.
	db := testDB(t)
	schemaFS = upTo(2)
	s, err := Open(db)
	must(t, err)
	_, err = s.db.Exec(`INSERT INTO customers (pnr, name) VALUES ('194512121239', 'Före uppdateringen')`)
	must(t, err)
	must(t, s.Close())
	if list, _ := s.ownBackups(); len(list) != 0 {
		t.Fatalf("a new server database got backups: %+v", list)
	}
	schemaFS = upTo(earlier)
	s, err = Open(db)
	must(t, err)
	must(t, s.Close())
	schemaFS = nil

	u, err := Open(db)
	must(t, err)
	defer u.Close()
	list, err := u.ownBackups()
	must(t, err)
	// One copy per upgrade (made in the same second here): the one before this program's.
	if len(list) != 2 || !list[0].BeforeUpgrade || !list[1].BeforeUpgrade {
		t.Fatalf("backups after the server's upgrades: %+v", list)
	}
	if strings.HasSuffix(list[1].Path, fmt.Sprintf("-schema%d.db", earlier)) {
		list[0], list[1] = list[1], list[0]
	}
	if !strings.HasSuffix(list[0].Path, fmt.Sprintf("-schema%d.db", earlier)) || !strings.HasPrefix(filepath.Base(list[0].Path), "server-127.0.0.1-") {
		t.Fatalf("no copy before the upgrade to %d: %+v", program, list)
	}
	// The copy is a backup file of the earlier schema holding the server's rows.
	b, err := sql.Open("sqlite3", sqliteURI(list[0].Path)+"?mode=ro&immutable=1")
	must(t, err)
	var schema int
	var name string
	must(t, b.QueryRow(`SELECT (SELECT MAX(number) FROM migrations), (SELECT name FROM customers)`).Scan(&schema, &name))
	must(t, b.Close())
	if schema != earlier || name != "Före uppdateringen" {
		t.Errorf("upgrade backup: schema %d, customer %q; want %d, the customer", schema, name, earlier)
	}
	must(t, u.db.QueryRow(`SELECT MAX(number) FROM migrations`).Scan(&schema))
	if schema != program {
		t.Errorf("server schema %d after the upgrade, want %d", schema, program)
	}
	// The backup restores into a file, brought up to date there.
	file := filepath.Join(t.TempDir(), "fran-servern.db")
	must(t, Restore(ctx, list[0].Path, file))
	r, err := Open(file)
	must(t, err)
	defer r.Close()
	cs, err := r.Customers(ctx)
	must(t, err)
	if len(cs) != 1 || cs[0].Name != "Före uppdateringen" {
		t.Errorf("the restored backup's customers: %+v", cs)
	}
	// Opening again upgrades nothing and copies nothing.
	again, err := Open(db)
	must(t, err)
	must(t, again.Close())
	if list, _ := u.ownBackups(); len(list) != 2 {
		t.Errorf("%d backups after a second open, want 2", len(list))
	}
}
