//go:build !linux

package session

// trimC has nothing to do here: glibc's malloc_trim is Linux's, and other
// systems' allocators return freed memory themselves.
func trimC() {}
