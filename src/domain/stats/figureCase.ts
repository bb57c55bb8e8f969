/**
 * A register record as the figures see it (anonymised.ts `FigureCase`): dates, status, categories and
 * the § 12-5 flag. Nothing else of the case is copied, so no name, class or free text can reach a
 * figure, a chart or a report.
 */
import { type CaseRecord, isSerious } from '../cases/caseRecord';
import { splitCategories } from '../intake/report';
import { type LocalDate, localDateOf } from '../time/localDate';
import type { FigureCase, StepDates } from './anonymised';

/**
 * A step with no date done in a closed case: closed by its deadline, the step was not needed (a case
 * closed after the investigation found the student safe has no plan); closed later, the deadline passed
 * while the case was open, so it counts as missed, except for the plan, which a closed case never needed.
 */
function step(
  due: LocalDate | null,
  done: LocalDate | null,
  closed: LocalDate | null,
  optional: boolean,
): StepDates {
  if (done || !due || !closed) return { due, done };
  if (closed <= due || optional) return { due: null, done: null };
  return { due, done };
}

export function figureCase(c: CaseRecord): FigureCase {
  const closed = c.status === 'Avsluttet' ? c.avsluttet : null;
  return {
    // The day the rektor knew drives the deadlines; a case registered without it counts from its report.
    reported: c.rektorKjent ?? (c.meldt ? localDateOf(c.meldt) : ''),
    categories: splitCategories(c.kategori).categories,
    status: c.status,
    serious: isSerious(c),
    investigation: step(c.fristUndersokelse, c.undersokelseStartet, closed, false),
    plan: step(c.fristAktivitetsplan, c.planIverksatt, closed, true),
    // A reopened case is open, whatever date it was once closed on.
    closed,
  };
}
