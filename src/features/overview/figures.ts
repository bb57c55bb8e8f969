import type { CaseRecord } from '../../domain/cases/caseRecord';
import { deadlineAlerts } from '../../domain/cases/deadlines';
import type { Settings } from '../../domain/settings/settings';
import { type FigureCase, schoolYearOf } from '../../domain/stats/anonymised';
import { figureCase } from '../../domain/stats/figureCase';
import type { LocalDate } from '../../domain/time/localDate';
import type { DocState } from '../../gas/docState';
import { REDIRECTED } from '../intake/intake';

/** Every case of the register as the figures see it (dates, status, categories; no name, class or text). */
export function figureCases(records: readonly CaseRecord[]): FigureCase[] {
  return records.map(figureCase);
}

/** The school year `today` is in, as its first year (2026 = 1 August 2026 – 31 July 2027). */
export function currentSchoolYear(today: string): number {
  return schoolYearOf(today);
}

/** Reports about the leadership sent on to skoleeier in a school year: the count intake keeps, nothing else. */
export function redirectedCount(state: DocState, schoolYear: number): number {
  const counts = state.getJson<Record<string, number>>(REDIRECTED, {});
  const n = counts[`${schoolYear}/${schoolYear + 1}`];
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}

/**
 * Open cases with a deadline passed, as the daily job's deadline task finds them (setUp has no such task
 * before it, so it asks here: «Oversikt» right after setUp must not say «0» when cases are late).
 */
export function overdueCases(
  records: readonly CaseRecord[],
  today: LocalDate,
  settings: Settings,
): Set<string> {
  const late = new Set<string>();
  for (const c of records) {
    if (c.status === 'Avsluttet') continue;
    const alerts = deadlineAlerts(
      {
        status: c.status,
        investigationDue: c.fristUndersokelse,
        planDue: c.fristAktivitetsplan,
        nextEvaluation: c.nesteEvaluering,
      },
      today,
      settings.calendar,
      settings.deadlines,
    );
    const skoleeierLate = c.fristSkoleeier !== null && !c.skoleeierVarslet && c.fristSkoleeier < today;
    if (skoleeierLate || alerts.some((a) => a.state === 'overdue')) late.add(c.saksnr);
  }
  return late;
}
