package session

import (
	"os"
	"testing"

	"assistans/internal/testhome"
)

// The tests write into a home folder of their own, never the user's.
func TestMain(m *testing.M) { os.Exit(testhome.Run(m)) }

func TestHomeIsPrivate(t *testing.T) { testhome.Check(t) }
