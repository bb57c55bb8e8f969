import { Parser } from 'hot-formula-parser';
import { zonedParts } from '../core/dateFormat.js';
import type { Stored } from './cell.js';

/**
 * Just enough of the Sheets formula language for what the product writes: HYPERLINK cells and the
 * custom formulas of conditional formatting rules (AND/OR/NOT, comparisons, TODAY(), relative and
 * absolute references). Dates are compared as Sheets does, as serial numbers (days since 30.12.1899).
 */

export interface FormulaContext {
  /** The stored value at 1-based (row, column) of the sheet the formula lives on. */
  valueAt(row: number, column: number): Stored;
  nowMs: number;
  timeZone: string;
}

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date as a Sheets serial number, in the spreadsheet's time zone. */
export function toSerial(ms: number, timeZone: string): number {
  const p = zonedParts(new Date(ms), timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (local - SERIAL_EPOCH) / MS_PER_DAY;
}

function forFormula(v: Stored, timeZone: string): unknown {
  return typeof v === 'object' ? toSerial(v.date, timeZone) : v;
}

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i;

/** Evaluates `formula` as if it sat at (row, column); `shift` moves relative references (for CF rules). */
export function evaluate(
  formula: string,
  ctx: FormulaContext,
  shift: { rows: number; columns: number } = { rows: 0, columns: 0 },
): unknown {
  const link = HYPERLINK.exec(formula.trim());
  if (link) return (link[2] ?? link[1] ?? '').replace(/""/g, '"');
  const parser = new Parser();
  const today = Math.floor(toSerial(ctx.nowMs, ctx.timeZone));
  parser.setFunction('TODAY', () => today);
  parser.setFunction('NOW', () => toSerial(ctx.nowMs, ctx.timeZone));
  // Sheets dates are serial numbers, so DATE() compares with TODAY() and with date cells.
  parser.setFunction('DATE', (params) => {
    const [y, m, d] = params.map(Number);
    return (Date.UTC(y ?? 1899, (m ?? 12) - 1, d ?? 30) - SERIAL_EPOCH) / MS_PER_DAY;
  });
  const at = (coord: {
    row: { index: number; isAbsolute: boolean };
    column: { index: number; isAbsolute: boolean };
  }) => {
    const r = coord.row.index + 1 + (coord.row.isAbsolute ? 0 : shift.rows);
    const c = coord.column.index + 1 + (coord.column.isAbsolute ? 0 : shift.columns);
    return forFormula(ctx.valueAt(r, c), ctx.timeZone);
  };
  parser.on('callCellValue', (coord, done) => done(at(coord)));
  parser.on('callRangeValue', (start, end, done) => {
    const rows: unknown[][] = [];
    for (let r = start.row.index; r <= end.row.index; r++) {
      const row: unknown[] = [];
      for (let c = start.column.index; c <= end.column.index; c++) {
        row.push(
          at({
            row: { index: r, isAbsolute: start.row.isAbsolute },
            column: { index: c, isAbsolute: start.column.isAbsolute },
          }),
        );
      }
      rows.push(row);
    }
    done(rows);
  });
  const body = formula.trim().replace(/^=/, '');
  const { error, result } = parser.parse(body);
  return error ?? result;
}

/** True when a conditional-format custom formula holds (Sheets treats any non-zero, non-error as true). */
export function isTruthy(result: unknown): boolean {
  if (typeof result === 'string') return result.toUpperCase() === 'TRUE';
  return Boolean(result);
}
