package session

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"assistans/rules"
)

// releasing is a store that reports each ReleaseMemory.
type releasing struct {
	Store    // only ReleaseMemory and Path are called
	released chan struct{}
}

func (r *releasing) Path() string { return "test.db" }

func (r *releasing) ReleaseMemory(context.Context) { r.released <- struct{}{} }

// Once the last of a burst of background jobs has shown its result, the
// store is asked, once, to hand back its caches.
func TestJobsEndReleaseTheStoresCaches(t *testing.T) {
	a := test.NewTempApp(t)
	st := &releasing{released: make(chan struct{}, 4)}
	s := New(a, a.NewWindow(""), st, func() rules.Date { return rules.D(2026, 10, 20) })
	s.Do = func(f func()) { f() }
	for range 3 {
		s.GoDo(func() func() { return func() {} })
	}
	s.Work.Wait()
	select {
	case <-st.released:
	case <-time.After(10 * time.Second):
		t.Fatal("the store's caches were not released after the jobs")
	}
	select {
	case <-st.released:
		t.Error("one burst of jobs released the caches more than once")
	case <-time.After(2 * releaseDelay):
	}
}
