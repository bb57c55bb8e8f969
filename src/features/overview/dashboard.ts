/**
 * «Oversikt» as the leadership's dashboard: key figures at the top, then one small table per figure with
 * a native chart beside it. Pure: the layout is fixed (every table has its rows whether or not there are
 * cases), so the charts' ranges never move and the daily job only rewrites values.
 *
 * The leadership sees exact numbers here; what leaves the school (the anonymised report, skoleeier's
 * report sheet) is `anonymisedFigures`, with small counts suppressed.
 */
import { CASE_STATUSES } from '../../domain/cases/lifecycle';
import { CATEGORIES } from '../../domain/intake/questions';
import {
  AGE_BANDS,
  DEADLINE_STEPS,
  type ExactFigures,
  schoolYearMonths,
} from '../../domain/stats/anonymised';
import type { Statistics } from '../../domain/stats/statistics';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import type { Messages } from '../../i18n';

export type Cell = string | number;

/** Rows 2.. of the sheet (row 1 is the sheet's header, kept by setUp), columns A–C. */
export const FIRST_ROW = 2;
export const WIDTH = 3;
/** Key figures take rows 2–13; each table gets a slot of SLOT rows from row 15, tall enough for its chart. */
const FIRST_SECTION = 15;
const SLOT = 15;
const SECTIONS = 5;
/** Rows written every night (2 … 89): a fixed block, so nothing stale is ever left below. */
export const ROWS = FIRST_SECTION + SECTIONS * SLOT - FIRST_ROW;
/** Charts sit in column D, beside their table. */
export const CHART_COLUMN = 4;
const CHART_WIDTH = 560;
const CHART_HEIGHT = SLOT * 21 - 15;

export interface ChartSpec {
  type: 'COLUMN' | 'BAR';
  title: string;
  /** The table the chart draws, header row included: [row, column, rows, columns]. */
  range: [number, number, number, number];
  anchorRow: number;
  options: Record<string, unknown>;
}

export interface Dashboard {
  /** ROWS × WIDTH values for A2:C{ROWS + 1}. */
  values: Cell[][];
  /** Sheet rows of the tables' titles and of their header rows, for bold text (laid out once). */
  titleRows: number[];
  headerRows: number[];
  charts: ChartSpec[];
}

export interface DashboardInput {
  figures: ExactFigures;
  stats: Statistics;
  /** Reports about the leadership sent on to skoleeier this school year (a count, nothing else). */
  redirected: number;
  today: LocalDate;
}

const yearLabel = (y: number) => `${y}–${y + 1}`;

export function dashboard(input: DashboardInput, t: Messages['overview']): Dashboard {
  const { figures: f, stats: s, today } = input;
  const year = yearLabel(f.schoolYear);
  const rows: Cell[][] = [];
  const at = (row: number, cells: Cell[]) => {
    rows[row - FIRST_ROW] = [...cells, '', '', ''].slice(0, WIDTH);
  };
  const share = (step: (typeof DEADLINE_STEPS)[number]): Cell[] => {
    const d = f.deadlines[step];
    return [
      t.deadlineMet(t.steps[step]),
      d.sharePercent === null ? t.none : `${d.sharePercent} %`,
      d.sharePercent === null ? '' : t.ofTotal(d.met, d.met + d.missed),
    ];
  };
  [
    [t.updated, formatNorwegian(today), t.updatedNote],
    [t.schoolYear, year, t.schoolYearNote],
    [t.open, s.open, ''],
    [t.overdue, s.overdue.length, s.overdue.join(', ')],
    [t.serious, s.serious, ''],
    [t.reportedYear, f.reported, ''],
    [t.closedYear, s.closedThisYear, ''],
    [t.medianToPlan, f.medianDaysToPlan ?? t.none, t.medianNote],
    share('investigation'),
    share('plan'),
    [t.redirected, input.redirected, t.redirectedNote],
  ].forEach((cells, i) => {
    at(FIRST_ROW + i, cells);
  });

  const titleRows: number[] = [];
  const headerRows: number[] = [];
  const charts: ChartSpec[] = [];
  const section = (
    index: number,
    title: string,
    note: string,
    header: Cell[],
    body: Cell[][],
    chart: { type: ChartSpec['type']; title: string; options?: Record<string, unknown> },
  ) => {
    const top = FIRST_SECTION + index * SLOT;
    at(top, [title, '', note]);
    at(top + 1, header);
    body.forEach((cells, i) => {
      at(top + 2 + i, cells);
    });
    titleRows.push(top);
    headerRows.push(top + 1);
    charts.push({
      type: chart.type,
      title: chart.title,
      range: [top + 1, 1, body.length + 1, header.length],
      anchorRow: top,
      options: {
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        legend: { position: header.length > 2 ? 'top' : 'none' },
        ...chart.options,
      },
    });
  };

  // Months after the figures' month have no value yet (a gap, not a zero).
  const asOf = f.asOfMonth;
  section(
    0,
    t.byMonthTitle(year),
    '',
    [t.month, t.cases],
    schoolYearMonths(f.schoolYear).map((m, i) => [t.months[i]!, m <= asOf ? f.byMonth[i]! : '']),
    { type: 'COLUMN', title: t.chartByMonth },
  );
  section(
    1,
    t.byCategoryTitle(year),
    t.byCategoryNote,
    [t.category, t.cases],
    CATEGORIES.map((c) => [t.categories[c], f.byCategory[c]]),
    { type: 'BAR', title: t.chartByCategory },
  );
  section(
    2,
    t.byStatusTitle(year),
    '',
    [t.status, t.cases],
    CASE_STATUSES.map((st) => [st, f.byStatus[st]]),
    { type: 'COLUMN', title: t.chartByStatus },
  );
  section(
    3,
    t.deadlinesTitle(year),
    t.deadlinesNote,
    [t.step, t.met, t.missed],
    DEADLINE_STEPS.map((st) => [t.steps[st], f.deadlines[st].met, f.deadlines[st].missed]),
    { type: 'COLUMN', title: t.chartDeadlines, options: { isStacked: true, colors: ['#2e7d32', '#c62828'] } },
  );
  section(
    4,
    t.ageTitle,
    t.ageNote,
    [t.age, t.openCases],
    AGE_BANDS.map((b) => [t.ages[b.key], f.openByAge[b.key]]),
    { type: 'COLUMN', title: t.chartAge },
  );

  const values = Array.from({ length: ROWS }, (_, i) => rows[i] ?? ['', '', '']);
  return { values, titleRows, headerRows, charts };
}
