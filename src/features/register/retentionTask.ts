import { dueForArchive } from '../../domain/cases/retention';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';

/**
 * Daily: names (by case number) the closed cases kept longer than the retention period and not archived
 * yet. Deletes nothing: «Arkiver og slett …» does, when the rektor asks (features/archive).
 */
export const retentionTask: DailyTask = {
  name: 'Oppbevaringstid',
  run(ctx) {
    const due = ctx
      .register()
      .cases.filter(({ record: c }) => dueForArchive(c, ctx.clock.today, ctx.settings.retentionMonths))
      .map(({ record: c }) => c.saksnr);
    if (due.length === 0) return;
    const t = messages(ctx.settings.language).daily;
    const shown = due.slice(0, 20).join(', ') + (due.length > 20 ? t.andMore(due.length - 20) : '');
    ctx.digest.push(t.pastRetention(due.length, ctx.settings.retentionMonths, shown));
  },
};
