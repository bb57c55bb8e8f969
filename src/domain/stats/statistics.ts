import type { CaseStatus } from '../cases/lifecycle';
import { CASE_STATUSES } from '../cases/lifecycle';
import type { LocalDate } from '../time/localDate';
import { daysBetween } from '../time/localDate';

/** What the Oversikt sheet shows: counts only, never names. */
export interface CaseSummary {
  saksnr: string;
  status: CaseStatus;
  categories: string[];
  serious: boolean;
  reportedOn: LocalDate | null;
  planOn: LocalDate | null;
  closedOn: LocalDate | null;
  overdue: boolean;
}

export interface Statistics {
  total: number;
  open: number;
  byStatus: Record<CaseStatus, number>;
  overdue: string[];
  serious: number;
  byCategory: [string, number][];
  /** Median school-year days from report to plan, over cases that have a plan. */
  medianDaysToPlan: number | null;
  closedThisYear: number;
  reportedThisYear: number;
}

export function statistics(cases: readonly CaseSummary[], schoolYearStart: LocalDate): Statistics {
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>;
  const categories = new Map<string, number>();
  const toPlan: number[] = [];
  let reportedThisYear = 0;
  let closedThisYear = 0;
  for (const c of cases) {
    byStatus[c.status]++;
    const thisYear = c.reportedOn !== null && c.reportedOn >= schoolYearStart;
    if (thisYear) {
      reportedThisYear++;
      for (const cat of c.categories) categories.set(cat, (categories.get(cat) ?? 0) + 1);
    }
    if (c.closedOn && c.closedOn >= schoolYearStart) closedThisYear++;
    if (c.reportedOn && c.planOn) toPlan.push(daysBetween(c.reportedOn, c.planOn));
  }
  toPlan.sort((a, b) => a - b);
  const mid = Math.floor(toPlan.length / 2);
  const median =
    toPlan.length === 0 ? null : toPlan.length % 2 ? toPlan[mid]! : (toPlan[mid - 1]! + toPlan[mid]!) / 2;
  return {
    total: cases.length,
    open: cases.length - byStatus.Avsluttet,
    byStatus,
    overdue: cases.filter((c) => c.overdue && c.status !== 'Avsluttet').map((c) => c.saksnr),
    serious: cases.filter((c) => c.serious && c.status !== 'Avsluttet').length,
    byCategory: [...categories.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    medianDaysToPlan: median,
    closedThisYear,
    reportedThisYear,
  };
}
