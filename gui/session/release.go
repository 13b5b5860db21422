package session

import (
	"runtime/debug"
	"sync/atomic"
)

// releasing is true while releaseMemory's collection runs.
var releasing atomic.Bool

// releaseMemory collects the garbage of the jobs just ended and returns the
// freed pages to the system, in the background. Loading and checking a large
// provider's month leaves some 25 MB of garbage that Go's own scavenger gives
// back only slowly: the window held 221 MB five seconds after start, 195 MB
// after this. A request while a collection runs is dropped: it is that far on
// already, and the next job's end asks again.
func releaseMemory() {
	if !releasing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer releasing.Store(false)
		debug.FreeOSMemory()
	}()
}
