/**
 * Emulated objects implement only part of each Apps Script interface (checked with `implements Partial<…>`),
 * so handing one back where the real API returns the full type needs this one documented cast.
 * Anything the emulator lacks throws by name at run time (see tracking.ts).
 */
export function gas<T>(emulated: unknown): T {
  return emulated as T;
}
