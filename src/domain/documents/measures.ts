/**
 * The measures (tiltak) of a case as the `Tiltak` sheet holds them, and what an evaluation does to them.
 * The sheet is the school's working list; documents read it, evaluations update it.
 */
import { formatNorwegian, type LocalDate, parseNorwegianOrIso } from '../time/localDate';
import type { MeasureLevel } from './documentData';
import type { Conclusion, Verdict } from './requests';

/** Statuses in the `Tiltak` sheet's dropdown. */
export const MEASURE_STATUSES = ['Planlagt', 'Pågår', 'Endret', 'Avsluttet'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_LEVELS: readonly MeasureLevel[] = ['individ', 'gruppe', 'system'];

/** «Kilde» of a measure Statsforvalteren imposed in a vedtak (§ 12-6); empty for the school's own. */
export const IMPOSED_BY_STATSFORVALTER = 'Pålagt av Statsforvalteren';

export function isImposed(kilde: string | undefined): boolean {
  return (kilde ?? '').trim().toLowerCase() === IMPOSED_BY_STATSFORVALTER.toLowerCase();
}

/** `Individ`, `gruppenivå`, `System` → the level; anything else → null. */
export function parseLevel(text: string): MeasureLevel | null {
  const t = text.trim().toLowerCase();
  if (t.startsWith('indiv')) return 'individ';
  if (t.startsWith('grupp')) return 'gruppe';
  if (t.startsWith('syst')) return 'system';
  return null;
}

/** A measure still in force: everything not ended. */
export function isActiveStatus(status: string): boolean {
  return status.trim().toLowerCase() !== 'avsluttet';
}

/**
 * A period as typed in a prompt: `21.09.2026–16.10.2026`, `21.09.2026 - 16.10.2026`, `fra 21.09.2026`,
 * one date (from), or nothing (from `today`). Null when a date cannot be read.
 */
export function parsePeriod(
  text: string,
  today: LocalDate,
): { fra: LocalDate; til: LocalDate | null } | null {
  const t = text.trim().replace(/^fr[aå]\s+/i, '');
  if (t === '') return { fra: today, til: null };
  const pieces = t.split(/\s*(?:–|—|\s-\s|-(?=\d{1,2}\.)|\btil\b)\s*/i).filter((p) => p !== '');
  if (pieces.length === 0 || pieces.length > 2) return null;
  const fra = parseNorwegianOrIso(pieces[0]!);
  const til = pieces[1] === undefined ? null : parseNorwegianOrIso(pieces[1]);
  if (!fra || (pieces[1] !== undefined && !til)) return null;
  if (til && til < fra) return null;
  return { fra, til };
}

export interface MeasureUpdate {
  readonly status: MeasureStatus;
  /** The latest assessment, `12.10.2026: Videreføres. …`. */
  readonly vurdering: string;
  /** The next evaluation of the measure; null keeps the cell as it is. */
  readonly evalueres: LocalDate | null;
  /** For an ended measure: the last day. */
  readonly til: LocalDate | null;
}

const VERDICT_WORD: Readonly<Record<Verdict, string>> = {
  videreføre: 'Videreføres',
  endre: 'Endres',
  avslutte: 'Avsluttes',
};

/** What an evaluation's verdict on one measure writes to its row. */
export function measureUpdate(
  verdict: Verdict,
  comment: string,
  date: LocalDate,
  next: LocalDate | null,
): MeasureUpdate {
  const note = `${formatNorwegian(date)}: ${VERDICT_WORD[verdict]}.${comment.trim() ? ` ${comment.trim()}` : ''}`;
  switch (verdict) {
    case 'videreføre':
      return { status: 'Pågår', vurdering: note, evalueres: next, til: null };
    case 'endre':
      return { status: 'Endret', vurdering: note, evalueres: next, til: null };
    case 'avslutte':
      return { status: 'Avsluttet', vurdering: note, evalueres: null, til: date };
  }
}

/** What an evaluation does to the case: close it when the student feels safe, or set the next evaluation. */
export function evaluationEffect(
  conclusion: Conclusion,
  next: LocalDate | null,
): { close: boolean; nextEvaluation: LocalDate | null } {
  return conclusion === 'avslutte'
    ? { close: true, nextEvaluation: null }
    : { close: false, nextEvaluation: next };
}
