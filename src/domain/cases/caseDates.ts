/**
 * Every date the product derives for a case, said once: the deadlines of the steps still ahead, the
 * Statsforvalteren date, the first evaluation when a plan sets none, and the "soon from" dates the
 * register's colours compare with TODAY() (a sheet formula cannot count school days).
 *
 * A step's deadline follows «Rektor kjent» and the settings only while the step is pending (see STEPS):
 * once the case has moved past it, the deadline it had is history and is kept.
 */

import type { LocalDate } from '../time/localDate';
import type { SchoolCalendar } from '../time/schoolCalendar';
import {
  computeDeadlines,
  type DeadlineSettings,
  type DeadlineStep,
  type DocumentationDue,
  defaultNextEvaluation,
  documentationPending,
  STEPS,
  soonFrom,
} from './deadlines';
import type { CaseStatus } from './lifecycle';

/** What the derived dates depend on. */
export interface DateInputs {
  readonly status: CaseStatus;
  readonly rektorKjent: LocalDate | null;
  /** § 12-5: someone who works at the school (an employee or a leader) is said to have offended the student. */
  readonly serious: boolean;
  readonly planIverksatt: LocalDate | null;
  /** The dates as they stand: a step no longer pending keeps its own. */
  readonly due: Readonly<Record<DeadlineStep, LocalDate | null>>;
  readonly statsforvalterFra: LocalDate | null;
  /** Skoleeier must still be told (caseRecord.skoleeierMustKnow and not yet done). */
  readonly skoleeier: boolean;
  readonly fristSkoleeier: LocalDate | null;
  /** § 12-6: Statsforvalteren's deadline for the school's documentation, and the day it was sent. */
  readonly statsforvalter: DocumentationDue;
}

export interface DerivedDates {
  readonly due: Readonly<Record<DeadlineStep, LocalDate | null>>;
  readonly soon: Readonly<Record<DeadlineStep, LocalDate | null>>;
  readonly statsforvalterFra: LocalDate | null;
  /** The day the rektor tells skoleeier: the same day (the next school day), while it is still to do. */
  readonly fristSkoleeier: LocalDate | null;
  /** The first day the documentation to Statsforvalteren is "soon", while it is still to be sent. */
  readonly soonStatsforvalter: LocalDate | null;
}

export function deriveDates(
  c: DateInputs,
  settings: DeadlineSettings,
  calendar: SchoolCalendar,
): DerivedDates {
  // Pending until sent whatever the status: a family may go to Statsforvalteren after a case is closed.
  const soonStatsforvalter = documentationPending(c.statsforvalter)
    ? soonFrom(c.statsforvalter.due!, calendar, settings)
    : null;
  if (c.status === 'Avsluttet') {
    return {
      due: c.due,
      soon: soonOf(c.due, settings, calendar),
      statsforvalterFra: c.statsforvalterFra,
      fristSkoleeier: c.fristSkoleeier,
      soonStatsforvalter,
    };
  }
  const fromKnown = c.rektorKjent
    ? computeDeadlines({ rektorKnownOn: c.rektorKjent, serious: c.serious, calendar, settings })
    : null;
  const pending = (step: DeadlineStep) => STEPS[step].pendingIn.includes(c.status);
  const due: Record<DeadlineStep, LocalDate | null> = {
    undersøkelse: fromKnown && pending('undersøkelse') ? fromKnown.investigation : c.due.undersøkelse,
    aktivitetsplan: fromKnown && pending('aktivitetsplan') ? fromKnown.plan : c.due.aktivitetsplan,
    evaluering:
      c.due.evaluering ??
      (pending('evaluering') && c.planIverksatt
        ? defaultNextEvaluation(c.planIverksatt, settings, calendar)
        : null),
  };
  return {
    due,
    soon: soonOf(due, settings, calendar),
    statsforvalterFra: fromKnown ? fromKnown.statsforvalterFrom : c.statsforvalterFra,
    fristSkoleeier:
      c.skoleeier && c.rektorKjent ? calendar.addSchoolDays(c.rektorKjent, 0) : c.fristSkoleeier,
    soonStatsforvalter,
  };
}

function soonOf(
  due: Readonly<Record<DeadlineStep, LocalDate | null>>,
  settings: DeadlineSettings,
  calendar: SchoolCalendar,
): Record<DeadlineStep, LocalDate | null> {
  const soon = (d: LocalDate | null) => (d ? soonFrom(d, calendar, settings) : null);
  return {
    undersøkelse: soon(due.undersøkelse),
    aktivitetsplan: soon(due.aktivitetsplan),
    evaluering: soon(due.evaluering),
  };
}
