/* A stand-in for Windows' bcryptprimitives.dll, for the wine smoke test only
 * (scripts/wine-smoke puts it into the throw-away wine prefix; it is never
 * shipped). Go 1.22+ programs call ProcessPrng at start, which wine 8.0 lacks;
 * RtlGenRandom gives the same thing: random bytes from the system. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
