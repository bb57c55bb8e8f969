import { cellText } from '../../gas/cellValues';
import { messages } from '../../i18n';
import type { DailyContext, DailyTask } from '../daily/dailyTask';
import { ERROR_ROWS, takeIn, WATERMARK } from './intake';
import { INTAKE_ERRORS_SHEET } from './intakeErrorsSheet';
import { unhandledResponses } from './responses';

/**
 * Daily repair: takes in every response a lost or refused trigger left behind, so no report waits
 * longer than a day even if Google dropped the event.
 */
export const reconcileTask: DailyTask = {
  name: 'Meldinger som ikke er tatt inn',
  run(ctx) {
    const errors = ctx.state.getJson<number[]>(ERROR_ROWS, []);
    const open = unresolvedErrors(ctx);
    if (open > 0)
      ctx.digest.push(messages(ctx.settings.language).daily.unresolvedErrors(open, errors.length));
    const responses = unhandledResponses(ctx.ss, ctx.state);
    if (responses.length === 0) return;
    const result = takeIn(ctx.ss, responses, ctx);
    ctx.mails.push(...result.mails);
    ctx.state.set(WATERMARK, String(responses[responses.length - 1]!.row + 1));
    if (result.created.length > 0) {
      ctx.digest.push(messages(ctx.settings.language).daily.lateIntake(result.created.length));
    }
  },
};

/** Error rows nobody has marked «Løst» yet. Read only when there have been errors at all. */
function unresolvedErrors(ctx: DailyContext): number {
  if (ctx.state.getJson<number[]>(ERROR_ROWS, []).length === 0) return 0;
  const table = ctx.table(INTAKE_ERRORS_SHEET.name);
  if (!table) return 0;
  let open = 0;
  for (let i = 0; i < table.rowCount; i++)
    if (!/^(ja|j|x|løst)$/i.test(cellText(table.get(i, 'Løst')))) open++;
  return open;
}
