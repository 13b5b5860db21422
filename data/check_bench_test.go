package data

import (
	"testing"
	"time"

	"assistans/internal/bigoffice"
	"assistans/rules"
)

// BenchmarkCheckMonthLarge is `assistans check --month 2026-11` on scripts/bench's
// provider (bigoffice.Large from 2025-12: 200 customers, 1,500 assistants,
// 240,900 shifts) without the process start and the JSON: open the database for
// reading, load the month (MonthData reads the 25,080 shifts from 24 October to 7
// December and the worked sums of June to October and December, the rest of
// the calculation periods November lies in) and run rules.Check.
// Target: under 0.1 s per op, beside a bare process start (scripts/bench).
// load-ms and rules-ms split the op; the -cpu-ms are the process's CPU time,
// of both cores (on a file MonthData reads the shifts on a second connection
// beside the rest, and rules.Check runs on two goroutines).
func BenchmarkCheckMonthLarge(b *testing.B) {
	path := testDB(b)
	s, err := Open(path)
	must(b, err)
	must(b, s.Apply(ctx, bigoffice.Large(rules.Month{Year: 2025, Month: 12})))
	must(b, s.Close())
	nov := rules.Month{Year: 2026, Month: 11}
	var load, check, cpuLoad, cpuCheck time.Duration
	var shifts, findings int
	for b.Loop() {
		t0, c0 := time.Now(), cpuTime()
		s, err := OpenForReading(path)
		must(b, err)
		md, err := s.MonthData(ctx, nov, rules.D(2026, 12, 3))
		must(b, err)
		t1, c1 := time.Now(), cpuTime()
		findings = len(rules.Check(md))
		check, cpuCheck = check+time.Since(t1), cpuCheck+cpuTime()-c1
		load, cpuLoad = load+t1.Sub(t0), cpuLoad+c1-c0
		shifts = len(md.Shifts)
		must(b, s.Close())
	}
	if shifts != 25080 || findings != 520 {
		b.Fatalf("loaded %d shifts and found %d findings, want 25,080 and 520 (as scripts/bench's check)", shifts, findings)
	}
	b.ReportMetric(float64(load.Microseconds())/1000/float64(b.N), "load-ms")
	b.ReportMetric(float64(check.Microseconds())/1000/float64(b.N), "rules-ms")
	// CPU time varies less than the clock on a shared machine (GC may run on a second core).
	b.ReportMetric(float64(cpuLoad.Microseconds())/1000/float64(b.N), "load-cpu-ms")
	b.ReportMetric(float64(cpuCheck.Microseconds())/1000/float64(b.N), "rules-cpu-ms")
}
