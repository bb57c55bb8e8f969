import type { Decision } from './caseActions';
import type { CaseRow } from './register';
import { caseByNumber } from './selectedCase';
import { type Work, withWork } from './work';

/**
 * Runs a decision on one case under the script lock: the case is read again inside the lock (the user
 * may have spent a minute in a prompt), and the change goes through the journal (work.ts).
 */
export function decideOnCase(
  saksnr: string,
  hint: number,
  decide: (row: CaseRow, w: Work) => Decision,
  after?: (w: Work, d: Decision) => void,
): string {
  return withWork(Session.getActiveUser().getEmail(), (w) => {
    const c = caseByNumber(w.t, saksnr, hint, { ss: w.ss, register: w.register(), settings: w.settings });
    const decision = decide(c.row, w);
    if (decision.op) w.commit([decision.op]);
    after?.(w, decision);
    return decision.message;
  });
}
