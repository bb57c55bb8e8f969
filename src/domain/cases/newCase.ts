import type { Report } from '../intake/report';
import type { LocalDate } from '../time/localDate';
import type { SchoolCalendar } from '../time/schoolCalendar';
import { nextCaseNumber } from './caseNumber';
import { computeDeadlines, type DeadlineSettings } from './deadlines';

/** A case as it enters the register: the report plus what the law requires the school to track. */
export interface NewCase {
  saksnr: string;
  report: Report;
  reportedAt: Date;
  rektorKnownOn: LocalDate;
  investigationDue: LocalDate;
  planDue: LocalDate;
  statsforvalterFrom: LocalDate;
  skoleeierNotifyBy: LocalDate | null;
  /** From these days a deadline shows amber ("soon"); see soonFrom. */
  investigationSoonFrom: LocalDate;
  planSoonFrom: LocalDate;
}

/**
 * The first day a deadline counts as "soon": `soonSchoolDays` school days before it. Conditional
 * formatting compares TODAY() with this date, since a sheet formula cannot count school days.
 */
export function soonFrom(due: LocalDate, calendar: SchoolCalendar, settings: DeadlineSettings): LocalDate {
  return settings.soonSchoolDays === 0 ? due : calendar.addSchoolDays(due, -settings.soonSchoolDays);
}

export function openCase(input: {
  report: Report;
  reportedAt: Date;
  reportedOn: LocalDate;
  existingNumbers: readonly unknown[];
  lastIssued: string | null;
  calendar: SchoolCalendar;
  settings: DeadlineSettings;
}): NewCase {
  const { report, calendar, settings } = input;
  const year = Number(input.reportedOn.slice(0, 4));
  // The last number issued is kept outside the sheet too, so deleting the newest row never frees its number.
  const saksnr = nextCaseNumber([...input.existingNumbers, input.lastIssued], year);
  const d = computeDeadlines({
    rektorKnownOn: input.reportedOn,
    serious: report.employeeInvolved,
    calendar,
    settings,
  });
  return {
    saksnr,
    report,
    reportedAt: input.reportedAt,
    rektorKnownOn: input.reportedOn,
    investigationDue: d.investigation,
    planDue: d.plan,
    statsforvalterFrom: d.statsforvalterFrom,
    skoleeierNotifyBy: d.skoleeierNotifyBy,
    investigationSoonFrom: soonFrom(d.investigation, calendar, settings),
    planSoonFrom: soonFrom(d.plan, calendar, settings),
  };
}
