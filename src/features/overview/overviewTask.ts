import { isSerious } from '../../domain/cases/caseRecord';
import { splitCategories } from '../../domain/intake/report';
import { exactFigures } from '../../domain/stats/anonymised';
import { type CaseSummary, statistics } from '../../domain/stats/statistics';
import { localDate } from '../../domain/time/localDate';
import type { DocState } from '../../gas/docState';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import type { CaseRow } from '../register/register';
import { ensureDashboardLayout } from './charts';
import { type Cell, type Dashboard, dashboard, FIRST_ROW, ROWS, WIDTH } from './dashboard';
import { currentSchoolYear, figureCases, redirectedCount } from './figures';
import { OVERVIEW_SHEET } from './overviewSheet';

/** The dashboard for the register as it stands today (pure but for nothing: reads no service). */
export function buildDashboard(
  rows: readonly CaseRow[],
  overdue: ReadonlySet<string>,
  state: DocState,
  today: string,
  language: 'nb' | 'nn',
): Dashboard {
  const year = currentSchoolYear(today);
  const summaries: CaseSummary[] = rows.map(({ record: c }) => ({
    saksnr: c.saksnr,
    status: c.status,
    categories: splitCategories(c.kategori).categories,
    serious: isSerious(c),
    reportedOn: c.rektorKjent,
    planOn: c.planIverksatt,
    closedOn: c.avsluttet,
    overdue: overdue.has(c.saksnr),
  }));
  return dashboard(
    {
      figures: exactFigures(figureCases(rows.map((r) => r.record)), year, today),
      stats: statistics(summaries, localDate(year, 8, 1)),
      redirected: redirectedCount(state, year),
      today: today as never,
    },
    messages(language).overview,
  );
}

/** Text as text: a leading apostrophe keeps Sheets from reading «18.11.2026» or «2026–2027» as something else. */
function asTyped(v: Cell): Cell {
  return typeof v === 'string' && v !== '' ? `'${v}` : v;
}

/** Writes the dashboard's values (one call) and makes its layout and charts once (charts.ts). */
export function writeDashboard(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  d: Dashboard,
  state: DocState,
  verify = false,
): string[] {
  sheet.getRange(FIRST_ROW, 1, ROWS, WIDTH).setValues(d.values.map((r) => r.map(asTyped)));
  return ensureDashboardLayout(sheet, d, state, verify);
}

/**
 * Daily: the leadership's dashboard in «Oversikt»: key figures, this school year's cases by month,
 * category and status, deadlines met, median days to a plan, open cases by age, and reports about the
 * leadership sent on to skoleeier, each as a small table with a chart. Counts and case numbers only,
 * never names. About four service calls a night: the sheet, one write, one look at the charts.
 */
export const overviewTask: DailyTask = {
  name: 'Oversikt',
  run(ctx) {
    const sheet = ctx.ss.getSheetByName(OVERVIEW_SHEET.name);
    if (!sheet) return;
    const overdue = new Set(ctx.alerts.filter((a) => a.overdue).map((a) => a.saksnr));
    const d = buildDashboard(
      ctx.register().cases,
      overdue,
      ctx.state,
      ctx.clock.today,
      ctx.settings.language,
    );
    writeDashboard(sheet, d, ctx.state);
  },
};
