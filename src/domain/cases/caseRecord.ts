/**
 * A case as the product knows it: one row of «Saker» read into a typed record. The register
 * (features/register/register.ts) is the one place that turns rows into records and back; everything
 * else reads and changes records. Changing a record goes through `withDerivedDates`, so a deadline and
 * the "soon" date the colours use can never disagree.
 */

import type { LocalDate } from '../time/localDate';
import type { SchoolCalendar } from '../time/schoolCalendar';
import { deriveAbsenceDates } from './absence';
import { deriveDates } from './caseDates';
import type { DeadlineSettings } from './deadlines';
import {
  type CaseStatus,
  type Refusal,
  type RegisterDateColumn,
  type TransitionOptions,
  transition,
} from './lifecycle';

/** A link the product wrote (a document), kept as =HYPERLINK in the sheet. */
export interface DocLink {
  readonly url: string;
  readonly label: string;
}

export interface CaseRecord {
  readonly saksnr: string;
  /** When the report was made (the form's timestamp, or what the rektor registered). */
  readonly meldt: Date | null;
  readonly meldtAv: string;
  readonly rolle: string;
  /** How the concern came in: «Meldeskjema», or a phone call, a meeting, an e-mail, a letter. */
  readonly kanal: string;
  /** Who at the school received it. */
  readonly mottattAv: string;
  readonly elev: string;
  readonly klasse: string;
  readonly kategori: string;
  readonly ansattInvolvert: boolean;
  readonly ledelseInvolvert: boolean;
  readonly status: CaseStatus;
  readonly ansvarlig: string;
  readonly rektorKjent: LocalDate | null;
  readonly fristUndersokelse: LocalDate | null;
  readonly undersokelseStartet: LocalDate | null;
  readonly fristAktivitetsplan: LocalDate | null;
  readonly planIverksatt: LocalDate | null;
  readonly aktivitetsplan: DocLink | string;
  readonly nesteEvaluering: LocalDate | null;
  readonly sistEvaluert: LocalDate | null;
  readonly statsforvalterFra: LocalDate | null;
  /** The rektor judges the case serious: skoleeier is told (§ 12-4), as in every § 12-5 case. */
  readonly alvorligSak: boolean;
  readonly fristSkoleeier: LocalDate | null;
  readonly skoleeierVarslet: LocalDate | null;
  /** § 12-6: the day the family reported the case to Statsforvalteren. */
  readonly statsforvalterMeldt: LocalDate | null;
  /** The deadline Statsforvalteren set, in its letter, for the school's documentation. */
  readonly fristStatsforvalter: LocalDate | null;
  readonly dokumentasjonSendt: LocalDate | null;
  /** The day of Statsforvalteren's vedtak (its imposed measures are «Tiltak» rows). */
  readonly statsforvalterVedtak: LocalDate | null;
  readonly avsluttet: LocalDate | null;
  readonly avslutningsgrunn: string;
  readonly hvaSkjedde: string;
  readonly naar: string;
  readonly hvor: string;
  readonly grepetInn: string;
  readonly elevenSagtFra: string;
  /** The form's own id of the response the case came from: a report is known by it, never by its row. */
  readonly svarId: string;
  /** What is missing or odd in the report, for the rektor to complete; '' when nothing is. */
  readonly kompletteres: string;
  readonly varselUndersokelse: LocalDate | null;
  readonly varselAktivitetsplan: LocalDate | null;
  readonly varselEvaluering: LocalDate | null;
  readonly varselStatsforvalter: LocalDate | null;
  /** The day the parents were first told of the concern (the information duty, legal review G4). */
  readonly foresatteInformert: LocalDate | null;
  /** The day the parents received the latest aktivitetsplan (in a meeting or by secure digital mail). */
  readonly planGittForesatte: LocalDate | null;
  /** The day the parents were told of the latest evaluation. */
  readonly evalueringGittForesatte: LocalDate | null;
  /** The services the family has consented to, with dates: `PPT 15.09.2026; Ressursteamet 15.09.2026` (consent.ts). */
  readonly samtykke: string;
  /** Worrying absence or school refusal: '' | 'Pågår' | 'Avsluttet' (absence.ts). */
  readonly fravaer: string;
  /** The day the absence routine started. */
  readonly fravaerFra: LocalDate | null;
  /** What the investigation of the school environment found: '' | 'Trygt og godt' | 'Ikke trygt og godt'. */
  readonly undersokelsenViste: string;
  readonly fristFamiliemote: LocalDate | null;
  /** The meeting with the student and the parents was held. */
  readonly familiemote: LocalDate | null;
  readonly fristSamarbeidsavtale: LocalDate | null;
  /** The written samarbeidsavtale (a document linked in «Samarbeidsavtale»). */
  readonly samarbeidsavtale: DocLink | string;
  readonly nesteOppfolging: LocalDate | null;
  readonly varselFamiliemote: LocalDate | null;
  readonly varselSamarbeidsavtale: LocalDate | null;
  readonly varselOppfolging: LocalDate | null;
}

/** The fields a case starts with for the additions of legal review G4, G7 and G8 (all empty). */
export const EMPTY_FOLLOW_UP = {
  foresatteInformert: null,
  planGittForesatte: null,
  evalueringGittForesatte: null,
  samtykke: '',
  fravaer: '',
  fravaerFra: null,
  undersokelsenViste: '',
  fristFamiliemote: null,
  familiemote: null,
  fristSamarbeidsavtale: null,
  samarbeidsavtale: '',
  nesteOppfolging: null,
  varselFamiliemote: null,
  varselSamarbeidsavtale: null,
  varselOppfolging: null,
} as const satisfies Partial<CaseRecord>;

/** The case follows the absence routine now. */
export function inAbsenceRoute(c: Pick<CaseRecord, 'fravaer' | 'status'>): boolean {
  return c.fravaer === 'Pågår' && c.status !== 'Avsluttet';
}

/** The case has its written samarbeidsavtale. */
export function hasAgreement(c: Pick<CaseRecord, 'samarbeidsavtale'>): boolean {
  return typeof c.samarbeidsavtale === 'object'
    ? c.samarbeidsavtale.url !== ''
    : c.samarbeidsavtale.trim() !== '';
}

/** § 12-5: someone who works at the school, an employee or a leader, is said to have offended the student. */
export function isSerious(c: Pick<CaseRecord, 'ansattInvolvert' | 'ledelseInvolvert'>): boolean {
  return c.ansattInvolvert || c.ledelseInvolvert;
}

/** The case has its written aktivitetsplan (a document linked in «Aktivitetsplan»). */
export function hasPlan(c: Pick<CaseRecord, 'aktivitetsplan'>): boolean {
  return typeof c.aktivitetsplan === 'object' ? c.aktivitetsplan.url !== '' : c.aktivitetsplan.trim() !== '';
}

/** Skoleeier must be told (§ 12-5 always; § 12-4 when the rektor judges the case serious). */
export function skoleeierMustKnow(
  c: Pick<CaseRecord, 'ansattInvolvert' | 'ledelseInvolvert' | 'alvorligSak'>,
): boolean {
  return isSerious(c) || c.alvorligSak;
}

export interface DateSettings {
  readonly deadlines: DeadlineSettings;
  readonly calendar: SchoolCalendar;
}

/** The record with every derived date brought up to date (see caseDates.ts). */
export function withDerivedDates(c: CaseRecord, s: DateSettings): CaseRecord {
  const d = deriveDates(
    {
      status: c.status,
      rektorKjent: c.rektorKjent,
      serious: isSerious(c),
      planIverksatt: c.planIverksatt,
      due: {
        undersøkelse: c.fristUndersokelse,
        aktivitetsplan: c.fristAktivitetsplan,
        evaluering: c.nesteEvaluering,
      },
      statsforvalterFra: c.statsforvalterFra,
      skoleeier: skoleeierMustKnow(c) && !c.skoleeierVarslet,
      fristSkoleeier: c.fristSkoleeier,
      statsforvalter: { due: c.fristStatsforvalter, sent: c.dokumentasjonSendt },
    },
    s.deadlines,
    s.calendar,
  );
  // The investigation found the school environment safe and good (an absence case that goes on only
  // under the absence routine): no aktivitetsplan is due while the case has not moved past it.
  const noPlanNeeded =
    c.undersokelsenViste === 'Trygt og godt' && (c.status === 'Meldt' || c.status === 'Undersøkes');
  const a = deriveAbsenceDates(
    {
      status: c.status,
      route: c.fravaer,
      from: c.fravaerFra,
      meetingHeld: c.familiemote,
      hasAgreement: hasAgreement(c),
      due: {
        familiemøte: c.fristFamiliemote,
        samarbeidsavtale: c.fristSamarbeidsavtale,
        oppfølging: c.nesteOppfolging,
      },
    },
    s.deadlines,
    s.calendar,
  );
  return {
    ...c,
    fristUndersokelse: d.due.undersøkelse,
    fristAktivitetsplan: noPlanNeeded ? null : d.due.aktivitetsplan,
    nesteEvaluering: d.due.evaluering,
    statsforvalterFra: d.statsforvalterFra,
    fristSkoleeier: d.fristSkoleeier,
    varselUndersokelse: d.soon.undersøkelse,
    varselAktivitetsplan: noPlanNeeded ? null : d.soon.aktivitetsplan,
    varselEvaluering: d.soon.evaluering,
    varselStatsforvalter: d.soonStatsforvalter,
    fristFamiliemote: a.due.familiemøte,
    fristSamarbeidsavtale: a.due.samarbeidsavtale,
    nesteOppfolging: a.due.oppfølging,
    varselFamiliemote: a.soon.familiemøte,
    varselSamarbeidsavtale: a.soon.samarbeidsavtale,
    varselOppfolging: a.soon.oppfølging,
  };
}

type StampedField = 'undersokelseStartet' | 'planIverksatt' | 'sistEvaluert' | 'avsluttet';

const STAMPED: Readonly<Record<RegisterDateColumn, StampedField>> = {
  'Undersøkelse startet': 'undersokelseStartet',
  'Plan iverksatt': 'planIverksatt',
  'Sist evaluert': 'sistEvaluert',
  Avsluttet: 'avsluttet',
};

/** Refusals the register's own rules give, whichever path (menu, dropdown, dialog, sidebar) asked. */
export const REFUSALS = {
  noPlan:
    'En sak får status «Aktivitetsplan» når planen er skrevet: bruk «Lag aktivitetsplan …». Tiltak krever en skriftlig plan (opplæringslova § 12-4).',
  noReason:
    'En sak avsluttes med en begrunnelse: bruk «Avslutt saken …» eller evalueringen. Begrunnelsen er en del av dokumentasjonen.',
} as const;

export type MoveResult = { ok: true; record: CaseRecord } | { ok: false; reason: string; refusal: Refusal };

/**
 * A status change as the law's order allows it (lifecycle.ts): the dates the documentation needs are
 * stamped, a closed case gets its reason, a reopened case loses its closing date and reason.
 */
export function moveStatus(
  c: CaseRecord,
  to: CaseStatus,
  today: LocalDate,
  options: TransitionOptions & { reason?: string } = {},
): MoveResult {
  const result = transition(c.status, to, options);
  if (!result.ok) return result;
  if (c.status === to) return { ok: true, record: c };
  // § 12-4: measures need a written plan, and the documentation needs the reason a case ends.
  if (to === 'Aktivitetsplan' && !hasPlan(c))
    return { ok: false, reason: REFUSALS.noPlan, refusal: { kind: 'noPlan' } };
  if (to === 'Avsluttet' && !options.reason?.trim())
    return { ok: false, reason: REFUSALS.noReason, refusal: { kind: 'noReason' } };
  const stamps: Partial<Record<StampedField, LocalDate | null>> = {};
  for (const column of result.fill) stamps[STAMPED[column]] = today;
  for (const column of result.clear) stamps[STAMPED[column]] = null;
  return {
    ok: true,
    record: {
      ...c,
      ...stamps,
      status: to,
      avslutningsgrunn:
        to === 'Avsluttet' ? (options.reason ?? '') : options.reopen ? '' : c.avslutningsgrunn,
      // Closing the case ends the absence routine with it.
      fravaer: to === 'Avsluttet' && c.fravaer === 'Pågår' ? 'Avsluttet' : c.fravaer,
    },
  };
}
