package main

import "assistans/data"

// writeFileAtomic writes a file as the window's exports do: readable by the
// user alone, and either the old file or the new one after a crash.
func writeFileAtomic(path string, b []byte) error { return data.WriteFileAtomic(path, b) }
