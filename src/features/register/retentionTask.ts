import { pastRetention } from '../../domain/cases/retention';
import { cellDate, cellText } from '../../gas/cellValues';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { COL, REGISTER_SHEET } from './registerSheet';

/** Daily: names (by case number) the closed cases kept longer than the retention period. Deletes nothing. */
export const retentionTask: DailyTask = {
  name: 'Oppbevaringstid',
  run(ctx) {
    const table = ctx.table(REGISTER_SHEET.name);
    if (!table) return;
    const due: string[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      if (cellText(table.get(i, COL.status)) !== 'Avsluttet') continue;
      if (
        pastRetention(cellDate(table.get(i, COL.avsluttet)), ctx.clock.today, ctx.settings.retentionMonths)
      ) {
        due.push(cellText(table.get(i, COL.saksnr)));
      }
    }
    if (due.length === 0) return;
    const t = messages(ctx.settings.language).daily;
    const shown = due.slice(0, 20).join(', ') + (due.length > 20 ? t.andMore(due.length - 20) : '');
    ctx.digest.push(t.pastRetention(due.length, ctx.settings.retentionMonths, shown));
  },
};
