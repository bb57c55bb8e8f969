import type { DocState } from '../../gas/docState';
import { openFormById } from '../../gas/forms';
import type { Register } from '../register/register';
import { FORM_ID } from './formStep';
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
