import { gasException } from '../core/errors.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { toA1 } from './a1.js';
import { CELL_TOO_LONG, type Cell, MAX_CELL_CHARS, toScriptValue } from './cell.js';
import { type EmuDataValidation, makeDataValidation } from './dataValidation.js';
import { sortRange } from './rows.js';
import type { EmuSheet } from './sheet.js';
import { EmuTextFinder } from './textFinder.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/**
 * A rectangle of a sheet, 1-based as in Apps Script.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export class EmuRange implements Partial<GasRange> {
  constructor(
    readonly _sheet: EmuSheet,
    readonly _row: number,
    readonly _column: number,
    readonly _numRows: number,
    readonly _numColumns: number,
  ) {}

  static _create(
    sheet: EmuSheet,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
  ): EmuRange {
    return track(new EmuRange(sheet, row, column, numRows, numColumns), 'Range', sheet._env);
  }

  private self(): GasRange {
    return gas<GasRange>(proxyOf(this));
  }

  /** Visits each cell of the range, creating storage where needed. */
  private cells<T>(fn: (cell: Cell, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._numColumns; c++)
        row.push(fn(this._sheet._cell(this._row + r, this._column + c), r, c));
      out.push(row);
    }
    return out;
  }

  private peek<T>(fn: (cell: Cell | undefined, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this._numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this._numColumns; c++)
        row.push(fn(this._sheet._peek(this._row + r, this._column + c), r, c));
      out.push(row);
    }
    return out;
  }

  private checkDims(values: unknown, what: string): unknown[][] {
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
      throw new Error(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${what}.`,
      );
    }
    const rows = values as unknown[][];
    const cols = rows[0]?.length ?? 0;
    // The real messages, e.g. "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3."
    if (rows.length !== this._numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._numRows}.`,
      );
    }
    for (const r of rows) {
      if (r.length !== this._numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length || cols} but the range has ${this._numColumns}.`,
        );
      }
    }
    return rows;
  }

  /** Every mutating method: the execution's user must be allowed to edit every cell of the range. */
  private assertEditable(): void {
    this._sheet._assertEditable(this._row, this._column, this._numRows, this._numColumns);
  }

  private uniform<T>(value: T): T[][] {
    return Array.from({ length: this._numRows }, () => Array.from({ length: this._numColumns }, () => value));
  }

  // --- geometry -------------------------------------------------------------------------------
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._column;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numColumns;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._column + this._numColumns - 1;
  }
  getA1Notation(): string {
    return toA1(this._row, this._column, this._numRows, this._numColumns);
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return gas(proxyOf(this._sheet));
  }
  getGridId(): number {
    return this._sheet._id;
  }
  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numColumns)
      throw new Error('Cell reference out of range');
    return gas(EmuRange._create(this._sheet, this._row + row - 1, this._column + column - 1, 1, 1));
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return gas(
      this._sheet._range(
        this._row + rowOffset,
        this._column + columnOffset,
        numRows ?? this._numRows,
        numColumns ?? this._numColumns,
      ),
    );
  }
  activate(): GasRange {
    this._sheet._parent._active = { sheet: this._sheet, range: this };
    return this.self();
  }

  // --- values ----------------------------------------------------------------------------------
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return gas(
      EmuTextFinder._create(this._sheet, findText, {
        row: this._row,
        column: this._column,
        rows: this._numRows,
        columns: this._numColumns,
      }),
    );
  }
  getValues(): unknown[][] {
    const env = this._sheet._env;
    return this.peek((cell, r, c) => {
      if (!cell) return '';
      if (cell.formula) return this._sheet._evaluate(cell.formula, this._row + r, this._column + c);
      return toScriptValue(cell.value, (ms) => env.date(ms));
    });
  }
  getValue(): unknown {
    return this.getValues()[0]?.[0];
  }
  getDisplayValues(): string[][] {
    return this.peek((cell, r, c) => this._sheet._display(cell, this._row + r, this._column + c));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }
  setValues(values: unknown[][]): GasRange {
    const rows = this.checkDims(values, 'setValues');
    this._sheet._writeBlock(this._row, this._column, rows);
    return this.self();
  }
  setValue(value: unknown): GasRange {
    return this.setValues(this.uniform(value));
  }
  getFormulas(): string[][] {
    return this.peek((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.getFormulas()[0]?.[0] ?? '';
  }
  setFormulas(formulas: string[][]): GasRange {
    const rows = this.checkDims(formulas, 'setFormulas');
    this._sheet._writeBlock(this._row, this._column, rows);
    return this.self();
  }
  setFormula(formula: string): GasRange {
    return this.setFormulas(this.uniform(formula));
  }
  isBlank(): boolean {
    return this.peek((cell) => !cell || (cell.value === '' && !cell.formula)).every((r) => r.every(Boolean));
  }
  clearContent(): GasRange {
    this.assertEditable();
    this.cells((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.linkUrl = null;
    });
    return this.self();
  }
  clearFormat(): GasRange {
    this.assertEditable();
    this.cells((cell) => {
      for (const k of ['numberFormat', 'background', 'fontColor', 'fontWeight', 'fontStyle', 'wrap'] as const)
        delete cell[k];
    });
    return this.self();
  }
  clear(): GasRange {
    this.assertEditable();
    this.clearContent();
    this.clearFormat();
    this.cells((cell) => {
      delete cell.note;
    });
    return this.self();
  }

  // --- rich text (links) ----------------------------------------------------------------------
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): GasRange {
    const rows = this.checkDims(values, 'setRichTextValues') as unknown as {
      _text: string;
      _link: string | null;
    }[][];
    if (this._sheet._env.strict.cellSize && rows.some((r) => r.some((v) => v._text.length > MAX_CELL_CHARS)))
      throw gasException(CELL_TOO_LONG);
    this.assertEditable();
    if (this._sheet._env.strict.validation) {
      rows.forEach((row, r) => {
        row.forEach((v, c) => {
          const message = this._sheet._validationError(this._row + r, this._column + c, {
            value: v._text,
            formula: '',
          });
          if (message) throw gasException(message);
        });
      });
    }
    this.cells((cell, r, c) => {
      const v = rows[r]![c]!;
      cell.value = v._text;
      cell.formula = '';
      cell.linkUrl = v._link;
    });
    return this.self();
  }
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue): GasRange {
    return this.setRichTextValues(this.uniform(value));
  }

  // --- formats ---------------------------------------------------------------------------------
  private setEach<K extends keyof Cell>(key: K, values: unknown[][], what: string): GasRange {
    const rows = this.checkDims(values, what);
    this.assertEditable();
    this.cells((cell, r, c) => {
      cell[key] = rows[r]![c] as Cell[K];
    });
    return this.self();
  }
  setNumberFormat(format: string): GasRange {
    return this.setEach('numberFormat', this.uniform(format), 'setNumberFormat');
  }
  setNumberFormats(formats: string[][]): GasRange {
    return this.setEach('numberFormat', formats, 'setNumberFormats');
  }
  getNumberFormats(): string[][] {
    return this.peek((cell) => cell?.numberFormat ?? '0.###############');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? '';
  }
  setBackground(color: string | null): GasRange {
    return this.setEach('background', this.uniform(color ?? undefined), 'setBackground');
  }
  setBackgrounds(colors: string[][]): GasRange {
    return this.setEach('background', colors, 'setBackgrounds');
  }
  getBackgrounds(): string[][] {
    return this.peek((cell) => cell?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? '#ffffff';
  }
  setFontColor(color: string | null): GasRange {
    return this.setEach('fontColor', this.uniform(color ?? undefined), 'setFontColor');
  }
  getFontColors(): string[][] {
    return this.peek((cell) => cell?.fontColor ?? '#000000');
  }
  setFontWeight(weight: string | null): GasRange {
    return this.setEach('fontWeight', this.uniform(weight ?? undefined), 'setFontWeight');
  }
  setFontWeights(weights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): GasRange {
    return this.setEach('fontWeight', weights, 'setFontWeights');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.peek((cell) => (cell?.fontWeight ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0]?.[0] ?? 'normal';
  }
  setFontStyle(style: string | null): GasRange {
    return this.setEach('fontStyle', this.uniform(style ?? undefined), 'setFontStyle');
  }
  setFontSize(size: number): GasRange {
    return this.setEach('fontSize', this.uniform(size), 'setFontSize');
  }
  setWrap(wrap: boolean): GasRange {
    return this.setEach('wrap', this.uniform(wrap), 'setWrap');
  }
  getWraps(): boolean[][] {
    return this.peek((cell) => cell?.wrap ?? false);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    return this.setWrap(String(strategy) === 'WRAP');
  }
  setHorizontalAlignment(alignment: string | null): GasRange {
    return this.setEach(
      'horizontalAlignment',
      this.uniform(alignment ?? undefined),
      'setHorizontalAlignment',
    );
  }
  setVerticalAlignment(alignment: string | null): GasRange {
    return this.setEach('verticalAlignment', this.uniform(alignment ?? undefined), 'setVerticalAlignment');
  }
  setNote(note: string | null): GasRange {
    return this.setEach('note', this.uniform(note ?? ''), 'setNote');
  }
  setNotes(notes: string[][]): GasRange {
    return this.setEach('note', notes, 'setNotes');
  }
  getNote(): string {
    return this._sheet._peek(this._row, this._column)?.note ?? '';
  }
  getNotes(): string[][] {
    return this.peek((cell) => cell?.note ?? '');
  }

  // --- validation ------------------------------------------------------------------------------
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    const spec = rule ? (rule as unknown as EmuDataValidation)._spec : null;
    this.assertEditable();
    this.cells((cell) => {
      cell.validation = spec;
    });
    return this.self();
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): GasRange {
    const rows = this.checkDims(rules, 'setDataValidations') as (EmuDataValidation | null)[][];
    this.assertEditable();
    this.cells((cell, r, c) => {
      cell.validation = rows[r]![c]?._spec ?? null;
    });
    return this.self();
  }
  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    return this.peek((cell) =>
      cell?.validation ? gas(makeDataValidation(cell.validation, this._sheet._env)) : null,
    );
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }

  // --- sheet-level features on a range -------------------------------------------------------
  createFilter(): GoogleAppsScript.Spreadsheet.Filter {
    this.assertEditable();
    return gas(this._sheet._createFilter(this));
  }
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null {
    return gas(this._sheet._filter);
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.assertEditable();
    return gas(this._sheet._protect('RANGE', this));
  }

  /** Sorts the range's rows (rules in rows.ts). */
  sort(sortSpecObj: unknown): GasRange {
    this.assertEditable();
    sortRange(this, sortSpecObj);
    return this.self();
  }
}
