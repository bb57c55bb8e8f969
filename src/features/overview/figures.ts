import type { CaseRecord } from '../../domain/cases/caseRecord';
import { type FigureCase, schoolYearOf } from '../../domain/stats/anonymised';
import { figureCase } from '../../domain/stats/figureCase';
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
