//go:build !unix

package data

import "time"

// cpuTime and peakRSS are not measured here; the benchmarks then report 0.
func cpuTime() time.Duration { return 0 }

func peakRSS() int64 { return 0 }
