/**
 * The `Tiltaksplan` sheet read as entries, for the May–June reminders and for the end-of-year document
 * "Evaluering av tiltaksplan <skoleår>" (built by the documents feature: use `readTiltaksplan` and
 * `groupByLevel`). Columns are found by header, so a school may reorder or add columns.
 */
import { TILTAKS_NIVAER, type TiltaksNiva } from '../../domain/plans/defaultTiltaksplan';
import { TILTAKSPLAN_COL, TILTAKSPLAN_SHEET } from './tiltaksplanSheet';

export interface TiltaksplanEntry {
  /** Sheet row (1-based), for links. */
  readonly row: number;
  /** The level, or null when the cell holds something else (shown last, under its own text). */
  readonly niva: TiltaksNiva | null;
  /** The level as typed. */
  readonly nivaText: string;
  readonly maal: string;
  readonly tiltak: string;
  readonly ansvarlig: string;
  /** As typed: comma-separated addresses (see parseEmails). */
  readonly ansvarligEpost: string;
  readonly kritiskSuksessfaktor: string;
  readonly oppstartTid: string;
  readonly resultatmaalJuni: string;
  readonly evaluering: string;
  readonly videreArbeid: string;
}

/** "universelt", "Universell", "SELEKTERT nivå" → the level; anything else → null. */
export function normaliseNiva(text: string): TiltaksNiva | null {
  const t = String(text ?? '')
    .trim()
    .toLowerCase();
  if (t.startsWith('univers')) return 'Universelt';
  if (t.startsWith('selekt')) return 'Selektert';
  if (t.startsWith('indik')) return 'Indikert';
  return null;
}

const asText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return String(v);
  return String(v).trim();
};

/** Entries from a sheet's values (header row first); rows with neither a goal nor a measure are skipped. */
export function tiltaksplanEntries(values: readonly (readonly unknown[])[]): TiltaksplanEntry[] {
  const [header = [], ...rows] = values;
  const index = new Map(header.map((h, i) => [String(h).trim(), i]));
  const cell = (row: readonly unknown[], h: string): string => {
    const i = index.get(h);
    return i === undefined ? '' : asText(row[i]);
  };
  const out: TiltaksplanEntry[] = [];
  rows.forEach((r, i) => {
    const maal = cell(r, TILTAKSPLAN_COL.maal);
    const tiltak = cell(r, TILTAKSPLAN_COL.tiltak);
    if (maal === '' && tiltak === '') return;
    const nivaText = cell(r, TILTAKSPLAN_COL.niva);
    out.push({
      row: i + 2,
      niva: normaliseNiva(nivaText),
      nivaText,
      maal,
      tiltak,
      ansvarlig: cell(r, TILTAKSPLAN_COL.ansvarlig),
      ansvarligEpost: cell(r, TILTAKSPLAN_COL.epost),
      kritiskSuksessfaktor: cell(r, TILTAKSPLAN_COL.kritiskSuksessfaktor),
      oppstartTid: cell(r, TILTAKSPLAN_COL.oppstartTid),
      resultatmaalJuni: cell(r, TILTAKSPLAN_COL.resultatmaalJuni),
      evaluering: cell(r, TILTAKSPLAN_COL.evaluering),
      videreArbeid: cell(r, TILTAKSPLAN_COL.videreArbeid),
    });
  });
  return out;
}

export interface TiltaksplanLevel {
  readonly niva: TiltaksNiva | null;
  readonly entries: TiltaksplanEntry[];
}

/**
 * Entries grouped under Universelt, Selektert, Indikert (in that order, empty levels included so a
 * document shows all three), then one group with level null for rows whose level is missing or unknown.
 * Within a level the sheet's order is kept.
 */
export function groupByLevel(entries: readonly TiltaksplanEntry[]): TiltaksplanLevel[] {
  const groups: TiltaksplanLevel[] = TILTAKS_NIVAER.map((niva) => ({
    niva,
    entries: entries.filter((e) => e.niva === niva),
  }));
  const other = entries.filter((e) => e.niva === null);
  if (other.length > 0) groups.push({ niva: null, entries: other });
  return groups;
}

/** Reads the sheet: 3 service calls whatever its size; an empty list when the sheet is missing. */
export function readTiltaksplan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TiltaksplanEntry[] {
  const sheet = ss.getSheetByName(TILTAKSPLAN_SHEET.name);
  return sheet ? tiltaksplanEntries(sheet.getDataRange().getValues()) : [];
}
