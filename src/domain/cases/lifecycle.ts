/**
 * The life cycle of a case, following the sub-duties of opplæringslova §12-4:
 * reported → investigated → measures in an aktivitetsplan → evaluated → closed.
 */

export const CASE_STATUSES = ['Meldt', 'Undersøkes', 'Aktivitetsplan', 'Evalueres', 'Avsluttet'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const OPEN_STATUSES: readonly CaseStatus[] = ['Meldt', 'Undersøkes', 'Aktivitetsplan', 'Evalueres'];

/** The law's sub-duties (delplikter), in the order the law lists them. */
export const SUB_DUTIES = ['følge med', 'gripe inn', 'melde', 'undersøke', 'tiltak', 'evaluering'] as const;
export type SubDuty = (typeof SUB_DUTIES)[number];

/**
 * Date columns in `Saker` that a status change stamps with the day of the change.
 * 'Plan iverksatt' is the date the plan was put in place (the 'Aktivitetsplan' column holds the document link); 'Sist evaluert' the latest evaluation.
 */
export const REGISTER_DATE_COLUMNS = [
  'Undersøkelse startet',
  'Plan iverksatt',
  'Sist evaluert',
  'Avsluttet',
] as const;
export type RegisterDateColumn = (typeof REGISTER_DATE_COLUMNS)[number];

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

export function isOpenStatus(status: CaseStatus): boolean {
  return status !== 'Avsluttet';
}

export type TransitionResult =
  | {
      readonly ok: true;
      /** Columns to set to the date of the change (overwriting: a new plan gets a new date). */
      readonly fill: readonly RegisterDateColumn[];
      /** Columns to empty: reopening a case clears 'Avsluttet'. */
      readonly clear: readonly RegisterDateColumn[];
    }
  | { readonly ok: false; readonly reason: string; readonly refusal: Refusal };

/**
 * Why a change was refused, as data: `reason` is the bokmål text, and the display layer words it in the
 * school's language from this (src/i18n/labels.ts).
 */
export type Refusal =
  | { readonly kind: 'reopenOnlyTo'; readonly to: CaseStatus }
  | { readonly kind: 'reopenFirst' }
  | {
      readonly kind: 'backToMeldt' | 'skip' | 'back';
      readonly from: CaseStatus;
      readonly to: CaseStatus;
      /** The ordinary next statuses from `from` (besides «Avsluttet»). */
      readonly expected: readonly CaseStatus[];
    }
  | { readonly kind: 'noPlan' | 'noReason' };

export interface TransitionOptions {
  /** Reopening a closed case must be asked for explicitly (a menu action, not a slip in a dropdown). */
  readonly reopen?: boolean;
}

const FILLS: Readonly<Record<CaseStatus, readonly RegisterDateColumn[]>> = {
  Meldt: [],
  Undersøkes: ['Undersøkelse startet'],
  Aktivitetsplan: ['Plan iverksatt'],
  Evalueres: ['Sist evaluert'],
  Avsluttet: ['Avsluttet'],
};

// Ordinary moves between open statuses. Skipping a step is refused: each sub-duty must be
// documented, and measures need an investigation first.
const NEXT: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  Meldt: ['Undersøkes'],
  Undersøkes: ['Aktivitetsplan'],
  Aktivitetsplan: ['Evalueres'],
  Evalueres: ['Aktivitetsplan'], // a new or revised plan after the evaluation
  Avsluttet: [],
};

/** Statuses reachable from `from` without the reopen option, for dropdowns and validation. */
export function allowedTransitions(from: CaseStatus): CaseStatus[] {
  return from === 'Avsluttet' ? [] : [...NEXT[from], 'Avsluttet'];
}

/**
 * Checks a status change. Setting the same status again is accepted and changes nothing, so a
 * repeated edit or a trigger that fires twice is harmless.
 */
export function transition(
  from: CaseStatus,
  to: CaseStatus,
  options: TransitionOptions = {},
): TransitionResult {
  if (from === to) return { ok: true, fill: [], clear: [] };
  if (from === 'Avsluttet') {
    if (to !== 'Undersøkes') {
      return {
        ok: false,
        reason: `En avsluttet sak kan bare gjenåpnes til «Undersøkes», ikke til «${to}».`,
        refusal: { kind: 'reopenOnlyTo', to },
      };
    }
    if (!options.reopen) {
      return {
        ok: false,
        reason: 'Saken er avsluttet. Den må gjenåpnes med et eget valg før den kan undersøkes på nytt.',
        refusal: { kind: 'reopenFirst' },
      };
    }
    return { ok: true, fill: FILLS.Undersøkes, clear: ['Avsluttet'] };
  }
  if (to === 'Avsluttet' || NEXT[from].includes(to)) return { ok: true, fill: FILLS[to], clear: [] };
  const kind =
    to === 'Meldt'
      ? 'backToMeldt'
      : CASE_STATUSES.indexOf(to) > CASE_STATUSES.indexOf(from)
        ? 'skip'
        : 'back';
  return { ok: false, reason: refusal(from, to), refusal: { kind, from, to, expected: NEXT[from] } };
}

function refusal(from: CaseStatus, to: CaseStatus): string {
  const expected = NEXT[from].map((s) => `«${s}»`).join(' eller ');
  const next = `Fra «${from}» kan saken gå videre til ${expected} eller «Avsluttet».`;
  if (to === 'Meldt') return `En sak kan ikke settes tilbake til «Meldt». ${next}`;
  if (CASE_STATUSES.indexOf(to) > CASE_STATUSES.indexOf(from)) {
    return `Saken kan ikke hoppe over et steg fra «${from}» til «${to}». ${next}`;
  }
  return `Saken kan ikke gå tilbake fra «${from}» til «${to}». ${next}`;
}

/** The sub-duty the school is working on while a case has this status. */
export function subDutyForStatus(status: CaseStatus): SubDuty {
  switch (status) {
    case 'Meldt':
      return 'melde';
    case 'Undersøkes':
      return 'undersøke';
    case 'Aktivitetsplan':
      return 'tiltak';
    case 'Evalueres':
    case 'Avsluttet':
      return 'evaluering';
  }
}
