import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import { toA1 } from './a1.js';
import type { EmuRange } from './range.js';
import type { EmuSheet } from './sheet.js';

/**
 * Embedded charts: Sheet.newChart() → EmbeddedChartBuilder → build() → Sheet.insertChart(chart);
 * Sheet.getCharts / updateChart / removeChart; EmbeddedChart.modify().
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 *
 * A built chart is a value: it reaches the sheet only through insertChart, and a change made with
 * modify() only through updateChart ("Invoke sheet.updateChart(chart) to save any changes",
 * embedded-chart#modify()). getChartId() is null until the chart is in a sheet (embedded-chart#getChartId()).
 * Typed builders (asColumnChart() …) have their own extra methods (setTitle, setXAxisTitle …), which the
 * generic builder does not have; they are kept as the chart options Google Charts uses ("title",
 * "hAxis.title", "vAxis.title", "colors", "isStacked", "is3D", "legend.position", "backgroundColor").
 * Defaults copied from gas-fakes' live-checked builder: anchored at row 1, column 1, no offset.
 */

export const CHART_TYPES = [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
] as const;
type ChartType = (typeof CHART_TYPES)[number];

const POSITIONS = ['TOP', 'RIGHT', 'BOTTOM', 'NONE'];
const HIDDEN = ['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'];
const MERGE = ['MERGE_COLUMNS', 'MERGE_ROWS'];

/** The `Charts` global's enums (https://developers.google.com/apps-script/reference/charts/charts). */
export function createCharts(env: Env): GoogleAppsScript.Charts.Charts {
  const e = (values: readonly string[]) => Object.freeze(Object.fromEntries(values.map((v) => [v, v])));
  return gas(
    track(
      {
        ChartType: e(CHART_TYPES),
        Position: e(POSITIONS),
        ChartHiddenDimensionStrategy: e(HIDDEN),
        ChartMergeStrategy: e(MERGE),
      },
      'Charts',
      env,
    ),
  );
}

interface RangeRef {
  sheet: EmuSheet;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

interface ChartState {
  id: number | null;
  type: ChartType | null;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
  merge: string;
  hidden: string;
}

/** What a test reads of a chart on a sheet. */
export interface ChartView {
  id: number;
  type: string | null;
  /** Each range as "Sheet!A1:B5". */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

/** Charts by spreadsheet and sheet id (a sheet reaches here both as itself and as its tracked proxy). */
const onSheet = new WeakMap<object, Map<number, ChartState[]>>();
/** Chart ids are unique across a spreadsheet (embedded-chart#getChartId()). */
const chartSeq = new WeakMap<object, number>();

function chartsIn(sheet: EmuSheet): ChartState[] {
  let bySheet = onSheet.get(sheet._parent);
  if (!bySheet) {
    bySheet = new Map();
    onSheet.set(sheet._parent, bySheet);
  }
  let list = bySheet.get(sheet._id);
  if (!list) {
    list = [];
    bySheet.set(sheet._id, list);
  }
  return list;
}

function copy(state: ChartState): ChartState {
  return {
    ...state,
    ranges: state.ranges.map((r) => ({ ...r })),
    options: structuredClone(state.options),
    position: { ...state.position },
  };
}

function a1(r: RangeRef): string {
  return `${r.sheet._name}!${toA1(r.row, r.column, r.numRows, r.numColumns)}`;
}

/** The charts on a sheet, for tests. */
export function chartsOn(sheet: EmuSheet): ChartView[] {
  return chartsIn(sheet).map((c) => ({
    id: c.id!,
    type: c.type,
    ranges: c.ranges.map(a1),
    options: structuredClone(c.options),
    position: { ...c.position },
  }));
}

function rangeRef(range: unknown, member: string): RangeRef {
  const r = range as Partial<EmuRange> | null;
  if (!r || typeof r !== 'object' || !r._sheet || typeof r._row !== 'number')
    throw new Error(`The parameters (${typeof range}) don't match the method signature for ${member}.`);
  return {
    sheet: r._sheet,
    row: r._row,
    column: r._column!,
    numRows: r._numRows!,
    numColumns: r._numColumns!,
  };
}

function sameRange(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.column === b.column &&
    a.numRows === b.numRows &&
    a.numColumns === b.numColumns
  );
}

function toRange(r: RangeRef): GoogleAppsScript.Spreadsheet.Range {
  return gas(r.sheet._range(r.row, r.column, r.numRows, r.numColumns));
}

function containerInfo(env: Env, p: ChartState['position']): GoogleAppsScript.Spreadsheet.ContainerInfo {
  return gas(
    track(
      {
        getAnchorRow: () => p.row,
        getAnchorColumn: () => p.column,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
        toString: () => 'ContainerInfo',
      },
      'ContainerInfo',
      env,
    ),
  );
}

/** The extra methods of each typed builder (the reference's Embedded…ChartBuilder classes). */
const AXES = [
  'setTitle',
  'setXAxisTitle',
  'setYAxisTitle',
  'setColors',
  'setLegendPosition',
  'setRange',
  'setBackgroundColor',
];
const TYPED: Partial<Record<ChartType, { face: string; methods: string[] }>> = {
  AREA: { face: 'EmbeddedAreaChartBuilder', methods: [...AXES, 'setStacked'] },
  BAR: { face: 'EmbeddedBarChartBuilder', methods: [...AXES, 'setStacked'] },
  COLUMN: { face: 'EmbeddedColumnChartBuilder', methods: [...AXES, 'setStacked'] },
  COMBO: { face: 'EmbeddedComboChartBuilder', methods: [...AXES, 'setStacked'] },
  LINE: { face: 'EmbeddedLineChartBuilder', methods: AXES },
  PIE: {
    face: 'EmbeddedPieChartBuilder',
    methods: ['setTitle', 'setColors', 'setLegendPosition', 'set3D', 'setBackgroundColor'],
  },
  HISTOGRAM: { face: 'EmbeddedHistogramChartBuilder', methods: [] },
  SCATTER: { face: 'EmbeddedScatterChartBuilder', methods: [] },
  TABLE: { face: 'EmbeddedTableChartBuilder', methods: [] },
};

function builder(env: Env, home: EmuSheet, state: ChartState, faceName = 'EmbeddedChartBuilder'): unknown {
  let proxy: unknown;
  const chain =
    (fn: (...args: never[]) => void) =>
    (...args: never[]) => {
      fn(...args);
      return proxy;
    };
  const as = (type: ChartType) => () => {
    state.type = type;
    return builder(env, home, state, TYPED[type]!.face);
  };
  const valueAxis = () => (state.type === 'BAR' ? 'hAxis' : 'vAxis');
  const base: Record<string, unknown> = {
    addRange: chain((range: unknown) => {
      const ref = rangeRef(range, 'SpreadsheetApp.EmbeddedChartBuilder.addRange');
      if (!state.ranges.some((r) => sameRange(r, ref))) state.ranges.push(ref);
    }),
    removeRange: chain((range: unknown) => {
      const ref = rangeRef(range, 'SpreadsheetApp.EmbeddedChartBuilder.removeRange');
      state.ranges = state.ranges.filter((r) => !sameRange(r, ref));
    }),
    clearRanges: chain(() => {
      state.ranges = [];
    }),
    getRanges: () => state.ranges.map(toRange),
    getChartType: () => state.type,
    setChartType: chain((type: unknown) => {
      if (!CHART_TYPES.includes(String(type) as ChartType)) throw new Error('Invalid argument: type');
      state.type = String(type) as ChartType;
    }),
    setOption: chain((option: string, value: unknown) => {
      if (typeof option !== 'string' || option === '') throw new Error('Invalid argument: option');
      state.options[option] = structuredClone(value);
    }),
    /** "anchorRowPos and anchorColPos are 1-indexed." */
    setPosition: chain((row: number, column: number, offsetX: number, offsetY: number) => {
      for (const [n, what] of [
        [row, 'anchorRowPos'],
        [column, 'anchorColPos'],
      ] as const)
        if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${what}`);
      state.position = { row, column, offsetX: offsetX ?? 0, offsetY: offsetY ?? 0 };
    }),
    getContainer: () => containerInfo(env, { ...state.position }),
    setNumHeaders: chain((n: number) => {
      state.numHeaders = n;
    }),
    setTransposeRowsAndColumns: chain((t: boolean) => {
      state.transpose = Boolean(t);
    }),
    setMergeStrategy: chain((s: unknown) => {
      if (!MERGE.includes(String(s))) throw new Error('Invalid argument: mergeStrategy');
      state.merge = String(s);
    }),
    setHiddenDimensionStrategy: chain((s: unknown) => {
      if (!HIDDEN.includes(String(s))) throw new Error('Invalid argument: strategy');
      state.hidden = String(s);
    }),
    asAreaChart: as('AREA'),
    asBarChart: as('BAR'),
    asColumnChart: as('COLUMN'),
    asComboChart: as('COMBO'),
    asHistogramChart: as('HISTOGRAM'),
    asLineChart: as('LINE'),
    asPieChart: as('PIE'),
    asScatterChart: as('SCATTER'),
    asTableChart: as('TABLE'),
    build: () => embeddedChart(env, home, copy(state)),
    toString: () => 'com.google.apps.maestro.server.beans.trix.impl.ChartPropertyApiEmbeddedChartBuilder',
  };
  const typed: Record<string, unknown> = {
    setTitle: chain((title: string) => {
      state.options['title'] = String(title);
    }),
    setXAxisTitle: chain((title: string) => {
      state.options['hAxis.title'] = String(title);
    }),
    setYAxisTitle: chain((title: string) => {
      state.options['vAxis.title'] = String(title);
    }),
    setColors: chain((colors: string[]) => {
      if (!Array.isArray(colors)) throw new Error('Invalid argument: cssValues');
      state.options['colors'] = colors.map(String);
    }),
    setLegendPosition: chain((position: unknown) => {
      if (!POSITIONS.includes(String(position))) throw new Error('Invalid argument: position');
      state.options['legend.position'] = String(position);
    }),
    setRange: chain((start: number, end: number) => {
      state.options[`${valueAxis()}.viewWindow.min`] = start;
      state.options[`${valueAxis()}.viewWindow.max`] = end;
    }),
    setBackgroundColor: chain((css: string) => {
      state.options['backgroundColor'] = String(css);
    }),
    setStacked: chain(() => {
      state.options['isStacked'] = true;
    }),
    set3D: chain(() => {
      state.options['is3D'] = true;
    }),
  };
  const face = Object.entries(TYPED).find(([, t]) => t.face === faceName)?.[1];
  for (const m of face?.methods ?? []) base[m] = typed[m];
  proxy = track(base, faceName, env);
  return proxy;
}

function embeddedChart(
  env: Env,
  home: EmuSheet,
  state: ChartState,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return gas(
    track(
      {
        _chart: state,
        getChartId: () => state.id,
        getRanges: () => state.ranges.map(toRange),
        getOptions: () =>
          track(
            {
              get: (option: string) =>
                option in state.options ? structuredClone(state.options[option]) : null,
              getOrDefault: (option: string) =>
                option in state.options ? structuredClone(state.options[option]) : null,
            },
            'ChartOptions',
            env,
          ),
        getContainerInfo: () => containerInfo(env, { ...state.position }),
        getNumHeaders: () => state.numHeaders,
        getTransposeRowsAndColumns: () => state.transpose,
        getMergeStrategy: () => state.merge,
        getHiddenDimensionStrategy: () => state.hidden,
        /** "Returns an EmbeddedChartBuilder": the generic one (as…Chart() gives the typed methods again). */
        modify: () => builder(env, home, copy(state)),
        toString: () => 'EmbeddedChart',
      },
      'EmbeddedChart',
      env,
    ),
  );
}

function stateOf(chart: unknown, member: string): ChartState {
  const state = (chart as { _chart?: ChartState } | null)?._chart;
  if (!state)
    throw new Error(`The parameters (${typeof chart}) don't match the method signature for ${member}.`);
  return state;
}

/** Sheet.newChart(), insertChart, getCharts, updateChart, removeChart, for EmuSheet to delegate to. */
export const sheetCharts = {
  newChart(sheet: EmuSheet): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return gas(
      builder(sheet._env, sheet, {
        id: null,
        type: null,
        ranges: [],
        options: {},
        position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
        numHeaders: -1,
        transpose: false,
        merge: 'MERGE_COLUMNS',
        hidden: 'IGNORE_ROWS',
      }),
    );
  },
  /** "Adds a new chart to this sheet." A chart already in a sheet is changed with updateChart instead. */
  insert(sheet: EmuSheet, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOf(chart, 'SpreadsheetApp.Sheet.insertChart');
    if (state.id !== null) throw new Error('This chart is already in the spreadsheet: use updateChart.');
    if (state.type === null) throw new Error('The chart has no chart type: use setChartType or as…Chart().');
    const seq = (chartSeq.get(sheet._parent) ?? 0) + 1;
    chartSeq.set(sheet._parent, seq);
    state.id = 1_000_000_000 + seq * 7919;
    chartsIn(sheet).push(copy(state));
  },
  list(sheet: EmuSheet): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return chartsIn(sheet).map((c) => embeddedChart(sheet._env, sheet, copy(c)));
  },
  /** Saves a chart changed with modify(): the chart must be on this sheet. */
  update(sheet: EmuSheet, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOf(chart, 'SpreadsheetApp.Sheet.updateChart');
    const list = chartsIn(sheet);
    const i = list.findIndex((c) => c.id !== null && c.id === state.id);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    list[i] = copy(state);
  },
  remove(sheet: EmuSheet, chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const state = stateOf(chart, 'SpreadsheetApp.Sheet.removeChart');
    const list = chartsIn(sheet);
    const i = list.findIndex((c) => c.id !== null && c.id === state.id);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    list.splice(i, 1);
  },
};

/**
 * Rows inserted (delta > 0) or deleted (delta < 0) at row `at` of `sheet`: chart ranges on that sheet move
 * and shrink with their rows, as Sheets keeps references to moved cells; a range whose rows are all
 * deleted is dropped from the chart.
 */
export function shiftChartRows(sheet: EmuSheet, at: number, delta: number): void {
  const bySheet = onSheet.get(sheet._parent);
  if (!bySheet) return;
  for (const list of bySheet.values())
    for (const chart of list) {
      chart.ranges = chart.ranges.flatMap((r) => {
        if (r.sheet._id !== sheet._id) return [r];
        const end = r.row + r.numRows - 1;
        if (delta > 0) {
          if (at <= r.row) return [{ ...r, row: r.row + delta }];
          if (at <= end) return [{ ...r, numRows: r.numRows + delta }];
          return [r];
        }
        const delFirst = at;
        const delLast = at - delta - 1;
        const before = Math.max(0, Math.min(end, delFirst - 1) - r.row + 1);
        const after = Math.max(0, end - Math.max(r.row, delLast + 1) + 1);
        if (before + after === 0) return [];
        const row = r.row < delFirst ? r.row : r.row > delLast ? r.row + delta : delFirst;
        return [{ ...r, row, numRows: before + after }];
      });
    }
}
