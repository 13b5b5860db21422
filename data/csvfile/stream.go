package csvfile

import (
	"cmp"
	"io"

	"assistans/rules"
)

// Stream reads a file as Read does, but hands its records to put in parts of
// up to size records each, in file order, while it reads on: a goroutine parses
// the next part while put stores the last, so at most three parts are held
// (one being stored, one waiting, one being read).
// A bad row stops the parts (put has then had the rows before it, which the
// caller must discard, as an import's transaction does), and Stream reads on to
// list every bad row as Read lists them. Its error is then that *Errors; else
// put's first error (after which put is not called again); else a failing
// reader's error.
func Stream(kind, filename string, r io.Reader, today rules.Date, size int, put func(rules.Batch) error) error {
	t, ok := tables[kind]
	if !ok {
		return unknownKind(kind)
	}
	parts := make(chan rules.Batch)
	rd := &reader{kind: kind, file: filename, p: newParser(today), chunk: size,
		emit: func(b rules.Batch) { parts <- b }}
	var readErr error
	go func() {
		defer close(parts)
		var b rules.Batch
		if readErr = t.read(rd, r, &b); readErr == nil {
			parts <- b // the rest, perhaps none
		}
	}()
	var putErr error
	for b := range parts {
		if putErr == nil {
			putErr = put(b)
		}
	}
	return cmp.Or(readErr, putErr)
}
