import { Q, questionByTitle } from '../../domain/intake/questions';
import type { DocState } from '../../gas/docState';
import { openFormById } from '../../gas/forms';
import type { Register } from '../register/register';
import { FORM_ID, FORM_SHEET } from './formStep';
import { type RawResponse, responseOf } from './intake';

/** From this instant (epoch ms) on, responses are looked at again by intake: what a lost trigger left. */
export const SINCE = 'intake:since';

/** How far back each intake looks beyond its own response, and the daily job at least. */
const MARGIN_MS = 10 * 60_000;
export const DAILY_LOOKBACK_MS = 14 * 24 * 3600_000;

/** The meldeskjema, or null when it is not set up (or was deleted: setUp makes a new one). */
export function meldeskjema(state: DocState): GoogleAppsScript.Forms.Form | null {
  return openFormById(state.get(FORM_ID));
}

/**
 * The form's responses since `since` that are not yet cases, read from the form itself (known by id,
 * answers exactly as typed). A response already in the register costs its id and one search.
 */
export function unseenResponses(
  form: GoogleAppsScript.Forms.Form,
  since: Date,
  register: Register,
  skip: ReadonlySet<string> = new Set(),
): RawResponse[] {
  const out: RawResponse[] = [];
  for (const r of form.getResponses(since)) {
    const id = r.getId();
    if (skip.has(id) || register.hasResponse(id)) continue;
    out.push(responseOf(r));
  }
  return out;
}

/** The instant intake looks back to, and the one to remember when a run took everything in. */
export function lookBack(state: DocState, now: Date, atLeastMs = 0): { since: Date; next: string } {
  const remembered = Number(state.get(SINCE) ?? Number.NaN);
  const floor = now.getTime() - Math.max(atLeastMs, MARGIN_MS);
  const since = Number.isFinite(remembered) ? Math.min(remembered, floor) : floor;
  return { since: new Date(since), next: String(now.getTime() - MARGIN_MS) };
}

/**
 * § 12-5: a reporter who answered that the concern is about someone in the leadership was sent to
 * skoleeier and asked to write nothing more. If they submitted anyway, the response holds only their
 * role, that answer and their address, and the leadership owns the form and its sheet: so it is
 * removed at once from the form's own responses and from the response sheet, the one exception to
 * keeping the raw record untouched. Only a count is kept (intake.ts, REDIRECTED).
 */
export function scrubLeadershipReports(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: DocState,
  form: GoogleAppsScript.Forms.Form,
  ids: readonly string[],
): string[] {
  const left: string[] = [];
  for (const id of ids) {
    try {
      form.deleteResponse(id);
    } catch {
      // Already gone (a run that died after removing it), or Forms failed: then it is tried again.
      if (stillThere(form, id)) left.push(id);
    }
  }
  const sheetId = state.get(FORM_SHEET);
  const sheet = sheetId ? ss.getSheetById(Number(sheetId)) : null;
  if (!sheet) return left;
  const last = sheet.getLastRow();
  if (last < 2) return left;
  const width = sheet.getLastColumn();
  const header = sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]!
    .map((h) => String(h).trim());
  const column = header.findIndex((h) => questionByTitle(h)?.title === Q.leadership) + 1;
  if (column < 1) return left;
  const answers = sheet.getRange(2, column, last - 1, 1).getValues();
  for (let i = answers.length - 1; i >= 0; i--)
    if (String(answers[i]![0]).trim() === 'Ja') sheet.deleteRow(i + 2);
  return left;
}

function stillThere(form: GoogleAppsScript.Forms.Form, id: string): boolean {
  try {
    form.getResponse(id);
    return true;
  } catch {
    return false;
  }
}
