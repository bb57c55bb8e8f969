/**
 * One årshjul row as the product understands it: its rule, its dates and where it stands today.
 * Pure: works on the cell values a Table read gives, so it is unit-tested without a spreadsheet.
 */
import {
  formatNorwegian,
  type LocalDate,
  localDateOf,
  parseNorwegianOrIso,
} from '../../domain/time/localDate';
import {
  firstOccurrence,
  type Language,
  parseRecurrence,
  type Recurrence,
  type SchoolDays,
} from '../../domain/wheel/recurrence';
import { type WheelStatus, wheelStatus, wheelStatusLabel } from '../../domain/wheel/wheelStatus';

/** What a date cell may hold: a Date (typed date), or text a person typed into a text-formatted cell. */
export type DateCell = string | number | boolean | Date;

/** The Oslo day of a date cell, or null when the cell holds no date. */
export function cellDate(value: DateCell): LocalDate | null {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return Number.isNaN(d.getTime()) ? null : localDateOf(d);
  }
  if (typeof value === 'string') return parseNorwegianOrIso(value.trim());
  return null;
}

/**
 * A cell as text. A date typed alone into `Gjentakelse` ("15.09.2026") is stored by Sheets as a date:
 * it reads back as the date the person typed, which `parseRecurrence` accepts as a one-off.
 */
export function cellText(value: DateCell): string {
  const d = Object.prototype.toString.call(value) === '[object Date]' ? cellDate(value) : null;
  return d ? formatNorwegian(d) : String(value ?? '').trim();
}

export interface WheelRowInput {
  readonly aktivitet: string;
  readonly gjentakelse: string;
  readonly neste: DateCell;
  readonly sistGjort: DateCell;
}

export type WheelRowStatus = WheelStatus | 'ugyldig';

export interface WheelRowEval {
  /** Neither an activity nor a rule: a spacer row, left alone. */
  readonly blank: boolean;
  readonly rule: Recurrence | null;
  /** Why the rule could not be read (Norwegian, for the person who typed it). */
  readonly ruleError: string | null;
  /** `Neste` as it should be: filled in for a new row, rolled forward for a daily routine. */
  readonly next: LocalDate | null;
  readonly nextChanged: boolean;
  readonly lastDone: LocalDate | null;
  readonly status: WheelRowStatus | null;
  /**
   * A daily rule is a routine (the morning meeting): nobody marks it done every day, so its `Neste`
   * rolls forward by itself and it is never overdue or reminded about.
   */
  readonly routine: boolean;
}

/**
 * - A row with an activity but an empty `Gjentakelse` and a `Neste` date is a one-off on that date
 *   (after it is marked done, `Neste` is empty and the row stays done).
 * - A row whose `Neste` is empty gets its first occurrence from today on (a school-start activity in the
 *   weeks after this year's school start keeps this year's date: see `firstOccurrence`).
 * - A row whose rule does not parse has status `ugyldig` (shown as "Sjekk gjentakelse").
 */
export function evaluateWheelRow(
  input: WheelRowInput,
  today: LocalDate,
  calendar: SchoolDays,
  language: Language,
): WheelRowEval {
  const aktivitet = String(input.aktivitet ?? '').trim();
  const text = String(input.gjentakelse ?? '').trim();
  const given = cellDate(input.neste);
  const lastDone = cellDate(input.sistGjort);
  if (aktivitet === '' && text === '') {
    return {
      blank: true,
      rule: null,
      ruleError: null,
      next: given,
      nextChanged: false,
      lastDone,
      status: null,
      routine: false,
    };
  }
  let rule: Recurrence | null = null;
  let ruleError: string | null = null;
  if (text === '') {
    // A one-off: on its date, or (once done, when `Neste` was emptied) on the day it was done.
    if (given) rule = { kind: 'once', date: given };
    else if (lastDone) rule = { kind: 'once', date: lastDone };
    else ruleError = emptyRuleMessage(language);
  } else {
    const parsed = parseRecurrence(text, language);
    if (parsed.ok) rule = parsed.value;
    else ruleError = parsed.error;
  }
  const routine = rule?.kind === 'daily';
  let next = given;
  if (rule && (next === null || (routine && next < today))) next = firstOccurrence(rule, today, calendar);
  const status: WheelRowStatus =
    rule === null ? 'ugyldig' : wheelStatus({ recurrence: rule, next, lastDone }, today, calendar);
  return { blank: false, rule, ruleError, next, nextChanged: next !== given, lastDone, status, routine };
}

function emptyRuleMessage(language: Language): string {
  const r = parseRecurrence('', language);
  return r.ok ? '' : r.error;
}

const INVALID_LABEL: Record<Language, string> = { nb: 'Sjekk gjentakelse', nn: 'Sjekk gjentakinga' };

/** The status as written in the sheet's `Status` column. */
export function statusLabel(status: WheelRowStatus, language: Language): string {
  return status === 'ugyldig' ? INVALID_LABEL[language] : wheelStatusLabel(status, language);
}

/** Every label the `Status` column may hold, for its data validation. */
export function statusLabels(language: Language): string[] {
  return [
    ...(['forfalt', 'denne uken', 'planlagt', 'gjort'] as const).map((s) => wheelStatusLabel(s, language)),
    INVALID_LABEL[language],
  ];
}

/** Overdue or within the coming week, and not a routine: what a reminder and the digest count. */
export function needsAttention(e: WheelRowEval): boolean {
  return !e.blank && !e.routine && e.next !== null && (e.status === 'forfalt' || e.status === 'denne uken');
}
