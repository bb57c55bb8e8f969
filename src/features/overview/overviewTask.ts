import { isCaseStatus } from '../../domain/cases/lifecycle';
import { splitCategories } from '../../domain/intake/report';
import { type CaseSummary, statistics } from '../../domain/stats/statistics';
import { schoolYearOf, schoolYearStart } from '../../domain/wheel/recurrence';
import { cellDate, cellText } from '../../gas/cellValues';
import type { DailyTask } from '../daily/dailyTask';
import { COL, REGISTER_SHEET } from '../register/registerSheet';
import { OVERVIEW_SHEET } from './overviewSheet';

/** Daily: the rektor's key figures in «Oversikt». Counts and case numbers only, never names. */
export const overviewTask: DailyTask = {
  name: 'Oversikt',
  run(ctx) {
    const register = ctx.table(REGISTER_SHEET.name);
    const sheet = ctx.ss.getSheetByName(OVERVIEW_SHEET.name);
    if (!register || !sheet) return;
    const overdue = new Set(ctx.alerts.filter((a) => a.overdue).map((a) => a.saksnr));
    const cases: CaseSummary[] = [];
    for (let i = 0; i < register.rowCount; i++) {
      const status = cellText(register.get(i, COL.status));
      const saksnr = cellText(register.get(i, COL.saksnr));
      if (!saksnr || !isCaseStatus(status)) continue;
      cases.push({
        saksnr,
        status,
        categories: splitCategories(cellText(register.get(i, COL.kategori))).categories.map((c) =>
          c.replace(/\s*\(.*\)$/, ''),
        ),
        serious: cellText(register.get(i, COL.ansattInvolvert)) === 'Ja',
        reportedOn: cellDate(register.get(i, COL.rektorKjent)),
        planOn: cellDate(register.get(i, COL.planIverksatt)),
        closedOn: cellDate(register.get(i, COL.avsluttet)),
        overdue: overdue.has(saksnr),
      });
    }
    const year = schoolYearOf(ctx.clock.today);
    const s = statistics(cases, schoolYearStart(year)!);
    const rows: [string, string | number, string][] = [
      ['Oppdatert', ctx.clock.today.split('-').reverse().join('.'), 'Oppdateres hver natt av Skolemiljø.'],
      ['Åpne saker', s.open, ''],
      ['Frist passert', s.overdue.length, s.overdue.join(', ')],
      ['Åpne saker etter § 12-5 (ansatt involvert)', s.serious, ''],
      ...Object.entries(s.byStatus).map(([status, n]): [string, number, string] => [
        `Status: ${status}`,
        n,
        '',
      ]),
      [`Meldt skoleåret ${year}`, s.reportedThisYear, ''],
      [`Avsluttet skoleåret ${year}`, s.closedThisYear, ''],
      [
        'Median dager fra melding til aktivitetsplan',
        s.medianDaysToPlan ?? '–',
        'Kalenderdager, alle saker med plan.',
      ],
      ...s.byCategory.map(([cat, n]): [string, number, string] => [`Kategori ${year}: ${cat}`, n, '']),
    ];
    // Rewritten as a block: clear what was there (the list of categories may shrink), then write.
    const last = sheet.getLastRow();
    if (last > 1) sheet.getRange(2, 1, last - 1, 3).clearContent();
    sheet
      .getRange(2, 1, rows.length, 3)
      .setValues(rows.map((r) => r.map((v) => (typeof v === 'string' && /^[=+\-@]/.test(v) ? `'${v}` : v))));
  },
};
