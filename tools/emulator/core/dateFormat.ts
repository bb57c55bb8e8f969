/**
 * Date formatting in a time zone, for two pattern languages:
 *  - Java SimpleDateFormat, as used by Utilities.formatDate
 *    (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String));
 *  - Google Sheets number formats (`dd.mm.yyyy hh:mm`), where `m` means month unless it follows `h` or precedes `s`.
 */

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 1 = Monday … 7 = Sunday
  offsetMinutes: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();
/** Parts already computed, by zone and instant: formatting is slow and the same dates recur. */
const partsCache = new Map<string, ZonedParts>();
const PARTS_CACHE_SIZE = 100_000;

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const key = `${timeZone}|${date.getTime()}`;
  const known = partsCache.get(key);
  if (known) return { ...known };
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  const year = Number(get('year'));
  const month = Number(get('month'));
  const day = Number(get('day'));
  const hour = Number(get('hour'));
  const minute = Number(get('minute'));
  const second = Number(get('second'));
  const wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const result: ZonedParts = {
    year,
    month,
    day,
    hour,
    minute,
    second,
    millisecond: date.getTime() % 1000,
    weekday: wd,
    offsetMinutes,
  };
  if (partsCache.size >= PARTS_CACHE_SIZE) partsCache.clear();
  partsCache.set(key, result);
  return { ...result };
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function offset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java SimpleDateFormat (English names, as Utilities.formatDate uses the script's default Java locale). */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end === -1 ? undefined : end);
      i = end === -1 ? pattern.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out +=
          n >= 4 ? MONTHS_EN[p.month - 1] : n === 3 ? MONTHS_EN[p.month - 1]!.slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS_EN[p.weekday - 1] : DAYS_EN[p.weekday - 1]!.slice(0, 3);
        break;
      case 'u':
        out += String(p.weekday);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'Z':
        out += offset(p.offsetMinutes, false);
        break;
      case 'X':
        out += p.offsetMinutes === 0 ? 'Z' : offset(p.offsetMinutes, n >= 3);
        break;
      case 'z':
        out += `GMT${offset(p.offsetMinutes, true)}`;
        break;
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

/** Google Sheets date/time number format, e.g. `dd.mm.yyyy` or `dd.mm.yyyy hh:mm:ss`. */
const sheetsDateCache = new Map<string, string>();

export function formatSheetsDate(date: Date, timeZone: string, pattern: string): string {
  const key = `${timeZone}|${pattern}|${date.getTime()}`;
  const known = sheetsDateCache.get(key);
  if (known !== undefined) return known;
  const text = formatSheetsDateOnce(date, timeZone, pattern);
  if (sheetsDateCache.size >= PARTS_CACHE_SIZE) sheetsDateCache.clear();
  sheetsDateCache.set(key, text);
  return text;
}

function formatSheetsDateOnce(date: Date, timeZone: string, pattern: string): string {
  const p = zonedParts(date, timeZone);
  const tokens = pattern.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|./gi) ?? [];
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    const prevTime = tokens
      .slice(0, i)
      .reverse()
      .find((x) => /^[a-z]/i.test(x));
    const nextTime = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x));
    const isMinute =
      (lower === 'm' || lower === 'mm') && (/^h/i.test(prevTime ?? '') || /^s/i.test(nextTime ?? ''));
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'yyyy') out += pad(p.year, 4);
    else if (lower === 'yy') out += pad(p.year % 100, 2);
    else if (lower === 'mmmm') out += MONTHS_NB[p.month - 1];
    else if (lower === 'mmm') out += MONTHS_NB[p.month - 1]!.slice(0, 3);
    else if (isMinute) out += pad(p.minute, lower.length);
    else if (lower === 'mm' || lower === 'm') out += pad(p.month, lower.length);
    else if (lower === 'dddd') out += DAYS_NB[p.weekday - 1];
    else if (lower === 'ddd') out += DAYS_NB[p.weekday - 1]!.slice(0, 3);
    else if (lower === 'dd' || lower === 'd') out += pad(p.day, lower.length);
    else if (lower === 'hh' || lower === 'h') out += pad(p.hour, lower.length);
    else if (lower === 'ss' || lower === 's') out += pad(p.second, lower.length);
    else out += t;
  }
  return out;
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const DAYS_NB = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/**
 * The instant at which the wall clock of `timeZone` reads the given local date and time (a skipped local
 * time, in the spring DST gap, moves forward by the gap, as Sheets does with a typed time).
 */
export function zonedWallToInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = wall - zonedParts(new Date(wall), timeZone).offsetMinutes * 60_000;
  const offset = zonedParts(new Date(guess), timeZone).offsetMinutes;
  guess = wall - offset * 60_000;
  return guess;
}
