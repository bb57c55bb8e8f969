import { NotImplementedError } from '../core/tracking.js';
import { toA1 } from './a1.js';
import type { Cell, Stored } from './cell.js';
import { shiftChartRows } from './chart.js';
import type { EmuRange } from './range.js';
import type { EmuSheet } from './sheet.js';

/**
 * Row operations the response sheet and the register go through: bounds of deleteRows, Sheet.sort and
 * Range.sort. https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)
 * https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)
 *
 * Sorting follows Sheets: empty cells go last in either direction; in ascending order numbers (and dates,
 * as their serial numbers) come before text and text before booleans; text compares case-insensitively in
 * the spreadsheet's locale (nb: æ, ø, å after z); equal keys keep their order. Whole cells move (value,
 * format, note, validation). Formulas would need their relative references rewritten, which the emulator
 * does not do: sorting a formula throws NotImplementedError rather than give a wrong sheet.
 */

/** "Those rows are out of bounds." (the Sheets message, as gas-fakes gives it for rows past the grid). */
export function checkRowsToDelete(sheet: EmuSheet, rowPosition: number, howMany: number): void {
  if (
    !Number.isInteger(rowPosition) ||
    !Number.isInteger(howMany) ||
    rowPosition < 1 ||
    howMany < 1 ||
    rowPosition + howMany - 1 > sheet._maxRows
  )
    throw new Error('Those rows are out of bounds.');
  if (sheet._maxRows - howMany <= sheet._frozenRows)
    throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
}

/** Keeps what points at rows (charts' data ranges) in place when rows are inserted or deleted. */
export function rowsShifted(sheet: EmuSheet, at: number, delta: number): void {
  shiftChartRows(sheet, at, delta);
}

type SortSpec = { column: number; ascending: boolean };

function specsOf(spec: unknown, range: EmuRange): SortSpec[] {
  const list = Array.isArray(spec) ? spec : [spec];
  if (list.length === 0) throw new Error('Invalid argument: sortSpecObj');
  return list.map((s) => {
    const one =
      typeof s === 'number'
        ? { column: s, ascending: true }
        : s && typeof s === 'object' && typeof (s as { column?: unknown }).column === 'number'
          ? {
              column: (s as { column: number }).column,
              ascending: (s as { ascending?: unknown }).ascending !== false,
            }
          : null;
    if (!one) throw new Error('Invalid argument: sortSpecObj');
    if (one.column < range._column || one.column > range._column + range._numColumns - 1)
      throw new Error(
        `The sort column ${one.column} is outside the range ${toA1(range._row, range._column, range._numRows, range._numColumns)} (wording of the real error not verified).`,
      );
    return one;
  });
}

function rank(v: Stored): number {
  if (v === '') return 3;
  if (typeof v === 'number' || typeof v === 'object') return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: false });

function compare(a: Stored, b: Stored): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) {
    const n = (v: Stored) => (typeof v === 'object' ? v.date / 86_400_000 + 25_569 : (v as number));
    return n(a) - n(b);
  }
  if (ra === 1) return collator.compare(a as string, b as string);
  if (ra === 2) return Number(a) - Number(b);
  return 0;
}

/** Sorts rows `row`…`row + numRows - 1` of the columns `column`…, by the given keys. */
function sortBlock(
  sheet: EmuSheet,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
  specs: SortSpec[],
): void {
  const rows: (Cell | undefined)[][] = [];
  for (let r = 0; r < numRows; r++) {
    const cells: (Cell | undefined)[] = [];
    for (let c = 0; c < numColumns; c++) {
      const cell = sheet._peek(row + r, column + c);
      if (cell?.formula) throw new NotImplementedError('sorting a range that holds formulas');
      cells.push(cell);
    }
    rows.push(cells);
  }
  const value = (cells: (Cell | undefined)[], col: number) => cells[col - column]?.value ?? '';
  const order = rows
    .map((cells, i) => ({ cells, i }))
    .sort((x, y) => {
      for (const s of specs) {
        const a = value(x.cells, s.column);
        const b = value(y.cells, s.column);
        // Empty cells last in either direction.
        if (a === '' || b === '') {
          if (a === b) continue;
          return a === '' ? 1 : -1;
        }
        const d = compare(a, b);
        if (d !== 0) return s.ascending ? d : -d;
      }
      return x.i - y.i;
    });
  order.forEach(({ cells }, r) => {
    let line = sheet._grid[row + r - 1];
    if (!line) {
      line = [];
      sheet._grid[row + r - 1] = line;
    }
    cells.forEach((cell, c) => {
      line![column + c - 1] = cell as Cell;
    });
  });
}

/** Range.sort(sortSpecObj): a column number, {column, ascending}, or an array of them. */
export function sortRange(range: EmuRange, spec: unknown): void {
  const specs = specsOf(spec, range);
  sortBlock(range._sheet, range._row, range._column, range._numRows, range._numColumns, specs);
}

/** Sheet.sort(columnPosition, ascending): every row below the frozen ones, across all columns. */
export function sortSheet(sheet: EmuSheet, columnPosition: number, ascending = true): void {
  if (!Number.isInteger(columnPosition) || columnPosition < 1 || columnPosition > sheet._maxColumns)
    throw new Error('Those columns are out of bounds.');
  const first = sheet._frozenRows + 1;
  const last = sheet._lastRow();
  if (last < first) return;
  sortBlock(sheet, first, 1, last - first + 1, sheet._maxColumns, [
    { column: columnPosition, ascending: ascending !== false },
  ]);
}
