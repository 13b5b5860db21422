package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"assistans/rules"
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

// anchorFile is the anchor file's content: the live chain's head, and the head
// of each backup in the backups folder when it was made, by file name, so that
// a backup cut short or rewritten after it was saved is refused by restore.
type anchorFile struct {
	head    anchor
	backups map[string]anchor
}

// readAnchor reads the anchor file; found is false when there is none.
func readAnchor(db string) (a anchor, found bool, err error) {
	f, found, err := readAnchorFile(db)
	return f.head, found, err
}

func readAnchorFile(db string) (f anchorFile, found bool, err error) {
	f.backups = map[string]anchor{}
	b, err := os.ReadFile(anchorPath(db))
	if errors.Is(err, fs.ErrNotExist) {
		return f, false, nil
	}
	if err != nil {
		return f, false, FileError(err)
	}
	bad := refuse(nil, rules.AnchorUnreadable, anchorPath(db))
	rest, ok := strings.CutPrefix(string(b), anchorMagic)
	if !ok {
		return f, true, bad
	}
	for i, line := range strings.Split(strings.TrimSuffix(rest, "\n"), "\n") {
		fields := strings.Fields(line)
		if i == 0 && len(fields) == 2 {
			if f.head, ok = parseAnchor(fields[0], fields[1]); !ok {
				return f, true, bad
			}
			continue
		}
		if i == 0 || len(fields) != 4 || fields[0] != "backup" {
			return f, true, bad
		}
		a, ok := parseAnchor(fields[2], fields[3])
		if !ok {
			return f, true, bad
		}
		f.backups[fields[1]] = a
	}
	return f, true, nil
}

func parseAnchor(id, hash string) (anchor, bool) {
	n, err := strconv.ParseInt(id, 10, 64)
	if hash == "-" {
		hash = ""
	}
	return anchor{n, hash}, err == nil && n >= 0
}

func (a anchor) text() string {
	hash := a.Hash
	if hash == "" {
		hash = "-"
	}
	return strconv.FormatInt(a.ID, 10) + " " + hash
}

// writeAnchor sets the live head, keeping the backups' lines.
func writeAnchor(db string, head anchor) error {
	f, _, err := readAnchorFile(db)
	if err != nil {
		f = anchorFile{backups: map[string]anchor{}} // a damaged file is replaced whole
	}
	f.head = head
	return saveAnchorFile(db, f)
}

// noteBackup records the head of a backup just saved in the backups folder,
// and forgets backups no longer there.
func noteBackup(db, backup string, head anchor) error {
	f, found, err := readAnchorFile(db)
	if err != nil || !found {
		return err // without an anchor there is nothing to add to
	}
	f.backups[filepath.Base(backup)] = head
	return saveAnchorFile(db, f)
}

func saveAnchorFile(db string, f anchorFile) error {
	dir := BackupDir(db)
	if err := makeBackupDir(dir); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(anchorMagic + f.head.text() + "\n")
	names := make([]string, 0, len(f.backups))
	for name := range f.backups {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil && !strings.ContainsAny(name, " \n") {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		b.WriteString("backup " + name + " " + f.backups[name].text() + "\n")
	}
	return writeAtomic(anchorPath(db), []byte(b.String()))
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
