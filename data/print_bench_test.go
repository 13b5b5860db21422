package data

import (
	"testing"
	"time"

	"assistans/rules"
)

// BenchmarkPrintMonthLarge writes the bundles of January 2025 of largeOffice —
// 200 customers, 1,500 assistants, 18,600 shifts — as `assistans pdf` does.
// Targets: under 2 s, and a peak memory (peak-RSS-MB: the whole process's,
// setup included, so an upper bound) under 150 MB.
func BenchmarkPrintMonthLarge(b *testing.B) {
	regs, sh := largeOffice(31 * 200 * 3)
	regs.Providers = []rules.Provider{provider}
	for i := range regs.Assignments {
		regs.Assignments[i].ProviderOrgnr = orgnr
	}
	s := openTest(b)
	must(b, s.Apply(ctx, regs))
	must(b, s.Apply(ctx, sh))
	jan := rules.Month{Year: 2025, Month: 1}
	dir := b.TempDir()
	var cpu time.Duration
	for b.Loop() {
		c0 := cpuTime()
		files, err := s.PrintMonth(ctx, jan, "", dir, "")
		cpu += cpuTime() - c0
		must(b, err)
		if len(files) != 200 {
			b.Fatalf("%d files, want 200", len(files))
		}
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(peakRSS())/(1<<20), "peak-RSS-MB")
}
