import type { DocState } from '../../gas/docState';
import { CHART_COLUMN, type ChartSpec, type Dashboard } from './dashboard';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** What «Oversikt» was last laid out as: the layout's signature, our charts' ids and the sheet's chart count. */
const LAYOUT = 'overview:layout';

interface Laid {
  signature: string;
  /** Our charts, in the order of the dashboard's charts. */
  ids: number[];
  /** How many charts the sheet had after laying out (ours and any the school added). */
  total: number;
}

/** A short, stable hash of the layout (document properties are small). */
function hash(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

function configure(builder: Builder, sheet: Sheet, spec: ChartSpec): Builder {
  const typed = spec.type === 'BAR' ? builder.asBarChart() : builder.asColumnChart();
  let b: Builder = typed
    .addRange(sheet.getRange(...spec.range))
    .setPosition(spec.anchorRow, CHART_COLUMN, 0, 0);
  b = b.setOption('title', spec.title);
  for (const [option, value] of Object.entries(spec.options)) b = b.setOption(option, value);
  return b;
}

/**
 * Makes «Oversikt»'s charts what the dashboard says, once: the layout (bold titles and headers) and the
 * charts are made when the layout's signature changes (a new version, another language) or one of our
 * charts is gone (the night finds that by their count, setUp by their ids); every other night this is one
 * call (getCharts). Charts are changed in place
 * (modify → updateChart), never added twice; a chart the school added itself is left alone.
 * Returns what it did, for setUp's list of changes.
 */
export function ensureDashboardLayout(sheet: Sheet, d: Dashboard, state: DocState, verify = false): string[] {
  const signature = hash(JSON.stringify([d.charts, d.titleRows, d.headerRows]));
  const laid = state.getJson<Laid | null>(LAYOUT, null);
  const charts = sheet.getCharts();
  // The nightly check counts the charts; setUp (`verify`) also looks at their ids, a few calls more.
  const inPlace = laid && laid.signature === signature && laid.ids.length === d.charts.length;
  if (inPlace && laid.total === charts.length && !verify) return [];

  const changes: string[] = [];
  if (!laid || laid.signature !== signature) {
    for (const row of d.titleRows) sheet.getRange(row, 1, 1, 3).setFontWeight('bold').setFontSize(12);
    for (const row of d.headerRows)
      sheet.getRange(row, 1, 1, 3).setFontWeight('bold').setBackground('#e8eef5');
  }
  const byId = new Map(charts.map((c) => [c.getChartId(), c]));
  const changed = !laid || laid.signature !== signature;
  let inserted = 0;
  let updated = 0;
  const keep: (number | null)[] = d.charts.map((spec, i) => {
    const existing = laid?.ids[i] !== undefined ? byId.get(laid.ids[i]!) : undefined;
    if (existing) {
      if (changed) {
        sheet.updateChart(configure(existing.modify().clearRanges(), sheet, spec).build());
        updated++;
      }
      return laid!.ids[i]!;
    }
    sheet.insertChart(configure(sheet.newChart(), sheet, spec).build());
    inserted++;
    return null;
  });
  let total = charts.length;
  if (inserted > 0) {
    // insertChart returns nothing: the new charts are the ones whose ids were not there before.
    const after = sheet.getCharts();
    const fresh = after.map((c) => c.getChartId()).filter((id) => id !== null && !byId.has(id)) as number[];
    for (let i = 0; i < keep.length; i++) if (keep[i] === null) keep[i] = fresh.shift() ?? null;
    total = after.length;
    changes.push(`Laget ${inserted} diagram i «Oversikt».`);
  }
  if (updated > 0) changes.push(`Oppdaterte ${updated} diagram i «Oversikt».`);
  state.setJson(LAYOUT, {
    signature,
    ids: keep.filter((id): id is number => id !== null),
    total,
  } satisfies Laid);
  return changes;
}
