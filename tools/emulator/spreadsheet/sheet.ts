import type { Env } from '../core/env.js';
import { gasException } from '../core/errors.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { parseA1, toA1 } from './a1.js';
import {
  CELL_TOO_LONG,
  type Cell,
  displayOf,
  emptyCell,
  MAX_CELL_CHARS,
  parseTyped,
  type Stored,
  type Typed,
  type TypingContext,
} from './cell.js';
import { sheetCharts } from './chart.js';
import type { EmuConditionalFormatRule } from './conditionalFormat.js';
import { validationMessage } from './dataValidation.js';
import { EmuFilter } from './filter.js';
import { evaluate, type FormulaContext } from './formula.js';
import { EmuProtection, PROTECTED } from './protection.js';
import { EmuRange } from './range.js';
import { checkRowsToDelete, rowsShifted, sortSheet } from './rows.js';
import type { EmuSpreadsheet } from './spreadsheet.js';
import { EmuTextFinder } from './textFinder.js';

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
  /** How text typed into `cell` is read: the spreadsheet's locale and zone, the cell's format. */
  _typing(cell: Cell | undefined): TypingContext {
    return {
      locale: this._parent._locale,
      timeZone: this._parent._timeZone,
      nowMs: this._env.now(),
      numberFormat: cell?.numberFormat,
    };
  }
  _parse(cell: Cell | undefined, input: unknown): Typed {
    return parseTyped(input, this._typing(cell));
  }
  /** Stores an already parsed value (no checks: Google's own writes and the checked paths below). */
  _store(cell: Cell, typed: Typed): void {
    cell.value = typed.value;
    cell.formula = typed.formula;
    cell.linkUrl = null;
    if (typed.numberFormat && !cell.numberFormat) cell.numberFormat = typed.numberFormat;
  }
  /** Writes `input` as if typed, without the checks of a script write (used for Google's own writes). */
  _write(cell: Cell, input: unknown): void {
    this._store(cell, this._parse(cell, input));
  }
  /**
   * A form answer as the response sheet stores it: numbers and dates recognised by the spreadsheet's
   * locale, never a formula (see parseTyped). For the forms emulation.
   */
  _answerValue(text: string): Stored {
    return parseTyped(text, { ...this._typing(undefined), formAnswer: true }).value;
  }

  /**
   * A script's write of a block of values (setValues, setValue, setFormulas, appendRow), all or nothing:
   * the 50,000-character limit, protections and strict data validation are checked for every cell of
   * the block, changed or not, before any cell is written.
   */
  _writeBlock(row: number, column: number, values: readonly (readonly unknown[])[]): void {
    const strict = this._env.strict;
    if (strict.cellSize) {
      for (const r of values)
        for (const v of r)
          if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw gasException(CELL_TOO_LONG);
    }
    const width = values.reduce((w, r) => Math.max(w, r.length), 0);
    if (values.length > 0 && width > 0) this._assertEditable(row, column, values.length, width);
    const parsed = values.map((r, i) => r.map((v, j) => this._parse(this._peek(row + i, column + j), v)));
    if (strict.validation) {
      parsed.forEach((r, i) => {
        r.forEach((typed, j) => {
          const message = this._validationError(row + i, column + j, typed);
          if (message) throw gasException(message);
        });
      });
    }
    parsed.forEach((r, i) => {
      r.forEach((typed, j) => {
        this._store(this._cell(row + i, column + j), typed);
      });
    });
  }

  /** The error text when `typed` breaks a rule that rejects input on the cell; null when it may be stored. */
  _validationError(row: number, column: number, typed: Typed): string | null {
    const rule = this._peek(row, column)?.validation;
    if (!rule || rule.allowInvalid) return null;
    return validationMessage(rule, typed, toA1(row, column, 1, 1), (v) =>
      displayOf(v, undefined, this._parent._timeZone, this._parent._locale),
    );
  }

  // --- protections -----------------------------------------------------------------------------
  /**
   * The protection that keeps `user` from editing any cell of the rectangle, or null. The owner may always
   * edit (https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()); a
   * warning-only protection only warns; a protection whose editors were never changed mirrors the
   * spreadsheet's own permissions and so protects nothing (#protect() of Range and Sheet); the unprotected
   * ranges of a sheet protection are editable.
   */
  _blockingProtection(
    user: string,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): EmuProtection | null {
    if (user === this._env.owner) return null;
    for (const p of this._protections) {
      if (!p._blocks(user)) continue;
      if (p._type === 'RANGE') {
        const r = p._range!;
        const overlaps =
          r._row <= row + numRows - 1 &&
          row <= r._row + r._numRows - 1 &&
          r._column <= column + numColumns - 1 &&
          column <= r._column + r._numColumns - 1;
        if (overlaps) return p;
        continue;
      }
      const free = p._unprotected.filter((u) => u._sheet === this || proxyOf(u._sheet) === proxyOf(this));
      if (free.length === 0) return p;
      for (let r = row; r < row + numRows; r++) {
        for (let c = column; c < column + numColumns; c++) {
          const inside = free.some(
            (u) => r >= u._row && r < u._row + u._numRows && c >= u._column && c < u._column + u._numColumns,
          );
          if (!inside) return p;
        }
      }
    }
    return null;
  }
  /** A script write to the rectangle by the execution's user: throws Google's error when protected. */
  _assertEditable(row: number, column: number, numRows: number, numColumns: number): void {
    if (!this._env.strict.protections) return;
    if (this._blockingProtection(this._env.activeUser, row, column, numRows, numColumns))
      throw gasException(PROTECTED);
  }
  /** A change to the sheet itself (name, frozen rows, conditional formats, tab colour): sheet protections. */
  _assertSheetEditable(): void {
    if (!this._env.strict.protections) return;
    const user = this._env.activeUser;
    if (user === this._env.owner) return;
    if (this._protections.some((p) => p._type === 'SHEET' && p._blocks(user))) throw gasException(PROTECTED);
  }
  /** Rows are inserted between `after` and `after + 1`: blocked where a protection spans both. */
  _assertCanInsertRows(after: number): void {
    if (!this._env.strict.protections) return;
    const user = this._env.activeUser;
    if (user === this._env.owner) return;
    for (const p of this._protections) {
      if (!p._blocks(user)) continue;
      if (p._type === 'SHEET') {
        const rows = after === 0 ? [1] : after >= this._maxRows ? [after] : [after, after + 1];
        if (this._blockingProtection(user, rows[0]!, 1, rows.length, this._maxColumns))
          throw gasException(PROTECTED);
      } else if (p._range!._row <= after && p._range!._row + p._range!._numRows - 1 > after) {
        throw gasException(PROTECTED);
      }
    }
  }
  _assertCanInsertColumns(after: number): void {
    if (!this._env.strict.protections) return;
    const user = this._env.activeUser;
    if (user === this._env.owner) return;
    for (const p of this._protections) {
      if (!p._blocks(user)) continue;
      if (p._type === 'SHEET') {
        const cols = after === 0 ? [1] : after >= this._maxColumns ? [after] : [after, after + 1];
        if (this._blockingProtection(user, 1, cols[0]!, this._maxRows, cols.length))
          throw gasException(PROTECTED);
      } else if (p._range!._column <= after && p._range!._column + p._range!._numColumns - 1 > after) {
        throw gasException(PROTECTED);
      }
    }
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
      timeZone: this._parent._timeZone,
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
    return displayOf(value, cell.numberFormat, this._parent._timeZone, this._parent._locale);
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
    this._assertSheetEditable();
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
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return gas(
      EmuTextFinder._create(this, findText, {
        row: 1,
        column: 1,
        rows: this._maxRows,
        columns: this._maxColumns,
      }),
    );
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
    const grow = { rows: this._maxRows, columns: this._maxColumns };
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxColumns) this._maxColumns = rowContents.length;
    try {
      this._writeBlock(row, 1, [rowContents]);
    } catch (e) {
      this._maxRows = grow.rows;
      this._maxColumns = grow.columns;
      throw e;
    }
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this._assertCanInsertRows(afterPosition);
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
    this._assertEditable(rowPosition, 1, howMany, this._maxColumns);
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
    this._assertCanInsertColumns(afterPosition);
    for (const row of this._grid)
      row?.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => undefined as unknown as Cell));
    this._maxColumns += howMany;
    return this.self();
  }
  clear(): GasSheet {
    this._assertEditable(1, 1, this._maxRows, this._maxColumns);
    this._grid.length = 0;
    return this.self();
  }
  clearContents(): GasSheet {
    this._assertEditable(1, 1, this._maxRows, this._maxColumns);
    for (const row of this._grid)
      for (const c of row ?? []) if (c) Object.assign(c, { value: '', formula: '' });
    return this.self();
  }

  // --- layout ----------------------------------------------------------------------------------
  setFrozenRows(rows: number): void {
    this._assertSheetEditable();
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._assertSheetEditable();
    this._frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this._assertEditable(1, columnPosition, this._maxRows, 1);
    this._columnWidths.set(columnPosition, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this._assertEditable(1, startColumn, this._maxRows, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this._columnWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this._columnWidths.get(columnPosition) ?? 100;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._assertEditable(1, columnIndex, this._maxRows, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._assertEditable(1, columnIndex, this._maxRows, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  hideSheet(): GasSheet {
    this._assertSheetEditable();
    this._hidden = true;
    return this.self();
  }
  showSheet(): GasSheet {
    this._assertSheetEditable();
    this._hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  setTabColor(color: string | null): GasSheet {
    this._assertSheetEditable();
    this._tabColor = color;
    return this.self();
  }

  // --- conditional formats, protections, filters ----------------------------------------------
  /** Replaces every rule on the sheet, as the real method does. */
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this._assertSheetEditable();
    this._rules = [...(rules as unknown as EmuConditionalFormatRule[])];
  }
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return gas(this._rules.map((r) => r._copy()));
  }
  clearConditionalFormatRules(): void {
    this._assertSheetEditable();
    this._rules = [];
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this._protections.find((p) => p._type === 'SHEET');
    if (!existing) this._assertSheetEditable();
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
    this._assertEditable(
      1 + this._frozenRows,
      1,
      Math.max(1, this._maxRows - this._frozenRows),
      this._maxColumns,
    );
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
