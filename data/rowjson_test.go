package data

import (
	"bytes"
	"encoding/json"
	"testing"
)

// rowJSON writes what encoding/json writes, or the hashes of audit rows written
// before it would no longer match the rows written after.
func TestRowJSONAsEncodingJSON(t *testing.T) {
	vals := []any{nil, int64(0), int64(-1440), int64(1 << 62), "", "aktiv", "Åsa Öberg", `a"b`, `a\b`,
		"<script>", "R&D", "tab\there", "ny\nrad", "\x00", "\x7f", "\u2028\u2029", "\xff\xfe", "\uFFFD", "🙂", "a/b"}
	for _, v := range vals {
		got := rowJSON([]string{"k"}, []any{v})
		var want bytes.Buffer
		want.WriteString(`{"k":`)
		j, err := json.Marshal(v)
		must(t, err)
		want.Write(j)
		want.WriteString("}")
		if got != want.String() {
			t.Errorf("rowJSON(%q) = %s, want %s", v, got, want.String())
		}
	}
	// Two columns in their order, a name needing escapes included.
	if got, want := rowJSON([]string{"a", `b"c`}, []any{int64(1), nil}), `{"a":1,"b\"c":null}`; got != want {
		t.Errorf("rowJSON = %s, want %s", got, want)
	}
}
