/**
 * How often an årshjul activity comes round, and when it next falls.
 *
 * The school edits the rule as Norwegian text in a sheet cell ("ukentlig (fredag)", "årleg: okt, nov"),
 * so this module holds the structured rule, its zod/mini schema, the text grammar both ways, and the
 * date arithmetic. Dates are `LocalDate` strings; school days come from whatever calendar the caller
 * passes (see `SchoolDays`).
 *
 * The school year runs from the school's start in August to June: no rule puts an activity in July
 * (summer holiday) unless it is a `once` rule with an explicit date. "Ved skolestart" is the school's own
 * first school day (the «Skolestart» setting), not 1 August: see `wheelCalendar`.
 */
import * as z from 'zod/mini';
import {
  addDays,
  daysBetween,
  formatNorwegian,
  type LocalDate,
  localDate,
  parseLocalDate,
  parseNorwegianOrIso,
  parts,
  weekday,
} from '../time/localDate';

/** What this module needs from the school calendar. */
export interface SchoolDays {
  isSchoolDay(date: LocalDate): boolean;
  /** The first school day of the school year that begins in the summer of `year`. */
  schoolStart(year: number): LocalDate;
}

export type Language = 'nb' | 'nn';

// ---------------------------------------------------------------------------------------------
// The rule and its schema
// ---------------------------------------------------------------------------------------------

const SUMMER_MONTH = 7;
/** How far before or after the school start a `schoolStart` rule may reach (eight weeks and four days). */
export const MAX_SCHOOL_START_OFFSET = 60;

const localDateSchema = z.custom<LocalDate>(
  (v) => typeof v === 'string' && parseLocalDate(v) === v,
  'Ugyldig dato (forventet ÅÅÅÅ-MM-DD).',
);
/** Monday (1) to Friday (5): a weekday rule on a weekend would never meet a school day. */
const schoolWeekdaySchema = z.literal([1, 2, 3, 4, 5]);
const dayOfMonthSchema = z.int().check(z.minimum(1), z.maximum(31));
const monthListSchema = z.array(z.int().check(z.minimum(1), z.maximum(12))).check(
  z.minLength(1),
  z.refine((ms) => !ms.includes(SUMMER_MONTH), 'Juli er sommerferie.'),
  z.refine((ms) => new Set(ms).size === ms.length, 'Samme måned står to ganger.'),
);

export const recurrenceSchema = z.discriminatedUnion('kind', [
  /** Every school day. */
  z.object({ kind: z.literal('daily') }),
  /** On one weekday each week; a week where that day is not a school day is skipped. */
  z.object({ kind: z.literal('weekly'), weekday: schoolWeekdaySchema }),
  /**
   * On `weekday` every `weeks` weeks, counted from the first such weekday on or after `anchor`
   * (default: the school start of each school year). A holiday moves it to the next school day of the
   * same week.
   */
  z.object({
    kind: z.literal('everyNWeeks'),
    weeks: z.int().check(z.minimum(1), z.maximum(52)),
    weekday: schoolWeekdaySchema,
    anchor: z.optional(localDateSchema),
  }),
  /** On `day` of every month (clamped to the month's end), moved to the next school day. */
  z.object({ kind: z.literal('monthly'), day: dayOfMonthSchema }),
  /** Like `yearly`, but labelled "kvartalsvis"; the default months are September, December, March, June. */
  z.object({ kind: z.literal('quarterly'), months: monthListSchema, day: dayOfMonthSchema }),
  /** On `day` of each listed month, moved to the next school day. */
  z.object({ kind: z.literal('yearly'), months: monthListSchema, day: dayOfMonthSchema }),
  /** On exactly this date, school day or not: the school chose it. */
  z.object({ kind: z.literal('once'), date: localDateSchema }),
  /**
   * At the school's start each school year (the «Skolestart» setting), moved by `offset` calendar days:
   * negative before the students come (planleggingsdager, a call home; a weekend moves back to Friday),
   * positive after (moved on to the next school day).
   */
  z.object({
    kind: z.literal('schoolStart'),
    offset: z.int().check(z.minimum(-MAX_SCHOOL_START_OFFSET), z.maximum(MAX_SCHOOL_START_OFFSET)),
  }),
]);

export type Recurrence = z.infer<typeof recurrenceSchema>;
export type RecurrenceKind = Recurrence['kind'];

/** "Kvartalsvis" without months: every third month from September. */
export const DEFAULT_QUARTER_MONTHS: readonly number[] = [9, 12, 3, 6];

// ---------------------------------------------------------------------------------------------
// School year
// ---------------------------------------------------------------------------------------------

function schoolYearStartYear(date: LocalDate): number {
  const { year, month } = parts(date);
  return month >= 8 ? year : year - 1;
}

/** The school year a date belongs to, as `2026/2027`; a school year starts on 1 August. */
export function schoolYearOf(date: LocalDate): string {
  const y = schoolYearStartYear(date);
  return `${y}/${y + 1}`;
}

/** 1 August of a school year given as `2026/2027` (also `2026/27`, `2026-2027`); null when malformed. */
export function schoolYearStart(label: string): LocalDate | null {
  const m = /^\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*$/.exec(label);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const follows = m[2]!.length === 2 ? second === (first + 1) % 100 : second === first + 1;
  return follows ? localDate(first, 8, 1) : null;
}

/**
 * The summer a date belongs to for the årshjul: July and the weeks before the school start lead into the
 * school year that begins that August, so they count with it (not with the June before).
 */
export function wheelYearOf(date: LocalDate): number {
  const { year, month } = parts(date);
  return month >= SUMMER_MONTH ? year : year - 1;
}

/** Where a school start with no setting is assumed: the Monday nearest this day of August. */
const USUAL_SCHOOL_START_DAY = 18;

/** The weekday `day` (1 Monday … 7 Sunday) nearest to `date`: at most three days away. */
function nearestWeekday(date: LocalDate, day: number): LocalDate {
  const diff = (((day - weekday(date)) % 7) + 7) % 7; // 0 … 6 days ahead
  return addDays(date, diff <= 3 ? diff : diff - 7);
}

/**
 * The årshjul's calendar: `base` (weekends, public holidays, the school's own holidays) with the summer
 * holiday running from 1 July to the school start, and the school start of every year.
 *
 * `schoolStart` is the «Skolestart» setting, the first school day of one school year. Other years, and
 * every year when it is not set, are estimated: the same weekday nearest the same date (without a setting,
 * the Monday nearest 18 August), moved on to a school day. The sheet shows the date, so a school that
 * starts on another day sees it and sets «Skolestart».
 */
export function wheelCalendar(
  base: { isSchoolDay(date: LocalDate): boolean },
  schoolStart: LocalDate | null,
): SchoolDays {
  const known = schoolStart === null ? null : { year: wheelYearOf(schoolStart), date: schoolStart };
  const starts = new Map<number, LocalDate>();
  const startOf = (year: number): LocalDate => {
    let start = starts.get(year);
    if (start === undefined) {
      if (known && known.year === year) start = known.date;
      else {
        const model = known ? known.date : localDate(year, 8, USUAL_SCHOOL_START_DAY);
        const { month, day } = parts(model);
        let d = nearestWeekday(localDate(year, month, day), known ? weekday(model) : 1);
        for (let i = 0; i < 14 && !base.isSchoolDay(d); i++) d = addDays(d, 1);
        start = d;
      }
      starts.set(year, start);
    }
    return start;
  };
  return {
    schoolStart: startOf,
    isSchoolDay(date: LocalDate): boolean {
      const { year, month } = parts(date);
      if (month === SUMMER_MONTH) return false;
      if (month > SUMMER_MONTH && date < startOf(year)) return false;
      return base.isSchoolDay(date);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Occurrences
// ---------------------------------------------------------------------------------------------

export interface OccurrenceOptions {
  /** Also accept an occurrence on `after` itself (default: strictly after). */
  readonly inclusive?: boolean;
}

/** Beyond this we give up (a calendar without school days): three years covers any yearly rule. */
const HORIZON_DAYS = 3 * 366;

/**
 * For how many days after the school start a school-start activity still belongs to this school year
 * when a row gets its first date: a school that sets up its årshjul in August sees this year's
 * gjennomgang as due, not next year's. After the first weeks the row waits for next year (the staff
 * confirmations have their own follow-up in the rektor's digest).
 */
export const SCHOOL_START_GRACE_DAYS = 21;

/**
 * The first date of a row that has none yet: the next occurrence from today on, except that a
 * school-start activity keeps this year's date (and shows as due) until `SCHOOL_START_GRACE_DAYS` after
 * the school start, rather than skipping to next year.
 */
export function firstOccurrence(rule: Recurrence, today: LocalDate, calendar: SchoolDays): LocalDate | null {
  if (rule.kind === 'schoolStart') {
    const year = wheelYearOf(today);
    const current = schoolStartOccurrence(rule.offset, year, calendar);
    const start = calendar.schoolStart(year);
    if (current !== null && current <= today && daysBetween(start, today) <= SCHOOL_START_GRACE_DAYS)
      return current;
  }
  return nextOccurrence(rule, today, calendar, { inclusive: true });
}

/**
 * The first occurrence strictly after `after` (on or after it with `inclusive`), or null when there is
 * none: a `once` rule in the past, or a calendar with no school days ahead.
 */
export function nextOccurrence(
  rule: Recurrence,
  after: LocalDate,
  calendar: SchoolDays,
  opts: OccurrenceOptions = {},
): LocalDate | null {
  const start = opts.inclusive ? after : addDays(after, 1);
  for (const d of occurrencesFrom(rule, start, calendar, addDays(start, HORIZON_DAYS))) return d;
  return null;
}

/** Every occurrence from `from` to `to`, both inclusive, in order (for an overview of a school year). */
export function occurrencesBetween(
  rule: Recurrence,
  from: LocalDate,
  to: LocalDate,
  calendar: SchoolDays,
): LocalDate[] {
  return Array.from(occurrencesFrom(rule, from, calendar, to));
}

function* occurrencesFrom(
  rule: Recurrence,
  start: LocalDate,
  calendar: SchoolDays,
  limit: LocalDate,
): Generator<LocalDate> {
  switch (rule.kind) {
    case 'once':
      if (rule.date >= start && rule.date <= limit) yield rule.date;
      return;
    case 'daily':
      yield* dailyFrom(start, calendar, limit);
      return;
    case 'weekly':
      yield* weeklyFrom(rule.weekday, start, calendar, limit);
      return;
    case 'everyNWeeks':
      yield* everyNWeeksFrom(rule.weeks, rule.weekday, rule.anchor, start, calendar, limit);
      return;
    case 'monthly':
      yield* monthDayFrom(allSchoolMonths, rule.day, start, calendar, limit);
      return;
    case 'quarterly':
    case 'yearly':
      yield* monthDayFrom(new Set(rule.months), rule.day, start, calendar, limit);
      return;
    case 'schoolStart':
      // The year before too: an offset may reach across 1 July.
      for (let year = parts(start).year - 1; localDate(year, 1, 1) <= limit; year++) {
        const d = schoolStartOccurrence(rule.offset, year, calendar);
        if (d !== null && d >= start && d <= limit) yield d;
      }
      return;
  }
}

/** The occurrence of a `schoolStart` rule in the school year that begins in `year`. */
function schoolStartOccurrence(offset: number, year: number, calendar: SchoolDays): LocalDate | null {
  const start = calendar.schoolStart(year);
  if (offset === 0) return start;
  const nominal = addDays(start, offset);
  if (offset > 0) return toSchoolDay(nominal, calendar);
  // Before the students come: a working day for the staff, not a school day. A weekend moves back.
  const wd = weekday(nominal);
  return wd > 5 ? addDays(nominal, 5 - wd) : nominal;
}

const monthOf = (d: LocalDate): number => parts(d).month;

function* dailyFrom(start: LocalDate, calendar: SchoolDays, limit: LocalDate): Generator<LocalDate> {
  let d = start;
  while (d <= limit) {
    if (monthOf(d) === SUMMER_MONTH) {
      d = localDate(parts(d).year, 8, 1);
      continue;
    }
    if (calendar.isSchoolDay(d)) yield d;
    d = addDays(d, 1);
  }
}

function* weeklyFrom(
  day: number,
  start: LocalDate,
  calendar: SchoolDays,
  limit: LocalDate,
): Generator<LocalDate> {
  // A holiday on the day simply skips that week: next week comes soon enough.
  for (let d = onOrAfterWeekday(start, day); d <= limit; d = addDays(d, 7)) {
    if (monthOf(d) !== SUMMER_MONTH && calendar.isSchoolDay(d)) yield d;
  }
}

function* everyNWeeksFrom(
  weeks: number,
  day: number,
  anchor: LocalDate | undefined,
  start: LocalDate,
  calendar: SchoolDays,
  limit: LocalDate,
): Generator<LocalDate> {
  for (let monday = mondayOf(start); monday <= limit; monday = addDays(monday, 7)) {
    const nominal = addDays(monday, day - 1);
    if (monthOf(nominal) === SUMMER_MONTH) continue;
    // Without an anchor the count restarts each school year, from its school start.
    const from = anchor ?? calendar.schoolStart(wheelYearOf(nominal));
    const first = onOrAfterWeekday(from, day);
    if (nominal < first) continue;
    if ((daysBetween(first, nominal) / 7) % weeks !== 0) continue;
    // A meeting every few weeks moves to the next school day that week rather than waiting a whole cycle.
    const sunday = addDays(monday, 6);
    let d = nominal;
    while (d <= sunday && !calendar.isSchoolDay(d)) d = addDays(d, 1);
    if (d <= sunday && d >= start && d <= limit && monthOf(d) !== SUMMER_MONTH) yield d;
  }
}

const allSchoolMonths: ReadonlySet<number> = new Set([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);

function* monthDayFrom(
  months: ReadonlySet<number>,
  day: number,
  start: LocalDate,
  calendar: SchoolDays,
  limit: LocalDate,
): Generator<LocalDate> {
  // Start at the beginning of the school year: an earlier nominal date may be moved past `start`.
  let year = schoolYearStartYear(start);
  let month = 8;
  let previous: LocalDate | null = null;
  while (localDate(year, month, 1) <= limit) {
    if (months.has(month) && month !== SUMMER_MONTH) {
      const shifted = toSchoolDay(localDate(year, month, Math.min(day, daysInMonth(year, month))), calendar);
      if (shifted !== null && shifted >= start && shifted <= limit && shifted !== previous) {
        previous = shifted;
        yield shifted;
      }
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/**
 * The first school day on or after `nominal`, or null when that would reach the summer holiday: a June
 * date is not pushed into July, nor across the summer into the next school year.
 */
function toSchoolDay(nominal: LocalDate, calendar: SchoolDays): LocalDate | null {
  for (let d = nominal; monthOf(d) !== SUMMER_MONTH; d = addDays(d, 1)) {
    if (calendar.isSchoolDay(d)) return d;
  }
  return null;
}

function daysInMonth(year: number, month: number): number {
  return parts(addDays(localDate(year, month + 1, 1), -1)).day;
}

function mondayOf(d: LocalDate): LocalDate {
  return addDays(d, 1 - weekday(d));
}

function onOrAfterWeekday(d: LocalDate, day: number): LocalDate {
  return addDays(d, (day - weekday(d) + 7) % 7);
}

// ---------------------------------------------------------------------------------------------
// Text form
// ---------------------------------------------------------------------------------------------
//
// Grammar (case and spacing are free; bokmål and nynorsk words are both accepted; "aa" reads as "å"):
//
//   daglig | dagleg | hver dag | kvar dag | hver skoledag | kvar skuledag
//   ukentlig [(<ukedag>)]                   also: vekentleg, hver uke, kvar veke, hver <ukedag>
//   hver <N>. uke [(<ukedag>)] [fra <dato>] also: kvar N. veke, annenhver uke, annakvar veke,
//                                           hver 14. dag (N*7 dager), hver 2. mandag
//   månedlig [(<dag>.)]                     also: månadleg, hver måned, kvar månad
//   kvartalsvis [: <måneder>] [(<dag>.)]    also: kvartalsvis fra <måned>, hvert kvartal
//   årlig: <måneder> [(<dag>.)]             also: årleg, hvert år, kvart år; årlig: 15. april
//   ved skolestart                          the school's first school day (see `wheelCalendar`);
//                                           also: skolestart, skulestart, ved skoleoppstart
//   uka før skolestart | <N> uker/dager før/etter skolestart
//                                           also: veka, veker, dagar; "før skolestart" = uka før
//   dato: <dd.mm.åååå>                      also: en gang: …, ein gong: …, or the date alone
//
//   <måneder> = month names or abbreviations separated by commas, "/", "og", or a range "aug–sep".
//   Without a weekday the week rules use Monday; without a day the month rules use the 1st.

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: string };

const WEEKDAY_NAMES: Record<Language, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
};
const MONTH_NAMES = [
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
] as const;
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'mai',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'des',
];

const WEEKDAY_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...WEEKDAY_NAMES.nb.map((w, i): [string, number] => [w, i + 1]),
  ...WEEKDAY_NAMES.nn.map((w, i): [string, number] => [w, i + 1]),
  ['man', 1],
  ['mån', 1],
  ['tir', 2],
  ['tirs', 2],
  ['tys', 2],
  ['ons', 3],
  ['tor', 4],
  ['tors', 4],
  ['fre', 5],
  ['lør', 6],
  ['laur', 6],
  ['søn', 7],
  ['sun', 7],
]);
const MONTH_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES.map((w, i): [string, number] => [w, i + 1]),
  ...MONTH_ABBREVIATIONS.map((w, i): [string, number] => [w, i + 1]),
  ['sept', 9],
]);

const MESSAGES = {
  nb: {
    empty:
      'Skriv hvor ofte aktiviteten skal gjentas, for eksempel «ukentlig (mandag)» eller «årlig: aug, sep».',
    unknown: (t: string) =>
      `Forstår ikke «${t}». Skriv for eksempel «daglig», «ukentlig (mandag)», «hver 2. uke», «månedlig (15.)», ` +
      '«kvartalsvis», «årlig: aug, sep» eller «dato: 15.09.2026».',
    misplaced: (word: string, t: string, example: string) =>
      `«${word}» passer ikke i «${t}». Skriv for eksempel «${example}».`,
    weekday: (w: string) => `Ukjent ukedag «${w}». Skriv mandag, tirsdag, onsdag, torsdag eller fredag.`,
    weekend: 'Aktiviteter i årshjulet legges på skoledager: velg en dag fra mandag til fredag.',
    oneWeekday: 'Velg én ukedag. Skal aktiviteten være flere dager i uken, lag én rad per dag.',
    month: (w: string) => `Ukjent måned «${w}». Skriv for eksempel «aug» eller «august».`,
    july: 'Juli er sommerferie, så årshjulet har ingen faste aktiviteter da. Bruk «dato: dd.mm.åååå» for en bestemt dag.',
    noMonths: 'Skriv hvilke måneder, for eksempel «årlig: aug, sep».',
    day: 'Dagen i måneden må være et tall fra 1 til 31, for eksempel «månedlig (15.)».',
    oneDay: 'Skriv bare én dag i måneden, for eksempel «månedlig (15.)».',
    weeks: 'Antall uker må være et helt tall fra 1 til 52, for eksempel «hver 2. uke».',
    days: 'Skriv intervallet i hele uker, for eksempel «hver 2. uke» (= hver 14. dag).',
    date: (d: string) => `Ugyldig dato «${d}». Skriv datoen som dd.mm.åååå, for eksempel «dato: 15.09.2026».`,
    afterFrom: 'Etter «fra» skal det stå en dato (dd.mm.åååå) eller en måned.',
    oneFrom: 'Skriv bare én «fra».',
    schoolStartOffset:
      'Skriv fra 1 til 60 dager (høyst 8 uker) før eller etter skolestart, for eksempel «uka før skolestart» eller «2 uker etter skolestart».',
  },
  nn: {
    empty:
      'Skriv kor ofte aktiviteten skal gjentakast, til dømes «vekentleg (måndag)» eller «årleg: aug, sep».',
    unknown: (t: string) =>
      `Forstår ikkje «${t}». Skriv til dømes «dagleg», «vekentleg (måndag)», «kvar 2. veke», «månadleg (15.)», ` +
      '«kvartalsvis», «årleg: aug, sep» eller «dato: 15.09.2026».',
    misplaced: (word: string, t: string, example: string) =>
      `«${word}» passar ikkje i «${t}». Skriv til dømes «${example}».`,
    weekday: (w: string) => `Ukjend vekedag «${w}». Skriv måndag, tysdag, onsdag, torsdag eller fredag.`,
    weekend: 'Aktivitetar i årshjulet blir lagde på skoledagar: vel ein dag frå måndag til fredag.',
    oneWeekday: 'Vel éin vekedag. Skal aktiviteten vere fleire dagar i veka, lag éi rad per dag.',
    month: (w: string) => `Ukjend månad «${w}». Skriv til dømes «aug» eller «august».`,
    july: 'Juli er sommarferie, så årshjulet har ingen faste aktivitetar då. Bruk «dato: dd.mm.åååå» for ein bestemd dag.',
    noMonths: 'Skriv kva for månader, til dømes «årleg: aug, sep».',
    day: 'Dagen i månaden må vere eit tal frå 1 til 31, til dømes «månadleg (15.)».',
    oneDay: 'Skriv berre éin dag i månaden, til dømes «månadleg (15.)».',
    weeks: 'Talet på veker må vere eit heilt tal frå 1 til 52, til dømes «kvar 2. veke».',
    days: 'Skriv intervallet i heile veker, til dømes «kvar 2. veke» (= kvar 14. dag).',
    date: (d: string) => `Ugyldig dato «${d}». Skriv datoen som dd.mm.åååå, til dømes «dato: 15.09.2026».`,
    afterFrom: 'Etter «frå» skal det stå ein dato (dd.mm.åååå) eller ein månad.',
    oneFrom: 'Skriv berre éin «frå».',
    schoolStartOffset:
      'Skriv frå 1 til 60 dagar (høgst 8 veker) før eller etter skolestart, til dømes «veka før skolestart» eller «2 veker etter skolestart».',
  },
} as const;

const EXAMPLES: Record<Language, Record<RecurrenceKind, string>> = {
  nb: {
    daily: 'daglig',
    weekly: 'ukentlig (mandag)',
    everyNWeeks: 'hver 2. uke (mandag)',
    monthly: 'månedlig (15.)',
    quarterly: 'kvartalsvis',
    yearly: 'årlig: aug, sep',
    once: 'dato: 15.09.2026',
    schoolStart: 'ved skolestart',
  },
  nn: {
    daily: 'dagleg',
    weekly: 'vekentleg (måndag)',
    everyNWeeks: 'kvar 2. veke (måndag)',
    monthly: 'månadleg (15.)',
    quarterly: 'kvartalsvis',
    yearly: 'årleg: aug, sep',
    once: 'dato: 15.09.2026',
    schoolStart: 'ved skolestart',
  },
};

type Messages = (typeof MESSAGES)[Language];

/** What may follow the head word of a rule. */
interface Modifiers {
  weekdays: { value: number; raw: string }[];
  days: { value: number; raw: string }[];
  months: number[];
  fromDate: LocalDate | null;
  fromMonth: number | null;
  /** Words in the order met, to name the first one a rule cannot use. */
  raws: { kind: 'weekday' | 'day' | 'month' | 'fromDate' | 'fromMonth' | 'time'; raw: string }[];
  /** Words that are none of the above; the rule decides how to explain them. */
  unknown: string[];
}

const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Shortens user text echoed in a message. */
function quote(text: string): string {
  return text.length > 60 ? text.slice(0, 57) + '…' : text;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(\p{L})\.$/u, '$1');
}

function lookupWeekday(word: string): number | undefined {
  const w = word.replace(/\.$/, '');
  return WEEKDAY_WORDS.get(w) ?? WEEKDAY_WORDS.get(w.replace(/(?:ene|ane|er|ar|en|a)$/, ''));
}

function lookupMonth(word: string): number | undefined {
  return MONTH_WORDS.get(word.replace(/\.$/, ''));
}

const schoolYearIndex = (month: number): number => (month + 4) % 12; // August = 0 … July = 11

function sortMonths(months: Iterable<number>): number[] {
  return [...new Set(months)].sort((a, b) => schoolYearIndex(a) - schoolYearIndex(b));
}

const FILLERS = new Set(['og', 'på', 'den', 'i', 'måneden', 'månaden', 'mnd', 'hver', 'kvar', 'kl', 'kl.']);
const FROM_WORDS = new Set(['fra', 'frå', 'fom', 'f.o.m.', 'f.o.m']);
const DATE_TEXT = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$/;
const ISO_DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function parseModifiers(rest: string, msg: Messages): ParseResult<Modifiers> {
  const mods: Modifiers = {
    weekdays: [],
    days: [],
    months: [],
    fromDate: null,
    fromMonth: null,
    raws: [],
    unknown: [],
  };
  // Dashes join a month range ("aug - sep") but must not split an ISO date.
  const words = rest
    .replace(/(\d):(\d)/g, '$1.$2') // 08:15 is a time, not a separator
    .replace(/[():;,/&]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .split(' ')
    .filter((w) => w !== '' && w !== '-');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FILLERS.has(word)) continue;
    if (FROM_WORDS.has(word) || DATE_TEXT.test(word)) {
      const target = FROM_WORDS.has(word) ? words[++i] : word;
      if (target === undefined) return fail(msg.afterFrom);
      if (mods.fromDate !== null || mods.fromMonth !== null) return fail(msg.oneFrom);
      if (DATE_TEXT.test(target) || /^\d/.test(target)) {
        const date = parseNorwegianOrIso(target);
        if (date === null) return fail(msg.date(quote(target)));
        mods.fromDate = date;
        mods.raws.push({ kind: 'fromDate', raw: target });
        continue;
      }
      const month = lookupMonth(target);
      if (month === undefined) return fail(msg.afterFrom);
      if (month === SUMMER_MONTH) return fail(msg.july);
      mods.fromMonth = month;
      mods.raws.push({ kind: 'fromMonth', raw: target });
      continue;
    }
    // A time of day belongs elsewhere in the row; no rule accepts one.
    if (/^\d{1,2}[.:]\d{2}$/.test(word)) {
      mods.raws.push({ kind: 'time', raw: word });
      continue;
    }
    const day = /^(\d{1,2})\.?$/.exec(word);
    if (day) {
      const n = Number(day[1]);
      if (n < 1 || n > 31) return fail(msg.day);
      mods.days.push({ value: n, raw: word });
      mods.raws.push({ kind: 'day', raw: word });
      continue;
    }
    if (/^\d/.test(word)) return fail(msg.day);
    const range = /^(\p{L}+\.?)-(\p{L}+\.?)$/u.exec(word);
    if (range && !ISO_DATE_TEXT.test(word)) {
      const a = lookupMonth(range[1]!);
      const b = lookupMonth(range[2]!);
      if (a === undefined) return fail(msg.month(quote(range[1]!)));
      if (b === undefined) return fail(msg.month(quote(range[2]!)));
      // A range read in school-year order that wraps round passes through July.
      if (schoolYearIndex(b) < schoolYearIndex(a) || a === SUMMER_MONTH || b === SUMMER_MONTH)
        return fail(msg.july);
      for (let m = schoolYearIndex(a); m <= schoolYearIndex(b); m++) mods.months.push(((m + 7) % 12) + 1);
      mods.raws.push({ kind: 'month', raw: word });
      continue;
    }
    const month = lookupMonth(word);
    if (month !== undefined) {
      if (month === SUMMER_MONTH) return fail(msg.july);
      mods.months.push(month);
      mods.raws.push({ kind: 'month', raw: word });
      continue;
    }
    const wd = lookupWeekday(word);
    if (wd !== undefined) {
      mods.weekdays.push({ value: wd, raw: word });
      mods.raws.push({ kind: 'weekday', raw: word });
      continue;
    }
    mods.unknown.push(word);
  }
  return ok(mods);
}

type Allowed = ReadonlySet<Modifiers['raws'][number]['kind']>;

/** Rejects any modifier the rule cannot use, naming the first one. */
function onlyAllowed(
  mods: Modifiers,
  allowed: Allowed,
  text: string,
  kind: RecurrenceKind,
  lang: Language,
): string | null {
  const bad = mods.raws.find((r) => !allowed.has(r.kind));
  return bad ? MESSAGES[lang].misplaced(bad.raw, quote(text), EXAMPLES[lang][kind]) : null;
}

function singleWeekday(mods: Modifiers, fallback: number, msg: Messages): ParseResult<1 | 2 | 3 | 4 | 5> {
  if (mods.weekdays.length > 1) return fail(msg.oneWeekday);
  const wd = mods.weekdays[0]?.value ?? fallback;
  if (wd < 1 || wd > 5) return fail(msg.weekend);
  return ok(wd as 1 | 2 | 3 | 4 | 5);
}

function singleDay(mods: Modifiers, msg: Messages): ParseResult<number> {
  if (mods.days.length > 1) return fail(msg.oneDay);
  return ok(mods.days[0]?.value ?? 1);
}

const ORDINALS: Record<string, number> = {
  andre: 2,
  annan: 2,
  annen: 2,
  tredje: 3,
  fjerde: 4,
  fjortende: 14,
  fjortande: 14,
};

type HeadParser = (
  m: RegExpExecArray,
  mods: Modifiers,
  text: string,
  lang: Language,
) => ParseResult<Recurrence>;

const END = '(?=$|[\\s(:,])';
const SCHOOL_START_WORD = '(?:skole|skule)(?:opp)?start(?:en)?';
const OFFSET_UNITS = 'dager|dagar|dag|uker|uke|veker|veke';
const head = (pattern: string): RegExp => new RegExp(`^(?:${pattern})${END}`, 'u');

const ALLOW_NONE: Allowed = new Set();
const ALLOW_WEEKDAY: Allowed = new Set(['weekday']);
const ALLOW_CYCLE: Allowed = new Set(['weekday', 'fromDate']);
const ALLOW_DAY: Allowed = new Set(['day']);
const ALLOW_QUARTER: Allowed = new Set(['day', 'month', 'fromMonth']);
const ALLOW_YEAR: Allowed = new Set(['day', 'month']);

function parseWeekly(mods: Modifiers, text: string, lang: Language): ParseResult<Recurrence> {
  const bad = onlyAllowed(mods, ALLOW_WEEKDAY, text, 'weekly', lang);
  if (bad) return fail(bad);
  const wd = singleWeekday(mods, 1, MESSAGES[lang]);
  return wd.ok ? ok({ kind: 'weekly', weekday: wd.value }) : wd;
}

function parseCycle(weeks: number, mods: Modifiers, text: string, lang: Language): ParseResult<Recurrence> {
  const msg = MESSAGES[lang];
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) return fail(msg.weeks);
  const bad = onlyAllowed(mods, ALLOW_CYCLE, text, 'everyNWeeks', lang);
  if (bad) return fail(bad);
  const anchor = mods.fromDate;
  if (weeks === 1 && anchor === null) return parseWeekly(mods, text, lang);
  const wd = singleWeekday(mods, anchor ? weekday(anchor) : 1, msg);
  if (!wd.ok) return wd;
  return ok(
    anchor === null
      ? { kind: 'everyNWeeks', weeks, weekday: wd.value }
      : { kind: 'everyNWeeks', weeks, weekday: wd.value, anchor },
  );
}

function parseMonths(
  kind: 'quarterly' | 'yearly',
  mods: Modifiers,
  text: string,
  lang: Language,
): ParseResult<Recurrence> {
  const msg = MESSAGES[lang];
  const bad = onlyAllowed(mods, kind === 'yearly' ? ALLOW_YEAR : ALLOW_QUARTER, text, kind, lang);
  if (bad) return fail(bad);
  const day = singleDay(mods, msg);
  if (!day.ok) return day;
  let months = mods.months;
  if (kind === 'quarterly' && mods.fromMonth !== null) {
    const listed = mods.raws.find((r) => r.kind === 'month');
    if (listed) return fail(msg.misplaced(listed.raw, quote(text), EXAMPLES[lang].quarterly));
    // Every third month from the given one; a quarter landing in July is dropped.
    months = [0, 3, 6, 9].map((k) => ((mods.fromMonth! - 1 + k) % 12) + 1).filter((m) => m !== SUMMER_MONTH);
  }
  if (months.length === 0) {
    if (kind === 'yearly') return fail(msg.noMonths);
    months = [...DEFAULT_QUARTER_MONTHS];
  }
  return ok({ kind, months: sortMonths(months), day: day.value });
}

/** Head pattern, parser, and the kind that explains a word it does not know (null: the text as a whole). */
const HEADS: readonly [RegExp, HeadParser, RecurrenceKind | null][] = [
  [
    head(
      'daglig|dagleg|daglegt|hver dag|kvar dag|hver skoledag|kvar skoledag|kvar skuledag|alle skoledager|alle skoledagar|alle skuledagar',
    ),
    (_m, mods, text, lang) => {
      const bad = onlyAllowed(mods, ALLOW_NONE, text, 'daily', lang);
      return bad ? fail(bad) : ok({ kind: 'daily' });
    },
    'daily',
  ],
  [
    head(
      '(?:hver|kvar|kvart)\\s+(\\d+)\\s*\\.?\\s*(uker|ukene|uke|uka|uken|veker|vekene|veke|veka|dager|dagar|dagen|dag)?',
    ),
    (m, mods, text, lang) => {
      const n = Number(m[1]);
      const unit = m[2];
      if (unit?.startsWith('dag'))
        return n % 7 === 0 ? parseCycle(n / 7, mods, text, lang) : fail(MESSAGES[lang].days);
      if (unit === undefined && mods.weekdays.length === 0) return fail(MESSAGES[lang].unknown(quote(text)));
      return parseCycle(n, mods, text, lang);
    },
    'everyNWeeks',
  ],
  [
    head(
      '(?:hver|kvar|kvart)\\s+(andre|annen|annan|tredje|fjerde|fjortende|fjortande)\\s*(uke|uka|veke|veka|dag)?',
    ),
    (m, mods, text, lang) => {
      const n = ORDINALS[m[1]!] ?? 0;
      if (n === 14) return m[2] === 'dag' ? parseCycle(2, mods, text, lang) : fail(MESSAGES[lang].days);
      if (m[2] === 'dag') return fail(MESSAGES[lang].days);
      if (m[2] === undefined && mods.weekdays.length === 0) return fail(MESSAGES[lang].unknown(quote(text)));
      return parseCycle(n, mods, text, lang);
    },
    'everyNWeeks',
  ],
  [
    head('(?:annenhver|annakvar|annankvar|annenkvar)(?:\\s+(?:uke|uka|veke|veka))?'),
    (_m, mods, text, lang) => parseCycle(2, mods, text, lang),
    'everyNWeeks',
  ],
  [
    head(
      'ukentlig|ukentleg|vekentleg|vekentlig|hver uke|hver veke|kvar veke|kvar uke|en gang i uka|en gang i uken|ein gong i veka',
    ),
    (_m, mods, text, lang) => parseWeekly(mods, text, lang),
    'weekly',
  ],
  [
    head(
      'månedlig|månedleg|månadleg|månadlig|hver måned|hver mnd|kvar månad|kvar måned|en gang i måneden|ein gong i månaden',
    ),
    (_m, mods, text, lang) => {
      const bad = onlyAllowed(mods, ALLOW_DAY, text, 'monthly', lang);
      if (bad) return fail(bad);
      const day = singleDay(mods, MESSAGES[lang]);
      return day.ok ? ok({ kind: 'monthly', day: day.value }) : day;
    },
    'monthly',
  ],
  [
    head('kvartalsvis|hvert kvartal|kvart kvartal'),
    (_m, mods, text, lang) => parseMonths('quarterly', mods, text, lang),
    'quarterly',
  ],
  [
    head('årlig|årleg|hvert år|kvart år|en gang i året|ein gong i året'),
    (_m, mods, text, lang) => parseMonths('yearly', mods, text, lang),
    'yearly',
  ],
  [
    head(
      `(?:(?:(\\d+)\\s*(${OFFSET_UNITS})|uka|uken|veka)\\s+)?(?:(før|etter|ved)\\s+)?${SCHOOL_START_WORD}`,
    ),
    (m, mods, text, lang) => {
      const bad = onlyAllowed(mods, ALLOW_NONE, text, 'schoolStart', lang);
      if (bad) return fail(bad);
      const msg = MESSAGES[lang];
      const counted = m[1] !== undefined;
      const week = !counted && /^(?:uka|uken|veka)\s/.test(m[0]);
      const direction = m[3];
      if (direction === undefined || direction === 'ved') {
        return counted || week ? fail(msg.unknown(quote(text))) : ok({ kind: 'schoolStart', offset: 0 });
      }
      const n = counted ? Number(m[1]) : 1;
      const days = counted && /^d/.test(m[2] ?? '') ? n : n * 7;
      if (days < 1 || days > MAX_SCHOOL_START_OFFSET) return fail(msg.schoolStartOffset);
      return ok({ kind: 'schoolStart', offset: direction === 'før' ? -days : days });
    },
    null,
  ],
  // "hver fredag" / "kvar fredag": weekly, when what follows is a weekday.
  [
    head('hver|kvar'),
    (_m, mods, text, lang) =>
      mods.weekdays.length > 0 ? parseWeekly(mods, text, lang) : fail(MESSAGES[lang].unknown(quote(text))),
    null,
  ],
];

// "en gang" needs a colon or a date after it, so "en gang i uka" is not read as a date.
const ONCE_HEAD =
  /^(?:dato(?=$|[\s:(\d])\s*:?|(?:en gang|engang|ein gong|éin gong|eingong)(?:\s*:|\s+(?=\d)))\s*/u;

/**
 * Reads the Norwegian text form of a rule. Never throws: bad input gives `{ ok: false, error }` with a
 * message in the given language, meant for the person who typed it.
 */
export function parseRecurrence(text: string, language: Language = 'nb'): ParseResult<Recurrence> {
  const msg = MESSAGES[language];
  const t = normalise(String(text ?? ''));
  if (t === '') return fail(msg.empty);

  const once = ONCE_HEAD.exec(t);
  if (once || DATE_TEXT.test(t)) {
    const dateText = t
      .slice(once ? once[0].length : 0)
      .replace(/^[(\s]+|[)\s]+$/g, '')
      .trim();
    if (dateText === '') return fail(msg.date(''));
    const date = parseNorwegianOrIso(dateText);
    return date === null ? fail(msg.date(quote(dateText))) : ok({ kind: 'once', date });
  }

  for (const [re, parse, kind] of HEADS) {
    const m = re.exec(t);
    if (!m) continue;
    const mods = parseModifiers(t.slice(m[0].length), msg);
    if (!mods.ok) return mods;
    const word = mods.value.unknown[0];
    if (word !== undefined) return fail(explainUnknown(word, t, kind, language));
    return parse(m, mods.value, t, language);
  }
  return fail(msg.unknown(quote(t)));
}

function explainUnknown(word: string, text: string, kind: RecurrenceKind | null, lang: Language): string {
  const msg = MESSAGES[lang];
  switch (kind) {
    case null:
      return msg.unknown(quote(text));
    case 'weekly':
    case 'everyNWeeks':
      return msg.weekday(quote(word));
    case 'quarterly':
    case 'yearly':
      return msg.month(quote(word));
    default:
      return msg.misplaced(quote(word), quote(text), EXAMPLES[lang][kind]);
  }
}

/** The canonical text of a rule; `parseRecurrence` reads it back to the same rule. */
export function formatRecurrence(rule: Recurrence, language: Language = 'nb'): string {
  const nn = language === 'nn';
  const weekdayName = (d: number): string => WEEKDAY_NAMES[language][d - 1] ?? '';
  const daySuffix = (day: number): string => (day === 1 ? '' : ` (${day}.)`);
  switch (rule.kind) {
    case 'daily':
      return nn ? 'dagleg' : 'daglig';
    case 'weekly':
      return `${nn ? 'vekentleg' : 'ukentlig'} (${weekdayName(rule.weekday)})`;
    case 'everyNWeeks': {
      const base = nn
        ? `kvar ${rule.weeks}. veke (${weekdayName(rule.weekday)})`
        : `hver ${rule.weeks}. uke (${weekdayName(rule.weekday)})`;
      return rule.anchor ? `${base} ${nn ? 'frå' : 'fra'} ${formatNorwegian(rule.anchor)}` : base;
    }
    case 'monthly':
      return `${nn ? 'månadleg' : 'månedlig'}${daySuffix(rule.day)}`;
    case 'quarterly': {
      const months = sortMonths(rule.months);
      const isDefault = months.join() === sortMonths(DEFAULT_QUARTER_MONTHS).join();
      return `kvartalsvis${isDefault ? '' : `: ${monthList(months)}`}${daySuffix(rule.day)}`;
    }
    case 'yearly':
      return `${nn ? 'årleg' : 'årlig'}: ${monthList(sortMonths(rule.months))}${daySuffix(rule.day)}`;
    case 'once':
      return `dato: ${formatNorwegian(rule.date)}`;
    case 'schoolStart':
      return formatSchoolStart(rule.offset, language);
  }
}

/** `ved skolestart`, `uka før skolestart`, `2 uker etter skolestart`, `3 dager før skolestart`. */
function formatSchoolStart(offset: number, language: Language): string {
  const nn = language === 'nn';
  if (offset === 0) return 'ved skolestart';
  const direction = offset < 0 ? 'før' : 'etter';
  const days = Math.abs(offset);
  if (days === 7) return `${nn ? 'veka' : 'uka'} ${direction} skolestart`;
  if (days % 7 === 0) return `${days / 7} ${nn ? 'veker' : 'uker'} ${direction} skolestart`;
  const unit = days === 1 ? 'dag' : nn ? 'dagar' : 'dager';
  return `${days} ${unit} ${direction} skolestart`;
}

/** One month by its full name ("april"), several by abbreviation ("aug, sep"). */
function monthList(months: readonly number[]): string {
  if (months.length === 1) return MONTH_NAMES[months[0]! - 1] ?? '';
  return months.map((m) => MONTH_ABBREVIATIONS[m - 1]).join(', ');
}
