package session

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"assistans/data"
	"assistans/rules"
)

// watched is a store whose Changes the test feeds, and which records the
// context the window watches it with.
type watched struct {
	Store // only Path and Changes are called
	ch    chan data.Change
	ctx   context.Context
}

func (w *watched) Path() string { return "test.db" }

func (w *watched) Changes(ctx context.Context) <-chan data.Change {
	w.ctx = ctx
	return w.ch
}

// After the store is replaced (a restore, a switch of database), a change
// another program commits to the new store reloads the screens, and the old
// store is no longer watched.
func TestReplacedStoreIsWatched(t *testing.T) {
	a := test.NewTempApp(t)
	first := &watched{ch: make(chan data.Change)}
	s := New(a, a.NewWindow(""), first, func() rules.Date { return rules.D(2026, 10, 20) })
	reloads := make(chan struct{}, 4)
	s.Do = func(f func()) { f() }
	s.OnChange(func() { reloads <- struct{}{} })
	s.WatchStore()
	first.ch <- data.Change{Tables: []string{data.TableShifts}}
	waitReload(t, reloads, "a change to the first store")

	second := &watched{ch: make(chan data.Change)}
	s.ReplaceStore(second, "other.db")
	waitReload(t, reloads, "the replacement itself")
	if s.Store != second || s.DB != "other.db" {
		t.Fatalf("store %v db %q after ReplaceStore", s.Store, s.DB)
	}
	if first.ctx.Err() == nil {
		t.Error("the replaced store is still watched")
	}
	if second.ctx == nil || second.ctx.Err() != nil {
		t.Fatal("the new store is not watched")
	}
	second.ch <- data.Change{Tables: []string{data.TableShifts}}
	waitReload(t, reloads, "a change to the new store")
}

func waitReload(t *testing.T, reloads chan struct{}, what string) {
	t.Helper()
	select {
	case <-reloads:
	case <-time.After(5 * time.Second): // a bound on a hang, not a timing assertion
		t.Fatalf("no reload after %s", what)
	}
}
