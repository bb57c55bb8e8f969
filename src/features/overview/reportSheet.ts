/**
 * The school's anonymised figures for skoleeier (issue 13, `docs/skoleeier.md`, appendix): written into
 * the tab «Tall» of the report spreadsheet whose id the municipality's tool put in «Innstillinger»
 * («Rapportark (id)»). Only `figuresToRows(anonymisedFigures(…))` is ever written there: counts with
 * small numbers suppressed, keys and Norwegian labels; no name, class, free text or date finer than a month.
 *
 * setUp writes it every time (even with no cases: that is how the municipality learns the school ran
 * setUp); the daily job writes it when the figures changed, and at least once a week.
 */

import type { FigureCase } from '../../domain/stats/anonymised';
import { anonymisedFigures, FIGURES_SHEET, figuresToRows } from '../../domain/stats/anonymised';
import { daysBetween, type LocalDate } from '../../domain/time/localDate';
import type { DocState } from '../../gas/docState';
import { VERSION } from '../menu/help';
import { currentSchoolYear } from './figures';

const WRITTEN = 'report:written';
const REWRITE_DAYS = 7;

interface Written {
  /** What was written, as a hash with the sheet's id. */
  hash: string;
  day: string;
}

function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** The rows for «Tall» (A1:C60), every text cell marked as text. */
export function reportRows(cases: readonly FigureCase[], today: string): (string | number)[][] {
  const rows = figuresToRows(anonymisedFigures(cases, currentSchoolYear(today), today), { version: VERSION });
  return rows.map((r) => r.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v)));
}

/** Opens the report spreadsheet and writes «Tall» (the tab is made if it was deleted). Throws if it cannot. */
function write(id: string, rows: (string | number)[][]): void {
  const report = SpreadsheetApp.openById(id);
  const sheet = report.getSheetByName(FIGURES_SHEET) ?? report.insertSheet(FIGURES_SHEET);
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
}

export type ReportOutcome = 'written' | 'unchanged' | 'none' | 'failed';

/**
 * Writes the figures if there is a report sheet and (unless `force`) they changed since the last write or
 * a week has passed. A failure (the sheet deleted, not shared with whoever runs the job) is returned,
 * never thrown: the school's own work goes on.
 */
export function writeReportSheet(
  id: string,
  cases: readonly FigureCase[],
  today: string,
  state: DocState,
  force: boolean,
): ReportOutcome {
  const sheetId = id.trim();
  if (!sheetId) return 'none';
  const rows = reportRows(cases, today);
  const h = hash(`${sheetId}\n${JSON.stringify(rows)}`);
  const last = state.getJson<Written | null>(WRITTEN, null);
  const fresh =
    last !== null &&
    last.day <= today &&
    daysBetween(last.day as LocalDate, today as LocalDate) < REWRITE_DAYS;
  if (!force && last?.hash === h && fresh) return 'unchanged';
  try {
    write(sheetId, rows);
  } catch (error) {
    console.error(`Report sheet not written: ${error instanceof Error ? error.name : 'unknown'}`);
    return 'failed';
  }
  state.setJson(WRITTEN, { hash: h, day: today } satisfies Written);
  return 'written';
}
