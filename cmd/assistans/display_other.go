//go:build !((linux || freebsd || netbsd || openbsd || dragonfly) && !android)

package main

// checkDisplay has nothing to check on Windows and macOS, which always have a desktop.
func checkDisplay() error { return nil }
