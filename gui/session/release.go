package session

import (
	"runtime/debug"
	"sync/atomic"
)

// releasing is true while releaseMemory's collection runs.
var releasing atomic.Bool

// releaseMemory collects the garbage of the jobs just ended and returns the
// freed pages to the system, in the background: Go's (loading and checking a
// large provider's month leaves some 25 MB of garbage that Go's own scavenger
// gives back only slowly) and the C allocator's (trimC). A request while a
// collection runs is dropped: it is that far on already, and the next job's
// end asks again.
func releaseMemory() {
	if !releasing.CompareAndSwap(false, true) {
		return
	}
	go func() {
		defer releasing.Store(false)
		debug.FreeOSMemory()
		trimC()
	}()
}
