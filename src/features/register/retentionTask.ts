import { pastRetention } from '../../domain/cases/retention';
import { cellDate, cellText } from '../../gas/cellValues';
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
    const shown = due.slice(0, 20).join(', ') + (due.length > 20 ? ` og ${due.length - 20} til` : '');
    ctx.digest.push(
      `${due.length} avsluttede saker er eldre enn oppbevaringstiden (${ctx.settings.retentionMonths} måneder): ${shown}. ` +
        'Kontroller at dokumentasjonen er arkivert, og slett radene.',
    );
  },
};
