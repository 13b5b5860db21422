package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The anchor is the audit chain's newest row (its id and hash) kept outside
// the database, in a small file in the backups folder. The chain proves that
// no row before its head was changed; the anchor proves where the head was,
// so that removing the newest rows, the whole log, or a chain rewritten from
// some row on with hashes that agree, no longer passes. It is rewritten after
// every commit that adds audit rows, and by a restore.
//
// What it cannot prove: someone who can write both the database and this file
// can change both consistently, and a change made by a copy of the program
// pointed at another anchor (the database moved without its backups folder)
// is not seen. A crash between a commit and the anchor's update leaves the
// anchor one commit behind, which verify accepts.

const anchorMagic = "assistans-ankare 1\n"

// anchorPath is the anchor of the database at db: beside its backups.
func anchorPath(db string) string {
	return filepath.Join(BackupDir(db), filepath.Base(db)+".ankare")
}

// anchor is a chain head: the newest audit row's id and hash (0 and "" before the first).
type anchor struct {
	ID   int64
	Hash string
}

// readAnchor reads the anchor file; found is false when there is none.
func readAnchor(db string) (a anchor, found bool, err error) {
	b, err := os.ReadFile(anchorPath(db))
	if errors.Is(err, fs.ErrNotExist) {
		return a, false, nil
	}
	if err != nil {
		return a, false, FileError(err)
	}
	rest, ok := strings.CutPrefix(string(b), anchorMagic)
	id, hash, ok2 := strings.Cut(strings.TrimSpace(rest), " ")
	n, err := strconv.ParseInt(id, 10, 64)
	if !ok || !ok2 || err != nil || n < 0 {
		return a, true, fmt.Errorf("ankarfilen %s går inte att läsa", anchorPath(db))
	}
	if hash == "-" {
		hash = ""
	}
	return anchor{n, hash}, true, nil
}

func writeAnchor(db string, a anchor) error {
	if err := makeBackupDir(BackupDir(db)); err != nil {
		return err
	}
	hash := a.Hash
	if hash == "" {
		hash = "-"
	}
	return writeAtomic(anchorPath(db), []byte(anchorMagic+strconv.FormatInt(a.ID, 10)+" "+hash+"\n"))
}

// advanceAnchor moves the store's anchor to head after a commit, unless an
// anchor further on was written meanwhile (commits of this process finish in
// any order) or the store does not keep the anchor (see Store.anchorOn). A
// failure is kept, not returned: the change is committed, and verify reports
// an anchor left behind only if rows were removed.
func (s *Store) advanceAnchor(head anchor) {
	s.anchorMu.Lock()
	defer s.anchorMu.Unlock()
	if !s.anchorOn || head.ID <= s.anchored.ID {
		return
	}
	if err := writeAnchor(s.path, head); err != nil {
		s.anchorErr = err
		return
	}
	s.anchored, s.anchorErr = head, nil
}
