/**
 * The emulator's embedded charts drawn as plain SVG bar charts, so the static preview (and its
 * screenshots) shows «Oversikt» as a person would see it in Sheets: a title, the categories of the first
 * column, one bar (or a stacked bar) per row and series, value labels, and a legend when there are several
 * series. Column and bar charts only; anything else is drawn as a labelled box.
 */
import { escapeHtml } from '../emulator/services/html';
import { parseA1 } from '../emulator/spreadsheet/a1';
import type { ChartView } from '../emulator/spreadsheet/chart';
import type { EmuSheet } from '../emulator/spreadsheet/sheet';

const PALETTE = ['#1f4e79', '#e37400', '#188038', '#a142f4', '#d93025'];

interface Table {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** The chart's first range as a table: the header row names the series, the first column the categories. */
function tableOf(sheet: EmuSheet, range: string): Table {
  const r = parseA1(range, sheet._maxRows, sheet._maxColumns);
  const cell = (row: number, col: number) => sheet._peek(row, col)?.value;
  const text = (row: number, col: number) => sheet._display(sheet._peek(row, col), row, col);
  const series = Array.from({ length: r.numColumns - 1 }, (_, i) => ({
    name: text(r.row, r.column + 1 + i),
    values: Array.from({ length: r.numRows - 1 }, (_, j) => {
      const v = cell(r.row + 1 + j, r.column + 1 + i);
      return typeof v === 'number' ? v : null;
    }),
  }));
  const categories = Array.from({ length: r.numRows - 1 }, (_, j) => text(r.row + 1 + j, r.column));
  return { categories, series };
}

/** An axis maximum with four whole-number steps. */
function niceMax(max: number): number {
  if (max <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(max / 4));
  return Math.ceil(max / 4 / step) * step * 4;
}

/** A label that fits `px` pixels at about 6 px a letter (Sheets slants or thins them; the preview shortens). */
function shorten(label: string, px: number): string {
  const room = Math.max(3, Math.floor(px / 6));
  return label.length > room ? `${label.slice(0, room - 1)}…` : label;
}

export function chartSvg(sheet: EmuSheet, chart: ChartView): string {
  const width = Number(chart.options['width'] ?? 560);
  const height = Number(chart.options['height'] ?? 300);
  const title = String(chart.options['title'] ?? '');
  const colors = (chart.options['colors'] as string[] | undefined) ?? PALETTE;
  const stacked = chart.options['isStacked'] === true;
  const head = `<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">
<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" fill="#fff" stroke="#dadce0"/>
<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold" fill="#202124">${escapeHtml(title)}</text>`;
  if (chart.type !== 'COLUMN' && chart.type !== 'BAR')
    return `${head}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#5f6368">${escapeHtml(String(chart.type))}</text></svg>`;
  const { categories, series } = tableOf(sheet, chart.ranges[0]!);
  const legend = series.length > 1;
  const totals = categories.map((_, j) =>
    stacked
      ? series.reduce((s, x) => s + (x.values[j] ?? 0), 0)
      : Math.max(0, ...series.map((x) => x.values[j] ?? 0)),
  );
  const max = niceMax(Math.max(0, ...totals));
  const parts: string[] = [head];
  if (legend)
    series.forEach((s, i) => {
      const x = 16 + i * 130;
      parts.push(
        `<rect x="${x}" y="34" width="10" height="10" fill="${colors[i % colors.length]}"/><text x="${x + 14}" y="43" font-size="11" fill="#202124">${escapeHtml(s.name)}</text>`,
      );
    });
  const top = legend ? 56 : 40;
  if (chart.type === 'COLUMN') {
    const left = 36;
    const bottom = height - 44;
    const plotW = width - left - 12;
    const plotH = bottom - top;
    for (let k = 0; k <= 4; k++) {
      const y = bottom - (plotH * k) / 4;
      parts.push(
        `<line x1="${left}" x2="${width - 12}" y1="${y}" y2="${y}" stroke="#e8eaed"/><text x="${left - 4}" y="${y + 4}" text-anchor="end" font-size="10" fill="#5f6368">${Math.round((max * k) / 4)}</text>`,
      );
    }
    const slot = plotW / Math.max(categories.length, 1);
    const barW = stacked ? slot * 0.6 : (slot * 0.7) / Math.max(series.length, 1);
    categories.forEach((c, j) => {
      let base = bottom;
      series.forEach((s, i) => {
        const v = s.values[j] ?? null;
        if (v === null) return;
        const h = (plotH * v) / max;
        const x = left + slot * j + (stacked ? slot * 0.2 : slot * 0.15 + barW * i);
        const y = stacked ? base - h : bottom - h;
        parts.push(
          `<rect x="${x}" y="${y}" width="${barW}" height="${h}" fill="${colors[i % colors.length]}"/>`,
        );
        if (v > 0)
          parts.push(
            `<text x="${x + barW / 2}" y="${stacked ? y + h / 2 + 4 : y - 3}" text-anchor="middle" font-size="10" fill="${stacked ? '#fff' : '#202124'}">${v}</text>`,
          );
        if (stacked) base -= h;
      });
      const label = shorten(c, slot - 4);
      parts.push(
        `<text x="${left + slot * j + slot / 2}" y="${bottom + 14}" text-anchor="middle" font-size="10" fill="#3c4043">${escapeHtml(label)}</text>`,
      );
    });
    parts.push(`<line x1="${left}" x2="${width - 12}" y1="${bottom}" y2="${bottom}" stroke="#80868b"/>`);
  } else {
    const left = 170;
    const right = width - 30;
    const bottom = height - 16;
    const slot = (bottom - top) / Math.max(categories.length, 1);
    categories.forEach((c, j) => {
      let base = left;
      series.forEach((s, i) => {
        const v = s.values[j] ?? 0;
        const w = ((right - left) * v) / max;
        const barH = stacked ? slot * 0.6 : (slot * 0.7) / Math.max(series.length, 1);
        const y = top + slot * j + (stacked ? slot * 0.2 : slot * 0.15 + barH * i);
        parts.push(
          `<rect x="${base}" y="${y}" width="${w}" height="${barH}" fill="${colors[i % colors.length]}"/>`,
        );
        parts.push(
          `<text x="${base + w + 4}" y="${y + barH / 2 + 4}" font-size="10" fill="#202124">${v}</text>`,
        );
        if (stacked) base += w;
      });
      parts.push(
        `<text x="${left - 6}" y="${top + slot * j + slot / 2 + 4}" text-anchor="end" font-size="11" fill="#3c4043">${escapeHtml(c)}</text>`,
      );
    });
    parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${bottom}" stroke="#80868b"/>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
}
