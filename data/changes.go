package data

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"time"

	"assistans/rules"
	"assistans/rules/say"
)

// ErrConflict: the record was changed (or removed) by someone else since it was
// read. The error is a *ConflictError naming who and when; reload the record
// and make the change again.
var ErrConflict = errors.New("Uppgiften har ändrats av någon annan sedan den lästes in; läs in den igen.")

// ConflictError is a save refused because the stored record's version is not
// the one the caller read.
type ConflictError struct {
	Table, Key string // as in the audit trail
	By         string // who made the last change, from the audit trail ("" if unknown)
	At         time.Time
	Removed    bool // the record no longer exists
}

func (e *ConflictError) Unwrap() error { return ErrConflict }

func (e *ConflictError) Error() string { return say.Refusal(say.Swedish, e.refusal()) }

// As lets errors.As find the refusal's code, for the window's language.
func (e *ConflictError) As(target any) bool {
	if p, ok := target.(**rules.Refusal); ok {
		*p = e.refusal()
		return true
	}
	return false
}

func (e *ConflictError) refusal() *rules.Refusal {
	code := rules.RecordChanged
	if e.Removed {
		code = rules.RecordRemoved
	}
	return &rules.Refusal{Code: code, Args: []any{rules.Record{Table: e.Table, Key: e.Key}, rules.ChangedBy{By: e.By, At: e.At}}}
}

// checkVersion refuses a save made from version want (0: unchecked) of the
// record key in table when the stored row old (nil: none) has another version,
// at index ver.
func (t *tx) checkVersion(ctx context.Context, table, key string, want any, old []any, ver int) error {
	w, _ := want.(int64)
	if w == 0 || t.unversioned || old != nil && old[ver] == w {
		return nil
	}
	return t.conflict(ctx, table, key, old == nil)
}

// conflict is the ConflictError for the record key in table, naming who made
// its last change and when, from the audit trail.
func (t *tx) conflict(ctx context.Context, table, key string, removed bool) error {
	e := &ConflictError{Table: table, Key: key, Removed: removed}
	if last, found, err := newestAudit(ctx, t, table, key); err == nil && found {
		e.By, e.At = last.User, last.At
	}
	return e
}

// Change is what another program committed: the tables it changed and who.
type Change struct {
	Tables []string
	By     string
}

type notice struct {
	Origin string   `json:"o"`
	By     string   `json:"u"`
	Tables []string `json:"t"`
}

// announce tells other programs on the database which tables the transaction
// changed; the engine delivers it at commit.
func (t *tx) announce(ctx context.Context) error {
	if len(t.changed) == 0 {
		return nil
	}
	n := notice{Origin: t.s.origin, By: t.s.User}
	for tb := range t.changed {
		n.Tables = append(n.Tables, tb)
	}
	slices.Sort(n.Tables)
	b, _ := json.Marshal(n) // strings only: cannot fail
	return t.s.eng.Notify(ctx, t.Tx, string(b))
}

// Changes delivers what other programs commit to the same database, until ctx
// ends; the window refreshes the screen it shows. On a server this is
// PostgreSQL's LISTEN/NOTIFY, within a moment of the commit. A file has no other
// writers (the instance lock), so the channel only closes when ctx ends.
func (s *Store) Changes(ctx context.Context) <-chan Change {
	out := make(chan Change, 16)
	go func() {
		defer close(out)
		listening, _ := s.eng.Listen(ctx, func(payload string) {
			var n notice
			if json.Unmarshal([]byte(payload), &n) != nil || n.Origin == s.origin {
				return
			}
			select {
			case out <- Change{Tables: n.Tables, By: n.By}:
			case <-ctx.Done():
			}
		})
		if !listening {
			<-ctx.Done()
		}
	}()
	return out
}
