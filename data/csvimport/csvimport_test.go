package csvimport

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"assistans/data"
	"assistans/data/csvfile"
	"assistans/rules"
)

var today = rules.D(2026, 10, 20)

func openStore(t *testing.T) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// A file with a bad personnummer on line 3 imports nothing, not even its good line 2,
// and names file, line, column and value.
func TestBadFileWritesNothing(t *testing.T) {
	st := openStore(t)
	path := writeFile(t, "kunder.csv", "pnr;name\n19451212-1239;Anna Andersson\n19750101-1239;Edvin Eklund\n")
	_, err := File(context.Background(), st, "customers", path, today, nil)
	var r *Refused
	if !errors.As(err, &r) || r.Stored || len(r.Rows) != 1 {
		t.Fatalf("want one bad row of the file, got %#v", err)
	}
	var row csvfile.RowError
	if !errors.As(r.Rows[0], &row) || row.File != "kunder.csv" || row.Line != 3 || row.Column != "pnr" || row.Value != "19750101-1239" {
		t.Fatalf("row error %#v", r.Rows[0])
	}
	if !strings.HasPrefix(err.Error(), `kunder.csv:3: kolumn pnr: "19750101-1239": `) {
		t.Errorf("message %q", err.Error())
	}
	if cs, _ := st.Customers(context.Background()); len(cs) != 0 {
		t.Errorf("refused file wrote %d customers", len(cs))
	}
}

// A file the store refuses (an assignment of a customer not in the register,
// on line 3) is placed on its line and column, and nothing of it is stored.
func TestRefusedByStoreNamesTheLine(t *testing.T) {
	st := openStore(t)
	b := rules.Batch{Providers: []rules.Provider{{Orgnr: "2120000142", Name: "Kommunen", Kind: rules.Kommun}},
		Customers:  []rules.Customer{{Pnr: "194512121239", Name: "Anna Andersson"}},
		Assistants: []rules.Assistant{{Pnr: "199001011239", Name: "Xena Xu", Regime: rules.ATL}}}
	if err := st.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "uppdrag.csv", "assistant_pnr;customer_pnr;provider_orgnr;employer\n"+
		"199001011239;194512121239;2120000142;anordnare\n"+
		"199001011239;197501011238;2120000142;anordnare\n")
	_, err := File(context.Background(), st, "assignments", path, today, nil)
	var r *Refused
	if !errors.As(err, &r) || !r.Stored || len(r.Rows) != 1 {
		t.Fatalf("want one row the store refused, got %#v", err)
	}
	var row csvfile.RowError
	if !errors.As(r.Rows[0], &row) || row.Line != 3 || row.Column != "customer_pnr" || row.Value != "197501011238" {
		t.Fatalf("row error %#v", r.Rows[0])
	}
	if !strings.HasPrefix(err.Error(), path+": inget importerades: uppdrag.csv:3: kolumn customer_pnr: ") {
		t.Errorf("message %q", err.Error())
	}
	if as, _ := st.Assignments(context.Background()); len(as) != 0 {
		t.Errorf("refused file wrote %d assignments", len(as))
	}
}

// A good file lands whole; its counts are the file's rows, and progress reaches the file's size.
func TestGoodFileLands(t *testing.T) {
	st := openStore(t)
	text := "pnr,name,personkrets\n194512121239,Anna Andersson,1\n\n197501011238,Edvin Eklund,\n"
	path := writeFile(t, "kunder.csv", text)
	var last, total int64
	b, err := File(context.Background(), st, "customers", path, today, func(r, t int64) { last, total = r, t })
	if err != nil {
		t.Fatal(err)
	}
	if got := Counts(b); len(got) != 1 || got[0] != (Count{Kind: "customers", N: 2}) {
		t.Errorf("counts %v, want 2 customers", got)
	}
	if last != int64(len(text)) || total != int64(len(text)) {
		t.Errorf("progress %d of %d, want %d of %d", last, total, len(text), len(text))
	}
	cs, _ := st.Customers(context.Background())
	if len(cs) != 2 || cs[0].Name != "Anna Andersson" || cs[1].Pnr != "197501011238" {
		t.Errorf("stored %+v", cs)
	}
}
