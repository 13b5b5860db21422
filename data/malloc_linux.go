package data

/*
#include <malloc.h>

// Run as the program is loaded, before Go starts a thread: glibc fixes its
// count of arenas when a second thread first needs one.
static void __attribute__((constructor)) assistans_tune_malloc(void) {
	mallopt(M_ARENA_MAX, 1);
	mallopt(M_MMAP_THRESHOLD, 8 << 20);
	mallopt(M_TRIM_THRESHOLD, 16 << 20);
}
*/
import "C"

// glibc's malloc, set for SQLite's way of allocating. A statement of an
// import binds megabytes of JSON, SQLite makes JSONB and a record of them, and
// its sorter builds an index in buffers of megabytes: each above glibc's mmap
// threshold, so each a fresh mapping whose pages fault in one by one, freed
// and mapped again for the next part (a third of a year's import's page faults,
// which cost much on a virtual machine). Kept in the heap instead, and not
// trimmed back after every statement, they are faulted in once (a fifth fewer
// faults, the peak no higher). One arena: SQLite runs on whichever thread the
// goroutine is on, and glibc gave each such thread an arena of its own that
// kept its free pages (an import's peak memory 20–30 MB higher). The window
// hands free pages back when it is idle (gui/session's release), malloc_trim
// disregarding the threshold.
