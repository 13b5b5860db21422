package data

import (
	"context"
	"testing"
)

// ReleaseMemory returns while a write transaction holds the writer (it takes
// only idle connections), and the store reads and writes as before afterwards:
// the connections it emptied went back to their pools whole.
func TestReleaseMemoryLeavesConnectionsInUse(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	set, err := s.Settings(ctx)
	must(t, err)
	must(t, s.write(ctx, func(*tx) error {
		s.ReleaseMemory(ctx)
		return nil
	}))
	s.ReleaseMemory(ctx)
	must(t, s.SaveSettings(ctx, set))
	if _, err := s.Settings(ctx); err != nil {
		t.Fatal(err)
	}
}
