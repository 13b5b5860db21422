package session

import (
	"context"
	"runtime/debug"
	"sync"
	"time"
)

// releaseDelay is how long the window is to be still before a release: the
// frames that show a job's rows or a newly chosen tab make and free as much
// as the job itself, and a burst of jobs or tab switches needs one release.
const releaseDelay = 500 * time.Millisecond

// releaser runs a session's releases.
type releaser struct {
	mu    sync.Mutex
	timer *time.Timer
	store Store // the store in use at the last request
}

// memoryReleaser is a store that can hand back its connections' caches
// (*data.Store: SQLite's page caches).
type memoryReleaser interface{ ReleaseMemory(context.Context) }

// releaseMemory returns what the jobs and frames just done freed to the
// system once the window has been still for releaseDelay: the store's caches
// (the start backup leaves SQLite's writer with 16 MiB of pages), Go's
// garbage (loading and checking a large provider's month leaves some 25 MB,
// which Go's own scavenger gives back only slowly) and the C allocator's
// free pages (trimC).
func (s *Session) releaseMemory() {
	r := &s.release
	r.mu.Lock()
	defer r.mu.Unlock()
	r.store = s.Store
	if r.timer != nil {
		r.timer.Reset(releaseDelay)
		return
	}
	r.timer = time.AfterFunc(releaseDelay, func() {
		r.mu.Lock()
		st := r.store
		r.mu.Unlock()
		if m, ok := st.(memoryReleaser); ok {
			m.ReleaseMemory(context.Background())
		}
		debug.FreeOSMemory()
		trimC()
	})
}
