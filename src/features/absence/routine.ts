import { ABSENCE_STEPS, type AbsenceStepKey, NURSE_CONVERSATIONS } from '../../domain/cases/absence';
import { type CaseRecord, hasAgreement } from '../../domain/cases/caseRecord';
import { consentFor } from '../../domain/cases/consent';
import type { LogRow } from '../../domain/documents/caseDocuments';
import {
  formatNorwegian,
  type LocalDate,
  localDateOf,
  parseNorwegianOrIso,
} from '../../domain/time/localDate';
import { type Messages, messages } from '../../i18n';

/** The log event of a step, in the school's language. */
export function stepEvent(t: Messages, key: AbsenceStepKey): string {
  return t.absence.event(t.absence.steps[key]);
}

/** Which step a log event records, in either language (a school may switch language). */
export function stepOfEvent(event: string): AbsenceStepKey | null {
  for (const lang of ['nb', 'nn'] as const) {
    const t = messages(lang);
    for (const s of ABSENCE_STEPS) if (stepEvent(t, s.key) === event.trim()) return s.key;
  }
  return null;
}

/** The step's own date («Dato: 15.09.2026.» in the details), or the day it was logged. */
function dateOf(row: LogRow): LocalDate | null {
  const typed = /Dato: (\d{1,2}\.\d{1,2}\.\d{4})/.exec(row.details);
  const d = typed ? parseNorwegianOrIso(typed[1]!) : null;
  if (d) return d;
  return row.time instanceof Date
    ? localDateOf(row.time)
    : parseNorwegianOrIso(String(row.time).slice(0, 10));
}

export interface RoutineDone {
  /** The latest date of each step registered. */
  readonly last: Partial<Record<AbsenceStepKey, LocalDate>>;
  readonly count: Partial<Record<AbsenceStepKey, number>>;
  /** The latest overview's picture of the absence (weekdays, subjects, extent), for the agreement. */
  readonly pattern: string;
}

/** What the case's log says the routine has done so far. */
export function routineDone(rows: readonly LogRow[]): RoutineDone {
  const last: Partial<Record<AbsenceStepKey, LocalDate>> = {};
  const count: Partial<Record<AbsenceStepKey, number>> = {};
  let pattern = '';
  for (const row of rows) {
    const key = stepOfEvent(row.event);
    if (!key) continue;
    count[key] = (count[key] ?? 0) + 1;
    const d = dateOf(row);
    if (d && (!last[key] || d >= last[key]!)) last[key] = d;
    if (key === 'oversikt') {
      const m = /(?:Fraværsbilde|Fråværsbilete): (.*?)\.(?: Notat:|$)/.exec(row.details);
      if (m) pattern = m[1]!;
    }
  }
  return { last, count, pattern };
}

/** The routine as the sidebar shows it: one line per step, in the routine's order. */
export function routineLines(
  c: CaseRecord,
  rows: readonly LogRow[],
  t: Messages,
): { label: string; state: string; done: boolean }[] {
  const r = t.absence.routineLabels;
  const s = t.absence.routineState;
  const done = routineDone(rows);
  const on = (key: AbsenceStepKey) => {
    const d = done.last[key];
    return d ? { state: s.doneOn(formatNorwegian(d)), done: true } : { state: s.notYet, done: false };
  };
  const nurse = done.count.helsesykepleier ?? 0;
  const pptDate = done.last.ppt;
  const consent = consentFor(c.samtykke, 'PPT') ?? consentFor(c.samtykke, 'Skolevegringsteamet i PPT');
  return [
    { label: r.oversikt, ...on('oversikt') },
    { label: r['kontakt-hjem'], ...on('kontakt-hjem') },
    {
      label: r.helsesykepleier,
      state: s.count(nurse, NURSE_CONVERSATIONS),
      done: nurse >= NURSE_CONVERSATIONS,
    },
    {
      label: r.skolemiljo,
      state:
        c.undersokelsenViste === 'Trygt og godt' || c.undersokelsenViste === 'Ikke trygt og godt'
          ? s.finding[c.undersokelsenViste]
          : c.undersokelsenViste || s.notYet,
      done: c.undersokelsenViste !== '',
    },
    {
      label: r.familiemote,
      state: c.familiemote
        ? s.heldOn(formatNorwegian(c.familiemote))
        : c.fristFamiliemote
          ? s.due(formatNorwegian(c.fristFamiliemote))
          : s.notYet,
      done: c.familiemote !== null,
    },
    {
      label: r.samarbeidsavtale,
      state: hasAgreement(c)
        ? s.made
        : c.fristSamarbeidsavtale
          ? s.due(formatNorwegian(c.fristSamarbeidsavtale))
          : s.notYet,
      done: hasAgreement(c),
    },
    {
      label: r.ppt,
      state: consent
        ? s.withConsent(formatNorwegian(consent))
        : pptDate
          ? s.anonymous(formatNorwegian(pptDate))
          : s.notYet,
      done: consent !== null || pptDate !== undefined,
    },
    {
      label: r.oppfolging,
      state: c.nesteOppfolging ? formatNorwegian(c.nesteOppfolging) : s.notYet,
      done: false,
    },
  ];
}
