import { dailyDigest } from '../../domain/notices/notices';
import { formatNorwegian } from '../../domain/time/localDate';
import { type DailyTask, firstTimeToday } from './dailyTask';

/**
 * Last daily task: one e-mail to the rektor with every passed and near deadline (case numbers and links,
 * no names) and what the other tasks noted. Not sent when there is nothing to say; never twice a day.
 */
export const digestTask: DailyTask = {
  name: 'Daglig oversikt til rektor',
  run(ctx) {
    if (ctx.alerts.length === 0 && ctx.digest.length === 0) return;
    if (!firstTimeToday(ctx, 'daily:digest')) return;
    const problems = ctx.settings.problems.map((p) => `Innstillinger: ${p}`);
    ctx.mails.push(
      dailyDigest({
        lang: ctx.settings.language,
        to: ctx.settings.rektorEmail,
        date: formatNorwegian(ctx.clock.today),
        lines: ctx.alerts,
        extra: [...ctx.digest, ...problems],
      }),
    );
    ctx.log.add({
      saksnr: '',
      subDuty: 'følge med',
      event: 'Daglig oversikt sendt',
      details: `${ctx.alerts.filter((a) => a.overdue).length} frister passert, ${ctx.alerts.filter((a) => !a.overdue).length} snart.`,
    });
  },
};
