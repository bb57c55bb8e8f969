/**
 * A school's anonymised figures for one school year: counts with small numbers suppressed, no name,
 * class, free text or date finer than a month. What leaves the school for the municipality (skoleeier).
 * Pure: bundled into Apps Script (the school's daily job) and used by the municipality's command line.
 */
import { CASE_STATUSES, type CaseStatus } from '../cases/lifecycle';
import { CATEGORIES, type Category } from '../intake/questions';
import { addDays, daysBetween, type LocalDate, localDate, parseLocalDate } from '../time/localDate';
import { HIDDEN, type Relation, type Shown, suppress } from './suppression';

export { aggregateFigures } from './aggregate';
export {
  FIGURES_LAYOUT_VERSION,
  FIGURES_RANGE,
  FIGURES_SHEET,
  figuresToRows,
  rowsFromSheet,
} from './figuresLayout';
export { HIDDEN, type Shown, SMALL } from './suppression';

/** A deadline step: when it was due and when it was done (`YYYY-MM-DD`, or null). */
export interface StepDates {
  due: string | null;
  done: string | null;
}

/**
 * One case, with only what the figures need. It has no field for a name, a class or free text, so the
 * figures cannot leak them; dates are read only to place a case in a month and to count days.
 */
export interface FigureCase {
  /** The day the report was made (`YYYY-MM-DD`). Cases without a valid date are not counted. */
  reported: string;
  categories: readonly Category[];
  status: CaseStatus;
  /** § 12-5: an employee is said to have violated a student. */
  serious: boolean;
  investigation: StepDates;
  plan: StepDates;
  closed: string | null;
}

export const DEADLINE_STEPS = ['investigation', 'plan'] as const;
export type DeadlineStep = (typeof DEADLINE_STEPS)[number];

/** Age of an open case in calendar days since the report: [from, to] inclusive, `to` null for «and older». */
export const AGE_BANDS = [
  { key: '0_7', from: 0, to: 7 },
  { key: '8_30', from: 8, to: 30 },
  { key: '31_90', from: 31, to: 90 },
  { key: '91_180', from: 91, to: 180 },
  { key: 'over_180', from: 181, to: null },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['key'];

export interface StepFigures {
  /** Done on or before the deadline. */
  met: Shown;
  /** Done after the deadline, or not done and the deadline has passed. */
  missed: Shown;
  /** Whole per cent met of met + missed; null when nothing is due yet; hidden when a count is. */
  sharePercent: number | typeof HIDDEN | null;
}

export interface AnonymisedFigures {
  /** The year the school year starts: 2025 means 1 August 2025 – 31 July 2026. */
  schoolYear: number;
  /** `YYYY-MM`: the month the figures describe (today, or the school year's last month once it is over). */
  asOfMonth: string;
  /** Cases reported in the school year. */
  reported: Shown;
  /** Reported per month, August first. */
  byMonth: Shown[];
  /** Cases reported in the school year, by their status now. */
  byStatus: Record<CaseStatus, Shown>;
  /** A case can have several categories, so these do not add up to `reported`. */
  byCategory: Record<Category, Shown>;
  /** § 12-5 cases reported in the school year: a count, nothing more. */
  serious: Shown;
  deadlines: Record<DeadlineStep, StepFigures>;
  /** Median calendar days from report to plan in place; hidden below five plans (one plan is one case). */
  medianDaysToPlan: number | typeof HIDDEN | null;
  /** Cases open at the as-of date, whenever reported. */
  open: Shown;
  openByAge: Record<AgeBand, Shown>;
}

/** The school year a date belongs to (1 August – 31 July), as its starting year. */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
}

/** Months of a school year, August first, as `YYYY-MM`. */
export function schoolYearMonths(schoolYear: number): string[] {
  return Array.from({ length: 12 }, (_, i) => localDate(schoolYear, 8 + i, 1).slice(0, 7));
}

const OPEN: readonly CaseStatus[] = CASE_STATUSES.filter((s) => s !== 'Avsluttet');

/**
 * The same figures with every count exact: the leadership's own dashboard («Oversikt»). Never leaves
 * the school; what leaves is `anonymisedFigures`.
 */
export interface ExactFigures {
  schoolYear: number;
  asOfMonth: string;
  reported: number;
  byMonth: number[];
  byStatus: Record<CaseStatus, number>;
  byCategory: Record<Category, number>;
  serious: number;
  deadlines: Record<DeadlineStep, { met: number; missed: number; sharePercent: number | null }>;
  /** Median calendar days from report to plan, over this school year's cases with a plan. */
  medianDaysToPlan: number | null;
  open: number;
  openByAge: Record<AgeBand, number>;
}

interface Counted {
  values: Map<string, number>;
  toPlan: number[];
  asOf: LocalDate;
  start: LocalDate;
  months: string[];
}

/** Every figure counted exactly, as the audit's variables (FIGURE_NAMES). */
function countFigures(cases: readonly FigureCase[], schoolYear: number, today: string): Counted {
  const now = parseLocalDate(today);
  if (!now) throw new Error(`today must be YYYY-MM-DD, not ${today}`);
  const start = localDate(schoolYear, 8, 1);
  const end = localDate(schoolYear + 1, 7, 31);
  const asOf = now < end ? now : end;
  const months = schoolYearMonths(schoolYear);
  const valid = cases.filter((c) => parseLocalDate(c.reported) !== null && c.reported <= asOf);
  const inYear = valid.filter((c) => c.reported >= start);

  const v = new Map<string, number>();
  const add = (name: string, n = 1) => v.set(name, (v.get(name) ?? 0) + n);
  const names = FIGURE_NAMES;
  for (const n of [
    'reported',
    'serious',
    'open',
    ...names.month,
    ...names.status,
    ...names.category,
    ...names.age,
    ...DEADLINE_STEPS.flatMap((s) => [`${s}.met`, `${s}.missed`]),
  ])
    v.set(n, 0);

  const toPlan: number[] = [];
  for (const c of inYear) {
    add('reported');
    add(`month.${months.indexOf(c.reported.slice(0, 7))}`);
    add(`status.${c.status}`);
    for (const cat of new Set(c.categories)) add(`category.${cat}`);
    if (c.serious) add('serious');
    for (const step of DEADLINE_STEPS) {
      const { due, done } = c[step];
      if (!due) continue;
      if (done) add(done <= due ? `${step}.met` : `${step}.missed`);
      else if (due < asOf) add(`${step}.missed`);
    }
    if (c.plan.done && c.plan.done <= asOf)
      toPlan.push(Math.max(0, daysBetween(c.reported as LocalDate, c.plan.done as LocalDate)));
  }
  for (const c of valid) {
    const closed = (c.closed !== null && c.closed <= asOf) || (c.status === 'Avsluttet' && !c.closed);
    if (closed) continue;
    add('open');
    const age = daysBetween(c.reported as LocalDate, asOf);
    const band = AGE_BANDS.find((b) => age >= b.from && (b.to === null || age <= b.to))!;
    add(`age.${band.key}`);
  }
  return { values: v, toPlan, asOf, start, months };
}

/** The figures' shape from one value per audit variable. */
function shape<V>(schoolYear: number, asOf: LocalDate, get: (name: string) => V) {
  const record = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, get(`${prefix}.${k}`)])) as Record<K, V>;
  return {
    schoolYear,
    asOfMonth: asOf.slice(0, 7),
    reported: get('reported'),
    byMonth: FIGURE_NAMES.month.map(get),
    byStatus: record(CASE_STATUSES, 'status'),
    byCategory: record(CATEGORIES, 'category'),
    serious: get('serious'),
    open: get('open'),
    openByAge: record(
      AGE_BANDS.map((b) => b.key),
      'age',
    ),
  };
}

export function exactFigures(cases: readonly FigureCase[], schoolYear: number, today: string): ExactFigures {
  const { values, toPlan, asOf } = countFigures(cases, schoolYear, today);
  const get = (n: string): number => values.get(n) ?? 0;
  const step = (s: DeadlineStep) => {
    const met = get(`${s}.met`);
    const missed = get(`${s}.missed`);
    return {
      met,
      missed,
      sharePercent: met + missed === 0 ? null : Math.round((100 * met) / (met + missed)),
    };
  };
  return {
    ...shape(schoolYear, asOf, get),
    deadlines: { investigation: step('investigation'), plan: step('plan') },
    medianDaysToPlan: toPlan.length === 0 ? null : median(toPlan),
  };
}

export function anonymisedFigures(
  cases: readonly FigureCase[],
  schoolYear: number,
  today: string,
): AnonymisedFigures {
  const { values, toPlan, asOf, start, months } = countFigures(cases, schoolYear, today);
  const relations = figureRelations(months, asOf, start);
  // No preference for hiding totals: the year's total per school is the figure the municipality needs
  // most, so the audit hides the smallest cell that protects, which is usually a complement.
  const shown = suppress(values, relations);
  const get = (n: string): Shown => shown.get(n)!;
  return {
    ...shape(schoolYear, asOf, get),
    deadlines: {
      investigation: stepFigures(get('investigation.met'), get('investigation.missed')),
      plan: stepFigures(get('plan.met'), get('plan.missed')),
    },
    medianDaysToPlan: toPlan.length === 0 ? null : toPlan.length < 5 ? HIDDEN : median(toPlan),
  };
}

/** The audit's variable names for each figure. */
export const FIGURE_NAMES = {
  month: Array.from({ length: 12 }, (_, i) => `month.${i}`),
  status: CASE_STATUSES.map((s) => `status.${s}`),
  category: CATEGORIES.map((c) => `category.${c}`),
  age: AGE_BANDS.map((b) => `age.${b.key}`),
};

/**
 * Relations that hold by definition, whatever the data: months and statuses both add up to the year's
 * cases; no category, § 12-5 count or deadline count exceeds them; age bands add up to the open cases.
 */
export function definitionalRelations(): Relation[] {
  const n = FIGURE_NAMES;
  return [
    { plus: n.month, minus: ['reported'], kind: 'eq' },
    { plus: n.status, minus: ['reported'], kind: 'eq' },
    { plus: ['serious'], minus: ['reported'], kind: 'le' },
    ...n.category.map((c): Relation => ({ plus: [c], minus: ['reported'], kind: 'le' })),
    ...DEADLINE_STEPS.map(
      (s): Relation => ({ plus: [`${s}.met`, `${s}.missed`], minus: ['reported'], kind: 'le' }),
    ),
    { plus: n.age, minus: ['open'], kind: 'eq' },
  ];
}

/**
 * What else a reader may know, true for most schools (the audit keeps a relation only when it holds):
 * every case has a category; this year's open cases are among the open ones; and the youngest open
 * cases were reported in the last months.
 */
export function figureRelations(months: readonly string[], asOf: LocalDate, start: LocalDate): Relation[] {
  const n = FIGURE_NAMES;
  const rel: Relation[] = [
    ...definitionalRelations(),
    { plus: ['reported'], minus: n.category, kind: 'le' },
    { plus: OPEN.map((s) => `status.${s}`), minus: ['open'], kind: 'le' },
  ];
  // Open cases at most `to` days old were reported in the months that overlap [asOf − to, asOf].
  AGE_BANDS.forEach((band, i) => {
    if (band.to === null) return;
    const from = addDays(asOf, -band.to);
    if (from < start) return;
    const overlapping = months.filter((m) => m >= from.slice(0, 7) && m <= asOf.slice(0, 7));
    rel.push({
      plus: n.age.slice(0, i + 1),
      minus: overlapping.map((m) => n.month[months.indexOf(m)]!),
      kind: 'le',
    });
  });
  return rel;
}

/** The figures as audit variables (for aggregation: what a reader can derive from published figures). */
export function figureVariables(f: AnonymisedFigures): Map<string, Shown> {
  const v = new Map<string, Shown>([
    ['reported', f.reported],
    ['serious', f.serious],
    ['open', f.open],
  ]);
  f.byMonth.forEach((x, i) => {
    v.set(`month.${i}`, x);
  });
  for (const s of CASE_STATUSES) v.set(`status.${s}`, f.byStatus[s]);
  for (const c of CATEGORIES) v.set(`category.${c}`, f.byCategory[c]);
  for (const b of AGE_BANDS) v.set(`age.${b.key}`, f.openByAge[b.key]);
  for (const s of DEADLINE_STEPS) {
    v.set(`${s}.met`, f.deadlines[s].met);
    v.set(`${s}.missed`, f.deadlines[s].missed);
  }
  return v;
}

function stepFigures(met: Shown, missed: Shown): StepFigures {
  if (typeof met !== 'number' || typeof missed !== 'number') return { met, missed, sharePercent: HIDDEN };
  const assessed = met + missed;
  return { met, missed, sharePercent: assessed === 0 ? null : Math.round((100 * met) / assessed) };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return Math.round(s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2);
}
