/**
 * Statutory deadlines of a case (see the deadlines table in domain.md), counted in school days.
 * Every number is a school setting; the defaults follow the table.
 */
import * as z from 'zod/mini';
import { addDays, type LocalDate } from '../time/localDate';
import type { SchoolCalendar } from '../time/schoolCalendar';
import type { CaseStatus } from './lifecycle';

const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

export const DeadlineSettingsSchema = z.object({
  /** Investigation started, school days after rektor knew (§12-4 "snarast"). */
  investigationSchoolDays: z._default(count(60), 2),
  /** The same for §12-5 (an employee violating a student): 0 = the same day ("straks"). */
  investigationSchoolDaysSerious: z._default(count(60), 0),
  /** Aktivitetsplan in place, school days after rektor knew. */
  planSchoolDays: z._default(count(60), 5),
  /** Default first evaluation, weeks after the plan. */
  firstEvaluationWeeks: z._default(z.int().check(z.minimum(1), z.maximum(52)), 4),
  /** §12-6: the family may go to Statsforvalteren this many calendar days after rektor knew. */
  statsforvalterCalendarDays: z._default(count(365), 7),
  /** A deadline is "soon" when due today or within this many school days. */
  soonSchoolDays: z._default(count(60), 2),
  /** Worrying absence: a meeting with the student and the parents, school days after the route started (a week). */
  absenceMeetingSchoolDays: z._default(count(60), 5),
  /** Worrying absence: the written samarbeidsavtale, school days after the route started. */
  absenceAgreementSchoolDays: z._default(count(60), 10),
});

export type DeadlineSettings = z.infer<typeof DeadlineSettingsSchema>;

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = Object.freeze(DeadlineSettingsSchema.parse({}));

export interface CaseDeadlines {
  readonly investigation: LocalDate;
  readonly plan: LocalDate;
  readonly statsforvalterFrom: LocalDate;
  /** §12-5 only: rektor tells skoleeier; null for other cases. */
  readonly skoleeierNotifyBy: LocalDate | null;
}

export interface DeadlineInput {
  /** The day rektor knew of the case (the report's day). */
  readonly rektorKnownOn: LocalDate;
  /** §12-5: an employee is reported to have violated a student. */
  readonly serious: boolean;
  readonly calendar: SchoolCalendar;
  readonly settings?: DeadlineSettings;
}

/**
 * School-day deadlines use `calendar.addSchoolDays`, where the report's own day never counts.
 * A "same day" deadline (0 school days) for a report made on a Saturday, a public holiday or in a
 * school holiday falls on the next school day: nobody is at school to act before then, and a
 * deadline that is overdue the moment it is created only teaches people to ignore the colour.
 * The Statsforvalteren date is in calendar days, as the law counts it, and is never moved.
 */
export function computeDeadlines(input: DeadlineInput): CaseDeadlines {
  const { rektorKnownOn, serious, calendar } = input;
  const settings = input.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const investigationDays = serious
    ? settings.investigationSchoolDaysSerious
    : settings.investigationSchoolDays;
  return {
    investigation: calendar.addSchoolDays(rektorKnownOn, investigationDays),
    plan: calendar.addSchoolDays(rektorKnownOn, settings.planSchoolDays),
    statsforvalterFrom: addDays(rektorKnownOn, settings.statsforvalterCalendarDays),
    skoleeierNotifyBy: serious ? calendar.addSchoolDays(rektorKnownOn, 0) : null,
  };
}

/** The plan's first evaluation when the plan sets none: some weeks later, on a school day. */
export function defaultNextEvaluation(
  planDate: LocalDate,
  settings: DeadlineSettings,
  calendar: SchoolCalendar,
): LocalDate {
  return calendar.addSchoolDays(addDays(planDate, settings.firstEvaluationWeeks * 7), 0);
}

export type DeadlineStep = 'undersøkelse' | 'aktivitetsplan' | 'evaluering';

/**
 * The steps a case's deadlines belong to, and the statuses in which each is still ahead of the case.
 * The digest's alerts, the re-derivation of dates and the register's colours all read this one table.
 */
export const STEPS: Readonly<Record<DeadlineStep, { readonly pendingIn: readonly CaseStatus[] }>> = {
  undersøkelse: { pendingIn: ['Meldt'] },
  aktivitetsplan: { pendingIn: ['Meldt', 'Undersøkes'] },
  evaluering: { pendingIn: ['Aktivitetsplan', 'Evalueres'] },
};

export const STEP_ORDER: readonly DeadlineStep[] = ['undersøkelse', 'aktivitetsplan', 'evaluering'];

/**
 * The first day a deadline counts as "soon": `soonSchoolDays` school days before it. Conditional
 * formatting compares TODAY() with this date, since a sheet formula cannot count school days.
 */
export function soonFrom(due: LocalDate, calendar: SchoolCalendar, settings: DeadlineSettings): LocalDate {
  return settings.soonSchoolDays === 0 ? due : calendar.addSchoolDays(due, -settings.soonSchoolDays);
}

export interface DeadlineAlert {
  readonly step: DeadlineStep;
  readonly due: LocalDate;
  readonly state: 'overdue' | 'soon';
}

export interface CaseDeadlineRow {
  readonly status: CaseStatus;
  readonly investigationDue: LocalDate | null | undefined;
  readonly planDue: LocalDate | null | undefined;
  readonly nextEvaluation: LocalDate | null | undefined;
}

/**
 * Alerts for the daily digest and the register's colours, in the order of the steps.
 * 'overdue': due before today. 'soon': due today or at most `soonSchoolDays` school days after
 * today (so with the default 2, on a Monday: due Monday, Tuesday or Wednesday).
 * Missing dates give no alert.
 */
export function deadlineAlerts(
  caseRow: CaseDeadlineRow,
  today: LocalDate,
  calendar: SchoolCalendar,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): DeadlineAlert[] {
  const dues: Record<DeadlineStep, LocalDate | null | undefined> = {
    undersøkelse: caseRow.investigationDue,
    aktivitetsplan: caseRow.planDue,
    evaluering: caseRow.nextEvaluation,
  };
  let soonUntil: LocalDate | null = null; // computed only when a case has a pending date
  const alerts: DeadlineAlert[] = [];
  for (const step of STEP_ORDER) {
    const due = dues[step];
    if (!due || !STEPS[step].pendingIn.includes(caseRow.status)) continue;
    if (due < today) {
      alerts.push({ step, due, state: 'overdue' });
      continue;
    }
    if (soonUntil === null) soonUntil = calendar.addSchoolDays(today, settings.soonSchoolDays);
    if (due <= soonUntil) alerts.push({ step, due, state: 'soon' });
  }
  return alerts;
}

/**
 * § 12-6: the deadline Statsforvalteren sets, in its letter, for the school's documentation. It is not
 * one of the STEPS: those are pending by the case's status, while this one is pending until
 * «Dokumentasjon sendt Statsforvalteren» has a date, whatever the status (a family may complain after
 * the case is closed). The digest, the register's colours and the sidebar read it from here.
 */
export interface DocumentationDue {
  readonly due: LocalDate | null;
  readonly sent: LocalDate | null;
}

export function documentationPending(d: DocumentationDue): boolean {
  return d.due !== null && d.sent === null;
}

/** The documentation deadline's alert, with the same 'overdue' and 'soon' as `deadlineAlerts`; null when none. */
export function documentationAlert(
  d: DocumentationDue,
  today: LocalDate,
  calendar: SchoolCalendar,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): { readonly due: LocalDate; readonly state: 'overdue' | 'soon' } | null {
  if (!documentationPending(d)) return null;
  const due = d.due!;
  if (due < today) return { due, state: 'overdue' };
  if (due <= calendar.addSchoolDays(today, settings.soonSchoolDays)) return { due, state: 'soon' };
  return null;
}
