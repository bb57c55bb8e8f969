/**
 * Worrying absence and school refusal (skolevegring): the school's own routine, run beside chapter 12.
 *
 * The routine is the source plan's (shared/sources/000_3dc3383863b7cae4.txt, «Tiltaksplan for psykisk
 * helse», selektert and indikert level):
 *  - teachers report absence regularly; the assistant head keeps a continuous overview, absence is
 *    registered per lesson (l.1760-1779, 1856-1858);
 *  - the school calls home when the absence is worrying (l.1764-1770);
 *  - the helsesykepleier has at least two conversations with the student (l.1784-1787);
 *  - a plan for following up the student, after the school-refusal guide, and a written
 *    «samarbeidskontrakt» with the student; meetings are minuted (l.1946-1949, 1978-1984);
 *  - PPT is contacted, and PPT's school-refusal team supports through the PPT adviser; the school asks
 *    for guidance (l.1715-1723, 1733-1734, 2008-2020); for other worrying absence a referral to the
 *    Fagsenter, BUP or barnevernet is recommended (l.1840-1844);
 *  - the absence is followed up and kept in view (l.2044-2046).
 *
 * What Skolemiljø adds, and says so where a person reads it (ADDED below): the weekday pattern of the
 * overview, a meeting with the student and the parents within a week (domain.md), a deadline for the
 * written agreement, follow-up dates, and the question the law asks first: is the student's school
 * environment safe and good (opplæringslova § 12-4)? The source's «vedtak om hjemmeundervisning»
 * (l.2056-2065) is left out: that is not the school's to decide alone.
 */
import { addDays, type LocalDate } from '../time/localDate';
import type { SchoolCalendar } from '../time/schoolCalendar';
import { type DeadlineSettings, soonFrom } from './deadlines';
import type { CaseStatus, SubDuty } from './lifecycle';

/** The meldeskjema's category (canonical, bokmål) that starts the route by itself. */
export const ABSENCE_CATEGORY = 'Fravær eller skolevegring';

/** «Fraværsrutine» in «Saker»: not an absence case, the route runs, or it has ended. */
export const ABSENCE_ROUTE_STATES = ['', 'Pågår', 'Avsluttet'] as const;
export type AbsenceRouteState = (typeof ABSENCE_ROUTE_STATES)[number];

/** «Undersøkelsen viste»: what the investigation of the school environment (§ 12-4) found. */
export const INVESTIGATION_FINDINGS = ['', 'Trygt og godt', 'Ikke trygt og godt'] as const;
export type InvestigationFinding = (typeof INVESTIGATION_FINDINGS)[number];

/** A category cell mentions worrying absence or school refusal (bokmål or nynorsk, as typed). */
export function isAbsenceCategory(kategori: string): boolean {
  return /fr[aå]v[æe]r|skolevegring/i.test(kategori);
}

/**
 * The steps of the routine a person registers («Fraværsrutinen: registrer steg …»), in the routine's
 * order, each with the sub-duty it documents and where it comes from: the source's line numbers, or
 * `added` when it is Skolemiljø's own.
 */
export const ABSENCE_STEPS = [
  { key: 'oversikt', subDuty: 'følge med', source: '000:1760-1779', added: 'ukedag' },
  { key: 'kontakt-hjem', subDuty: 'undersøke', source: '000:1764-1770', added: '' },
  { key: 'helsesykepleier', subDuty: 'undersøke', source: '000:1784-1787', added: '' },
  { key: 'skolemiljo', subDuty: 'undersøke', source: '', added: '§ 12-4' },
  { key: 'familiemote', subDuty: 'tiltak', source: '000:1915-1921, 1978', added: 'innen en uke' },
  { key: 'ppt', subDuty: 'tiltak', source: '000:1715-1723, 2008-2020', added: '' },
  { key: 'oppfolging', subDuty: 'evaluering', source: '000:2044-2046', added: 'datoer' },
  { key: 'avslutt', subDuty: 'evaluering', source: '', added: 'avslutning' },
] as const satisfies readonly { key: string; subDuty: SubDuty; source: string; added: string }[];

export type AbsenceStepKey = (typeof ABSENCE_STEPS)[number]['key'];
export const ABSENCE_STEP_KEYS: readonly AbsenceStepKey[] = ABSENCE_STEPS.map((s) => s.key);

export function absenceStep(key: AbsenceStepKey): (typeof ABSENCE_STEPS)[number] {
  return ABSENCE_STEPS.find((s) => s.key === key)!;
}

/** The source asks for at least two conversations with the helsesykepleier (l.1784-1787). */
export const NURSE_CONVERSATIONS = 2;

/** Weekdays of the overview (Skolemiljø's addition to the source's per-lesson registration). */
export const SCHOOL_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'] as const;

/** The route's own deadlines, beside the chapter 12 ones. */
export type AbsenceDeadline = 'familiemøte' | 'samarbeidsavtale' | 'oppfølging';
export const ABSENCE_DEADLINES: readonly AbsenceDeadline[] = [
  'familiemøte',
  'samarbeidsavtale',
  'oppfølging',
];

/** What the route's dates depend on. */
export interface AbsenceInputs {
  readonly status: CaseStatus;
  readonly route: string;
  readonly from: LocalDate | null;
  readonly meetingHeld: LocalDate | null;
  readonly hasAgreement: boolean;
  /** The dates as they stand: a step no longer pending keeps its own. */
  readonly due: Readonly<Record<AbsenceDeadline, LocalDate | null>>;
}

export interface AbsenceDates {
  readonly due: Readonly<Record<AbsenceDeadline, LocalDate | null>>;
  readonly soon: Readonly<Record<AbsenceDeadline, LocalDate | null>>;
}

/** Whether a step of the route is still ahead of the case (the colours and the digest read this). */
export function absencePending(a: Omit<AbsenceInputs, 'due'>, step: AbsenceDeadline): boolean {
  if (a.status === 'Avsluttet' || a.route !== 'Pågår') return false;
  switch (step) {
    case 'familiemøte':
      return !a.meetingHeld;
    case 'samarbeidsavtale':
      return !a.hasAgreement;
    case 'oppfølging':
      return true;
  }
}

/**
 * The meeting with the family is due `absenceMeetingSchoolDays` school days after the route started (a
 * week, domain.md), the written agreement `absenceAgreementSchoolDays` after it; the next follow-up is the
 * date the agreement or the last follow-up set. A step that is done keeps the date it had.
 */
export function deriveAbsenceDates(
  a: AbsenceInputs,
  settings: DeadlineSettings,
  calendar: SchoolCalendar,
): AbsenceDates {
  const from = a.route === 'Pågår' && a.status !== 'Avsluttet' ? a.from : null;
  const pending = (step: AbsenceDeadline) => absencePending(a, step);
  const due: Record<AbsenceDeadline, LocalDate | null> = {
    familiemøte:
      from && pending('familiemøte')
        ? calendar.addSchoolDays(from, settings.absenceMeetingSchoolDays)
        : a.due.familiemøte,
    samarbeidsavtale:
      from && pending('samarbeidsavtale')
        ? calendar.addSchoolDays(from, settings.absenceAgreementSchoolDays)
        : a.due.samarbeidsavtale,
    oppfølging: a.due.oppfølging,
  };
  const soon = (d: LocalDate | null) => (d ? soonFrom(d, calendar, settings) : null);
  return {
    due,
    soon: {
      familiemøte: soon(due.familiemøte),
      samarbeidsavtale: soon(due.samarbeidsavtale),
      oppfølging: soon(due.oppfølging),
    },
  };
}

export interface AbsenceAlert {
  readonly step: AbsenceDeadline;
  readonly due: LocalDate;
  readonly state: 'overdue' | 'soon';
}

/** Passed and near deadlines of the route, for the digest and the sidebar (as deadlineAlerts). */
export function absenceAlerts(
  a: AbsenceInputs,
  today: LocalDate,
  calendar: SchoolCalendar,
  settings: DeadlineSettings,
): AbsenceAlert[] {
  const soonUntil = calendar.addSchoolDays(today, settings.soonSchoolDays);
  const out: AbsenceAlert[] = [];
  for (const step of ABSENCE_DEADLINES) {
    const due = a.due[step];
    if (!due || !absencePending(a, step)) continue;
    if (due < today) out.push({ step, due, state: 'overdue' });
    else if (due <= soonUntil) out.push({ step, due, state: 'soon' });
  }
  return out;
}

/** A follow-up date suggested when none is given: two weeks on, on a school day. */
export function defaultFollowUp(from: LocalDate, calendar: SchoolCalendar): LocalDate {
  return calendar.addSchoolDays(addDays(from, 14), 0);
}
