import type { DocState } from '../../gas/docState';
import { FORM_SHEET, FORM_SHEET_NAME } from './formStep';
import type { RawResponse } from './intake';
import { WATERMARK } from './intake';

/**
 * Reading the raw responses. The response sheet's first column is the submission time whatever Google
 * calls it ("Tidsmerke", "Timestamp"); the second is the verified e-mail, because the form collects it.
 * Answers are found by question title.
 */
function fromRow(header: string[], values: unknown[], row: number): RawResponse {
  const answers: Record<string, string> = {};
  header.forEach((title, i) => {
    if (i >= 2) answers[title] = String(values[i] ?? '');
  });
  const ts = values[0];
  return {
    row,
    timestamp: ts instanceof Date ? ts : new Date(),
    email: String(values[1] ?? ''),
    answers,
  };
}

/** The response an event carries: two service calls. */
export function responseFromEvent(e: GoogleAppsScript.Events.SheetsOnFormSubmit): RawResponse {
  const row = e.range.getRow();
  const values = e.range.getValues()[0] ?? [];
  const answers: Record<string, string> = {};
  for (const [title, list] of Object.entries(e.namedValues ?? {})) answers[title] = String(list?.[0] ?? '');
  const ts = values[0];
  return { row, timestamp: ts instanceof Date ? ts : new Date(), email: String(values[1] ?? ''), answers };
}

/**
 * Every response from the watermark (the first row not known to be handled) to the end: what a
 * lost or refused trigger left behind. Cheap when nothing is missing.
 */
export function unhandledResponses(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: DocState,
  upTo?: number,
): RawResponse[] {
  // By id first: a school may rename the response sheet. The name is the fallback for old set-ups.
  const id = state.get(FORM_SHEET);
  const name = state.get(FORM_SHEET_NAME);
  const sheet = (id ? ss.getSheetById(Number(id)) : null) ?? (name ? ss.getSheetByName(name) : null);
  if (!sheet) return [];
  const last = upTo ?? sheet.getLastRow();
  const from = Math.max(2, Number(state.get(WATERMARK) ?? 2));
  if (last < from) return [];
  const width = sheet.getLastColumn();
  const header = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h).trim());
  const rows = sheet.getRange(from, 1, last - from + 1, width).getValues();
  return rows
    .map((values, i) => fromRow(header, values, from + i))
    .filter((r) => r.email !== '' || r.answers['Elevens navn']);
}
