import * as z from 'zod/mini';
import { LockBusyError } from '../../gas/lock';
import type { FormPayload, FormResult } from '../../ui/contract';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { type Work, withWork } from '../register/work';
import { ACTIONS } from './actions';
import { FieldError } from './formDialog';

const REQUESTS = 'dialog:requests';
const KEEP = 30;

const Payload = z.object({
  action: z.string().check(z.maxLength(40)),
  requestId: z.string().check(z.minLength(1), z.maxLength(100)),
  context: z.record(z.string(), z.string().check(z.maxLength(200))),
  values: z.record(
    z.string(),
    z.union([z.string().check(z.maxLength(20_000)), z.array(z.string().check(z.maxLength(500)))]),
  ),
});

/**
 * google.script.run target of every form dialog (src/ui/client/formDialog.ts). Checks what the browser
 * sent, then runs the dialog's action under the script lock and the journal (register/work.ts). The same
 * request sent twice (a double click, a retry after a lost answer) gets the first answer back.
 */
export function submitFormDialog(raw: FormPayload): FormResult {
  const t = currentMessages();
  const parsed = Payload.safeParse(raw);
  const action = parsed.success ? ACTIONS[parsed.data.action] : undefined;
  if (!parsed.success || !action) return { status: 'error', message: t.documents.invalidRequest };
  const p = parsed.data as FormPayload;
  try {
    return withWork(Session.getActiveUser().getEmail(), (w) => {
      const seen = w.state.getJson<Record<string, FormResult>>(REQUESTS, {});
      const earlier = seen[p.requestId];
      if (earlier) return earlier;
      const remember = (result: FormResult) => {
        const kept = Object.entries({ ...seen, [p.requestId]: result }).slice(-KEEP);
        w.state.setJson(REQUESTS, Object.fromEntries(kept));
      };
      // The request is remembered in the same save as the journal entry of its change: a run that dies
      // after that save is completed by the next job, and the same request sent again is answered, not
      // made a second time (a second log row, a second measure).
      const work: Work = Object.create(w, {
        commit: {
          value: (ops: Parameters<Work['commit']>[0]) => {
            remember({ status: 'done', message: w.t.dialogs.saved });
            w.commit(ops);
          },
        },
      });
      const result = action(p, work);
      if (result.status === 'done') remember(result);
      return result;
    });
  } catch (error) {
    if (error instanceof FieldError) return { status: 'error', message: error.message, field: error.field };
    if (error instanceof UserError) return { status: 'error', message: error.message };
    if (error instanceof LockBusyError) return { status: 'error', message: t.errors.busy };
    console.error(`Dialog action failed: ${error instanceof Error ? error.name : 'unknown'}`);
    return {
      status: 'error',
      message: t.errors.generic(error instanceof Error ? error.message : String(error)),
    };
  }
}
