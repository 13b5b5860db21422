package data

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"assistans/rules"
)

// Every file the program writes for the user (exports, PDFs, payroll files,
// backups) goes through checkOutput, so that no path — relative, with "..",
// through a symbolic or hard link, in other letter case — can put it over a
// database, a database's own files or a backup.

// ErrProtected is wrapped by the error that refuses such a destination.
var ErrProtected = errors.New("filen är en databas eller en säkerhetskopia och skrivs inte över")

// companions are the files SQLite and this program keep beside a database.
var companions = []string{"-wal", "-shm", "-journal", ".lock"}

// ownFiles are a database's file, its companions and its anchor.
func ownFiles(db string) []string {
	out := []string{db}
	for _, c := range companions {
		out = append(out, db+c)
	}
	return append(out, anchorPath(db))
}

// openDBs are the databases this process has open, with how many Stores each.
var openDBs = struct {
	sync.Mutex
	paths map[string]int
}{paths: map[string]int{}}

func protect(db string) {
	openDBs.Lock()
	openDBs.paths[db]++
	openDBs.Unlock()
}

func unprotect(db string) {
	openDBs.Lock()
	if openDBs.paths[db]--; openDBs.paths[db] <= 0 {
		delete(openDBs.paths, db)
	}
	openDBs.Unlock()
}

func protectedDBs() []string {
	openDBs.Lock()
	defer openDBs.Unlock()
	out := make([]string, 0, len(openDBs.paths))
	for p := range openDBs.paths {
		out = append(out, p)
	}
	return out
}

// CheckOutput refuses (wrapping ErrProtected) a destination that is, or would
// be written over, an open database, one of its companion files, a file in its
// backups folder, or any existing SQLite database or program file elsewhere.
// The window calls it before it asks to replace a file.
func CheckOutput(path string) error {
	dir, base := splitRaw(path)
	if base == "" || base == "." || base == ".." {
		return refuse(nil, rules.OutputNoName, path)
	}
	protected := func(code rules.RefusalCode, args ...any) error {
		return refuse(ErrProtected, code, append([]any{path}, args...)...)
	}
	fi, statErr := os.Stat(path) // follows links, as the write will
	if statErr == nil && !fi.Mode().IsRegular() {
		// A folder, or a device such as /dev/null, which a rename would replace.
		return refuse(nil, rules.OutputNotRegular, path)
	}
	dirFi, dirErr := os.Stat(dir)
	key := resolvedKey(path)
	for _, db := range protectedDBs() {
		for _, p := range ownFiles(db) {
			if key == resolvedKey(p) || sameExisting(fi, p) ||
				dirErr == nil && sameExisting(dirFi, filepath.Dir(p)) && foldName(base) == foldName(filepath.Base(p)) {
				if p == db {
					return protected(rules.OutputIsDatabase, db)
				}
				return protected(rules.OutputOwnFile, filepath.Base(p))
			}
		}
		if statErr == nil && dirErr == nil && sameExisting(dirFi, BackupDir(db)) {
			return protected(rules.OutputInBackups, BackupDir(db))
		}
	}
	if statErr == nil {
		if kind := sniff(path); kind != "" {
			return protected(kind)
		}
	}
	// A companion named after an existing database: x.db-wal beside x.db.
	for _, name := range companions {
		if stem, ok := cutSuffixFold(base, name); ok && sniff(filepath.Join(dir, stem)) == rules.OutputSQLite {
			return protected(rules.OutputCompanion, stem)
		}
	}
	return nil
}

// sniff is the refusal of an existing file by its first bytes: an SQLite
// database, an SQLite write-ahead log, or this program's anchor file; "" otherwise.
func sniff(path string) rules.RefusalCode {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return rules.OutputSQLite
	case bytes.HasPrefix(head, []byte{0x37, 0x7f, 0x06, 0x82}), bytes.HasPrefix(head, []byte{0x37, 0x7f, 0x06, 0x83}):
		return rules.OutputWAL
	case bytes.HasPrefix(head, []byte(anchorMagic)):
		return rules.OutputAnchor
	}
	return ""
}

// splitRaw splits path at its last separator without cleaning it, so that
// "x/../db" is looked up as the system will (x may be a link).
func splitRaw(path string) (dir, base string) {
	i := strings.LastIndexAny(path, pathSeparators)
	if i < 0 {
		return ".", path
	}
	return path[:i+1], path[i+1:]
}

var pathSeparators = func() string {
	if runtime.GOOS == "windows" {
		return `\/`
	}
	return "/"
}()

func sameExisting(fi fs.FileInfo, path string) bool {
	if fi == nil {
		return false
	}
	other, err := os.Stat(path)
	return err == nil && os.SameFile(fi, other)
}

// resolvedKey is path made absolute with its links resolved (its folder's when
// the file does not exist), in one letter case where the file system ignores case.
func resolvedKey(path string) string {
	abs := path
	if !filepath.IsAbs(abs) {
		if wd, err := os.Getwd(); err == nil {
			abs = wd + string(filepath.Separator) + path
		}
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		abs = r
	} else if dir, base := splitRaw(abs); base != "" {
		if r, err := filepath.EvalSymlinks(dir); err == nil {
			abs = filepath.Join(r, base)
		}
	}
	abs, _ = filepath.Abs(abs)
	return foldName(abs)
}

// foldName lowers the case on systems whose file names ignore it by default.
func foldName(s string) string {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		return strings.ToLower(s)
	}
	return s
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) > len(suffix) && foldName(s[len(s)-len(suffix):]) == foldName(suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return "", false
}

// WriteFileAtomic writes a file that is readable by the user alone (it holds
// personal data) so that a crash leaves either the old file or the new one. It
// refuses what CheckOutput refuses. A symbolic link is written through: its
// target is replaced, the link stays.
func WriteFileAtomic(path string, b []byte) error {
	if err := CheckOutput(path); err != nil {
		return err
	}
	target, err := linkTarget(path)
	if err != nil {
		return err
	}
	return writeAtomic(target, b)
}

// linkTarget is the file a write to path must replace: path, or the file its
// links lead to.
func linkTarget(path string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", refuse(nil, rules.OutputDanglingLink, path)
	}
	return target, nil
}

// tmpPrefix starts the names of the atomic writer's temporary files, so that
// those a killed program left behind can be found and removed.
const tmpPrefix = ".assistans-tmp-"

// writeAtomic is WriteFileAtomic without the check, for the program's own files.
func writeAtomic(path string, b []byte) error {
	dir := filepath.Dir(path)
	removeStaleTemps(dir)
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return FileError(err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	_, err = tmp.Write(b)
	if err = errors.Join(err, tmp.Sync(), tmp.Close()); err != nil {
		return FileError(err)
	}
	return renameSynced(tmp.Name(), path)
}

// renameSynced renames and then syncs the folder, so that the new name itself
// survives a power cut, not only the file's bytes.
func renameSynced(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return FileError(err)
	}
	return syncDir(filepath.Dir(to))
}

// removeStaleTemps removes the temporary files in dir that a program killed
// mid-write left behind: those named with the id of a process no longer running.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), tmpPrefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		num, _, _ := strings.Cut(rest, "-")
		if pid, err := strconv.Atoi(num); err == nil && pid != os.Getpid() && !processAlive(pid) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// createTemp makes a temporary file in dir for an atomic write of base, named
// with this process's id so that a later start can tell whether it is stale.
func createTemp(dir, base string) (*os.File, error) {
	return os.CreateTemp(dir, tmpPrefix+strconv.Itoa(os.Getpid())+"-"+base+".*") // mode 0600
}
