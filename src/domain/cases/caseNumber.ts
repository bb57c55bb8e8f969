/**
 * Case numbers: `YYYY-NNN`, the year of the report and a running number within that year,
 * zero-padded to three digits and growing past 999 (`2026-1000`).
 */

export interface CaseNumber {
  readonly year: number;
  readonly seq: number;
}

// Lenient on padding (`2026-0042`, typed by hand) so such a number is still counted as used.
const PATTERN = /^(\d{4})-(\d{3,})$/;

/** Reads a case number; null when malformed. Accepts surrounding spaces and extra leading zeros. */
export function parseCaseNumber(text: string): CaseNumber | null {
  if (typeof text !== 'string') return null;
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const seq = Number(m[2]);
  if (year < 1000 || seq < 1 || !Number.isSafeInteger(seq)) return null;
  return { year, seq };
}

export function formatCaseNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`Invalid case year: ${year}`);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`Invalid case sequence: ${seq}`);
  return `${year}-${String(seq).padStart(3, '0')}`;
}

/** True only for the canonical form this product writes (`2026-007`, `2026-1000`). */
export function isCaseNumber(text: string): boolean {
  const parsed = parseCaseNumber(text);
  return parsed !== null && formatCaseNumber(parsed.year, parsed.seq) === text;
}

/**
 * The next number for `year`: one more than the highest ever used that year, so a deleted case's
 * number is never handed out again. Malformed entries and non-strings (blank cells) are ignored.
 */
export function nextCaseNumber(existing: readonly unknown[], year: number): string {
  let max = 0;
  for (const value of existing) {
    if (typeof value !== 'string') continue;
    const parsed = parseCaseNumber(value);
    if (parsed && parsed.year === year && parsed.seq > max) max = parsed.seq;
  }
  return formatCaseNumber(year, max + 1);
}
