package platform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOpenFile opens a batch file the way the window opens a printed PDF: the
// program Windows associates with .cmd (cmd.exe) runs it, and it leaves a file
// beside itself. Its name has a space and å/ö, as Swedish users' folders do.
func TestOpenFile(t *testing.T) {
	dir := filepath.Join(tempDir(t), "Åsa Öberg")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "öppna mig.cmd")
	if err := os.WriteFile(script, []byte("@echo opened> \"%~dp0opened.txt\"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := OpenFile(script); err != nil {
		t.Fatal(err)
	}
	marker := filepath.Join(dir, "opened.txt")
	// ShellExecute returns once cmd.exe has started; wait for it to write.
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if b, err := os.ReadFile(marker); err == nil && strings.TrimSpace(string(b)) == "opened" {
			return
		}
	}
	t.Fatalf("%s was not run: no %s", script, marker)
}

func TestOpenFileMissing(t *testing.T) {
	missing := filepath.Join(tempDir(t), "finns inte.pdf")
	err := OpenFile(missing)
	if err == nil || !strings.Contains(err.Error(), "kan inte öppna "+missing) {
		t.Errorf("OpenFile(%s) = %v, want an error naming the file", missing, err)
	}
}
