package data

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestZZJSONInsert(t *testing.T) {
	regs, sh := largeOffice(240000)
	build := func(size int) []string {
		var parts []string
		for p := 0; p < len(sh.Shifts); p += size {
			b := []byte{'['}
			for i := p; i < p+size && i < len(sh.Shifts); i++ {
				if i > p {
					b = append(b, ',')
				}
				b = append(b, '[')
				b = strconv.AppendInt(b, int64(i+1), 10)
				for _, v := range shiftVals(sh.Shifts[i]) {
					b = append(b, ',')
					b = appendJSON(b, v)
				}
				b = append(b, ']')
			}
			parts = append(parts, string(append(b, ']')))
		}
		return parts
	}
	for _, mode := range []string{"jsonb_each", "jsonb_eachfail", "jsonb_each20k", "jsonb_eachfail20k", "fkoff-jsonb_eachfail", "jsonb_eachfail", "jsonb_each20k", "jsonb_eachfail20k", "fkoff-jsonb_eachfail"} {
		s, err := Open(filepath.Join(t.TempDir(), "x.db"))
		must(t, err)
		must(t, s.Apply(ctx, regs))
		if strings.HasPrefix(mode, "fkoff") {
			_, err = s.db.Exec("PRAGMA foreign_keys=OFF")
			must(t, err)
		}
		tx, err := s.db.Begin()
		must(t, err)
		for _, n := range []string{"shifts_by_date", "shifts_by_customer"} {
			_, err = tx.Exec("DROP INDEX " + n)
			must(t, err)
		}
		fn := "json_each"
		parts := build(1000)
		if strings.HasSuffix(mode, "20k") {
			parts = build(20000)
		}
		or := ""
		if strings.Contains(mode, "fail") {
			or = "OR FAIL "
		}
		if strings.Contains(mode, "jsonb") {
			fn = "jsonb_each"
		}
		st, err := tx.Prepare(`INSERT ` + or + `INTO shifts (id, assistant, customer, date, start_min, end_min, kind) SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6 FROM ` + fn + `(?)`)
		must(t, err)
		t0 := time.Now()
		for _, p := range parts {
			_, err := st.Exec(p)
			must(t, err)
		}
		fmt.Println(mode, time.Since(t0))
		tx.Rollback()
		s.Close()
	}
}
