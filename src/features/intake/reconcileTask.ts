import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { takeIn } from './intake';
import {
  DAILY_LOOKBACK_MS,
  lookBack,
  meldeskjema,
  SINCE,
  scrubLeadershipReports,
  unseenResponses,
} from './responses';

/**
 * Daily repair: every response of the meldeskjema since the last intake (at least the last two weeks)
 * is checked against the register by its id, and any that is not a case becomes one now, so no report
 * waits longer than a day even if Google dropped the event. Also reminds of reports marked for completion.
 */
export const reconcileTask: DailyTask = {
  name: 'Meldinger som ikke er tatt inn',
  run(ctx) {
    const t = messages(ctx.settings.language).daily;
    const incomplete = ctx
      .register()
      .cases.filter((c) => c.record.kompletteres.trim() !== '' && c.record.status !== 'Avsluttet');
    if (incomplete.length > 0) ctx.digest.push(t.incomplete(incomplete.map((c) => c.record.saksnr)));
    const form = meldeskjema(ctx.state);
    if (!form) return;
    const window = lookBack(ctx.state, ctx.clock.now, DAILY_LOOKBACK_MS);
    const responses = unseenResponses(form, window.since, ctx.work.register());
    const created = takeIn(ctx.work, responses, (ids) =>
      scrubLeadershipReports(ctx.ss, ctx.state, form, ids),
    );
    ctx.state.set(SINCE, window.next);
    if (created.length > 0) ctx.digest.push(t.lateIntake(created.length));
  },
};
