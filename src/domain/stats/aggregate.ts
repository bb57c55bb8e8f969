/**
 * Municipal totals from the schools' anonymised figures, keeping suppression meaningful.
 *
 * The rule: the municipality only ever holds the published (already suppressed) figures, and a total is
 * computed from them as an interval. An exact school count adds itself; «<5» adds 1–4; «skjult» adds what
 * the school's own published relations allow (for example a hidden month is at most the year's total).
 * A municipal total is therefore exact only when every contribution is exact, and otherwise shown as a
 * range («412–431») or a lower bound («minst 412»). Subtracting the exact schools from it gives back the
 * same 1–4 range the school published, never an exact small count, because the total carries no
 * information the school figures did not already show.
 */
import { CASE_STATUSES, type CaseStatus } from '../cases/lifecycle';
import { CATEGORIES, type Category } from '../intake/questions';
import {
  AGE_BANDS,
  type AgeBand,
  type AnonymisedFigures,
  type DeadlineStep,
  definitionalRelations,
  figureVariables,
} from './anonymised';
import { deriveRanges, HIDDEN, type Shown, SMALL } from './suppression';

/** A count known to lie in [lo, hi]; hi may be Infinity. */
export interface Interval {
  lo: number;
  hi: number;
}

export interface MunicipalStep {
  met: Interval;
  missed: Interval;
  /** Per cent met, as the narrowest range the intervals allow; null when nothing was due. */
  sharePercent: Interval | null;
}

export interface MunicipalFigures {
  schoolYear: number;
  /** Schools whose figures were counted. */
  schools: number;
  reported: Interval;
  byMonth: Interval[];
  byStatus: Record<CaseStatus, Interval>;
  byCategory: Record<Category, Interval>;
  serious: Interval;
  deadlines: Record<DeadlineStep, MunicipalStep>;
  /** The median of the schools' published medians (a school's own median is hidden below five plans). */
  medianOfMedians: number | null;
  open: Interval;
  openByAge: Record<AgeBand, Interval>;
}

const ZERO: Interval = { lo: 0, hi: 0 };
const add = (a: Interval, b: Interval): Interval => ({ lo: a.lo + b.lo, hi: a.hi + b.hi });

/** What a reader can derive for each of one school's figures, from that school's figures alone. */
function schoolRanges(f: AnonymisedFigures): Map<string, Interval> {
  const vars = figureVariables(f);
  const ranges = deriveRanges(vars, definitionalRelations());
  if (ranges) return ranges;
  // Contradictory figures (a hand-edited sheet): fall back to each cell's own domain.
  const own = new Map<string, Interval>();
  for (const [n, s] of vars)
    own.set(n, s === SMALL ? { lo: 1, hi: 4 } : s === HIDDEN ? { lo: 0, hi: Infinity } : { lo: s, hi: s });
  return own;
}

export function aggregateFigures(
  schoolYear: number,
  schools: readonly AnonymisedFigures[],
): MunicipalFigures {
  const counted = schools.filter((f) => f.schoolYear === schoolYear);
  const ranges = counted.map(schoolRanges);
  const total = (name: string): Interval => ranges.reduce((sum, r) => add(sum, r.get(name) ?? ZERO), ZERO);
  const record = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, total(`${prefix}.${k}`)])) as Record<K, Interval>;
  const step = (s: DeadlineStep): MunicipalStep => {
    const met = total(`${s}.met`);
    const missed = total(`${s}.missed`);
    return { met, missed, sharePercent: shareRange(met, missed) };
  };
  const medians = counted
    .map((f) => f.medianDaysToPlan)
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => a - b);
  const mid = Math.floor(medians.length / 2);
  return {
    schoolYear,
    schools: counted.length,
    reported: total('reported'),
    byMonth: Array.from({ length: 12 }, (_, i) => total(`month.${i}`)),
    byStatus: record(CASE_STATUSES, 'status'),
    byCategory: record(CATEGORIES, 'category'),
    serious: total('serious'),
    deadlines: { investigation: step('investigation'), plan: step('plan') },
    medianOfMedians:
      medians.length === 0
        ? null
        : Math.round(medians.length % 2 ? medians[mid]! : (medians[mid - 1]! + medians[mid]!) / 2),
    open: total('open'),
    openByAge: record(
      AGE_BANDS.map((b) => b.key),
      'age',
    ),
  };
}

/** The range of 100·met/(met+missed) over every pair the intervals allow. */
function shareRange(met: Interval, missed: Interval): Interval | null {
  if (met.hi === 0 && missed.hi === 0) return null;
  const pct = (m: number, x: number) => (m + x === 0 ? null : Number.isFinite(m) ? (100 * m) / (m + x) : 100);
  // Lowest: fewest met, most missed; highest: most met, fewest missed.
  const lo = Number.isFinite(missed.hi) ? pct(met.lo, missed.hi) : 0;
  const hi = pct(met.hi, missed.lo);
  return { lo: Math.floor(lo ?? 0), hi: Math.ceil(hi ?? 100) };
}

/** How a municipal count is shown: exact, «<5», «412–431» or «minst 412»; never more exact than its parts. */
export function formatInterval(i: Interval): Shown | string {
  if (i.lo >= 1 && i.hi <= 4) return SMALL;
  if (i.lo === i.hi) return i.lo;
  if (!Number.isFinite(i.hi)) return i.lo === 0 ? HIDDEN : `minst ${i.lo}`;
  return `${i.lo}–${i.hi}`;
}

/** Per cent shown as «87 %» or «85–90 %». */
export function formatShare(i: Interval | null): string {
  if (!i) return '';
  return i.lo === i.hi ? `${i.lo} %` : `${i.lo}–${i.hi} %`;
}
