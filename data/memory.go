package data

import "context"

// ReleaseMemory hands back what the engine caches for connections not in use
// (SQLite's page caches), for the window once it is idle. A server keeps its
// caches on its own side: nothing to do there.
func (s *Store) ReleaseMemory(ctx context.Context) {
	if r, ok := s.eng.(interface{ ReleaseMemory(context.Context) }); ok {
		r.ReleaseMemory(ctx)
	}
}
