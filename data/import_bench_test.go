package data

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"assistans/data/csvfile"
	"assistans/data/postgres/pgtest"
	"assistans/rules"
)

// benchPnr is a valid 12-digit personnummer for a birth date and serial number
// (the check digit covers YYMMDDNNN, as in scripts/benchgen).
func benchPnr(born rules.Date, serial int) string {
	s := fmt.Sprintf("%04d%02d%02d%03d", born.Year, int(born.Month), born.Day, serial%1000)
	sum := 0
	for i, c := range s[2:] {
		d := int(c - '0')
		if i%2 == 0 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + fmt.Sprint((10-sum%10)%10)
}

// largeOffice is 200 customers and 1,500 assistants, each customer with a pool
// of 7 or 8 assistants (200×7 + 100) and three shifts a day from 2025-01-01 —
// 07–15 and 15–22 aktiv, 22–07 väntetid — taken in turn by its pool, until
// there are n shifts (250,000 is 417 days).
func largeOffice(n int) (registers, shifts rules.Batch) {
	for i := range 1500 {
		registers.Assistants = append(registers.Assistants, rules.Assistant{
			Pnr: benchPnr(rules.D(1965, 1, 1).AddDays(i*9), 238+i%5), Name: fmt.Sprintf("Assistent %04d", i+1),
			Regime: rules.Avtal, PeriodStart: rules.D(2025, 1, 1), CollectiveAgreement: true})
	}
	var pools [][]rules.Assistant
	start := 0
	for i := range 200 {
		c := rules.Customer{Pnr: benchPnr(rules.D(1940, 1, 1).AddDays(i*150), 402+i%5), Name: fmt.Sprintf("Kund %03d", i+1), Personkrets: 1}
		registers.Customers = append(registers.Customers, c)
		size := 7
		if i < 100 {
			size = 8
		}
		pool := registers.Assistants[start : start+size]
		start += size
		pools = append(pools, pool)
		for _, a := range pool {
			registers.Assignments = append(registers.Assignments, rules.Assignment{Assistant: a.Pnr, Customer: c.Pnr})
		}
	}
	slots := []struct {
		from, to rules.Clock
		kind     rules.Kind
	}{{7 * 60, 15 * 60, rules.Aktiv}, {15 * 60, 22 * 60, rules.Aktiv}, {22 * 60, 7 * 60, rules.Vantetid}}
	for day := 0; len(shifts.Shifts) < n; day++ {
		d := rules.D(2025, 1, 1).AddDays(day)
		for ci, c := range registers.Customers {
			for si, sl := range slots {
				if len(shifts.Shifts) == n {
					break
				}
				pool := pools[ci]
				shifts.Shifts = append(shifts.Shifts, rules.Shift{Assistant: pool[(3*day+si)%len(pool)].Pnr, Customer: c.Pnr,
					Date: d, Start: sl.from, End: sl.to, Kind: sl.kind})
			}
		}
	}
	return registers, shifts
}

// BenchmarkImportShifts250k imports a shifts file of 250,000 rows into a store
// that holds the registers, as `assistans import shifts FILE` does: csvfile.Stream
// of the file in parts of 20,000 into ImportStream, one transaction, in Store.Bulk. Target:
// within 1.5× of bareLoad in the same run (x-bare).
func BenchmarkImportShifts250k(b *testing.B) {
	const n = 250000
	regs, sh := largeOffice(n)
	var buf bytes.Buffer
	must(b, csvfile.Write("shifts", &buf, sh))
	file := filepath.Join(b.TempDir(), "pass.csv")
	must(b, os.WriteFile(file, buf.Bytes(), 0o600))
	b.SetBytes(int64(buf.Len()))
	today := rules.D(2026, 3, 1)
	var s *Store
	var cpu, wall, bare time.Duration
	for b.Loop() {
		b.StopTimer()
		s = openTest(b)
		must(b, s.Apply(ctx, regs))
		b.StartTimer()
		c0, t0 := cpuTime(), time.Now()

		f, err := os.Open(file)
		must(b, err)
		must(b, s.Bulk(ctx, func() error {
			return s.ImportStream(ctx, func(put func(rules.Batch) error) error {
				return csvfile.Stream("shifts", filepath.Base(file), f, today, 20000, put)
			})
		}))
		f.Close()
		cpu += cpuTime() - c0
		b.StopTimer()
		wall += time.Since(t0)
		bare += bareLoad(b, regs, sh)
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	if !pgtest.OnServer() {
		// The limit beside the figure, from the same run: import/bare ≤ 1.5.
		b.ReportMetric(bare.Seconds()/float64(b.N), "bare-s/op")
		b.ReportMetric(wall.Seconds()/bare.Seconds(), "x-bare")
	}
	// The last import, checked untimed: every shift stored, and the audit chain whole.
	var count int
	must(b, s.db.QueryRow(`SELECT COUNT(*) FROM shifts`).Scan(&count))
	audited, err := s.Audit(ctx, TableShifts, "")
	must(b, err)
	if count != n || len(audited) != n {
		b.Fatalf("%d shifts and %d recorded inserts of shifts, want %d of each", count, len(audited), n)
	}
	if id, err := s.VerifyAudit(ctx); err != nil || id != 0 {
		b.Fatalf("VerifyAudit = %d, %v", id, err)
	}
}

// bareLoad is what an import is measured against: the same shifts, already
// parsed, put into a SQLite database with the same schema by a plain prepared
// INSERT, then the shifts' indexes built, in one transaction; no
// audit trail, no checks. It returns the time from reading the rows to the
// commit, or 0 on a server.
func bareLoad(b *testing.B, regs, sh rules.Batch) time.Duration {
	if pgtest.OnServer() {
		return 0
	}
	s, err := Open(filepath.Join(b.TempDir(), "bare.db"))
	must(b, err)
	defer s.Close()
	must(b, s.Apply(ctx, regs))
	t0 := time.Now()
	tx, err := s.db.Begin()
	must(b, err)
	defer tx.Rollback()
	var creates []string
	for _, name := range []string{"shifts_by_date", "shifts_by_customer"} {
		var q string
		must(b, tx.QueryRow(`SELECT sql FROM sqlite_schema WHERE name = ?`, name).Scan(&q))
		creates = append(creates, q)
		_, err := tx.Exec(`DROP INDEX ` + name)
		must(b, err)
	}
	ins, err := tx.Prepare(`INSERT INTO shifts (assistant, customer, date, start_min, end_min, kind) VALUES (?, ?, ?, ?, ?, ?)`)
	must(b, err)
	for _, x := range sh.Shifts {
		_, err := ins.Exec(shiftVals(x)...)
		must(b, err)
	}
	for _, q := range creates {
		_, err := tx.Exec(q)
		must(b, err)
	}
	must(b, tx.Commit())
	return time.Since(t0)
}
