package main

import (
	"os"
	"testing"

	"assistans/data/postgres/pgtest"
	"assistans/internal/testhome"
)

// The tests write into a home folder of their own, never the user's.
func TestMain(m *testing.M) { os.Exit(testhome.RunWith(func() int { return pgtest.Main(m) })) }

func TestHomeIsPrivate(t *testing.T) { testhome.Check(t) }
