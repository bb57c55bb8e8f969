import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { parseA1 } from './a1.js';
import { type Cell, displayOf, emptyCell, parseTyped, type Stored } from './cell.js';
import { sheetCharts } from './chart.js';
import type { EmuConditionalFormatRule } from './conditionalFormat.js';
import { EmuFilter } from './filter.js';
import { evaluate, type FormulaContext } from './formula.js';
import { EmuProtection } from './protection.js';
import { EmuRange } from './range.js';
import { checkRowsToDelete, rowsShifted, sortSheet } from './rows.js';
import type { EmuSpreadsheet } from './spreadsheet.js';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * One tab of a spreadsheet. A new sheet has 1000 rows and 26 columns; ranges outside that grid throw,
 * as in Apps Script, until rows are inserted (appendRow grows the sheet by itself).
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
export class EmuSheet implements Partial<GasSheet> {
  readonly _grid: (Cell | undefined)[][] = [];
  _maxRows = 1000;
  _maxColumns = 26;
  _frozenRows = 0;
  _frozenColumns = 0;
  _hidden = false;
  _tabColor: string | null = null;
  readonly _columnWidths = new Map<number, number>();
  readonly _hiddenColumns = new Set<number>();
  _rules: EmuConditionalFormatRule[] = [];
  readonly _protections: EmuProtection[] = [];
  _filter: EmuFilter | null = null;
  /** Set when a form writes its responses here. */
  _formUrl: string | null = null;

  constructor(
    readonly _env: Env,
    readonly _parent: EmuSpreadsheet,
    public _name: string,
    readonly _id: number,
  ) {}

  static _create(env: Env, parent: EmuSpreadsheet, name: string, id: number): EmuSheet {
    return track(new EmuSheet(env, parent, name, id), 'Sheet', env);
  }

  private self(): GasSheet {
    return gas(proxyOf(this));
  }

  // --- internal storage ------------------------------------------------------------------------
  _peek(row: number, column: number): Cell | undefined {
    return this._grid[row - 1]?.[column - 1];
  }
  _cell(row: number, column: number): Cell {
    let r = this._grid[row - 1];
    if (!r) {
      r = [];
      this._grid[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = emptyCell();
      r[column - 1] = c;
    }
    return c;
  }
  _write(cell: Cell, input: unknown): void {
    const parsed = parseTyped(input, cell.numberFormat, (y, m, d) => this._parent._midnight(y, m, d));
    cell.value = parsed.value;
    cell.formula = parsed.formula;
    cell.linkUrl = null;
  }
  _range(row: number, column: number, numRows: number, numColumns: number): EmuRange {
    for (const [n, what] of [
      [row, 'row'],
      [column, 'column'],
      [numRows, 'number of rows'],
      [numColumns, 'number of columns'],
    ] as const) {
      if (!Number.isInteger(n) || n < 1) throw new Error(`The ${what} in the range must be at least 1.`);
    }
    if (row + numRows - 1 > this._maxRows || column + numColumns - 1 > this._maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return EmuRange._create(this, row, column, numRows, numColumns);
  }
  _formulaContext(): FormulaContext {
    return {
      valueAt: (r, c) => this._valueAt(r, c),
      nowMs: this._env.now(),
      timeZone: this._env.timeZone,
    };
  }
  /** The value a formula sees (formula cells evaluated). */
  _valueAt(row: number, column: number): Stored {
    const cell = this._peek(row, column);
    if (!cell) return '';
    if (!cell.formula) return cell.value;
    const v = evaluate(cell.formula, this._formulaContext());
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
  }
  _evaluate(formula: string, _row: number, _column: number): string | number | boolean {
    const v = evaluate(formula, this._formulaContext());
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
  }
  _display(cell: Cell | undefined, row: number, column: number): string {
    if (!cell) return '';
    const value = cell.formula ? this._valueAt(row, column) : cell.value;
    return displayOf(value, cell.numberFormat, this._env.timeZone);
  }
  _createFilter(range: EmuRange): EmuFilter {
    if (this._filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this._filter = EmuFilter._create(this, range);
    return this._filter;
  }
  _protect(type: 'SHEET' | 'RANGE', range: EmuRange | null): EmuProtection {
    const p = EmuProtection._create(this, type, range);
    this._protections.push(p);
    return p;
  }
  _lastRow(): number {
    for (let r = this._grid.length; r >= 1; r--) {
      if (this._grid[r - 1]?.some((c) => c && (c.value !== '' || c.formula))) return r;
    }
    return 0;
  }
  _lastColumn(): number {
    let last = 0;
    for (const row of this._grid) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.value !== '' || cell.formula)) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  // --- identity --------------------------------------------------------------------------------
  getName(): string {
    return this._name;
  }
  setName(name: string): GasSheet {
    if (this._parent._sheets.some((s) => s !== this && s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._name = name;
    return this.self();
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._parent._sheets.indexOf(this) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(proxyOf(this._parent));
  }
  activate(): GasSheet {
    this._parent._active = { sheet: this, range: null };
    return this.self();
  }
  getFormUrl(): string | null {
    return this._formUrl;
  }

  // --- ranges ----------------------------------------------------------------------------------
  getRange(
    a: string | number,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): GoogleAppsScript.Spreadsheet.Range {
    if (typeof a === 'string') {
      const g = parseA1(a, this._maxRows, this._maxColumns);
      return gas(this._range(g.row, g.column, g.numRows, g.numColumns));
    }
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    return gas(this._range(a, column, numRows ?? 1, numColumns ?? 1));
  }
  getDataRange(): GoogleAppsScript.Spreadsheet.Range {
    return gas(this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn())));
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }

  // --- structure -------------------------------------------------------------------------------
  appendRow(rowContents: unknown[]): GasSheet {
    const row = this._lastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    rowContents.forEach((v, i) => {
      this._write(this._cell(row, i + 1), v);
    });
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this._grid.splice(
      afterPosition,
      0,
      ...Array.from({ length: howMany }, () => undefined as unknown as Cell[]),
    );
    this._maxRows += howMany;
    rowsShifted(this, afterPosition + 1, howMany);
    return this.self();
  }
  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    checkRowsToDelete(this, rowPosition, howMany);
    if (this._maxRows - howMany < 1)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._grid.splice(rowPosition - 1, howMany);
    this._maxRows -= howMany;
    rowsShifted(this, rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    for (const row of this._grid)
      row?.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined as unknown as Cell));
    this._maxColumns += howMany;
    return this.self();
  }
  clear(): GasSheet {
    this._grid.length = 0;
    return this.self();
  }
  clearContents(): GasSheet {
    for (const row of this._grid)
      for (const c of row ?? []) if (c) Object.assign(c, { value: '', formula: '' });
    return this.self();
  }

  // --- layout ----------------------------------------------------------------------------------
  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this._columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? 100;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  hideSheet(): GasSheet {
    this._hidden = true;
    return this.self();
  }
  showSheet(): GasSheet {
    this._hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): GasSheet {
    this._tabColor = color;
    return this.self();
  }

  // --- conditional formats, protections, filters ----------------------------------------------
  /** Replaces every rule on the sheet, as the real method does. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._rules = [...(rules as unknown as EmuConditionalFormatRule[])];
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return gas(this._rules.map((r) => r._copy()));
  }
  clearConditionalFormatRules(): void {
    this._rules = [];
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this._protections.find((p) => p._type === 'SHEET');
    return gas(existing ?? this._protect('SHEET', null));
  }
  getProtections(
    type: GoogleAppsScript.Spreadsheet.ProtectionType,
  ): GoogleAppsScript.Spreadsheet.Protection[] {
    return gas(this._protections.filter((p) => p._type === String(type)));
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return gas(this._filter);
  }

  // --- row operations (rules in rows.ts) --------------------------------------------------------
  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsAfter(beforePosition - 1, 1);
  }
  sort(columnPosition: number, ascending?: boolean): GasSheet {
    sortSheet(this, columnPosition, ascending);
    return this.self();
  }

  // --- embedded charts (state and rules in chart.ts) -----------------------------------------
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return sheetCharts.newChart(this);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.insert(this, chart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return sheetCharts.list(this);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.update(this, chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.remove(this, chart);
  }
}
