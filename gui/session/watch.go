package session

import (
	"context"

	"assistans/data"
)

// ChangeSource is a store that tells what other programs commit to the same
// database (*data.Store: LISTEN/NOTIFY on a server; never on a file).
type ChangeSource interface {
	Changes(ctx context.Context) <-chan data.Change
}

// WatchStore follows what other programs commit to the store in use (a
// ChangeSource), and stops following the store used before.
func (s *Session) WatchStore() {
	if s.stopWatch != nil {
		s.stopWatch()
		s.stopWatch = nil
	}
	src, ok := s.Store.(ChangeSource)
	if !ok {
		return
	}
	ctx, cancel := context.WithCancel(s.Ctx)
	s.stopWatch = cancel
	s.Watch(src.Changes(ctx))
}

// Watch reloads the screen in view, and marks the others stale, whenever
// another program commits a change, until the channel closes. Screens keep
// what the user is typing across a reload (and its version, so that saving
// it over the other change is refused).
func (s *Session) Watch(changes <-chan data.Change) {
	go func() {
		for range changes {
			s.Do(s.DataChanged)
		}
	}()
}
