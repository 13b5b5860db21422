package session

// #include <malloc.h>
import "C"

// trimC returns the C heap's free pages to the system. glibc keeps what SQLite,
// Mesa and the X libraries free, in the main heap and in one arena per thread
// that allocated: on the large provider some 20 MB after the window's start,
// which malloc_trim gives back (it also releases free pages inside the heaps,
// not only at their tops).
func trimC() { C.malloc_trim(0) }
