import { isSerious } from '../../domain/cases/caseRecord';
import { splitCategories } from '../../domain/intake/report';
import { type CaseSummary, statistics } from '../../domain/stats/statistics';
import { schoolYearOf, schoolYearStart } from '../../domain/wheel/recurrence';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { OVERVIEW_SHEET } from './overviewSheet';

/** Daily: the rektor's key figures in «Oversikt». Counts and case numbers only, never names. */
export const overviewTask: DailyTask = {
  name: 'Oversikt',
  run(ctx) {
    const sheet = ctx.ss.getSheetByName(OVERVIEW_SHEET.name);
    if (!sheet) return;
    const overdue = new Set(ctx.alerts.filter((a) => a.overdue).map((a) => a.saksnr));
    const cases: CaseSummary[] = ctx.register().cases.map(({ record: c }) => ({
      saksnr: c.saksnr,
      status: c.status,
      categories: splitCategories(c.kategori).categories.map((k) => k.replace(/\s*\(.*\)$/, '')),
      serious: isSerious(c),
      reportedOn: c.rektorKjent,
      planOn: c.planIverksatt,
      closedOn: c.avsluttet,
      overdue: overdue.has(c.saksnr),
    }));
    const year = schoolYearOf(ctx.clock.today);
    const s = statistics(cases, schoolYearStart(year)!);
    const t = messages(ctx.settings.language).overview;
    const rows: [string, string | number, string][] = [
      [t.updated, ctx.clock.today.split('-').reverse().join('.'), t.updatedNote],
      [t.open, s.open, ''],
      [t.overdue, s.overdue.length, s.overdue.join(', ')],
      [t.serious, s.serious, ''],
      ...Object.entries(s.byStatus).map(([status, n]): [string, number, string] => [t.status(status), n, '']),
      [t.reported(year), s.reportedThisYear, ''],
      [t.closed(year), s.closedThisYear, ''],
      [t.medianToPlan, s.medianDaysToPlan ?? '–', t.medianNote],
      ...s.byCategory.map(([cat, n]): [string, number, string] => [t.category(year, cat), n, '']),
    ];
    // Rewritten as a block: clear what was there (the list of categories may shrink), then write.
    const last = sheet.getLastRow();
    if (last > 1) sheet.getRange(2, 1, last - 1, 3).clearContent();
    sheet
      .getRange(2, 1, rows.length, 3)
      .setValues(rows.map((r) => r.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v))));
  },
};
