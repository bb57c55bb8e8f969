/**
 * A calendar date in the school's time zone, as `YYYY-MM-DD`.
 *
 * Deadlines are about days, not instants: a report made at 23:30 in Oslo belongs to that Oslo day,
 * whatever UTC says. Keeping dates as plain strings makes them comparable with `<`, easy to test
 * and free of the Date object's time-zone traps. Conversion to and from instants happens only here.
 */
export type LocalDate = string & { readonly __localDate: unique symbol };

export const SCHOOL_TIME_ZONE = 'Europe/Oslo';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2025-02-30. */
export function parseLocalDate(text: string): LocalDate | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return text.trim() as LocalDate;
}

export function localDate(year: number, month: number, day: number): LocalDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function toIso(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as LocalDate;
}

export function parts(date: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Adds calendar days (negative to go back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parts(date);
  return localDate(year, month, day + days);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = parts(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return localDate(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(day, last));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: LocalDate): number {
  const { year, month, day } = parts(date);
  const js = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return js === 0 ? 7 : js;
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.round(
    (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000,
  );
}

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SCHOOL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Oslo calendar day of an instant. */
export function localDateOf(instant: Date): LocalDate {
  const p = osloParts.formatToParts(instant);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}` as LocalDate;
}

/**
 * The instant of Oslo midnight at the start of `date`: what Sheets shows as that date
 * in a spreadsheet whose time zone is Europe/Oslo.
 */
export function startOfLocalDate(date: LocalDate): Date {
  const { year, month, day } = parts(date);
  // Oslo is UTC+1 or UTC+2; try both offsets and keep the one that lands on the right local day at 00:00.
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, day, -offset));
    if (localDateOf(candidate) === date && localDateOf(new Date(candidate.getTime() - 1)) !== date)
      return candidate;
  }
  return new Date(Date.UTC(year, month - 1, day, -1));
}

/** `dd.mm.yyyy`, as Norwegian schools write dates. */
export function formatNorwegian(date: LocalDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** Accepts `dd.mm.yyyy`, `d.m.yyyy` or ISO. */
export function parseNorwegianOrIso(text: string): LocalDate | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (m) return parseLocalDate(toIso(Number(m[3]), Number(m[2]), Number(m[1])));
  return parseLocalDate(text);
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
