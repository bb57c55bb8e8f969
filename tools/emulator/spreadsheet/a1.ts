/** A1 notation, 1-based like Apps Script: `B3` → row 3, column 2. */

export interface GridRange {
  sheetName?: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnToLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses `A1`, `A1:C10`, `A:C` (whole columns), `2:4` (whole rows) and `'Sheet name'!A1:B2`.
 * Open ends are bounded by the sheet's size, as in Apps Script.
 */
export function parseA1(notation: string, maxRows: number, maxColumns: number): GridRange {
  let ref = notation.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b = a] = ref.split(':');
  const ma = CELL.exec(a ?? '');
  const mb = CELL.exec(b ?? '');
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) throw new Error(`Range not found`);
  const c1 = ma[1] ? lettersToColumn(ma[1]) : 1;
  const c2 = mb[1] ? lettersToColumn(mb[1]) : maxColumns;
  const r1 = ma[2] ? Number(ma[2]) : 1;
  const r2 = mb[2] ? Number(mb[2]) : maxRows;
  const range: GridRange = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  if (sheetName !== undefined) range.sheetName = sheetName;
  return range;
}

export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
