import { formatSheetsDate, zonedParts, zonedWallToInstant } from '../core/dateFormat.js';
import { isDate } from '../core/env.js';

/**
 * What a cell holds. Dates are kept as epoch milliseconds so that the script always receives a Date
 * of its own realm (a fresh Apps Script execution never sees objects from an earlier one).
 */
export type Stored = string | number | boolean | { readonly date: number };

export interface DataValidationSpec {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface Cell {
  value: Stored;
  formula: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: DataValidationSpec | null;
  /** A link set through a RichTextValue (text with a URL). */
  linkUrl?: string | null;
}

export const emptyCell = (): Cell => ({ value: '', formula: '' });

/** The most characters one cell holds (reported error text of Range.setValue and of typed input). */
export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

// --- locales -----------------------------------------------------------------------------------

/**
 * How a spreadsheet locale reads typed text. Sheets interprets what is typed by the spreadsheet's locale
 * (File › Settings › Locale: "affects formatting details such as functions, dates, and currency",
 * https://support.google.com/docs/answer/58515). The details below are the emulator's model of that
 * behaviour; each is marked where it is inferred rather than documented.
 */
export interface LocaleRules {
  /** Decimal separator. */
  decimal: ',' | '.';
  /** Digit-group separators accepted in typed numbers (groups of three). Inferred. */
  group: readonly string[];
  /** Order of day and month in a typed date. */
  dateOrder: 'DMY' | 'MDY';
  /** Separators accepted between day, month and year. nb_NO: `.`, `/`, `-` (inferred from Sheets use). */
  dateSeparators: readonly string[];
  /** Currency symbols recognised before or after a number (inferred: Sheets recognises the locale's). */
  currency: readonly string[];
  /** Boolean words beside TRUE/FALSE (inferred: the locale's function names SANN/USANN). */
  trueWords: readonly string[];
  falseWords: readonly string[];
  /** Display pattern of a date and of a date with a time (the locale's default formats, inferred). */
  datePattern: string;
  dateTimePattern: string;
  timePattern: string;
}

const NORWEGIAN: LocaleRules = {
  decimal: ',',
  // No group separator: "+47 123" typed in a Norwegian sheet gives #ERROR! (a formula; observed), so a
  // space does not join digit groups.
  group: [],
  dateOrder: 'DMY',
  dateSeparators: ['.', '/', '-'],
  currency: ['kr'],
  trueWords: ['SANN'],
  falseWords: ['USANN'],
  datePattern: 'dd.mm.yyyy',
  dateTimePattern: 'dd.mm.yyyy hh:mm:ss',
  timePattern: 'hh:mm:ss',
};

const LOCALES: Record<string, LocaleRules> = {
  nb_NO: NORWEGIAN,
  nn_NO: NORWEGIAN,
  no_NO: NORWEGIAN,
  en_US: {
    decimal: '.',
    group: [','],
    dateOrder: 'MDY',
    dateSeparators: ['/', '-'],
    currency: ['$'],
    trueWords: [],
    falseWords: [],
    datePattern: 'm/d/yyyy',
    dateTimePattern: 'm/d/yyyy h:mm:ss',
    timePattern: 'h:mm:ss',
  },
  en_GB: {
    decimal: '.',
    group: [','],
    dateOrder: 'DMY',
    dateSeparators: ['/', '-', '.'],
    currency: ['£'],
    trueWords: [],
    falseWords: [],
    datePattern: 'dd/mm/yyyy',
    dateTimePattern: 'dd/mm/yyyy hh:mm:ss',
    timePattern: 'hh:mm:ss',
  },
};

/** The rules of a locale; a locale the emulator does not model reads text as en_US does. */
export function localeRules(locale: string): LocaleRules {
  return LOCALES[locale] ?? LOCALES['en_US']!;
}

// --- typed text --------------------------------------------------------------------------------

export interface TypingContext {
  /** The spreadsheet's locale, e.g. `nb_NO`. */
  locale: string;
  /** The spreadsheet's time zone: a typed date is midnight there. */
  timeZone: string;
  /** Now (epoch ms): a date typed without a year is in the current year. */
  nowMs: number;
  /** The cell's number format: `@` (plain text) keeps what is typed as text. */
  numberFormat?: string | undefined;
  /**
   * A form answer written to a response sheet rather than typed into a cell: never a formula (a leading
   * `=`, `+`, `-` or `'` stays as written), but numbers and dates are recognised as in a typed cell
   * (inferred from reports of answers turned into dates and numbers that lost their leading zeros).
   */
  formAnswer?: boolean;
}

export interface Typed {
  value: Stored;
  formula: string;
  /** The number format Sheets applies when it recognises a percentage or an amount (inferred). */
  numberFormat?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Compiled {
  plain: RegExp;
  grouped: RegExp | null;
  groupSep: RegExp | null;
  leadingDecimal: RegExp;
  dates: RegExp[];
  currency: RegExp[];
}
const compiled = new WeakMap<LocaleRules, Compiled>();

/** The locale's patterns, compiled once (every cell a script writes is parsed). */
function patterns(rules: LocaleRules): Compiled {
  let c = compiled.get(rules);
  if (!c) {
    const d = escapeRe(rules.decimal);
    const groups = rules.group.map(escapeRe).join('|');
    c = {
      plain: new RegExp(`^([+-]?)(\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`),
      grouped: groups ? new RegExp(`^([+-]?)(\\d{1,3}(?:(?:${groups})\\d{3})+)(?:${d}(\\d+))?$`) : null,
      groupSep: groups ? new RegExp(groups, 'g') : null,
      leadingDecimal: new RegExp(`^([+-]?)${d}(\\d+)$`),
      dates: rules.dateSeparators.map((sep) => {
        const s = escapeRe(sep);
        return new RegExp(`^(\\d{1,2})${s}(\\d{1,2})(?:${s}(\\d{2}|\\d{4}))?$`);
      }),
      currency: rules.currency.map((symbol) => {
        const s = escapeRe(symbol);
        return new RegExp(`^(?:${s}\\s?(.+)|(.+?)\\s?${s})$`);
      }),
    };
    compiled.set(rules, c);
  }
  return c;
}

/** A number as typed in the locale: digits with group separators, the decimal separator, an exponent. */
function parseNumber(text: string, rules: LocaleRules): number | null {
  const p = patterns(rules);
  let m = p.plain.exec(text);
  if (m) return Number(`${m[1]}${m[2]}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
  m = p.grouped ? p.grouped.exec(text) : null;
  if (m && p.groupSep) return Number(`${m[1]}${m[2]!.replace(p.groupSep, '')}${m[3] ? `.${m[3]}` : ''}`);
  m = p.leadingDecimal.exec(text);
  if (m) return Number(`${m[1]}0.${m[2]}`);
  return null;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (inferred from Sheets' handling). */
const fullYear = (y: string) =>
  y.length <= 2 ? (Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y);

/** A typed time `hh:mm` or `hh:mm:ss` (24-hour). */
function parseTime(text: string): [number, number, number] | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && mi < 60 && s < 60 ? [h, mi, s] : null;
}

/** A typed date (with an optional time) in the locale, as the instant of that wall clock in the zone. */
function parseDate(text: string, rules: LocaleRules, ctx: TypingContext): number | null {
  const [datePart = '', timePart, extra] = text.split(/\s+/);
  if (extra !== undefined) return null;
  const time = timePart === undefined ? [0, 0, 0] : parseTime(timePart);
  if (!time) return null;
  const at = (y: number, m: number, d: number) =>
    validDate(y, m, d) ? zonedWallToInstant(ctx.timeZone, y, m, d, time[0], time[1], time[2]) : null;
  // ISO 8601 dates are read in every locale (inferred).
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (iso) return at(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  for (const re of patterns(rules).dates) {
    const m = re.exec(datePart);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = rules.dateOrder === 'DMY' ? [a, b] : [b, a];
    // A day and month without a year is a date in the current year ("14.09", "1.5" in nb_NO; inferred).
    const year = m[3] ? fullYear(m[3]) : zonedParts(new Date(ctx.nowMs), ctx.timeZone).year;
    return at(year, month, day);
  }
  return null;
}

/**
 * A value written by setValue/setValues, typed by a person, or sent through a form, read as Sheets reads
 * typed input (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object):
 * the value is set as if typed; "If the value starts with '=' it is interpreted as a formula"):
 *  - a Date, number or boolean is stored as it is;
 *  - a leading apostrophe forces text and is not stored (Sheets help: "Format numbers as text");
 *  - a leading `=` makes a formula (reference above);
 *  - a cell formatted as plain text (`@`) keeps the text;
 *  - a number in the spreadsheet's locale becomes a number: nb_NO `1,5` → 1.5, en_US `1.5` and `1,000`;
 *    exponents `1e5` → 100000, `2E3` → 2000 (inferred for the group separators);
 *  - `50%` → 0.5 and `kr 10` / `10 kr` (nb_NO), `$10` (en_US) → 10, with a percent or currency format
 *    (inferred);
 *  - a leading `+` or `-` that is not a number starts a formula ("+47 123" gives #ERROR!: observed);
 *  - TRUE/FALSE (any case) are booleans; nb_NO also SANN/USANN (inferred);
 *  - dates in the locale's order and separators, midnight in the spreadsheet's zone: nb_NO `14.09.2026`,
 *    `14/09/2026`, `14-09-2026`, `14.09.26`, `14.09` and `1.5` (this year); en_US `9/14/2026`, `9/14`;
 *    ISO `2026-09-14` everywhere; an optional time `14.09.2026 10:30` (inferred beyond dd.mm.yyyy);
 *  - a time `10:30` or `10:30:15` is that time on 30.12.1899, Sheets' day zero (inferred);
 *  - anything else is text.
 */
export function parseTyped(input: unknown, ctx: TypingContext): Typed {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (isDate(input)) return { value: { date: input.getTime() }, formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  if (text === '') return { value: '', formula: '' };
  if (!ctx.formAnswer) {
    if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
    if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  }
  if (ctx.numberFormat === '@') return { value: text, formula: '' };
  const rules = localeRules(ctx.locale);
  const trimmed = text.trim();
  const n = parseNumber(trimmed, rules);
  if (n !== null) return { value: n, formula: '' };
  const percent = /^(.*\d)\s?%$/.exec(trimmed);
  const p = percent ? parseNumber(percent[1]!, rules) : null;
  if (p !== null) return { value: p / 100, formula: '', numberFormat: Number.isInteger(p) ? '0%' : '0.00%' };
  for (const [i, re] of patterns(rules).currency.entries()) {
    const symbol = rules.currency[i]!;
    const m = re.exec(trimmed);
    const amount = m ? parseNumber((m[1] ?? m[2] ?? '').trim(), rules) : null;
    if (amount !== null) {
      const format = rules.decimal === ',' ? `"${symbol}" #,##0.00` : `"${symbol}"#,##0.00`;
      return { value: amount, formula: '', numberFormat: format };
    }
  }
  if (!ctx.formAnswer && /^[+-]/.test(text) && text.length > 1) return { value: '', formula: `=${text}` };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || rules.trueWords.includes(upper)) return { value: true, formula: '' };
  if (upper === 'FALSE' || rules.falseWords.includes(upper)) return { value: false, formula: '' };
  const date = parseDate(trimmed, rules, ctx);
  if (date !== null) return { value: { date }, formula: '' };
  const time = parseTime(trimmed);
  if (time) return { value: { date: zonedWallToInstant(ctx.timeZone, 1899, 12, 30, ...time) }, formula: '' };
  return { value: text, formula: '' };
}

/** The value as the script receives it from getValues(). */
export function toScriptValue(
  value: Stored,
  newDate: (ms: number) => Date,
): string | number | boolean | Date {
  if (typeof value === 'object') return newDate(value.date);
  return value;
}

// --- display -----------------------------------------------------------------------------------

/** What a person sees in the cell (getDisplayValues), in the spreadsheet's locale and time zone. */
export function displayOf(
  value: Stored,
  numberFormat: string | undefined,
  timeZone: string,
  locale = 'nb_NO',
): string {
  const rules = localeRules(locale);
  if (typeof value === 'object') {
    const d = new Date(value.date);
    const p = zonedParts(d, timeZone);
    const pattern =
      numberFormat && /[dmy]/i.test(numberFormat)
        ? numberFormat
        : p.year === 1899 && p.month === 12 && p.day === 30
          ? rules.timePattern
          : p.hour + p.minute + p.second > 0
            ? rules.dateTimePattern
            : rules.datePattern;
    return formatSheetsDate(d, timeZone, pattern);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const formatted = numberFormat ? formatNumber(value, numberFormat, rules) : null;
    return formatted ?? String(value).replace('.', rules.decimal);
  }
  return value;
}

/**
 * A number through a Sheets number format: digits (`0`, `#`), grouping (`,`), decimals (`.`), `%`, quoted
 * and escaped literals and `[$kr-414]` currency tags. Returns null for formats it does not model (then the
 * number shows as in the General format).
 */
export function formatNumber(value: number, format: string, rules: LocaleRules): string | null {
  const section = format.split(';')[0] ?? '';
  let prefix = '';
  let suffix = '';
  let spec = '';
  let percent = false;
  let inNumber = false;
  let done = false;
  const literal = (s: string) => {
    if (inNumber) {
      done = true;
      suffix += s;
    } else if (done) suffix += s;
    else prefix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end === -1 ? undefined : end));
      i = end === -1 ? section.length : end;
    } else if (ch === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = section.slice(i + 1, end === -1 ? undefined : end);
      if (tag.startsWith('$')) literal(tag.slice(1).split('-')[0] ?? '');
      i = end === -1 ? section.length : end;
    } else if (/[0#,.]/.test(ch) && !done) {
      inNumber = true;
      spec += ch;
    } else if (ch === '%') {
      percent = true;
      literal('%');
    } else literal(ch);
  }
  if (!spec || !/[0#]/.test(spec)) return null;
  const [intSpec = '', decSpec = ''] = spec.split('.');
  const decimals = decSpec.replace(/[^0#]/g, '');
  const minDecimals = decimals.replace(/#+$/, '').length;
  const v = Math.abs(percent ? value * 100 : value);
  let [intPart = '0', fracPart = ''] = v.toFixed(decimals.length).split('.');
  fracPart = fracPart.slice(0, Math.max(minDecimals, fracPart.replace(/0+$/, '').length));
  const minInt = intSpec.replace(/[^0]/g, '').length;
  intPart = intPart === '0' && minInt === 0 ? '' : intPart.padStart(minInt, '0');
  if (intSpec.includes(',')) {
    const group = rules.decimal === ',' ? '\u00a0' : ',';
    intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  }
  const sign = value < 0 ? '-' : '';
  return `${sign}${prefix}${intPart}${fracPart ? rules.decimal + fracPart : ''}${suffix}`;
}
