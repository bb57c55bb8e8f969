import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { EmuSheet } from './sheet.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/**
 * Find text in a sheet or range without reading its values into the script.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 *  - matching is on the cell's displayed value, or its formula text with matchFormulaText(true);
 *  - case-insensitive and partial unless matchCase / matchEntireCell;
 *  - cells are visited row by row, left to right.
 */
export class EmuTextFinder {
  _matchCase = false;
  _entire = false;
  _formulaText = false;
  _regex = false;
  _ignoreDiacritics = false;
  _current: { row: number; column: number } | null = null;

  constructor(
    readonly _sheet: EmuSheet,
    readonly _text: string,
    readonly _area: { row: number; column: number; rows: number; columns: number },
  ) {
    if (_text === '')
      throw new Error(
        "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.",
      );
  }
  static _create(sheet: EmuSheet, text: string, area: EmuTextFinder['_area']): EmuTextFinder {
    return track(new EmuTextFinder(sheet, text, area), 'TextFinder', sheet._env);
  }
  private self() {
    return gas<GoogleAppsScript.Spreadsheet.TextFinder>(proxyOf(this));
  }
  matchCase(v: boolean) {
    this._matchCase = v;
    return this.self();
  }
  matchEntireCell(v: boolean) {
    this._entire = v;
    return this.self();
  }
  matchFormulaText(v: boolean) {
    this._formulaText = v;
    return this.self();
  }
  useRegularExpression(v: boolean) {
    this._regex = v;
    return this.self();
  }
  ignoreDiacritics(v: boolean) {
    this._ignoreDiacritics = v;
    return this.self();
  }
  private fold(s: string): string {
    let t = this._matchCase ? s : s.toLowerCase();
    if (this._ignoreDiacritics) t = t.normalize('NFD').replace(/\p{M}/gu, '');
    return t;
  }
  private matches(row: number, column: number, needle: string): boolean {
    const cell = this._sheet._peek(row, column);
    if (!cell || (cell.value === '' && !cell.formula)) return false;
    const shown = this._formulaText && cell.formula ? cell.formula : this._sheet._display(cell, row, column);
    if (shown === '') return false;
    if (this._regex) {
      const re = new RegExp(this._entire ? `^(?:${this._text})$` : this._text, this._matchCase ? 'u' : 'iu');
      return re.test(shown);
    }
    // Folding changes a length at most threefold: a much longer cell cannot equal the text (the
    // emulator's own shortcut, so long cells cost nothing).
    if (this._entire && shown.length > 3 * needle.length + 3) return false;
    const hay = this.fold(shown);
    return this._entire ? hay === needle : hay.includes(needle);
  }
  private all(): { row: number; column: number }[] {
    const { row, column, rows, columns } = this._area;
    const lastRow = Math.min(row + rows - 1, this._sheet._grid.length);
    const needle = this.fold(this._text);
    const out: { row: number; column: number }[] = [];
    for (let r = row; r <= lastRow; r++) {
      const width = Math.min(column + columns - 1, this._sheet._grid[r - 1]?.length ?? 0);
      for (let c = column; c <= width; c++) if (this.matches(r, c, needle)) out.push({ row: r, column: c });
    }
    return out;
  }
  private range(at: { row: number; column: number }): GasRange {
    return gas(this._sheet._range(at.row, at.column, 1, 1));
  }
  findAll(): GasRange[] {
    return this.all().map((a) => this.range(a));
  }
  findNext(): GasRange | null {
    const hits = this.all();
    const cur = this._current;
    const next = cur
      ? hits.find((h) => h.row > cur.row || (h.row === cur.row && h.column > cur.column))
      : hits[0];
    if (!next) return null;
    this._current = next;
    return this.range(next);
  }
  findPrevious(): GasRange | null {
    const hits = this.all().reverse();
    const cur = this._current;
    const prev = cur
      ? hits.find((h) => h.row < cur.row || (h.row === cur.row && h.column < cur.column))
      : hits[0];
    if (!prev) return null;
    this._current = prev;
    return this.range(prev);
  }
  getCurrentMatch(): GasRange | null {
    return this._current ? this.range(this._current) : null;
  }
}
