import type { DailyTask } from '../daily/dailyTask';
import { takeIn, WATERMARK } from './intake';
import { unhandledResponses } from './responses';

/**
 * Daily repair: takes in every response a lost or refused trigger left behind, so no report waits
 * longer than a day even if Google dropped the event.
 */
export const reconcileTask: DailyTask = {
  name: 'Meldinger som ikke er tatt inn',
  run(ctx) {
    const responses = unhandledResponses(ctx.ss, ctx.state);
    if (responses.length === 0) return;
    const result = takeIn(ctx.ss, responses, ctx);
    ctx.mails.push(...result.mails);
    ctx.state.set(WATERMARK, String(responses[responses.length - 1]!.row + 1));
    if (result.created.length > 0) {
      ctx.digest.push(
        `${result.created.length} melding(er) ble tatt inn av den daglige jobben i stedet for med en gang.`,
      );
    }
  },
};
